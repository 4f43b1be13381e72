/**
 * A short fingerprint of the content a widget shows, carried by the
 * pre-rendered snippet (`data-usce-prerender`) so the script can tell a
 * snippet rendered from other content (an older release, a changed
 * override). Not a security measure: FNV-1a over the content's JSON, enough
 * to tell versions apart. Pure: no DOM, no lit.
 */
import type { Content } from './types.js';

const cache = new WeakMap<Content, string>();

/** The fingerprint of `content`, e.g. `c1-k3j9x2`. */
export function contentFingerprint(content: Content): string {
  let known = cache.get(content);
  if (known === undefined) {
    const text = JSON.stringify(content);
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    known = `c${content.version}-${(hash >>> 0).toString(36)}`;
    cache.set(content, known);
  }
  return known;
}
