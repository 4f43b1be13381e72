import { css } from 'lit';

/**
 * Styles every element shares: the token locals, inheritance from the host
 * page, focus rings and small utilities. The widget never assumes a white
 * page: tints and borders are mixed from the inherited text colour, so they
 * work on light and dark themes alike.
 */
export const baseStyles = css`
  :host {
    /* --_theme-* are set by a theme="light|dark" ancestor (below); a token
       set by the embedder always wins over them. */
    --_accent: var(--usce-accent, var(--_theme-accent, #0b6e55));
    --_accent-contrast: var(--usce-accent-contrast, var(--_theme-accent-contrast, #ffffff));
    --_text: var(--usce-text, currentColor);
    --_muted: var(--usce-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_surface: var(--usce-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_border: var(--usce-border, color-mix(in srgb, currentColor 28%, transparent));
    --_focus: var(--usce-focus, currentColor);
    --_radius: var(--usce-radius, 0.5em);
    --_font: var(--usce-font, inherit);
    --_space: var(--usce-space, 1rem);

    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    /* anywhere, not break-word: only anywhere lets a long word shrink the
       min-content width, so buttons, links and tags with one wrap inside the
       widget instead of pushing it wider than its container. */
    overflow-wrap: anywhere;
    text-align: start;
    /* Inherited layout settings a page may set on its article column would
       indent every cell and card, or turn the template's line breaks into
       visible ones; the widget lays out its own text. */
    text-indent: 0;
    white-space: normal;
  }

  :host([hidden]) {
    display: none;
  }

  /* theme="light" and theme="dark" paint the widget's own background and
     text instead of taking the page's; "auto" (the default) takes the page's. */
  :host([theme='light']),
  :host([theme='dark']) {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--usce-background, var(--_theme-background));
    color: var(--usce-text, var(--_theme-text));
    --_text: var(--usce-text, var(--_theme-text));
  }

  :host([theme='light']) {
    --_theme-background: #ffffff;
    --_theme-text: #1c1e21;
    --_theme-accent: #0b6e55;
    --_theme-accent-contrast: #ffffff;
    color-scheme: light;
  }

  :host([theme='dark']) {
    --_theme-background: #17191d;
    --_theme-text: #eceef1;
    --_theme-accent: #5fd3b0;
    --_theme-accent-contrast: #06201a;
    color-scheme: dark;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .badge {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0.05em 0.5em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.5;
    vertical-align: 0.1em;
    white-space: nowrap;
  }

  .notice {
    margin-block: 0 var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .notice p,
  .notice ul {
    margin: 0;
  }

  .notice ul {
    padding-inline-start: 1.25em;
  }

  .notice-heading {
    font-weight: 700;
  }

  @media print {
    /* Paper is white whatever the screen theme, and the printer may drop
       backgrounds: a dark theme prints as the light one. */
    :host([theme='dark']) {
      --_theme-background: #ffffff;
      --_theme-text: #1c1e21;
      --_theme-accent: #0b6e55;
      --_theme-accent-contrast: #ffffff;
      color-scheme: light;
    }

    /* A link on paper shows where it goes. */
    a[href]::after {
      content: ' <' attr(href) '>';
      font-size: 0.85em;
      font-weight: 400;
      overflow-wrap: anywhere;
    }

    /* Paper cannot open anything: every disclosure prints open, the
       server's <details> and the browser's folds alike. */
    details::details-content,
    .fold-body[hidden],
    .card-body[hidden] {
      display: block;
      content-visibility: visible;
    }
  }
`;

/** The call-to-action link, shared by the cards and the quiz result. */
export const ctaStyles = css`
  .cta-row {
    margin: calc(var(--_space) * 0.75) 0 0;
  }

  .cta {
    display: inline-block;
    min-height: 2.75em;
    padding: 0.55em 1.1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
    text-decoration: none;
  }

  .cta:hover {
    text-decoration: underline;
  }
`;
