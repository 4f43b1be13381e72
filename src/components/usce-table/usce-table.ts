import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { consume } from '@lit/context';
import { builtInContent } from '../../content/content.js';
import { selectHighlight, selectTypes, type TypeSelection } from '../../content/select.js';
import {
  RATING_LEVELS,
  type AttributeDef,
  type Cell,
  type ClinicalType,
  type Content,
  type TypeId,
} from '../../content/types.js';
import { contentContext } from '../../context/content-context.js';
import { baseStyles } from '../shared/base.styles.js';
import { unknownIdMessages } from '../shared/unknown-ids.js';
import { renderNotice } from '../shared/notice.js';
import { UsceElement } from '../shared/usce-element.js';
import { reveal } from '../shared/reveal.js';
import { foldStyles, renderFold } from '../shared/fold.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { tableStyles } from './usce-table.styles.js';

let nextId = 0;

/**
 * A comparison of the kinds of US clinical experience, point by point.
 *
 * In a container 600 px wide or more it is a real `<table>` with a caption
 * and row and column headers, one column per type, every type in view. In a
 * narrower container (a phone, a sidebar) the same facts are a list: each
 * compared point under its own heading, with the value for each type as a
 * short definition list, so nothing scrolls sideways and a screen reader can
 * move point by point with its heading keys. What each point means is in a
 * folded list of notes under either view.
 *
 * @summary Comparison table of the four kinds of US clinical experience.
 *
 * @attr types - Space-separated type ids to show, in this order (`hands-on observership research virtual`). Empty shows all.
 * @attr highlight - One type id to mark as featured.
 * @attr heading-level - Level (2 to 6) of each compared point's heading in the narrow list view. Default 3.
 *
 * @csspart table - The `<table>` element.
 * @csspart frame - The box around the table; it scrolls sideways only if very large text leaves no other way.
 * @csspart points - The narrow-container view: one heading and list per compared point.
 * @csspart notice - The notice that names invalid attribute values.
 *
 * @cssprop [--usce-accent=#0b6e55] - Featured column and badge colour.
 * @cssprop [--usce-background] - Solid background behind the sticky first column; detected from the page by default.
 */
export class UsceTable extends UsceElement {
  static override styles = [baseStyles, foldStyles, tableStyles];

  /** Kept when no provider is above this element: each element also works alone. */
  @consume({ context: contentContext, subscribe: true })
  @state()
  private content: Content = builtInContent;

  /** True when the table is wider than its frame, so the frame needs to take focus and scroll. */
  @state() private overflowing = false;

  /** Space-separated type ids to show, in this order. Empty shows all. */
  @property() types: string | null = null;

  /** A type id to mark as featured, visibly and for screen readers. */
  @property() highlight: string | null = null;

  /** Level of each compared point's heading in the narrow view, so it fits the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 3;

  /** Whether the notes on what each compared point means are open. */
  @state() private notesOpen = false;

  /**
   * Which of its two forms to render: the table (600 px wide and more) and
   * the list that replaces it below that, or both (the default: the browser
   * shows the one that fits). `<usce-compare>` first asks for the one its
   * width shows, and for both a turn later, so neither first render does
   * the work of both.
   */
  @property({ attribute: false }) forms: 'both' | 'table' | 'list' = 'both';

  private selection: TypeSelection = { types: [], unknown: [] };
  private featured: TypeId | null = null;
  private problems: string[] = [];
  private readonly captionId = `usce-table-caption-${nextId++}`;
  private resizeObserver?: ResizeObserver;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /**
   * Scrolls the column of `type` into view and focuses its header; in the
   * narrow view, its value for the first compared point.
   */
  async revealType(type: TypeId): Promise<void> {
    await this.updateComplete;
    const header = this.renderRoot.querySelector<HTMLElement>(`thead th[data-type="${type}"]`);
    // The view not in use is display: none, which leaves no box to scroll to.
    const inView = header && header.getClientRects().length > 0;
    reveal(inView ? header : this.renderRoot.querySelector<HTMLElement>(`.points dt[data-type="${type}"]`));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('types') || changed.has('highlight') || changed.has('content' as keyof UsceTable)) {
      this.selection = selectTypes(this.content, this.types);
      const highlight = selectHighlight(this.highlight);
      this.featured = highlight.id;
      this.problems = unknownIdMessages(this.content, this.selection.unknown, highlight.unknown, this.localName);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    // Set through the CSSOM rather than a style attribute binding: a page
    // whose CSP has no 'unsafe-inline' for styles refuses style attributes
    // (lit's styleMap writes one on first render), but not CSSOM writes.
    frame?.style.setProperty('--_page-bg', this.background.value);
    // Watch the frame once it exists; it is re-created only if the element is re-attached.
    if (frame && !this.resizeObserver && typeof ResizeObserver === 'function') {
      // Sizes come from the observer's entries, not from reading layout,
      // so many tables on one page do not force a layout each.
      const table = frame.querySelector('table');
      const widths = { frame: 0, table: 0 };
      this.resizeObserver = new ResizeObserver((entries) => {
        for (const entry of entries) {
          widths[entry.target === frame ? 'frame' : 'table'] =
            entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
        }
        // The frame's border box includes its 1px borders on both sides. A
        // frame of no width is the table put away for the narrow list view.
        const overflowing = widths.frame > 0 && widths.table > widths.frame - 2 + 1;
        if (overflowing !== this.overflowing) this.overflowing = overflowing;
      });
      this.resizeObserver.observe(frame);
      if (table) this.resizeObserver.observe(table);
    }
  }

  protected override render() {
    const ui = this.content.ui;
    const types = this.selection.types;
    return html`
      ${renderNotice(ui.noticeHeading, this.problems)}
      <p class="caption" aria-hidden="true">${ui.tableCaption}</p>
      ${this.forms === 'list' ? nothing : this.renderTable(types)}
      ${this.forms === 'table' ? nothing : this.renderPoints(types)} ${this.renderNotes()}
    `;
  }

  private renderTable(types: ClinicalType[]) {
    const ui = this.content.ui;
    return html`<div
        class="frame"
        part="frame"
        ?data-streamed=${isServer}
        role=${ifDefined(this.overflowing ? 'group' : undefined)}
        aria-labelledby=${this.overflowing ? this.captionId : nothing}
        tabindex=${ifDefined(this.overflowing ? 0 : undefined)}
      >
        <table part="table">
          <caption id=${this.captionId} class="visually-hidden">
            ${ui.tableCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="corner">${ui.tableCorner}</th>
              ${types.map((type) => this.renderTypeHeader(type))}
            </tr>
          </thead>
          <tbody>
            ${this.content.attributes.map((attribute) => this.renderRow(attribute, types))}
          </tbody>
        </table>
        ${isServer ? html`<span class="frame-end" hidden></span>` : nothing}
      </div>
      ${this.overflowing ? html`<p class="hint">${ui.tableScrollHint}</p>` : nothing}`;
  }

  private renderTypeHeader(type: ClinicalType) {
    const featured = type.id === this.featured;
    return html`<th scope="col" class=${featured ? 'featured' : ''} data-type=${type.id}>
      <span class="type-name">${type.name}</span>
      ${featured ? html`<span class="badge">${this.content.ui.featured}</span>` : nothing}
    </th>`;
  }

  private renderRow(attribute: AttributeDef, types: ClinicalType[]) {
    return html`<tr data-attribute=${attribute.id}>
      <th scope="row">${attribute.label}</th>
      ${types.map(
        (type) =>
          html`<td class=${type.id === this.featured ? 'featured' : ''} data-type=${type.id}>
            ${this.renderCell(type.cells[attribute.id])}
          </td>`,
      )}
    </tr>`;
  }

  /** The narrow view: each compared point as a heading and the value for each type. */
  private renderPoints(types: ClinicalType[]) {
    const level: HeadingLevel = toHeadingLevel(this.headingLevel, 3);
    return html`<div class="points" part="points">
      ${this.content.attributes.map(
        (attribute) =>
          html`<div class="point" data-attribute=${attribute.id}>
            ${heading(level, attribute.label, { className: 'point-title' })}
            <dl>
              ${types.map((type) => {
                const featured = type.id === this.featured;
                return html`<div class="point-value ${featured ? 'featured' : ''}">
                  <dt data-type=${type.id}>
                    ${type.name} ${featured ? html`<span class="badge">${this.content.ui.featured}</span>` : nothing}
                  </dt>
                  <dd>${this.renderCell(type.cells[attribute.id])}</dd>
                </div>`;
              })}
            </dl>
          </div>`,
      )}
    </div>`;
  }

  /** What each compared point means, folded under the table or the list. */
  private renderNotes() {
    const described = this.content.attributes.filter((attribute) => attribute.description);
    if (described.length === 0) return nothing;
    const fold = {
      id: `${this.captionId}-notes`,
      open: this.notesOpen,
      set: (open: boolean) => (this.notesOpen = open),
    };
    return html`<div class="notes">
      ${renderFold(
        fold,
        this.content.ui.tableNotes,
        html`<dl class="notes-list">
          ${described.map(
            (attribute) =>
              html`<div>
                <dt>${attribute.label}</dt>
                <dd>${attribute.description}</dd>
              </div>`,
          )}
        </dl>`,
      )}
    </div>`;
  }

  private renderCell(cell: Cell) {
    if (!cell.level) return html`<span class="cell-text">${cell.text}</span>`;
    // The meter is decoration: the level is always given as a word beside it.
    const filled = RATING_LEVELS.length - 1 - RATING_LEVELS.indexOf(cell.level);
    return html`<span class="rating">
        <span class="meter" aria-hidden="true"
          >${[0, 1, 2].map((i) => html`<span class=${i < filled ? 'on' : ''}></span>`)}</span
        >
        <span class="level">${this.content.ui.ratingLabels[cell.level]}</span>
      </span>
      <span class="cell-text">${cell.text}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'usce-table': UsceTable;
  }
}
