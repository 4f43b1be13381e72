import { css, html, type TemplateResult } from 'lit';

/**
 * Folded content as a native disclosure: `<details>` with a `<summary>`.
 * The browser opens and closes it with no script, so a pre-rendered snippet
 * read with JavaScript off has every fold working; keyboard use (Enter and
 * Space on the summary) and the expanded state for screen readers are the
 * browser's own; find-in-page opens a closed fold that holds a match (the
 * element then opens its own state to match, on `toggle`). Print styles
 * unfold every disclosure (see `baseStyles`), with no script either.
 */

/** One fold's state, as its element keeps it. */
export interface FoldState {
  /** The id of the `<details>` element. */
  id: string;
  open: boolean;
  /** Called with the new state when the reader (or find-in-page) opens or closes the fold. */
  set: (open: boolean) => void;
}

/** Calls `set` with a `<details>` element's state after it toggles. */
export function onToggle(set: (open: boolean) => void): (event: Event) => void {
  return (event) => set((event.currentTarget as HTMLDetailsElement).open);
}

/** A disclosure labelled `label` that opens `content`. */
export function renderFold(fold: FoldState, label: unknown, content: unknown): TemplateResult {
  return html`<details class="fold" id=${fold.id} ?open=${fold.open} @toggle=${onToggle(fold.set)}>
    <summary class="fold-toggle">${label} ${chevron}</summary>
    ${content}
  </details>`;
}

/** The small triangle after a disclosure's label, turned when its `<details>` is open. */
export const chevron = html`<span class="chevron" aria-hidden="true"></span>`;

/**
 * Styles for `.fold-toggle` and `.card-toggle` summaries and the
 * `<details>` they open.
 */
export const foldStyles = css`
  /* Summaries that open and close a region (the cards' titles too): the
     page's font, the browser's marker replaced by the chevron, a target
     large enough for a thumb. */
  .fold-toggle,
  .card-toggle {
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    margin: 0;
    padding: 0.25em 0;
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

  details[open] > summary > .chevron {
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
