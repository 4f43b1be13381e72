import { html, nothing } from 'lit';
import { format } from '../../content/select.js';
import { safeHref } from '../../content/url.js';
import type { ApplySource, ApplyTopic, Content, Fact, UiStrings } from '../../content/types.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { renderFold, type FoldState } from '../shared/fold.js';

/**
 * The two sourced sections of `<usce-compare>`: the "good to know" facts
 * and the "before you apply" topics. Plain functions of the content and of
 * each section's fold, which the element keeps.
 */

/** How many facts show before the rest fold away. */
const FACTS_SHOWN = 1;

/**
 * The facts, the first `shown` in view and the rest folded: the widget stays
 * compact mid-article, and the rest is one button away (and in the DOM for
 * find-in-page and print). A list only one longer than `shown` is not folded.
 */
export function renderFacts(content: Content, level: HeadingLevel, fold: FoldState, shown = FACTS_SHOWN) {
  const { facts, ui } = content;
  if (facts.length === 0) return nothing;
  const folded = facts.length > shown + 1;
  const first = folded ? facts.slice(0, shown) : facts;
  const rest = folded ? facts.slice(shown) : [];
  return html`<div class="section" part="facts">
    ${heading(level, ui.factsHeading, { className: 'section-title' })}
    <ul class="facts" role="list">
      ${first.map((fact) => renderFact(fact, ui))}
    </ul>
    ${
      folded
        ? html`<div class="more-facts">
            ${renderFold(
              fold,
              format(ui.moreFacts, { count: rest.length }),
              html`<ul class="facts" role="list">
                ${rest.map((fact) => renderFact(fact, ui))}
              </ul>`,
            )}
          </div>`
        : nothing
    }
  </div>`;
}

/**
 * The "before you apply" topics, folded by default: readers who want the
 * practical checklist open it, and the widget stays short for everyone else.
 * Closed, the topics are rendered only once `closedTopics` is true (a turn
 * after the section: later-parts.ts).
 */
export function renderBeforeYouApply(content: Content, level: HeadingLevel, fold: FoldState, closedTopics: boolean) {
  const { beforeYouApply: topics, ui } = content;
  if (topics.length === 0) return nothing;
  const inner = Math.min(level + 1, 6) as HeadingLevel;
  return html`<div class="section" part="before-you-apply">
    ${heading(level, ui.applyHeading, { className: 'section-title' })}
    <div class="apply">
      ${renderFold(
        fold,
        ui.applyShow,
        fold.open || closedTopics ? topics.map((topic) => renderTopic(topic, inner, ui)) : nothing,
      )}
    </div>
  </div>`;
}

function renderTopic(topic: ApplyTopic, level: HeadingLevel, ui: UiStrings) {
  return html`<div class="topic">
    ${heading(level, topic.title, { className: 'topic-title' })}
    <ul class="topic-points">
      ${topic.points.map((point) => html`<li>${point}</li>`)}
    </ul>
    ${
      topic.sources.length > 0
        ? html`<p class="fact-source">
            ${ui.source}: ${topic.sources.map((source, i) => html`${i > 0 ? '; ' : ''}${renderSource(source, ui)}`)}
          </p>`
        : html`<p class="fact-source">${ui.applyAdvice}</p>`
    }
  </div>`;
}

function renderSource(source: ApplySource, ui: UiStrings) {
  const href = safeHref(source.url);
  return html`${href ? html`<a href=${href} rel="noopener noreferrer">${source.title}</a>` : source.title} ·
  ${yearLabel(source.year, source.dated === true, ui)}`;
}

function yearLabel(year: string, dated: boolean, ui: UiStrings): string {
  return year === 'undated' ? ui.undated : format(dated ? ui.datedYear : ui.dataYear, { year });
}

function renderFact(fact: Fact, ui: UiStrings) {
  const href = safeHref(fact.source.url);
  return html`<li class="fact">
    <p>${fact.text}</p>
    <p class="fact-source">
      ${ui.source}:
      ${href ? html`<a href=${href} rel="noopener noreferrer">${fact.source.title}</a>` : fact.source.title} ·
      ${yearLabel(fact.year, fact.dated === true, ui)}
    </p>
  </li>`;
}
