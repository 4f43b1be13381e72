import { css } from 'lit';

export const cardsStyles = css`
  :host {
    container-type: inline-size;
  }

  .cards {
    display: grid;
    /* minmax(0, 1fr), not 1fr: a bare 1fr column never shrinks below its
       longest word, so in a narrow container with large text the cards
       would spill out of the widget instead of wrapping. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 40rem) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card.featured {
    border: 2px solid var(--_accent);
    box-shadow: inset 0 4px 0 var(--_accent);
  }

  .card-title {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }

  .also,
  .summary,
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

  @container (min-width: 56rem) {
    .pros-cons {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
