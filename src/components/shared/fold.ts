import { css, html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Folded content that stays in the DOM: a disclosure button and the element
 * it opens. A closed fold carries `hidden="until-found"`, so the browser's
 * find-in-page can still reach its text and fires `beforematch` on it before
 * it opens it (the element then opens its own state to match). Engines
 * without `until-found` treat the attribute as plain `hidden`: the content
 * stays in the DOM and opens with its button. Print styles unfold every fold
 * (see `foldStyles`), with no script.
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
 * A fold's `hidden`: `until-found` while closed, none when open. Pair it
 * with `?hidden=${closed}` on the same element: the server renderer writes
 * only that plain `hidden` (it runs no element directives), and in the
 * browser this directive, the later part, turns it into `until-found`. A
 * directive rather than an attribute binding, since lit-analyzer knows
 * `hidden` only as a boolean.
 */
export const untilFound = directive(UntilFound);

/** One fold's state, as its element keeps it. */
export interface FoldState {
  /** The id of the folded element, for `aria-controls`. */
  id: string;
  open: boolean;
  /** Called with the new state: by the button, and with `true` on `beforematch`. */
  set: (open: boolean) => void;
}

/** A disclosure button labelled `label`, then `content` in a fold it opens. */
export function renderFold(fold: FoldState, label: unknown, content: unknown): TemplateResult {
  return html`<button
      type="button"
      class="fold-toggle"
      aria-expanded=${fold.open ? 'true' : 'false'}
      aria-controls=${fold.id}
      @click=${() => fold.set(!fold.open)}
    >
      ${label} ${chevron}
    </button>
    <div
      class="fold"
      id=${fold.id}
      ?hidden=${!fold.open}
      ${untilFound(!fold.open)}
      @beforematch=${() => fold.set(true)}
    >
      ${content}
    </div>`;
}

/** The small triangle after a disclosure's label, turned by `aria-expanded`. */
export const chevron = html`<span class="chevron" aria-hidden="true"></span>`;

/**
 * Styles for `.fold-toggle` buttons and `.fold` regions. A `.fold` must not
 * set `display` (it would override `hidden` in engines without
 * `until-found`) nor padding or borders (a closed `until-found` element keeps
 * its own box, only its content is skipped).
 */
export const foldStyles = css`
  /* Buttons that open and close a region (the cards' titles too): no button
     chrome, the page's font, a target large enough for a thumb. */
  .fold-toggle,
  .card-toggle {
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    margin: 0;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .fold-toggle {
    display: inline-flex;
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

  [aria-expanded='true'] > .chevron {
    transform: translateY(0.15em) rotate(225deg);
  }

  @media print {
    /* Paper cannot open anything: every fold is printed open, and the
       buttons that open them are left off or kept as plain labels. */
    .fold[hidden] {
      display: block;
      content-visibility: visible;
    }

    .chevron {
      display: none;
    }
  }
`;
