import { html, type TemplateResult } from 'lit';
import type { QuizContent } from '../../content/quiz-types.js';
import { heading, type HeadingLevel } from '../shared/heading.js';

/**
 * What the server writes where `<usce-compare>` shows its quiz: the quiz's
 * box with its heading, its introduction and a line saying it comes with the
 * page's script. The quiz itself is left out of the pre-rendered snippet: it
 * cannot work before the script runs, readers without JavaScript never see
 * it (see the `scripting: none` rule in the compare styles), and its markup
 * and styles were a fifth of the snippet's compressed bytes, enough to make
 * the article's largest paint wait for one more round trip.
 *
 * The box holds about the height of the quiz's first question, so the page
 * barely moves when the script renders the quiz in its place.
 */
export function quizPlaceholder(quiz: QuizContent, level: HeadingLevel): TemplateResult {
  // Its styles come with it, so they are never in the browser's bundle.
  return html`<div class="section quiz-placeholder" part="quiz">
    <style>
      /* The height of the quiz's first question in a 19px serif, measured
         from 288 to 680 px wide (1094 to 658 px, about 57.5em to 34.5em):
         it grows by about 1.2em for each em the widget is narrower than 34em. */
      .quiz-placeholder {
        box-sizing: border-box;
        min-height: max(34.5em, 34.5em + (34em - 100cqi) * 1.2);
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .quiz-placeholder > .quiz-heading {
        margin: 0 0 calc(var(--_space) * 0.5);
        font-size: 1.3em;
        line-height: 1.3;
      }
      .quiz-placeholder > p {
        margin: 0 0 calc(var(--_space) * 0.75);
      }
      .quiz-wait {
        color: var(--_muted);
      }
    </style>
    ${heading(level, quiz.ui.heading, { className: 'quiz-heading' })}
    <p>${quiz.ui.intro}</p>
    <p class="quiz-wait">${quiz.ui.startsWithScript}</p>
  </div>`;
}
