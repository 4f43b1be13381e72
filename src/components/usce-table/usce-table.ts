import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
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
import { adaptAccent, HostBackgroundController } from '../../controllers/host-background.js';
import { ServerRootController } from '../../controllers/server-root.js';
import { unknownIdMessages } from '../shared/unknown-ids.js';
import { renderNotice } from '../shared/notice.js';
import { reveal } from '../shared/reveal.js';
import { tableStyles } from './usce-table.styles.js';

let nextId = 0;

/**
 * A comparison table of the kinds of US clinical experience: one column per
 * type, one row per compared attribute. A real `<table>` with a caption and
 * row and column headers. In a narrow container it scrolls sideways inside
 * its frame with the first column kept in view.
 *
 * @summary Comparison table of the four kinds of US clinical experience.
 *
 * @attr types - Space-separated type ids to show, in this order (`hands-on observership research virtual`). Empty shows all.
 * @attr highlight - One type id to mark as featured.
 *
 * @csspart table - The `<table>` element.
 * @csspart frame - The box around the table that scrolls sideways when the table is wider than the widget.
 * @csspart notice - The notice that names invalid attribute values.
 *
 * @cssprop [--usce-accent=#0b6e55] - Featured column and badge colour.
 * @cssprop [--usce-background] - Solid background behind the sticky first column; detected from the page by default.
 */
export class UsceTable extends LitElement {
  static override styles = [baseStyles, tableStyles];

  /** Kept when no provider is above this element: each element also works alone. */
  @consume({ context: contentContext, subscribe: true })
  @state()
  private content: Content = builtInContent;

  /** True when the table is wider than its frame, so the frame needs to take focus and scroll. */
  @state() private overflowing = false;

  /** Space-separated type ids to show, in this order. Empty shows all. */
  @property() types = '';

  /** A type id to mark as featured, visibly and for screen readers. */
  @property() highlight = '';

  private selection: TypeSelection = { types: [], unknown: [] };
  private featured: TypeId | null = null;
  private problems: string[] = [];
  private readonly captionId = `usce-table-caption-${nextId++}`;
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
  private resizeObserver?: ResizeObserver;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** Scrolls the column of `type` into view and focuses its header. */
  async revealType(type: TypeId): Promise<void> {
    await this.updateComplete;
    reveal(this.renderRoot.querySelector<HTMLElement>(`thead th[data-type="${type}"]`));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('types') || changed.has('highlight') || changed.has('content' as keyof UsceTable)) {
      this.selection = selectTypes(this.content, this.types);
      const highlight = selectHighlight(this.highlight);
      this.featured = highlight.id;
      this.problems = unknownIdMessages(this.content, this.selection.unknown, highlight.unknown, this.localName);
    }
  }

  protected override updated(): void {
    adaptAccent(this, this.background, undefined);
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    // Set through the CSSOM rather than a style attribute binding: a page
    // whose CSP has no 'unsafe-inline' for styles refuses style attributes
    // (lit's styleMap writes one on first render), but not CSSOM writes.
    frame?.style.setProperty('--_page-bg', this.background.value);
    frame?.querySelector('table')?.style.setProperty('--_columns', String(this.selection.types.length));
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
        // The frame's border box includes its 1px borders on both sides.
        const overflowing = widths.table > widths.frame - 2 + 1;
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
      <div
        class="frame"
        part="frame"
        role=${this.overflowing ? 'group' : nothing}
        aria-labelledby=${this.overflowing ? this.captionId : nothing}
        tabindex=${this.overflowing ? '0' : nothing}
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
      </div>
      ${this.overflowing ? html`<p class="hint">${ui.tableScrollHint}</p>` : nothing}
    `;
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
      <th scope="row">
        ${attribute.label}
        ${attribute.description ? html`<span class="attr-description">${attribute.description}</span>` : nothing}
      </th>
      ${types.map(
        (type) =>
          html`<td class=${type.id === this.featured ? 'featured' : ''} data-type=${type.id}>
            ${this.renderCell(type.cells[attribute.id])}
          </td>`,
      )}
    </tr>`;
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
