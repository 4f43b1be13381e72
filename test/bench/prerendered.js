// The pre-rendered snippet in the benchmark: the same article with each
// widget pasted as `npx usce-compare snippet` prints it (declarative shadow
// DOM, taken over by the drop-in script), measured in the same run pairs as
// the drop-in and static-HTML pages, against the static HTML.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { summarize } from './report.js';

/** The snippet the bench pastes: the same widget as the drop-in page's. */
export const SNIPPET_ARGS = ['snippet', '--highlight', 'hands-on', '--src', '/dist/usce-compare.js'];

/**
 * Runs the built command (dist/bin, from `npm run build`) and splits its
 * output into the style rules and the element, for pages.js to place;
 * `html` is the output whole, as an author pastes it.
 * @returns {{ css: string, element: string, html: string, bytes: number }}
 */
export function prerenderedSnippet(root) {
  const out = execFileSync(process.execPath, [join(root, 'dist/bin/usce-compare.js'), ...SNIPPET_ARGS], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const css = /^<style>([^<]*)<\/style>/.exec(out)?.[1];
  const start = out.indexOf('<usce-compare');
  if (!css || start < 0) throw new Error('usce-compare snippet printed no style or no element');
  return { css, element: out.slice(start).trim(), html: out.trim(), bytes: Buffer.byteLength(out) };
}

/**
 * The plain snippet as the command (and the configurator's Plain choice)
 * prints it: the reserving style, the loader line and the element with one
 * line of fallback text.
 */
export function plainSnippet(root) {
  return execFileSync(process.execPath, [join(root, 'dist/bin/usce-compare.js'), ...SNIPPET_ARGS, '--plain'], {
    encoding: 'utf8',
  }).trim();
}

/** Medians of the pre-rendered page against the static page, from the run pairs. */
export function summarizePrerendered(pairs) {
  const runs = pairs.filter((p) => p.prerendered);
  if (runs.length === 0) return null;
  const ratio = (key) => summarize(runs.map((p) => p.prerendered[key] / p.baseline[key]));
  const own = (key) => summarize(runs.map((p) => p.prerendered[key]));
  return {
    fcp: { prerendered: own('fcp'), ratio: ratio('fcp') },
    painted: { prerendered: own('painted'), ratio: ratio('painted') },
    complete: own('complete'),
    cls: own('cls'),
    longestBeforePainted: own('longestBeforePainted'),
    longest: own('longest'),
  };
}

const fmt = (s, digits = 0) =>
  s ? `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}–${s.max.toFixed(digits)}]` : '–';

/** One block of text per instance count. */
export function formatPrerendered(pages, bytes) {
  const lines = [`pre-rendered snippet (${(bytes / 1024).toFixed(1)} KiB of HTML per widget, before compression):`];
  for (const [count, data] of Object.entries(pages)) {
    const s = data.prerendered;
    if (!s) continue;
    lines.push(
      `  ${count} instance(s): FCP ${fmt(s.fcp.prerendered)} ms, ${fmt(s.fcp.ratio, 2)}x static;` +
        ` painted ${fmt(s.painted.prerendered)} ms, ${fmt(s.painted.ratio, 2)}x static;` +
        ` taken over by ${fmt(s.complete)} ms; CLS ${fmt(s.cls, 3)};` +
        ` longest task before painted ${fmt(s.longestBeforePainted)} ms, in all ${fmt(s.longest)} ms`,
    );
  }
  return lines.join('\n');
}

/** The targets for the pre-rendered snippet with one instance. */
export function judgePrerendered(pages) {
  const s = pages['1']?.prerendered;
  if (!s) return [{ status: 'n/a', text: 'pre-rendered snippet targets: not measured in this run' }];
  const verdict = (pass, text) => ({ status: pass ? 'PASS' : 'MISS', text });
  return [
    verdict(s.fcp.ratio.median <= 1.05, `pre-rendered FCP <= 1.05x static: median ratio ${fmt(s.fcp.ratio, 2)}`),
    verdict(s.cls.max === 0, `pre-rendered CLS 0: worst ${s.cls.max.toFixed(4)}`),
    verdict(
      s.longestBeforePainted.max <= 50,
      `pre-rendered: no long task > 50 ms before the comparison is painted: worst ${s.longestBeforePainted.max.toFixed(0)} ms`,
    ),
  ];
}
