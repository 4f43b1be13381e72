import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { builtInContent } from '../../content/content.js';
import { selectHighlight, selectTypes, type TypeSelection } from '../../content/select.js';
import type { ClinicalType, Content, TypeId } from '../../content/types.js';
import { contentContext } from '../../context/content-context.js';
import { adaptAccent, HostBackgroundController } from '../../controllers/host-background.js';
import { ServerRootController } from '../../controllers/server-root.js';
import { baseStyles, ctaStyles } from '../shared/base.styles.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { renderNotice } from '../shared/notice.js';
import { warnOnce } from '../../warn.js';
import { reveal } from '../shared/reveal.js';
import { ctaProblems, renderCta, resolveCta, type CtaSettings } from '../shared/cta.js';
import { format } from '../../content/select.js';
import { unknownIdMessages } from '../shared/unknown-ids.js';
import { cardsStyles } from './usce-cards.styles.js';

let nextId = 0;

/**
 * One card per kind of US clinical experience: what it is, who it suits,
 * who can take part, and its pros and cons as labelled lists.
 *
 * @summary Pros and cons cards for the four kinds of US clinical experience.
 *
 * @attr types - Space-separated type ids to show, in this order. Empty shows all.
 * @attr highlight - One type id to mark as featured.
 * @attr heading-level - Level (2 to 6) of each card's title. Default 3.
 * @attr cta-href - A call-to-action link (http(s) or relative) shown on each card. None by default.
 * @attr cta-label - The call to action's text; needed with `cta-href`.
 * @attr cta-params - Query parameters appended to the call-to-action link, e.g. `utm_source=blog`.
 *
 * @fires usce-cta-click - The reader followed a call to action (cancelable). Detail: `CtaClickDetail`.
 *
 * @csspart card - One card.
 * @csspart card-title - The title of a card.
 * @csspart cta - A call-to-action link.
 * @csspart notice - The notice that names invalid attribute values.
 *
 * @cssprop [--usce-accent=#0b6e55] - Featured card border and badge colour.
 * @cssprop [--usce-surface] - Card background.
 */
export class UsceCards extends LitElement {
  static override styles = [baseStyles, ctaStyles, cardsStyles];

  /** Kept when no provider is above this element: each element also works alone. */
  @consume({ context: contentContext, subscribe: true })
  @state()
  private content: Content = builtInContent;

  /** Space-separated type ids to show, in this order. Empty shows all. */
  @property() types = '';

  /** A type id to mark as featured, visibly and for screen readers. */
  @property() highlight = '';

  /** Level of each card's title, so the cards fit the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 3;

  /** A call-to-action link; shown only together with `cta-label`. */
  @property({ attribute: 'cta-href' }) ctaHref = '';

  /** The call to action's text. */
  @property({ attribute: 'cta-label' }) ctaLabel = '';

  /** Query parameters appended to the call-to-action link. */
  @property({ attribute: 'cta-params' }) ctaParams = '';

  private cta: CtaSettings = { href: '', label: '', params: '' };
  private selection: TypeSelection = { types: [], unknown: [] };
  private featured: TypeId | null = null;
  private idProblems: string[] = [];
  private problems: string[] = [];
  private readonly background = new HostBackgroundController(this);
  /** Keeps pre-rendered markup (inside a pre-rendered `<usce-compare>`) painted until its turn. */
  private readonly serverRoot = new ServerRootController(this);

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.serverRoot.keep() ?? super.createRenderRoot();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.serverRoot.pending) return super.scheduleUpdate();
    return this.serverRoot.turn().then(() => super.scheduleUpdate());
  }
  private readonly idPrefix = `usce-cards-${nextId++}`;

  /** Scrolls the card of `type` into view and focuses its title. */
  async revealType(type: TypeId): Promise<void> {
    await this.updateComplete;
    reveal(this.renderRoot.querySelector<HTMLElement>(`.card[data-type="${type}"] .card-title`));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('types') || changed.has('highlight') || changed.has('content' as keyof UsceCards)) {
      this.selection = selectTypes(this.content, this.types);
      const highlight = selectHighlight(this.highlight);
      this.featured = highlight.id;
      this.idProblems = unknownIdMessages(this.content, this.selection.unknown, highlight.unknown, this.localName);
    }
    this.cta = { href: this.ctaHref ?? '', label: this.ctaLabel ?? '', params: this.ctaParams ?? '' };
    const ctaNotes = ctaProblems(this.cta, this.content.ui, format);
    for (const note of ctaNotes) warnOnce(`<${this.localName}> ${note}`);
    this.problems = [...this.idProblems, ...ctaNotes];
  }

  protected override updated(): void {
    adaptAccent(this, this.background, undefined);
  }

  protected override render() {
    const level = toHeadingLevel(this.headingLevel, 3);
    return html`
      ${renderNotice(this.content.ui.noticeHeading, this.problems)}
      <ul class="cards" role="list">
        ${this.selection.types.map((type) => html`<li>${this.renderCard(type, level)}</li>`)}
      </ul>
    `;
  }

  private renderCard(type: ClinicalType, level: HeadingLevel) {
    const ui = this.content.ui;
    const id = `${this.idPrefix}-${type.id}`;
    const featured = type.id === this.featured;
    return html`<article
      class="card ${featured ? 'featured' : ''}"
      part="card"
      aria-labelledby="${id}-title"
      data-type=${type.id}
    >
      ${heading(level, html`${type.name} ${featured ? html`<span class="badge">${ui.featured}</span>` : nothing}`, {
        id: `${id}-title`,
        className: 'card-title',
        part: 'card-title',
      })}
      ${
        type.otherNames.length > 0 ? html`<p class="also">${ui.alsoCalled}: ${type.otherNames.join('; ')}</p>` : nothing
      }
      <p class="summary">${type.summary}</p>
      <p class="label">${ui.suits}</p>
      <p class="suits">${type.suits}</p>
      ${this.renderList(`${id}-eligibility`, ui.eligibility, type.eligibility, 'eligibility')}
      <div class="pros-cons">
        <div>${this.renderList(`${id}-pros`, ui.pros, type.pros, 'pros')}</div>
        <div>${this.renderList(`${id}-cons`, ui.cons, type.cons, 'cons')}</div>
      </div>
      ${renderCta(this, resolveCta(this.cta, type), type.id, 'card')}
    </article>`;
  }

  private renderList(id: string, label: string, items: readonly string[], kind: string) {
    if (items.length === 0) return nothing;
    return html`<p class="label" id=${id}>${label}</p>
      <ul class="list ${kind}" role="list" aria-labelledby=${id}>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
  }
}
