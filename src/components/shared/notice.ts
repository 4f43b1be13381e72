import { html, nothing } from 'lit';
import type { ContentProblem, UiStrings } from '../../content/types.js';
import { contentProblemLines } from './problems.js';

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

/**
 * The notices of an element that reads content: its attribute problems, a
 * content URL that could not be loaded, and the problems of an override
 * that could not be used.
 */
export function renderNotices(
  ui: UiStrings,
  problems: readonly string[],
  source: { loadError: string | null | undefined; problems: readonly ContentProblem[] },
) {
  const content = contentProblemLines(source.problems, ui);
  return html`${renderNotice(ui.noticeHeading, problems)}
  ${source.loadError ? renderNotice(ui.noticeHeading, [source.loadError]) : nothing}
  ${content.length > 0 ? renderNotice(ui.contentError, content) : nothing}`;
}
