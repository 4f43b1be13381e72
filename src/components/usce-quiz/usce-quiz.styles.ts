import { css } from 'lit';

export const quizStyles = css`
  .quiz {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .quiz-heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.3em;
    line-height: 1.3;
  }

  .intro,
  .help {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  .help,
  .muted,
  .because,
  .progress-text {
    color: var(--_muted);
  }

  .because {
    font-size: 0.9em;
  }

  .progress-row {
    margin-block-end: var(--_space);
  }

  .progress-text {
    margin: 0 0 0.25em;
    font-size: 0.9em;
  }

  progress {
    display: block;
    width: 100%;
    height: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: transparent;
    overflow: hidden;
    appearance: none;
  }

  progress::-webkit-progress-bar {
    background: transparent;
  }

  progress::-webkit-progress-value {
    background: var(--_accent);
    transition: width 0.2s ease-out;
  }

  progress::-moz-progress-bar {
    background: var(--_accent);
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    display: contents;
  }

  .prompt {
    display: block;
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.1em;
    line-height: 1.35;
  }

  .prompt:focus {
    outline: none;
  }

  .prompt:focus-visible,
  .result-heading:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }

  .optional {
    display: inline-block;
    margin-block-end: 0.5em;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 2.75em;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  /* On a phone the frame and the options give their text more of the width. */
  @media (max-width: 30rem) {
    .quiz {
      padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.6);
    }

    .option {
      padding: 0.5em 0.6em;
    }
  }

  .option input {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin: 0.2em 0 0;
    accent-color: var(--_accent);
  }

  .error {
    margin: calc(var(--_space) * 0.5) 0 0;
    font-weight: 700;
  }

  .error::before {
    content: '! ' / '';
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: var(--_space);
  }

  button {
    min-height: 2.75em;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  button.secondary {
    background: transparent;
    color: inherit;
  }

  button.link {
    min-height: auto;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .primary .actions,
  .actions .primary {
    margin-inline-start: auto;
  }

  .result-heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.2em;
  }

  .result-heading:focus {
    outline: none;
  }

  .suggestion {
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .suggestion-label {
    margin: 0;
    font-size: 0.9em;
    font-weight: 600;
  }

  .suggestion-name {
    margin: 0;
    font-size: 1.3em;
    font-weight: 700;
  }

  .close-call {
    margin: 0.25em 0 0;
    font-weight: 600;
  }

  .section-heading {
    margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5);
    font-size: 1.05em;
  }

  .reasons,
  .tips,
  .plan-steps,
  .blocked,
  .blocked ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  .reasons li,
  .tips li,
  .plan-steps > li,
  .blocked li {
    margin-block: 0.3em;
  }

  .plan-steps p {
    margin: 0.15em 0 0;
  }

  .plan-label {
    margin: calc(var(--_space) * 0.5) 0 0;
    font-weight: 700;
  }

  /* The package's own warnings (fees, state law, visas): set apart from the
     advice so a reader about to pay cannot miss them. */
  .warnings {
    margin: calc(var(--_space) * 0.75) 0 0;
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.75) calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
  }

  .warnings ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  .warnings li {
    margin-block: 0.3em;
  }

  .ranking {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .ranking > li {
    margin-block: 0.6em;
  }

  .ranked-name {
    font-weight: 700;
  }

  details {
    margin-block-start: 0.15em;
  }

  summary {
    width: fit-content;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .tag {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
  }

  .unlock {
    display: block;
    color: var(--_muted);
  }

  .unlock-label {
    font-weight: 600;
  }

  .once {
    font-style: italic;
  }

  .type-links {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    margin: 0.5em 0 0;
  }

  .caveat {
    margin: var(--_space) 0 0;
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 0.35em solid var(--_accent);
    background: var(--_surface);
  }

  .share {
    margin-block-start: var(--_space);
  }

  .share label {
    display: block;
    font-weight: 600;
  }

  .share-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.25em;
  }

  /* The boxes that hold text to copy: the share link and the plan. */
  .share input,
  .plan-text textarea {
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
  }

  .share input {
    flex: 1 1 12em;
    min-width: 0;
    min-height: 2.75em;
  }

  .copy-status {
    min-height: 1.5em;
    margin: 0.25em 0 0;
  }

  @media (prefers-reduced-motion: reduce) {
    progress::-webkit-progress-value {
      transition: none;
    }
  }
`;
