import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { builtInContent } from '../../content/content.js';
import { format, selectHighlight, selectTypes } from '../../content/select.js';
import { safeHref } from '../../content/url.js';
import type { Content, Fact } from '../../content/types.js';
import { contentContext } from '../../context/content-context.js';
import { baseStyles } from '../shared/base.styles.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { renderNotice } from '../shared/notice.js';
import { unknownIdMessages } from '../shared/unknown-ids.js';
import { compareStyles } from './usce-compare.styles.js';

let nextId = 0;

/**
 * The whole comparison, ready to paste into an article: a heading, the
 * comparison table, the pros and cons cards, sourced facts and the reminder
 * to check each program's own requirements. It provides the content to the
 * elements inside it.
 *
 * @summary Compares the four kinds of US clinical experience for international medical graduates.
 *
 * @attr types - Space-separated type ids to show, in this order (`hands-on observership research virtual`). Empty shows all.
 * @attr highlight - One type id to mark as featured in the table and the cards.
 * @attr heading - The widget's heading text. Default: the content's heading.
 * @attr heading-level - Level (2 to 6) of the widget's heading; section headings follow one level below. Default 2.
 * @attr share - Lets the quiz show a link that reopens the same result.
 * @attr remember - Lets the quiz keep the reader's answers in localStorage.
 *
 * @fires usce-quiz-start - From the quiz inside; see `<usce-quiz>`.
 * @fires usce-quiz-answer - From the quiz inside.
 * @fires usce-quiz-complete - From the quiz inside.
 * @fires usce-quiz-restart - From the quiz inside.
 *
 * @csspart heading - The widget's heading.
 * @csspart notice - The notice that names invalid attribute values.
 * @csspart facts - The list of sourced facts.
 * @csspart caveat - The reminder to check each program's requirements.
 */
export class UsceCompare extends LitElement {
  static override styles = [baseStyles, compareStyles];

  /** The content every element inside reads. */
  @provide({ context: contentContext })
  @state()
  private content: Content = builtInContent;

  /** Space-separated type ids to show, in this order. Empty shows all. */
  @property() types = '';

  /** A type id to mark as featured, visibly and for screen readers. */
  @property() highlight = '';

  /** The widget's heading text; empty uses the content's heading. */
  @property() heading = '';

  /** Level of the widget's heading, so it fits the article's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /** Passed to the quiz: show a link that reopens the same result. */
  @property({ type: Boolean }) share = false;

  /** Passed to the quiz: keep answers in localStorage. */
  @property({ type: Boolean }) remember = false;

  private knownTypes = '';
  private knownHighlight = '';
  private problems: string[] = [];
  private readonly idPrefix = `usce-compare-${nextId++}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('types') || changed.has('highlight') || changed.has('content' as keyof UsceCompare)) {
      // Checked once here and passed down clean, so the notice shows once
      // for the widget rather than once in each section.
      const selection = selectTypes(this.content, this.types);
      const highlight = selectHighlight(this.highlight);
      this.knownTypes = selection.types.map((type) => type.id).join(' ');
      this.knownHighlight = highlight.id ?? '';
      this.problems = unknownIdMessages(this.content, selection.unknown, highlight.unknown, this.localName);
    }
  }

  protected override render() {
    const ui = this.content.ui;
    const level = toHeadingLevel(this.headingLevel, 2);
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    const cardLevel = Math.min(level + 2, 6) as HeadingLevel;
    const headingId = `${this.idPrefix}-heading`;
    return html`<section class="widget" aria-labelledby=${headingId}>
      <div>
        ${heading(level, this.heading.trim() || ui.heading, { id: headingId, className: 'title', part: 'heading' })}
        <p class="intro">${ui.intro}</p>
      </div>
      ${renderNotice(ui.noticeHeading, this.problems)}
      <div>
        ${heading(sub, ui.tableHeading, { className: 'section-title' })}
        <usce-table
          exportparts="table, frame"
          .types=${this.knownTypes}
          .highlight=${this.knownHighlight}
        ></usce-table>
      </div>
      <div>
        ${heading(sub, ui.cardsHeading, { className: 'section-title' })}
        <usce-cards
          exportparts="card, card-title"
          .types=${this.knownTypes}
          .highlight=${this.knownHighlight}
          .headingLevel=${cardLevel}
        ></usce-cards>
      </div>
      <div>
        <usce-quiz
          exportparts="quiz, progress, quiz-option, quiz-button, result"
          linked
          .headingLevel=${sub}
          ?share=${this.share}
          ?remember=${this.remember}
          @usce-show-type=${this.onShowType}
        ></usce-quiz>
      </div>
      ${this.renderFacts(sub)}
      <p class="caveat" part="caveat">${ui.caveat}</p>
    </section>`;
  }

  private onShowType = (event: HTMLElementEventMap['usce-show-type']): void => {
    const { type, section } = event.detail;
    const target = this.renderRoot.querySelector(section === 'table' ? 'usce-table' : 'usce-cards');
    void target?.revealType(type);
  };

  private renderFacts(level: HeadingLevel) {
    const facts = this.content.facts;
    if (facts.length === 0) return nothing;
    return html`<div>
      ${heading(level, this.content.ui.factsHeading, { className: 'section-title' })}
      <ul class="facts" part="facts" role="list">
        ${facts.map((fact) => this.renderFact(fact))}
      </ul>
    </div>`;
  }

  private renderFact(fact: Fact) {
    const ui = this.content.ui;
    const href = safeHref(fact.source.url);
    const year =
      fact.year === 'undated'
        ? ui.undated
        : format(fact.dated ? ui.datedYear : ui.dataYear, { year: fact.year });
    return html`<li class="fact">
      <p>${fact.text}</p>
      <p class="fact-source">
        ${ui.source}:
        ${href ? html`<a href=${href} rel="noopener noreferrer">${fact.source.title}</a>` : fact.source.title}
        · ${year}
      </p>
    </li>`;
  }
}
