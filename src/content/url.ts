/**
 * Link checks. Content may come from a partner, so every URL the widget puts
 * in an `href` passes through here first. Pure: no DOM, no lit.
 *
 * Decisions:
 * - Only http(s) and relative URLs are safe. `mailto:`, `tel:` and every other
 *   scheme are refused along with `javascript:`, `data:`, `vbscript:` and
 *   `file:`; none of our links needs them.
 * - A protocol-relative URL (`//host/path`) is allowed: it inherits the
 *   page's own scheme, which is http(s) wherever the widget is embedded, and
 *   it can never run script.
 * - Any control character or tab/newline anywhere, and any leading or
 *   trailing whitespace, makes a URL unsafe. Browsers strip or ignore these
 *   before reading the scheme (so `java\tscript:` runs as `javascript:`);
 *   rather than mimic that, we refuse such strings: no honest link has them.
 * - `&#106;avascript:` stays unsafe-looking but harmless: property bindings do
 *   not decode HTML entities, so it is a relative path, and is allowed.
 * - The empty string is refused: it would link to the page itself.
 */

// Where a relative URL resolves to when we work out its scheme. `.invalid`
// is reserved (RFC 2606), so it can never be a real host.
const BASE = 'https://base.invalid/';

const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

// C0 controls (tab, newline, NUL, ...) and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function looksClean(url: string): boolean {
  return url !== '' && url.trim() === url && !CONTROL.test(url);
}

function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/**
 * True when `url` is safe for an `href`: an absolute http(s) URL, or a
 * relative one (`page`, `/page`, `#part`, `?q=1`, `//host/page`).
 * Anything that is not a string is unsafe.
 */
export function isSafeHref(url: unknown): url is string {
  if (typeof url !== 'string' || !looksClean(url)) return false;
  // Resolving against an https base gives relative URLs an https scheme and
  // leaves an absolute URL's own scheme, lower-cased, in `protocol`.
  const parsed = parse(url, BASE);
  return parsed !== undefined && SAFE_PROTOCOLS.has(parsed.protocol);
}

/** `url` itself when {@link isSafeHref} accepts it, otherwise `undefined`. */
export function safeHref(url: unknown): string | undefined {
  return isSafeHref(url) ? url : undefined;
}

/**
 * True only for an absolute http(s) URL with a host, written out in full
 * (`https://…`). Used for fact sources, which must point somewhere else.
 */
export function isHttpUrl(url: unknown): url is string {
  if (typeof url !== 'string' || !looksClean(url)) return false;
  // The URL parser also accepts `https:host` and `https:/host`; we ask for
  // the ordinary spelling so a source reads as the link it is.
  if (!/^https?:\/\/[^/]/i.test(url)) return false;
  const parsed = parse(url);
  return parsed !== undefined && SAFE_PROTOCOLS.has(parsed.protocol) && parsed.hostname !== '';
}
