import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { builtInContent } from '../../content/content.js';
import { selectHighlight, selectTypes, type TypeSelection } from '../../content/select.js';
import type { ClinicalType, Content, TypeId } from '../../content/types.js';
import { contentContext } from '../../context/content-context.js';
import { baseStyles, ctaStyles } from '../shared/base.styles.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { renderNotice } from '../shared/notice.js';
import { UsceElement } from '../shared/usce-element.js';
import { warnProblems } from '../shared/problems.js';
import { reveal } from '../shared/reveal.js';
import { chevron, foldStyles, untilFound } from '../shared/fold.js';
import { ctaProblems, NO_CTA, renderCta, resolveCta, type CtaSettings } from '../shared/cta.js';
import { format } from '../../content/select.js';
import { unknownIdMessages } from '../shared/unknown-ids.js';
import { cardsStyles } from './usce-cards.styles.js';

let nextId = 0;

/**
 * One card per kind of US clinical experience: what it is, who it suits,
 * who can take part, and its pros and cons as labelled lists.
 *
 * The cards are an accordion: each shows its title, which opens the rest,
 * so a reader opens the types they care about (several at once, to
 * compare); the table above gives the overview. The server renders each
 * card as a native disclosure (`<details>`), so a pre-rendered snippet
 * works with JavaScript off; the browser renders a button in the title and
 * the region it opens, with the same boxes (see shared/fold.ts for why). The type named by `highlight` is marked (border and badge)
 * but not opened, so the widget stays short on a phone. Closed cards keep
 * their text in the DOM, where find-in-page reaches it and opens the card;
 * printed, every card is open. Up and Down arrows move between the titles,
 * Home and End to the first and last.
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
 * @csspart card-toggle - The summary (holding the card's title) that opens and closes it.
 * @csspart cta - A call-to-action link.
 * @csspart notice - The notice that names invalid attribute values.
 *
 * @cssprop [--usce-accent=#0b6e55] - Featured card border and badge colour.
 * @cssprop [--usce-surface] - Card background.
 */
export class UsceCards extends UsceElement {
  static override styles = [baseStyles, ctaStyles, foldStyles, cardsStyles];

  /** Kept when no provider is above this element: each element also works alone. */
  @consume({ context: contentContext, subscribe: true })
  @state()
  private content: Content = builtInContent;

  /** Space-separated type ids to show, in this order. Empty shows all. */
  @property() types: string | null = null;

  /** A type id to mark as featured, visibly and for screen readers. */
  @property() highlight: string | null = null;

  /** Level of each card's title, so the cards fit the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number | null = 3;

  /** A call-to-action link; shown only together with `cta-label`. */
  @property({ attribute: 'cta-href' }) ctaHref: string | null = null;

  /** The call to action's text. */
  @property({ attribute: 'cta-label' }) ctaLabel: string | null = null;

  /** Query parameters appended to the call-to-action link. */
  @property({ attribute: 'cta-params' }) ctaParams: string | null = null;

  /**
   * Whether the closed cards' bodies are rendered (hidden, for find-in-page
   * and print). `<usce-compare>` leaves them out of the cards' first render
   * and adds them a turn later, so neither render is a long task.
   */
  @property({ attribute: false }) closedBodies = true;

  /** The types whose cards are open. */
  @state() private open = new Set<TypeId>();

  private cta: CtaSettings = NO_CTA;
  private selection: TypeSelection = { types: [], unknown: [] };
  private featured: TypeId | null = null;
  private idProblems: string[] = [];
  private problems: string[] = [];
  private readonly idPrefix = `usce-cards-${nextId++}`;

  /** Opens the card of `type`, scrolls it into view and focuses its title. */
  async revealType(type: TypeId): Promise<void> {
    this.setOpen(type, true);
    await this.updateComplete;
    reveal(this.renderRoot.querySelector<HTMLElement>(`.card[data-type="${type}"] .card-toggle`));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('types') || changed.has('highlight') || changed.has('content' as keyof UsceCards)) {
      this.selection = selectTypes(this.content, this.types);
      const highlight = selectHighlight(this.highlight);
      this.featured = highlight.id;
      this.idProblems = unknownIdMessages(this.content, this.selection.unknown, highlight.unknown, this.localName);
    }
    this.cta = { href: this.ctaHref, label: this.ctaLabel, params: this.ctaParams };
    const ctaNotes = ctaProblems(this.cta, this.content.ui, format);
    warnProblems(this, ctaNotes);
    this.problems = [...this.idProblems, ...ctaNotes];
  }

  protected override render() {
    const level = toHeadingLevel(this.headingLevel, 3);
    return html`
      ${renderNotice(this.content.ui.noticeHeading, this.problems)}
      <ul class="cards" role="list" @keydown=${this.onKeydown}>
        ${this.selection.types.map((type) => html`<li>${this.renderCard(type, level)}</li>`)}
      </ul>
      ${this.standalone() ? html`<p class="caveat">${this.content.ui.caveat}</p>` : nothing}
    `;
  }

  /** Alone on a page, the cards carry the reminder that `<usce-compare>` otherwise shows once for all its parts. */
  private standalone(): boolean {
    if (isServer) return false;
    const root = this.getRootNode();
    return !(root instanceof ShadowRoot && root.host.localName === 'usce-compare');
  }

  private renderCard(type: ClinicalType, level: HeadingLevel) {
    const ui = this.content.ui;
    const id = `${this.idPrefix}-${type.id}`;
    const featured = type.id === this.featured;
    const open = this.open.has(type.id);
    const body = html`
      <p class="summary">${type.summary}</p>
      ${
        type.otherNames.length > 0 ? html`<p class="also">${ui.alsoCalled}: ${type.otherNames.join('; ')}</p>` : nothing
      }
      <p class="label">${ui.suits}</p>
      <p class="suits">${type.suits}</p>
      ${this.renderList(`${id}-eligibility`, ui.eligibility, type.eligibility, 'eligibility')}
      <div class="pros-cons">
        <div>${this.renderList(`${id}-pros`, ui.pros, type.pros, 'pros')}</div>
        <div>${this.renderList(`${id}-cons`, ui.cons, type.cons, 'cons')}</div>
      </div>
      ${renderCta(this, resolveCta(this.cta, type), type.id, 'card')}
    `;
    return html`<article
      class="card ${featured ? 'featured' : ''}"
      part="card"
      aria-labelledby="${id}-title"
      data-type=${type.id}
    >
      ${isServer ? serverCard(id, level, this.cardTitle(type, featured), open, body) : this.renderFold(type, level, featured, open, body)}
    </article>`;
  }

  private cardTitle(type: ClinicalType, featured: boolean) {
    return html`<span class="card-name">${type.name}</span>${
        featured ? html` <span class="badge">${this.content.ui.featured}</span>` : nothing
      }`;
  }

  /**
   * The card as the browser renders it: the title's button and the region it
   * opens, in the places the server's summary and body take, so that focus
   * and boxes carry over when the script takes a pre-rendered card over.
   */
  private renderFold(type: ClinicalType, level: HeadingLevel, featured: boolean, open: boolean, body: unknown) {
    const id = `${this.idPrefix}-${type.id}`;
    const toggle = html`<button
      type="button"
      class="card-toggle"
      part="card-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="${id}-body"
      @click=${() => this.setOpen(type.id, !open)}
    >
      <span class="card-label">${this.cardTitle(type, featured)}</span> ${chevron}
    </button>`;
    return html`<div class="card-fold" id="${id}-details">
      ${heading(level, toggle, { id: `${id}-title`, className: 'card-title', part: 'card-title' })}
      <div class="card-body" id="${id}-body" ${untilFound(!open)} @beforematch=${() => this.setOpen(type.id, true)}>
        ${open || this.closedBodies ? body : nothing}
      </div>
    </div>`;
  }

  private setOpen(type: TypeId, open: boolean): void {
    if (this.open.has(type) === open) return;
    const next = new Set(this.open);
    if (open) next.add(type);
    else next.delete(type);
    this.open = next;
  }

  /** Arrow keys, Home and End move between the card titles, as in an accordion. */
  private onKeydown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || !target.classList.contains('card-toggle')) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const toggles = [...this.renderRoot.querySelectorAll<HTMLElement>('.card-toggle')];
    const at = toggles.indexOf(target);
    const next = {
      ArrowDown: toggles[(at + 1) % toggles.length],
      ArrowUp: toggles[(at - 1 + toggles.length) % toggles.length],
      Home: toggles[0],
      End: toggles[toggles.length - 1],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  private renderList(id: string, label: string, items: readonly string[], kind: string) {
    if (items.length === 0) return nothing;
    return html`<p class="label" id=${id}>${label}</p>
      <ul class="list ${kind}" role="list" aria-labelledby=${id}>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
  }
}

/**
 * A card's fold as the server renders it: a native disclosure, which works
 * with no script. A function of the module rather than a method, so the
 * browser's bundle, where `isServer` is false, leaves it out.
 */
function serverCard(id: string, level: HeadingLevel, title: unknown, open: boolean, body: unknown) {
  return html`<details id="${id}-details" ?open=${open}>
    <summary class="card-toggle" part="card-toggle">
      ${heading(level, title, { id: `${id}-title`, className: 'card-title', part: 'card-title' })} ${chevron}
    </summary>
    <div class="card-body">${body}</div>
  </details>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'usce-cards': UsceCards;
  }
}
