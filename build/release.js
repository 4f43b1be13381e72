// The release a page or a snippet describes: the package's version and the
// integrity of each built drop-in file, read from dist/ when asked (never
// cached, so a rebuild is seen at once). Plain JavaScript, for the vite
// config and the test runner's config alike.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DROP_IN_FILES = ['usce-compare.js', 'usce-quiz.js'];

/** The element id of the JSON the configurator reads. */
export const RELEASE_ELEMENT_ID = 'usce-release';

/** `sha384-<base64>` of the bytes, as a browser computes it for `integrity`. */
export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * The release of the package at `root`, with the drop-in files served from
 * `folder` (a URL relative to the page, ending in `/`): for each built file
 * its integrity and size; a file not built yet is left out.
 */
export function releaseInfo(root, folder) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = {};
  for (const file of DROP_IN_FILES) {
    const path = join(root, 'dist', file);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    files[file] = { integrity: integrityOf(bytes), bytes: bytes.length };
  }
  return { version, folder, files };
}

/** The release as a JSON script element, safe to put in a page's head. */
export function releaseElement(info) {
  const json = JSON.stringify(info).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${RELEASE_ELEMENT_ID}">${json}</script>`;
}

/** The page with the release's element put at the end of its head. */
export function withRelease(html, info) {
  return html.replace('</head>', `  ${releaseElement(info)}\n  </head>`);
}
