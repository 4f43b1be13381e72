import { css } from 'lit';

export const tableStyles = css`
  :host {
    container-type: inline-size;
  }

  .frame {
    max-width: 100%;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Keeps the sideways scroll inside the widget on touch screens. */
    overscroll-behavior-x: contain;
    /* --_page-bg is set from the detected host background (host-background.ts). */
    --_background: var(--usce-background, var(--_page-bg, Canvas));
  }

  /* Fills the frame, and grows past it (scrolling sideways inside the frame)
     only when the columns would fall below a readable width. --_columns is
     the number of type columns, set by the element. */
  table {
    width: max(100%, calc(var(--_label-width) + var(--_columns, 4) * var(--_column-min)));
    border-collapse: separate;
    border-spacing: 0;
    table-layout: fixed;
    font-size: 0.95em;
    hyphens: auto;
    --_label-width: 9em;
    --_column-min: 10em;
  }

  /* The caption stays for assistive technology; the visible copy sits above
     the frame so it does not scroll away with the columns. */
  .caption {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-weight: 700;
  }

  th,
  td {
    padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--_surface);
    font-weight: 700;
  }

  /* The first column names the row; it stays in view while the rest scrolls. */
  th[scope='row'],
  .corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    width: var(--_label-width);
    background-color: var(--_background);
    background-image: linear-gradient(var(--_surface), var(--_surface));
    border-inline-end: 1px solid var(--_border);
    font-weight: 600;
  }

  .attr-description {
    display: block;
    margin-block-start: 0.2em;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 400;
  }

  .featured {
    background-image: linear-gradient(
      color-mix(in srgb, var(--_accent) 12%, transparent),
      color-mix(in srgb, var(--_accent) 12%, transparent)
    );
    box-shadow:
      inset 2px 0 0 var(--_accent),
      inset -2px 0 0 var(--_accent);
  }

  thead th.featured {
    box-shadow:
      inset 2px 0 0 var(--_accent),
      inset -2px 0 0 var(--_accent),
      inset 0 4px 0 var(--_accent);
  }

  .type-name {
    display: block;
  }

  .rating {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }

  .meter {
    display: inline-flex;
    gap: 2px;
  }

  .meter span {
    width: 0.55em;
    height: 0.55em;
    border: 1px solid currentColor;
    border-radius: 50%;
  }

  .meter span.on {
    background: currentColor;
  }

  .cell-text {
    display: block;
  }

  .hint {
    margin: calc(var(--_space) * 0.4) 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }

  @container (max-width: 30rem) {
    table {
      font-size: 0.9em;
      --_label-width: 8.75em;
      --_column-min: 9.5em;
    }
  }
`;
