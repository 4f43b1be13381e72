import { css } from 'lit';

export const compareStyles = css`
  /* Layout containment: a section appearing in one widget, or any change
     inside it, never makes the browser lay out the inside of the others. */
  :host {
    container-type: inline-size;
    contain: layout style;
    margin-block: calc(var(--_space) * 1.5);
  }

  /* Before its turn to render (or while content-src loads) the widget holds
     the space the README's embed snippet reserves, so the page below does
     not jump twice. */
  .pending {
    min-height: 40rem;
  }

  /* The pre-rendered snippet read without JavaScript: the quiz cannot
     work, so its place (quiz-placeholder.ts) is left out. */
  @media (scripting: none) {
    .quiz-placeholder {
      display: none;
    }
  }

  /* :not(:first-child) rather than * + *: it outranks the single-class
     rules below (.caveat sets margin: 0), so every part keeps its gap. */
  .widget > :not(:first-child) {
    margin-block-start: calc(var(--_space) * 1.25);
  }

  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }

  .intro {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  .section-title {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.2em;
    line-height: 1.3;
  }

  .facts {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .topic {
    padding-block: calc(var(--_space) * 0.6);
    border-block-start: 1px solid var(--_border);
  }

  .topic-title {
    margin: 0;
    font-size: 1em;
  }

  .topic-points {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  .fact {
    padding-block: calc(var(--_space) * 0.6);
    border-block-start: 1px solid var(--_border);
  }

  .fact p {
    margin: 0;
  }

  .fact-source {
    margin-block-start: 0.25em;
    font-size: 0.875em;
  }

  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .caveat {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  @container (max-width: 30rem) {
    .caveat {
      padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.75);
    }
  }

  @media print {
    /* A page can still use the facts and their sources: no tints or
       borders to waste ink, and the button that opened the rest left off. */
    .more-facts .fold-toggle,
    .apply .fold-toggle {
      display: none;
    }

    .caveat {
      background: none;
      break-inside: avoid;
    }

    .fact {
      break-inside: avoid;
    }
  }

  /* A partner's elements passed through to the quiz get the gap the quiz gives its own slotted ones. */
  usce-quiz > slot::slotted(*) {
    margin-block-start: var(--_space);
  }

  /* From the quiz's Print button: the quiz result alone. */
  @media print {
    :host([data-usce-print]) .widget > :not(.section:has(> usce-quiz)) {
      display: none;
    }
  }
`;
