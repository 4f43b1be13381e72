// Size budgets for the drop-in files, the validator file and the default
// pre-rendered snippet, checked after `npm run build` as part of `npm test`.
// The files' sizes are brotli at quality 11, what a server with brotli
// sends; the snippet's is gzip (see SNIPPET_GZIP_BUDGET). The checks are
// deterministic, so they can fail the build. 1 kB here is 1000 bytes, as in
// check-package.js.
//
// The drop-in budgets are what one self-contained file can reach: lit, the
// built-in text and the elements, with the validator in a file of its own.
// Raise one only with a reason in the commit message. `npm run bench`
// prints what each file is made of.
//
// Exits non-zero naming each file over its budget with both numbers; prints
// one line per file with its headroom.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compressedSizes } from '../bench/sizes.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Brotli-11 budgets in bytes (1 kB = 1000 B), set just above today's sizes
 * so that any growth is a visible decision. The goal is 27,500 B for
 * usce-compare.js and 19,500 B for usce-quiz.js; the reviewed content, the
 * "before you apply" topics, the article layout, the partner slots and the
 * take-over of a pre-rendered snippet, the reader model with its eligibility
 * table and warnings, and the 2025–26 visa content keep both files above it.
 */
export const BUDGETS = {
  // lit and @lit/context, the built-in content and quiz text, the four elements.
  'dist/usce-compare.js': 40_190,
  // lit and @lit/context, the quiz's text only, the quiz element.
  'dist/usce-quiz.js': 26_700,
  // Merging and validating a content override, loaded only when a page uses one.
  [`dist/usce-validate-${version}.js`]: 4_500,
};

/**
 * The pre-rendered snippet as `usce-compare snippet` prints it with no
 * options, gzip at zlib's default level (as most servers send HTML). With
 * an article around it, a page must fit TCP's first window (10 packets,
 * about 14.6 kB) for Lighthouse's mobile run to paint the article without
 * waiting for a second round trip; a 1 kB article leaves the snippet about
 * 13.3 kB. It is 12,892 B today.
 */
export const SNIPPET_GZIP_BUDGET = 13_000;

const problems = [];
const lines = [];
for (const [file, budget] of Object.entries(BUDGETS)) {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push(`${file} is missing: run \`npm run build\` first`);
    continue;
  }
  const { brotli } = compressedSizes(readFileSync(path));
  const headroom = budget - brotli;
  lines.push(
    `${file}: ${n(brotli)} B brotli-11 of its ${n(budget)} B budget (${headroom >= 0 ? `${n(headroom)} B headroom` : `${n(-headroom)} B over`})`,
  );
  if (brotli > budget) {
    problems.push(
      `${file} is ${n(brotli)} B brotli-11, over its budget of ${n(budget)} B by ${n(brotli - budget)} B: see \`npm run bench\` for what it holds`,
    );
  }
}

const bin = join(root, 'dist/bin/usce-compare.js');
if (existsSync(bin)) {
  const snippet = execFileSync(process.execPath, [bin, 'snippet'], { cwd: root });
  const gzip = gzipSync(snippet).length;
  lines.push(
    `the default pre-rendered snippet: ${n(gzip)} B gzip of its ${n(SNIPPET_GZIP_BUDGET)} B budget (${gzip <= SNIPPET_GZIP_BUDGET ? `${n(SNIPPET_GZIP_BUDGET - gzip)} B headroom` : `${n(gzip - SNIPPET_GZIP_BUDGET)} B over`})`,
  );
  if (gzip > SNIPPET_GZIP_BUDGET) {
    problems.push(
      `the default pre-rendered snippet is ${n(gzip)} B gzip, over its budget of ${n(SNIPPET_GZIP_BUDGET)} B by ${n(gzip - SNIPPET_GZIP_BUDGET)} B: an article with it no longer fits one round trip`,
    );
  }
} else {
  problems.push('dist/bin/usce-compare.js is missing: run `npm run build` first');
}

for (const line of lines) console.log(`size: ${line}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`size: ${problem}`);
  process.exit(1);
}

function n(bytes) {
  return bytes.toLocaleString('en');
}
