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

  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    table-layout: fixed;
    font-size: 0.95em;
  }

  caption {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    caption-side: top;
    font-weight: 700;
    text-align: start;
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
    width: 11em;
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

  /* In a narrow column the table keeps readable widths and scrolls sideways
     inside its frame instead of squeezing words into slivers. */
  @container (max-width: 44rem) {
    table {
      width: max-content;
      max-width: none;
    }
    th[scope='row'],
    .corner {
      width: 8.5em;
      min-width: 8.5em;
      max-width: 8.5em;
    }
    th[scope='col']:not(.corner),
    td {
      width: 12em;
      min-width: 12em;
      max-width: 12em;
    }
  }
`;
