import { css } from 'lit';

export const cardsStyles = css`
  :host {
    container-type: inline-size;
  }

  .caveat {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* One column: an accordion whose open cards push the rest down reads in
     one order, at any width. */
  .cards {
    display: grid;
    /* minmax(0, 1fr), not 1fr: a bare 1fr column never shrinks below its
       longest word, so in a narrow container with large text the cards
       would spill out of the widget instead of wrapping. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    padding: calc(var(--_space) * 0.25) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card.featured {
    border: 2px solid var(--_accent);
    box-shadow: inset 4px 0 0 var(--_accent);
  }

  .card.featured:dir(rtl) {
    box-shadow: inset -4px 0 0 var(--_accent);
  }

  .card-title {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }

  /* The whole title row is the summary, or in the browser the title's
     button (their common look is in foldStyles). */
  .card-toggle {
    display: flex;
    width: 100%;
    min-height: 2.75rem;
  }

  /* The button sits inside the title, so its em is the title's, 1.1 times
     the summary's: these keep its box and its chevron the summary's, and
     nothing moves when the script takes a pre-rendered card over. */
  .card-title > .card-toggle {
    gap: calc(0.5em / 1.1);
    padding-block: calc(0.25em / 1.1);
  }

  .card-title > .card-toggle > .chevron {
    font-size: calc(1em / 1.1);
  }

  .card-toggle:hover .card-name {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .card-title .badge {
    font-size: 0.7em;
  }

  .card-toggle .chevron {
    margin-inline-start: auto;
  }

  .card-body > :first-child {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  .card-body > :last-child {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .summary,
  .also,
  .suits {
    margin: calc(var(--_space) * 0.5) 0 0;
  }

  .also {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .label {
    margin: calc(var(--_space) * 0.75) 0 calc(var(--_space) * 0.25);
    font-weight: 700;
  }

  ul.list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  ul.list li {
    position: relative;
    margin-block: 0.25em;
    padding-inline-start: 1.5em;
  }

  /* Pros and cons differ by their labels and by a plus or minus sign, never
     by colour alone; the signs are decoration for screen readers. */
  ul.list li::before {
    position: absolute;
    inset-inline-start: 0;
    width: 1.1em;
    font-weight: 700;
    text-align: center;
  }

  ul.pros li::before {
    content: '+' / '';
  }

  ul.cons li::before {
    content: '\\2212' / '';
  }

  ul.eligibility li::before {
    content: '\\2022' / '';
  }

  .pros-cons {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 var(--_space);
  }

  @container (min-width: 36rem) {
    .pros-cons {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @media print {
    .card {
      background: none;
    }

    ul.list li {
      break-inside: avoid;
    }

    .card-toggle {
      min-height: 0;
      padding: 0;
    }
  }
`;
