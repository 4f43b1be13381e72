import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../content/select.js';
import type { Question, QuizContent } from '../../content/quiz-types.js';
import type { FlowState } from '../../quiz/flow.js';
import { heading, type HeadingLevel } from '../shared/heading.js';

/** The question shown and the actions the question view offers. */
export interface QuestionView {
  readonly quiz: QuizContent;
  readonly question: Question;
  readonly state: FlowState;
  readonly level: HeadingLevel;
  /** Prefix for the ids that tie labels, help and errors to the fields. */
  readonly idPrefix: string;
  readonly onChoose: (optionId: string) => void;
  readonly onNext: (event: Event) => void;
  readonly onBack: () => void;
  readonly onSkip: () => void;
}

/**
 * One question as a form: the progress, the prompt as the fieldset's
 * legend, one radio button per answer, the error for a missing answer, and
 * Back, Skip and Next (or See my result) buttons.
 */
export function renderQuestion(view: QuestionView): TemplateResult {
  const { quiz, question, state, level, idPrefix } = view;
  const ui = quiz.ui;
  const { step, missing, started } = state;
  const total = quiz.questions.length;
  const n = step + 1;
  const chosen = state.answers.get(question.id);
  const helpId = `${idPrefix}-help`;
  const errorId = `${idPrefix}-error`;
  const describedBy = [question.help ? helpId : '', missing ? errorId : ''].filter(Boolean).join(' ');
  return html`
    ${step === 0 && !started ? html`<p class="intro">${ui.intro}</p>` : nothing}
    <div class="progress-row">
      <p class="progress-text" id="${idPrefix}-progress">${format(ui.progress, { n, total })}</p>
      <progress part="progress" max=${total} .value=${step} aria-labelledby="${idPrefix}-progress"></progress>
    </div>
    <form @submit=${view.onNext} novalidate>
      <fieldset aria-describedby=${describedBy || nothing} aria-invalid=${missing ? 'true' : nothing}>
        <legend>
          ${heading(level, question.prompt, { className: 'prompt', focusable: true })}
          ${question.optional ? html`<span class="optional">${ui.optionalLabel}</span>` : nothing}
        </legend>
        ${question.help ? html`<p class="help" id=${helpId}>${question.help}</p>` : nothing}
        <div class="options">
          ${question.options.map(
            (option) =>
              html`<label class="option" part="quiz-option">
                <input
                  type="radio"
                  name="${idPrefix}-answer"
                  .value=${option.id}
                  .checked=${option.id === chosen}
                  @change=${() => view.onChoose(option.id)}
                />
                <span>${option.label}</span>
              </label>`,
          )}
        </div>
        ${missing ? html`<p class="error" id=${errorId}>${ui.chooseAnswer}</p>` : nothing}
      </fieldset>
      <div class="actions">
        ${
          step > 0
            ? html`<button type="button" class="secondary" part="quiz-button" @click=${view.onBack}>${ui.back}</button>`
            : nothing
        }
        ${
          question.optional
            ? html`<button type="button" class="secondary" part="quiz-button" @click=${view.onSkip}>${ui.skip}</button>`
            : nothing
        }
        <button type="submit" class="primary" part="quiz-button">${n === total ? ui.seeResult : ui.next}</button>
      </div>
    </form>
  `;
}
