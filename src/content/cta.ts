/**
 * Builds call-to-action links from embedder settings. Pure, no DOM.
 */
import { isSafeHref } from './url.js';

/**
 * The link to use for `href` with the query parameters in `params` (for
 * example `utm_source=blog&utm_campaign=usce`) appended, or `undefined` when
 * `href` is not an http(s) or relative URL. A relative link stays relative,
 * and a fragment stays at the end.
 */
export function ctaHref(href: string, params: string | null = null): string | undefined {
  const trimmed = href.trim();
  if (!isSafeHref(trimmed)) return undefined;
  const extra = new URLSearchParams((params ?? '').trim().replace(/^\?/, '')).toString();
  if (extra === '') return trimmed;
  const hashAt = trimmed.indexOf('#');
  const path = hashAt === -1 ? trimmed : trimmed.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : trimmed.slice(hashAt);
  const joiner = path.includes('?') ? (path.endsWith('?') || path.endsWith('&') ? '' : '&') : '?';
  return `${path}${joiner}${extra}${hash}`;
}

/** True when `href` points at another origin than `pageUrl`'s. */
export function isExternal(href: string, pageUrl: string): boolean {
  try {
    return new URL(href, pageUrl).origin !== new URL(pageUrl).origin;
  } catch {
    return true;
  }
}
