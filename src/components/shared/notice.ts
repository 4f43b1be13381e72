import { html, nothing } from 'lit';

/**
 * Renders the in-widget notice that names problems with the embed code.
 * It is a plain status box, not an alert: a misconfigured widget should be
 * obvious to the author checking the page without interrupting a reader's
 * screen reader on load.
 */
export function renderNotice(heading: string, messages: readonly string[]) {
  if (messages.length === 0) return nothing;
  return html`<div class="notice" part="notice" role="status">
    <p class="notice-heading">${heading}</p>
    <ul>
      ${messages.map((message) => html`<li>${message}</li>`)}
    </ul>
  </div>`;
}
