/**
 * Where a snippet loads the drop-in file from, and how the drop-in file finds
 * the validator of its own release. Pure: no DOM, no Node.
 *
 * A snippet names one exact version, never a range: the file at that address
 * never changes, so it can carry Subresource Integrity, and a snippet pasted
 * today keeps working, unchanged, when a later version is published.
 */

/**
 * The public CDN that serves the package's files as published on npm:
 * jsDelivr, which keeps every published version, serves it byte for byte (so
 * the integrity computed from the build matches), sends
 * `Access-Control-Allow-Origin: *` (needed by `crossorigin` and by the
 * validator's module import) and caches exact versions as immutable.
 */
export const CDN_BASE = 'https://cdn.jsdelivr.net/npm/';

/** The drop-in files a snippet can load. */
export type DropInFile = 'usce-compare.js' | 'usce-quiz.js';

/** The drop-in file of one exact version on the public CDN. */
export function cdnUrl(version: string, file: DropInFile = 'usce-compare.js'): string {
  return `${CDN_BASE}usce-compare@${version}/dist/${file}`;
}

/** True for a URL with no scheme and no host: served by the same site as the page. */
export function isSameSiteUrl(src: string): boolean {
  return !/^[a-z][a-z\d+.-]*:/i.test(src) && !src.startsWith('//');
}

/**
 * Whether a snippet carries `integrity` when its author did not say: yes for
 * the pinned CDN address, whose bytes are the build's, and for a file served
 * by the page's own site (a relative address); no for a file on another host,
 * which may be another build and must send `Access-Control-Allow-Origin` for
 * a checked load to work at all.
 */
export function integrityByDefault(src: string, version: string): boolean {
  return isSameSiteUrl(src) || src === cdnUrl(version, 'usce-compare.js') || src === cdnUrl(version, 'usce-quiz.js');
}

/**
 * The address of the validator file for a drop-in file loaded from
 * `scriptUrl` (absolute): beside it, in the same release. Loaded from an
 * npm CDN under a range (`usce-compare@1/…`, `usce-compare@latest/…`) or
 * with no version at all, the folder is pinned to the drop-in file's own
 * `version`, so the two files always come from one release, whatever the
 * range resolves to by the time the validator is asked for.
 */
export function validatorUrl(scriptUrl: string, validatorFile: string, version: string): string {
  const url = new URL(validatorFile, scriptUrl);
  // On jsDelivr and unpkg a path with no version at all means the latest one.
  const cdn = /(^|\.)(jsdelivr\.net|unpkg\.com)$/.test(url.hostname);
  url.pathname = url.pathname.replace(
    cdn ? /^((?:\/npm)?\/usce-compare)(?:@[^/]*)?\// : /(\/usce-compare)@[^/]*\//,
    `$1@${version}/`,
  );
  return url.href;
}
