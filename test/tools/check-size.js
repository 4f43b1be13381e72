// Size budgets for the two drop-in files, checked after `npm run build` as
// part of `npm test`. Sizes are brotli at quality 11, what a server with
// brotli sends; the check is deterministic, so it can fail the build.
//
// The budgets sit a little above today's sizes: they are a ratchet that
// stops the files from growing unnoticed, not a goal. Lower them when the
// files shrink; raise them only with a reason in the commit message.
// `npm run bench` prints what each file is made of.
//
// Exits non-zero naming each file over its budget; prints one line per file.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressedSizes } from '../bench/sizes.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Brotli-11 budgets in bytes. */
export const BUDGETS = {
  // lit and @lit/context (about 7.3 kB together), the built-in content and
  // quiz text (about 7.3 kB), validation and merging of partner content,
  // and the four elements, which also take over a pre-rendered snippet's
  // shadow root (about 0.8 kB).
  'dist/usce-compare.js': 33_500,
  // The same without the table, the cards and <usce-compare>.
  'dist/usce-quiz.js': 27_500,
};

const problems = [];
const lines = [];
for (const [file, budget] of Object.entries(BUDGETS)) {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push(`${file} is missing: run \`npm run build\` first`);
    continue;
  }
  const { brotli } = compressedSizes(readFileSync(path));
  const share = ((brotli / budget) * 100).toFixed(1);
  lines.push(
    `${file}: ${brotli.toLocaleString('en')} B brotli, ${share}% of its ${budget.toLocaleString('en')} B budget`,
  );
  if (brotli > budget) {
    problems.push(`${file} is ${brotli - budget} B over its budget: see \`npm run bench\` for what it holds`);
  }
}

for (const line of lines) console.log(`size: ${line}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`size: ${problem}`);
  process.exit(1);
}
