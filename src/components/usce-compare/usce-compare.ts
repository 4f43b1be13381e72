import { html, isServer, nothing, type LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { builtInContent } from '../../content/content.js';
import {
  format,
  SECTION_IDS,
  selectHighlight,
  selectSections,
  selectTypes,
  type SectionId,
} from '../../content/select.js';
import type { Content } from '../../content/types.js';
import { contentContext } from '../../context/content-context.js';
import { ContentSourceController, DEFAULT_TIMEOUT_MS } from '../../context/content-source.js';
import { baseStyles } from '../shared/base.styles.js';
import { ctaProblems, NO_CTA, type CtaSettings } from '../shared/cta.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { renderNotices } from '../shared/notice.js';
import { UsceElement } from '../shared/usce-element.js';
import { foldStyles, type FoldState } from '../shared/fold.js';
import { warnOnce } from '../../warn.js';
import { RenderTurnsController } from '../../controllers/render-turns.js';
import { scheduleStep } from '../../controllers/render-queue.js';
import { StagedServerRoot } from '../../controllers/server-root.js';
import { contentFingerprint } from '../../content/fingerprint.js';
import { sharedAttributeProblems, warnProblems } from '../shared/problems.js';
import { unknownIdMessages } from '../shared/unknown-ids.js';
import { passThroughSlots } from '../usce-quiz/partner-slots.js';
import { compareStyles } from './usce-compare.styles.js';
// The elements rendered inside this one (define.ts registers them all together).
import '../usce-cards/usce-cards.js';
import '../usce-quiz/usce-quiz.js';
import '../usce-table/usce-table.js';
import { quizPlaceholder } from './quiz-placeholder.js';
import { tableFormFor } from './table-form.js';
import { hasTurned, turnsFor, type Turn } from './later-parts.js';
import { renderBeforeYouApply, renderFacts } from './sourced-sections.js';

let nextId = 0;

/**
 * The whole comparison, ready to paste into an article: a heading, the table, the pros and cons
 * cards, the quiz, a folded "before you apply" checklist, sourced facts and the reminder to check
 * each program's own requirements. It provides the content to the elements inside it.
 *
 * Whatever the author puts inside the element (a short paragraph and a link)
 * is what readers see before the script runs or without JavaScript; it is
 * hidden once the widget renders, and shown again while a `content-src` loads.
 *
 * @summary Compares the four kinds of US clinical experience for international medical graduates.
 *
 * @attr types - Space-separated type ids to show, in this order (`hands-on observership research virtual`). Empty shows all.
 * @attr highlight - One type id to mark as featured in the table and the cards.
 * @attr sections - Space-separated sections to show, in this order: `table cards quiz before-you-apply facts`. Default: all.
 * @attr heading - The widget's heading text. Absent: the content's heading. Empty: no visible heading.
 * @attr heading-level - Level (2 to 6) of the widget's heading; section headings follow one level below. Default 2.
 * @attr theme - `auto` (default: the page's colours), `light` or `dark` (the widget paints its own background).
 * @attr cta-href - A call-to-action link (http(s) or relative) shown on each card and on the quiz result. None by default.
 * @attr cta-label - The call to action's text; needed with `cta-href`.
 * @attr cta-params - Query parameters appended to the call-to-action link, e.g. `utm_source=blog&utm_campaign=usce`.
 * @attr content-src - URL of a JSON content override to load (the only network request the widget ever makes).
 * @attr content-timeout - Milliseconds to wait for `content-src` before keeping the built-in content. Default 8000.
 * @attr share - Lets the quiz show a link that reopens the same result.
 * @attr remember - Lets the quiz keep the reader's answers in localStorage.
 *
 * @slot - Fallback content, shown before the script runs, without JavaScript, and while `content-src` loads.
 * @slot action-hands-on - Passed to the quiz: your own action, shown on the result when hands-on experience comes first.
 * @slot action-observership - Passed to the quiz: shown on the result when an observership comes first.
 * @slot action-research - Passed to the quiz: shown on the result when research comes first.
 * @slot action-virtual - Passed to the quiz: shown on the result when a virtual rotation comes first.
 * @slot after-result - Passed to the quiz: shown under any result, e.g. a lead form.
 *
 * @fires usce-content-error - A content override could not be used; the built-in content is shown. Detail: `ContentErrorDetail`.
 * @fires usce-cta-click - The reader followed a call to action (cancelable). Detail: `CtaClickDetail`.
 * @fires usce-quiz-start - From the quiz inside; see `<usce-quiz>`.
 * @fires usce-quiz-answer - From the quiz inside.
 * @fires usce-quiz-complete - From the quiz inside.
 * @fires usce-quiz-restart - From the quiz inside.
 * @fires usce-action-shown - From the quiz inside.
 * @fires usce-show-type - From the quiz inside; handled here by scrolling to that type, and left to bubble for the page.
 *
 * @csspart widget - The widget's outer box.
 * @csspart heading - The widget's heading.
 * @csspart notice - The notice that names invalid attribute values or content.
 * @csspart table - The comparison table.
 * @csspart card - One pros and cons card.
 * @csspart cta - A call-to-action link.
 * @csspart quiz - The quiz's box.
 * @csspart before-you-apply - The "before you apply" section (folded by default).
 * @csspart facts - The sourced facts section.
 * @csspart caveat - The reminder to check each program's requirements.
 * @csspart frame - The box around the table (from `<usce-table>`).
 * @csspart points - The point-by-point list that replaces the table below 600 px (from `<usce-table>`).
 * @csspart card-title - A card's title (from `<usce-cards>`).
 * @csspart card-toggle - The button that opens and closes a card (from `<usce-cards>`).
 * @csspart progress - The quiz's progress bar (from `<usce-quiz>`).
 * @csspart quiz-option - One quiz answer (from `<usce-quiz>`).
 * @csspart quiz-button - The quiz's buttons (from `<usce-quiz>`).
 * @csspart result - The quiz's result view (from `<usce-quiz>`).
 */
export class UsceCompare extends UsceElement {
  static override styles = [baseStyles, foldStyles, compareStyles];

  /** The content every element inside reads: the built-in content or a valid override. */
  @provide({ context: contentContext })
  @state()
  private resolved: Content = builtInContent;

  /**
   * A content override, merged onto the built-in content (see the README):
   * edited or translated text, a call to action per type. Invalid content is
   * reported and the built-in content kept.
   */
  @property({ attribute: false }) content: unknown = undefined;

  /** URL of a JSON content override. */
  @property({ attribute: 'content-src' }) contentSrc: string | null = null;

  /** Milliseconds to wait for `content-src`. */
  @property({ attribute: 'content-timeout', type: Number }) contentTimeout: number | null = DEFAULT_TIMEOUT_MS;

  /** Space-separated type ids to show, in this order. Empty shows all. */
  @property() types: string | null = null;

  /** A type id to mark as featured, visibly and for screen readers. */
  @property() highlight: string | null = null;

  /** Space-separated sections to show, in this order. Empty shows all. */
  @property() sections: string | null = null;

  /** The widget's heading text: null uses the content's heading, empty hides it. */
  @property() heading: string | null = null;

  /** Level of the widget's heading, so it fits the article's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number | null = 2;

  /** `auto` (the default), `light` or `dark`; reflected, as the styles key off the attribute. */
  @property({ reflect: true }) theme: string | null = null;

  /** A call-to-action link; shown only together with `cta-label`. */
  @property({ attribute: 'cta-href' }) ctaHref: string | null = null;

  /** The call to action's text. */
  @property({ attribute: 'cta-label' }) ctaLabel: string | null = null;

  /** Query parameters appended to the call-to-action link. */
  @property({ attribute: 'cta-params' }) ctaParams: string | null = null;

  /** Passed to the quiz: show a link that reopens the same result. */
  @property({ type: Boolean }) share = false;

  /** Passed to the quiz: keep answers in localStorage. */
  @property({ type: Boolean }) remember = false;

  /** Turns rendered: at 0 the author's fallback shows; each turn of the render queue adds a part (later-parts.ts). */
  private readonly turns = new RenderTurnsController(
    this,
    () => turnsFor(this.shown),
    () => this.sectionRendered(),
  );
  /** Whether the facts beyond the first few are open. */
  @state() private factsOpen = false;
  /** Whether the "before you apply" topics are open. */
  @state() private applyOpen = false;
  private readonly source = new ContentSourceController(this, builtInContent);
  private tableForm: 'table' | 'list' | undefined; // chosen at the table's first render, by its width then
  private knownTypes = '';
  private knownHighlight = '';
  private shown: SectionId[] = [...SECTION_IDS];
  private cta: CtaSettings = NO_CTA;
  private problems: string[] = [];
  private readonly idPrefix = `usce-compare-${nextId++}`;
  /** Set while a staged take-over has all its sections and is swapping; settles once the live widget shows. */
  private stagedSwap: Promise<void> | null = null;
  /**
   * A pre-rendered widget is taken over in stages, in the render queue's turns
   * (StagedServerRoot): in one task it took about 300 ms on a phone (4x CPU).
   */
  declare protected readonly serverRoot: StagedServerRoot;

  constructor() {
    super(scheduleStep, StagedServerRoot);
  }

  protected override sameServerMarkup(): boolean {
    return this.prerenderedFromSameContent();
  }

  protected override get accentTheme(): string | null {
    return this.theme;
  }

  /**
   * Whether the pre-rendered markup came from the content this script shows,
   * by the fingerprint the snippet carries. If not (the snippet predates a
   * content update), it is still replaced, and one warning asks for a new one.
   */
  private prerenderedFromSameContent(): boolean {
    const marker = this.getAttribute('data-usce-prerender');
    if (marker === null) return true;
    const same = marker === contentFingerprint(this.source.value);
    if (!same) warnOnce(`<${this.localName}> was pre-rendered from other content; generate the snippet again.`);
    return same;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content') || changed.has('contentSrc')) this.source.update();
    this.resolved = this.source.value;
    const content = this.resolved;
    // Every attribute is checked here, once, and passed down clean, so each
    // problem shows once for the widget rather than once in each section.
    const selection = selectTypes(content, this.types);
    const highlight = selectHighlight(this.highlight);
    this.knownTypes = selection.types.map((type) => type.id).join(' ');
    this.knownHighlight = highlight.id ?? '';
    const sections = selectSections(this.sections);
    this.shown = sections.sections;
    if (isServer || this.tookOverServerRoot) {
      // The server renders the whole widget; so does a render that replaces
      // it in one task. A staged take-over renders section by section.
      this.tookOverServerRoot = false;
      if (!this.serverRoot.staging) this.turns.rendered = turnsFor(this.shown);
    }
    this.cta = { href: this.ctaHref, label: this.ctaLabel, params: this.ctaParams };
    const ui = content.ui;
    const problems = unknownIdMessages(content, selection.unknown, highlight.unknown, this.localName);
    const invalid = (attribute: string, value: string, valid: readonly string[]) =>
      format(ui.unknownValue, { attribute, value, valid: valid.join(', ') });
    if (sections.unknown.length > 0) problems.push(invalid('sections', sections.unknown.join(' '), SECTION_IDS));
    const ctaNotes = ctaProblems(this.cta, ui, format);
    problems.push(...sharedAttributeProblems({ theme: this.theme, headingLevel: this.headingLevel }, ui), ...ctaNotes);
    // Passed down only when usable, so the cards and the quiz do not repeat the notice.
    if (ctaNotes.length > 0) this.cta = NO_CTA;
    warnProblems(this, problems);
    this.problems = problems;
  }

  /**
   * Also waits for the sections that render on later turns, so
   * `await el.updateComplete` means the whole widget is there. A widget far
   * down the page gets there when the browser is idle. A widget that takes
   * no space (inside `display: none`) renders nothing until it is shown, and
   * this does not wait for it.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await this.turns.allRendered(() => super.getUpdateComplete());
    // A staged take-over with every section rendered is about to show them.
    if (!this.serverRoot.staging || this.turns.rendered < turnsFor(this.shown)) return done;
    await this.finishStaging();
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.serverRoot.staging && this.turns.rendered >= turnsFor(this.shown)) void this.finishStaging();
  }

  /** Settles once this update and the first render of the elements it added are done. */
  private async sectionRendered(): Promise<void> {
    await super.getUpdateComplete();
    await Promise.all(this.liveParts().map((part) => part.updateComplete));
  }

  /** The elements inside this widget's own render (not the server's markup kept beside it). */
  private liveParts(): LitElement[] {
    const parts = this.renderRoot.querySelectorAll<LitElement>('usce-table, usce-cards, usce-quiz');
    return [...parts].filter((part) => !this.serverRoot.holds(part));
  }

  /** Once the staged render is whole: the server's markup goes and the live widget shows, in one task. */
  private finishStaging(): Promise<void> {
    this.stagedSwap ??= (async () => {
      await super.getUpdateComplete();
      await Promise.all(this.liveParts().map((part) => part.updateComplete));
      // The update that shows the live widget is asked for first, so that
      // finish() puts focus and scroll back after it.
      this.requestUpdate();
      this.serverRoot.finish();
      await super.getUpdateComplete();
    })();
    return this.stagedSwap;
  }

  protected override render() {
    if (this.source.loading || this.turns.rendered === 0) {
      // Until the partner's content arrives, or until this widget's turn to
      // render comes, the author's own fallback shows.
      return html`<div class="pending" aria-busy="true" ?hidden=${this.serverRoot.staging}><slot></slot></div>`;
    }
    const content = this.resolved;
    const ui = content.ui;
    const level = toHeadingLevel(this.headingLevel, 2);
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    const headingId = `${this.idPrefix}-heading`;
    const headingText = this.heading === null ? ui.heading : this.heading.trim();
    return html`<section
      class="widget"
      part="widget"
      ?hidden=${this.serverRoot.staging}
      lang=${content.lang}
      aria-labelledby=${headingText ? headingId : nothing}
      aria-label=${headingText ? nothing : ui.heading}
    >
      ${
        headingText
          ? html`<div>
              ${heading(level, headingText, { id: headingId, className: 'title', part: 'heading' })}
              <p class="intro">${ui.intro}</p>
            </div>`
          : nothing
      }
      ${renderNotices(this.resolved.ui, this.problems, this.source)}
      ${this.shown.filter((section) => this.later(section)).map((section) => this.renderSection(section, sub))}
      <p class="caveat" part="caveat">${ui.caveat}</p>
    </section>`;
  }

  private renderSection(section: SectionId, level: HeadingLevel) {
    const ui = this.resolved.ui;
    switch (section) {
      case 'table':
        return html`<div class="section">
          ${heading(level, ui.tableHeading, { className: 'section-title' })}
          <usce-table
            exportparts="table, frame, points"
            .forms=${this.later('table-forms') ? 'both' : (this.tableForm ??= tableFormFor(this))}
            .types=${this.knownTypes}
            .highlight=${this.knownHighlight}
            .headingLevel=${Math.min(level + 1, 6)}
          ></usce-table>
        </div>`;
      case 'cards':
        return html`<div class="section">
          ${heading(level, ui.cardsHeading, { className: 'section-title' })}
          <usce-cards
            exportparts="card, card-title, card-toggle, cta"
            .held=${!this.later('cards-render')}
            .closedBodies=${this.later('card-bodies')}
            .types=${this.knownTypes}
            .highlight=${this.knownHighlight}
            .headingLevel=${Math.min(level + 1, 6)}
            .ctaHref=${this.cta.href}
            .ctaLabel=${this.cta.label}
            .ctaParams=${this.cta.params}
          ></usce-cards>
        </div>`;
      case 'quiz':
        if (isServer) return quizPlaceholder(this.resolved.quiz, level);
        return html`<div class="section">
          <usce-quiz
            exportparts="quiz, progress, quiz-option, quiz-button, result, cta"
            .held=${!this.later('quiz-render')}
            linked
            .headingLevel=${level}
            ?share=${this.share}
            ?remember=${this.remember}
            .ctaHref=${this.cta.href}
            .ctaLabel=${this.cta.label}
            .ctaParams=${this.cta.params}
            @usce-show-type=${this.onShowType}
            >${passThroughSlots(this.resolved.types)}</usce-quiz
          >
        </div>`;
      case 'before-you-apply':
        return renderBeforeYouApply(this.resolved, level, this.fold('applyOpen', 'apply'), this.later('apply-topics'));
      case 'facts':
        return renderFacts(this.resolved, level, this.fold('factsOpen', 'more-facts'));
      default: {
        // A section id without its case fails to compile here.
        const unhandled: never = section;
        return unhandled;
      }
    }
  }

  private onShowType = (event: HTMLElementEventMap['usce-show-type']): void => {
    const { type, section } = event.detail;
    const target = this.renderRoot.querySelector(section === 'table' ? 'usce-table' : 'usce-cards');
    void target?.revealType(type);
  };

  /** Whether a section or a part left for later (later-parts.ts) has had its turn. */
  private later(turn: Turn): boolean {
    return hasTurned(turn, this.shown, this.turns.rendered);
  }

  private fold(key: 'factsOpen' | 'applyOpen', id: string): FoldState {
    return { id: `${this.idPrefix}-${id}`, open: this[key], set: (open) => (this[key] = open) };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'usce-compare': UsceCompare;
  }
}
