import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Heading levels an element may be asked to use; anything else falls back. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a heading level from an attribute value, or `fallback` when it is not 2 to 6. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  // Attributes arrive as strings, properties set in code as anything: only a number or a string can name a level.
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return n >= 2 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/**
 * Renders a heading of the given level. One plain template per level rather
 * than lit's static templates: the five near-identical templates compress to
 * less than the static-html module they replace, and the tag name still
 * never comes from input.
 */
export function heading(
  level: HeadingLevel,
  content: unknown,
  attrs: { id?: string; className?: string; part?: string; focusable?: boolean } = {},
): TemplateResult {
  const { id, className, part, focusable } = attrs;
  const tabindex = focusable ? '-1' : undefined;
  // One line a level, so no whitespace gets into the heading's text.
  // prettier-ignore
  switch (level) {
    case 2: return html`<h2 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 4: return html`<h4 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5: return html`<h5 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    case 6: return html`<h6 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
    default: return html`<h3 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
  }
}
