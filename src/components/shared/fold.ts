import { css, html, isServer, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Folded content, in two forms with the same boxes.
 *
 * The server renders a native disclosure, `<details>` with a `<summary>`:
 * the browser opens and closes it with no script, so a pre-rendered snippet
 * read with JavaScript off has every fold working.
 *
 * The browser renders a disclosure button and the region it opens. A
 * `<details>` costs Chromium a pass over every `<details>` of the document
 * each time one is added, which on a page with many widgets made each
 * later section a long task; a button and a region cost what any element
 * does. A closed region carries `hidden="until-found"`, so find-in-page
 * still reaches its text and fires `beforematch` before it opens it (the
 * element then opens its own state to match). Engines without `until-found`
 * treat it as plain `hidden`: the content stays in the DOM and opens with
 * its button. Print styles unfold every fold in either form (see
 * `baseStyles`), with no script.
 */

class UntilFound extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error('untilFound() goes on an element, as in <div ${untilFound(closed)}>');
  }

  render(_closed: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [closed]: [boolean]) {
    if (closed) part.element.setAttribute('hidden', 'until-found');
    else part.element.removeAttribute('hidden');
    return nothing;
  }
}

/**
 * A closed fold's `hidden="until-found"`, none when open. A directive rather
 * than an attribute binding, since lit-analyzer knows `hidden` only as a
 * boolean.
 */
export const untilFound = directive(UntilFound);

/** One fold's state, as its element keeps it. */
export interface FoldState {
  /** The id of the fold (the `<details>`, or the element around the button and its region). */
  id: string;
  open: boolean;
  /** Called with the new state when the reader (or find-in-page) opens or closes the fold. */
  set: (open: boolean) => void;
}

/**
 * A disclosure labelled `label` that opens `content`. Both forms hold the
 * same elements in the same places (fold, toggle, body), so focus found by
 * position in the server's markup is found again in the browser's.
 */
export function renderFold(fold: FoldState, label: unknown, content: unknown): TemplateResult {
  if (isServer) {
    return html`<details class="fold" id=${fold.id} ?open=${fold.open}>
      <summary class="fold-toggle">${label} ${chevron}</summary>
      <div class="fold-body">${content}</div>
    </details>`;
  }
  return html`<div class="fold" id=${fold.id}>
    <button
      type="button"
      class="fold-toggle"
      aria-expanded=${fold.open ? 'true' : 'false'}
      aria-controls="${fold.id}-body"
      @click=${() => fold.set(!fold.open)}
    >
      ${label} ${chevron}
    </button>
    <div class="fold-body" id="${fold.id}-body" ${untilFound(!fold.open)} @beforematch=${() => fold.set(true)}>
      ${content}
    </div>
  </div>`;
}

/** The small triangle after a disclosure's label, turned when it is open. */
export const chevron = html`<span class="chevron" aria-hidden="true"></span>`;

/**
 * Styles for `.fold-toggle` and `.card-toggle`, summaries or buttons, and
 * what they open. A fold's body must not set `display` (it would override
 * `hidden` in engines without `until-found`) nor padding or borders (a
 * closed `until-found` element keeps its own box, only its content is
 * skipped).
 */
export const foldStyles = css`
  /* Summaries and buttons that open and close a region (the cards' titles
     too): no button chrome, the page's font, the browser's marker replaced
     by the chevron, a target large enough for a thumb. */
  .fold-toggle,
  .card-toggle {
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    margin: 0;
    padding: 0.25em 0;
    border: 0;
    background: none;
    list-style: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .fold-toggle::-webkit-details-marker,
  .card-toggle::-webkit-details-marker {
    display: none;
  }

  .fold-toggle {
    display: flex;
    width: fit-content;
    max-width: 100%;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .chevron {
    flex: none;
    width: 0.55em;
    height: 0.55em;
    /* Turned 45 degrees, its box grows by about 0.12em each side. */
    margin-inline: 0.15em;
    /* Physical sides: a down arrow is the same in either direction. */
    border-bottom: 2px solid currentColor;
    border-right: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }

  details[open] > summary > .chevron,
  [aria-expanded='true'] > .chevron {
    transform: translateY(0.15em) rotate(225deg);
  }

  @media print {
    /* Every fold prints open (baseStyles): the summaries that open them
       are left off or kept as plain labels. */
    .chevron {
      display: none;
    }
  }
`;
