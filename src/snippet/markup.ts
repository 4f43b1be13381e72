/**
 * The text of the embed snippet, shared by the `usce-compare snippet`
 * command (which renders the widget with lit's server renderer) and the
 * demo's configurator (which serialises the widget it shows), so both print
 * the same thing. Pure: no DOM, no lit.
 */

import { loaderScript } from './loader.js';

/** The attributes a snippet may set that take a value, in the order they are written. */
export const SNIPPET_VALUE_ATTRIBUTES = [
  'types',
  'sections',
  'highlight',
  'heading',
  'heading-level',
  'theme',
  'cta-href',
  'cta-label',
  'cta-params',
] as const;

/** The boolean attributes a snippet may set, written after the others. */
export const SNIPPET_FLAG_ATTRIBUTES = ['share', 'remember'] as const;

/** The attributes a snippet may set, in the order they are written. */
export const SNIPPET_ATTRIBUTES = [...SNIPPET_VALUE_ATTRIBUTES, ...SNIPPET_FLAG_ATTRIBUTES] as const;
export type SnippetAttribute = (typeof SNIPPET_ATTRIBUTES)[number];
/** Attribute values by name; an absent name is an absent attribute, '' an empty one. */
export type SnippetAttributes = Partial<Record<SnippetAttribute, string>>;

/** Marks a pre-rendered element and names the content it was rendered from. */
export const PRERENDER_ATTRIBUTE = 'data-usce-prerender';

/** Keeps room for the widget while its script loads. */
const RESERVE_RULE = 'usce-compare:not(:defined){display:block;min-height:40rem;margin-block:1.5rem}';

/**
 * A pre-rendered widget already has its height: this rule takes the guess
 * away from it, also when a plain snippet elsewhere on the page brings the
 * reserve rule.
 */
const PRERENDERED_RULE = `usce-compare[${PRERENDER_ATTRIBUTE}]:not(:defined){min-height:0}`;

/** The snippet's style element. */
export function reserveStyle(prerendered: boolean): string {
  return `<style>${RESERVE_RULE}${prerendered ? PRERENDERED_RULE : ''}</style>`;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** ` name="value"` for each attribute set, in the snippet's order. */
export function attributeText(attributes: SnippetAttributes): string {
  return SNIPPET_ATTRIBUTES.filter((name) => attributes[name] !== undefined)
    .map((name) => {
      const value = attributes[name] as string;
      return value === '' && (name === 'share' || name === 'remember')
        ? ` ${name}`
        : ` ${name}="${escapeAttribute(value)}"`;
    })
    .join('');
}

/**
 * JSON for an inline `<script type="application/json">`: `<` is escaped so
 * no text in it can close the script element or open a comment.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** What goes inside the element when it is not pre-rendered: a line of text and, when given, a link. */
export function fallbackParagraph(text: string): string {
  return `<p>${escapeText(text)}</p>`;
}

export interface SnippetParts {
  /** URL of the drop-in file. */
  src: string;
  /**
   * Its Subresource Integrity (`sha384-…`), when the snippet checks the file:
   * the browser then runs it only if its bytes are exactly the build's.
   */
  integrity?: string;
  /**
   * `loader` (the default): an inline script adds the drop-in file after the
   * page's first paint (see loader.ts). `tag`: a plain `<script src … defer>`
   * line, for pages whose Content Security Policy forbids inline scripts.
   */
  script?: 'loader' | 'tag';
  attributes: SnippetAttributes;
  /** The element's declarative shadow root (`<template shadowrootmode="open">…</template>`), if pre-rendered. */
  shadow?: string;
  /** The fingerprint of the content the shadow root was rendered from. */
  fingerprint?: string;
  /** Light-DOM children: the copy shown where templates are stripped, or a fallback line. */
  light: string;
  /** A content override, written as an inline JSON child the widget reads. */
  content?: unknown;
}

/**
 * The script line. With an integrity value it also asks for a CORS load
 * (`crossorigin="anonymous"`, no cookies sent), which browsers require to
 * check a file from another origin.
 */
export function scriptLine(src: string, integrity?: string): string {
  const check = integrity ? ` integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"` : '';
  return `<script src="${escapeAttribute(src)}"${check} defer></script>`;
}

/** The whole snippet: reserve style, script line, and the element. */
export function snippetText(parts: SnippetParts): string {
  const marker =
    parts.shadow && parts.fingerprint ? ` ${PRERENDER_ATTRIBUTE}="${escapeAttribute(parts.fingerprint)}"` : '';
  const json =
    parts.content === undefined ? '' : `\n<script type="application/json">${inlineJson(parts.content)}</script>`;
  return (
    `${reserveStyle(marker !== '')}\n` +
    `${parts.script === 'tag' ? scriptLine(parts.src, parts.integrity) : loaderScript(parts.src, parts.integrity)}\n` +
    `<usce-compare${attributeText(parts.attributes)}${marker}>` +
    `${parts.shadow ?? ''}${json}\n${parts.light}\n</usce-compare>\n`
  );
}

/**
 * Tidies rendered shadow-DOM markup for pasting: lit's template markers
 * (comments and processing instructions, only needed to hydrate, which the
 * widget does not do) are dropped, styles lose comments and indentation, and
 * runs of white space become one space (the widget's text is laid out with
 * `white-space: normal`, so nothing on screen changes), as does white space
 * before the end of a tag.
 */
export function tidyMarkup(markup: string): string {
  return markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<\?[^>]*>/g, '')
    .replace(/\sdefer-hydration(="")?/g, '')
    .replace(/<style>([^]*?)<\/style>/g, (_all, css: string) => `<style>${tidyCss(css)}</style>`)
    .replace(/\s+/g, ' ')
    .replace(/(<\/?[a-z][^<>]*?) >/g, '$1>');
}

function tidyCss(css: string): string {
  return css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
