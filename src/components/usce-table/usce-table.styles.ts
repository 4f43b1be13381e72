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

  /* The server's table while the page's parser is still reading it: the
     browser may paint it a few rows at a time, and automatic layout widens
     columns as longer cells arrive, which would move the rows already
     painted. It shows once the mark after its last row is in. */
  .frame[data-streamed]:not(:has(> .frame-end)) > table {
    visibility: hidden;
  }

  /* Fills the frame: from 600 px on, every type fits beside the others at
     the page's font size. Automatic layout sizes the columns to their
     content, and break-word (not the widget's anywhere) keeps each word
     whole, so a long type name widens its column instead of splitting.
     Only if very large text leaves no room does the table grow past the
     frame, which then scrolls sideways. */
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.875em;
    line-height: 1.35;
    overflow-wrap: break-word;
  }

  /* The caption stays for assistive technology; the visible copy sits above
     the frame so it does not scroll away with the columns. */
  .caption {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-weight: 700;
  }

  th,
  td {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.45);
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
    background-color: var(--_background);
    background-image: linear-gradient(var(--_surface), var(--_surface));
    border-inline-end: 1px solid var(--_border);
    font-weight: 600;
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
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.4em;
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

  /* The narrow view: one heading per compared point, then each type's value. */
  .points {
    display: none;
  }

  .point {
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_border);
  }

  .point:first-child {
    border-block-start: 0;
    padding-block-start: 0;
  }

  .point-title {
    margin: 0 0 0.25em;
    font-size: 1em;
    line-height: 1.3;
  }

  .point dl {
    margin: 0;
    font-size: 0.9em;
    line-height: 1.35;
  }

  /* Name and value run on as one short paragraph: on a phone, the value
     gets the whole width instead of a narrow column beside the name, which
     keeps each type to two or three lines. */
  .point-value {
    padding: 0.25em 0.4em;
    border-inline-start: 3px solid transparent;
  }

  .point-value + .point-value {
    border-block-start: 1px dashed var(--_border);
  }

  .point-value dt {
    display: inline;
    margin-inline-end: 0.4em;
    font-weight: 600;
    /* Whole words: a type name never splits mid-word. */
    overflow-wrap: break-word;
  }

  .point-value dd {
    display: inline;
    margin: 0;
  }

  .point-value.featured {
    border-inline-start-color: var(--_accent);
  }

  /* The rating word and its phrase run on as one sentence: a line saved per value. */
  .point-value .rating {
    display: inline-flex;
    margin-inline-end: 0.35em;
  }

  .point-value .cell-text {
    display: inline;
  }

  .point-value .badge {
    margin-inline-start: 0.25em;
  }

  .notes {
    margin-block-start: 0.25em;
  }

  .notes-list {
    margin: 0 0 0.5em;
    font-size: 0.9em;
  }

  .notes-list div {
    margin-block: 0.3em;
  }

  .notes-list dt {
    display: inline;
    font-weight: 700;
  }

  .notes-list dt::after {
    content: ':';
  }

  .notes-list dd {
    display: inline;
    margin: 0;
  }

  /* Below 600 px of the element's own width (not the viewport's: it sits in
     an article column or a sidebar), the table gives way to the list. */
  @container (max-width: 599.98px) {
    .frame,
    .hint {
      display: none;
    }

    .points {
      display: block;
    }
  }

  @media print {
    /* Paper gets the table whatever its width, with the notes open, and
       rows kept whole across pages. */
    .frame {
      display: block;
      overflow: visible;
    }

    .points {
      display: none;
    }

    .hint {
      display: none;
    }

    table {
      width: 100%;
    }

    thead {
      display: table-header-group;
    }

    tr {
      break-inside: avoid;
    }

    th[scope='row'],
    .corner {
      position: static;
    }
  }
`;
