import { literal, html as staticHtml } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Heading levels an element may be asked to use; anything else falls back. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const TAGS = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
} as const;

/** Reads a heading level from an attribute value, or `fallback` when it is not 2 to 6. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return n >= 2 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/**
 * Renders a heading of the given level. The tag name comes from a fixed
 * table, never from input, so the static template stays safe.
 */
export function heading(
  level: HeadingLevel,
  content: unknown,
  attrs: { id?: string; className?: string; part?: string; focusable?: boolean } = {},
): TemplateResult {
  const tag = TAGS[level];
  return staticHtml`<${tag} id=${ifDefined(attrs.id)} class=${ifDefined(attrs.className)} part=${ifDefined(attrs.part)} tabindex=${ifDefined(attrs.focusable ? '-1' : undefined)}>${content}</${tag}>`;
}
