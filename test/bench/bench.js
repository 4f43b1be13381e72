#!/usr/bin/env node
// The performance benchmark behind `npm run bench` (which builds first).
//
// It prints the sizes of the shipped files, page metrics of an article with
// 1, 10 and 100 widgets side by side with the same article in plain HTML
// (and with the pre-rendered snippet, when there is a page for it),
// retained memory after many create/remove cycles, and Lighthouse's default
// mobile run on a blog article with the comparison as static HTML, as the
// drop-in and as the pre-rendered snippet; then it writes everything as JSON
// to test/bench/results/latest.json so a later run can be compared with it.
// Progress goes to stderr, results to stdout.
//
//   node test/bench/bench.js [--quick] [--runs N] [--instances 1,10,100]
//                            [--only sizes,pages,memory,lighthouse]
//                            [--out file.json] [--compare old.json [new.json]] [--desktop]
//
// --quick      a first look in under two minutes on an idle machine: 3 runs
//              at 1 and 10 instances, 1 at 100, no memory test, no
//              Lighthouse, no module breakdown of the sizes. Other options
//              still apply after it.
// --runs       runs per instance count (default 15); each run loads every
//              kind of page once. An instance count may carry its own, e.g.
//              --instances 1,10,100:5, since a page with 100 widgets takes
//              far longer than one with a single widget. Also the Lighthouse
//              runs per copy (default 5: each takes 10 to 20 s).
// --only       the parts to run (default: all four).
// --desktop    the page runs in a 1280 x 800 desktop window instead of the
//              412 px phone (pages and memory parts; Lighthouse keeps its
//              own phone).
// --out        where the JSON goes (default test/bench/results/latest.json).
// --compare    after the run, print the changes since old.json; given a
//              second file, compare the two files without running anything.
//
// The pre-rendered snippet, as `usce-compare snippet` prints it (from the
// built dist/bin), is measured in the same runs (test/bench/prerendered.js).
//
// The Lighthouse part (test/bench/lighthouse.js) uses Lighthouse's default
// config: an emulated phone, simulated slow 4G and 4x CPU slowdown, the
// performance category only. The three copies of the article are served
// gzip-compressed and take turns, one Chromium per run, and it prints the
// medians of the score, FCP, LCP, TBT and CLS side by side, with the LCP
// element of each. `node test/bench/lighthouse.js --why` shows what
// Lighthouse's simulation puts before LCP for the drop-in and the snippet.
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CPU_SLOWDOWN,
  SETTLE_MS,
  VIEWPORT,
  launchBrowser,
  measureMemory,
  measurePage,
  renderStaticBlock,
} from './browser.js';
import { RESERVE_CSS, articlePage, emptyPage } from './pages.js';
import { formatLighthouse, formatLighthouseComparison, judgeLighthouse, lighthouseMetrics } from './lighthouse.js';
import { formatPrerendered, judgePrerendered, prerenderedSnippet, summarizePrerendered } from './prerendered.js';
import { startServer } from './server.js';
import { bundleModules, entrySizes } from './sizes.js';
import {
  formatComparison,
  formatMemory,
  formatPages,
  formatSizes,
  formatTargets,
  judgeTargets,
  summarizePairs,
} from './report.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_OUT = join(ROOT, 'test/bench/results/latest.json');
const DROP_IN = join(ROOT, 'dist/usce-compare.js');
const MEMORY_CHECKPOINTS = [1000, 2000];
/** Widgets added per frame in the memory test: fewer frames to wait for, yet a page-sized batch. */
const MEMORY_BATCH = 20;
/** Lighthouse runs per copy unless --runs says otherwise. */
const LIGHTHOUSE_RUNS = 5;
const PARTS = ['sizes', 'pages', 'memory', 'lighthouse'];

const log = (message) => process.stderr.write(`${message}\n`);
const startedAt = Date.now();
const elapsed = () => `${Math.round((Date.now() - startedAt) / 1000)} s`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      instances: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string', default: DEFAULT_OUT },
      compare: { type: 'string' },
      desktop: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    // The usage text is the comment at the top of this file.
    const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
      .slice(1);
    const usage = lines.slice(
      0,
      lines.findIndex((line) => !line.startsWith('//')),
    );
    process.stdout.write(usage.map((line) => line.replace(/^\/\/ ?/, '')).join('\n') + '\n');
    return;
  }

  // Two files given: compare them without running anything.
  if (values.compare && positionals.length > 0) {
    const before = readJson(values.compare);
    const after = readJson(positionals[0]);
    process.stdout.write(comparison(before, after) + '\n');
    return;
  }

  if (values.desktop)
    Object.assign(VIEWPORT, { width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false });
  const quick = values.quick;
  const lighthouseRuns = Number.parseInt(values.runs ?? (quick ? '3' : String(LIGHTHOUSE_RUNS)), 10);
  values.runs ??= quick ? '3' : '15';
  values.instances ??= quick ? '1,10,100:1' : '1,10,100';
  values.only ??= quick ? 'sizes,pages' : PARTS.join(',');
  const runs = Number.parseInt(values.runs, 10);
  // "100:7" is 100 instances with 7 run pairs; a bare count uses --runs.
  const plan = values.instances.split(',').map((item) => {
    const [count, own] = item.trim().split(':');
    return { count: Number.parseInt(count, 10), runs: own === undefined ? runs : Number.parseInt(own, 10) };
  });
  const only = new Set(values.only.split(',').map((s) => s.trim()));
  if (!(runs >= 1) || plan.some((p) => !(p.count >= 1) || !(p.runs >= 1))) {
    throw new Error('--runs and --instances take positive whole numbers, e.g. --runs 15 --instances 1,10,100:7');
  }
  const unknown = [...only].filter((part) => !PARTS.includes(part));
  if (unknown.length) throw new Error(`--only knows ${PARTS.join(', ')}, not ${unknown.join(', ')}`);
  if (!existsSync(DROP_IN))
    throw new Error('dist/usce-compare.js is missing: run `npm run build` (or `npm run bench`, which builds first)');

  // Other work on the machine slows the browser unevenly; the load is kept
  // with the results so a noisy run can be recognised later.
  const cores = availableParallelism();
  const loadAtStart = loadavg()[0];
  if (loadAtStart > cores)
    log(`[warning] load average ${loadAtStart.toFixed(1)} on ${cores} cores: other work will make the figures noisy`);

  const result = {
    version: 1,
    timestamp: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    machine: { cores, loadAverage: { start: loadAtStart, end: null } },
    settings: {
      runs: Object.fromEntries(plan.map((p) => [p.count, p.runs])),
      instances: plan.map((p) => p.count),
      cpuSlowdown: CPU_SLOWDOWN,
      viewport: VIEWPORT,
      settleMs: SETTLE_MS,
      reserveCss: RESERVE_CSS,
      chromium: null,
      lighthouseRuns: only.has('lighthouse') ? lighthouseRuns : null,
    },
  };

  if (only.has('sizes')) {
    log("[sizes] measuring dist files and the drop-in bundle's modules");
    const entries = entrySizes(ROOT);
    const modules = [];
    for (const entry of entries.filter((e) => e.kind === 'drop-in' && !e.missing && !quick)) {
      try {
        modules.push(await bundleModules(ROOT, entry.name));
      } catch (error) {
        modules.push({ bundle: `usce-${entry.name}.js`, error: String(error.message ?? error) });
      }
    }
    result.sizes = { entries, modules };
  }

  if (only.has('pages') || only.has('memory')) {
    const server = await startServer(ROOT);
    const browser = await launchBrowser();
    try {
      result.settings.chromium = (await browser.version()).replace(/^[^/]*\//, '');
      if (only.has('pages')) result.pages = await pageMetrics(browser, server, plan, result);
      if (only.has('memory')) {
        log(`[memory] ${MEMORY_CHECKPOINTS.join(' and ')} create/attach/remove cycles (${elapsed()})`);
        server.setPage('/bench/empty.html', emptyPage());
        const readings = await measureMemory(browser, `${server.origin}/bench/empty.html`, MEMORY_CHECKPOINTS, {
          batch: MEMORY_BATCH,
        });
        result.memory = { batch: MEMORY_BATCH, readings };
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
  if (only.has('lighthouse')) {
    log(`[lighthouse] ${lighthouseRuns} run(s) of each copy, taking turns (${elapsed()})`);
    result.lighthouse = await lighthouseMetrics(ROOT, lighthouseRuns, { elapsed });
  }
  result.durationSeconds = Math.round((Date.now() - startedAt) / 1000);
  result.machine.loadAverage.end = loadavg()[0];
  const targets = [
    ...(result.pages ? [...judgeTargets(result.pages), ...judgePrerendered(result.pages)] : []),
    ...(result.lighthouse ? judgeLighthouse(result.lighthouse) : []),
  ];
  if (targets.length) result.targets = targets;

  const sections = [];
  if (result.pages) {
    sections.push(formatPages(result.pages, result.settings));
    sections.push(formatPrerendered(result.pages, result.prerenderedBytes));
    if (result.widgetHeight) {
      const { height, reservedPx } = result.widgetHeight;
      sections.push(
        `rendered widget height at ${VIEWPORT.width} px: ${Math.round(height)} px; reserved before definition: ${Math.round(reservedPx)} px`,
      );
    }
  }
  if (result.sizes) sections.push(formatSizes(result.sizes));
  if (result.memory) sections.push(formatMemory(result.memory));
  if (result.lighthouse) sections.push(formatLighthouse(result.lighthouse));
  if (result.targets) sections.push(formatTargets(result.targets));
  const { start, end } = result.machine.loadAverage;
  sections.push(
    `took ${result.durationSeconds} s; commit ${result.commit.sha?.slice(0, 10) ?? 'unknown'}${result.commit.dirty ? ' (with uncommitted changes)' : ''};` +
      ` load average ${start.toFixed(1)} at start, ${end.toFixed(1)} at end on ${cores} cores` +
      (Math.max(start, end) > cores ? ' (busy machine: figures are noisy)' : ''),
  );
  process.stdout.write(sections.join('\n\n') + '\n');

  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, JSON.stringify(result, null, 2) + '\n');
  log(`[done] wrote ${values.out}`);

  if (values.compare) process.stdout.write('\n' + comparison(readJson(values.compare), result) + '\n');
}

/** The changes between two result files: the page, size and memory figures, then Lighthouse's. */
function comparison(before, after) {
  const lighthouse = formatLighthouseComparison(before.lighthouse, after.lighthouse);
  return formatComparison(before, after) + (lighthouse ? `\n\n${lighthouse}` : '');
}

/**
 * The pre-rendered snippet's page parts, as the built command prints them
 * (test/bench/prerendered.js): the element, and the style and script lines
 * for the page's <head>.
 */
function prerenderedPage() {
  const { css, element, bytes } = prerenderedSnippet(ROOT);
  return {
    block: element.replace('<usce-compare ', '<usce-compare data-bench-block '),
    head: `<style>${css}</style>\n<script src="/dist/usce-compare.js" defer></script>`,
    bytes,
  };
}

/**
 * Runs the pages of every kind (static HTML, drop-in, pre-rendered when
 * there is a page for it) for every instance count, one of each per run.
 * The order rotates from run to run, so a machine that speeds up or slows
 * down during the run affects every kind alike. One run is made first and
 * thrown away: a fresh browser's first loads are slower for reasons that
 * have nothing to do with the page.
 */
async function pageMetrics(browser, server, plan, result) {
  const prerendered = prerenderedPage();
  result.prerenderedBytes = prerendered.bytes;
  const kinds = ['widget', 'baseline', ...(prerendered ? ['prerendered'] : [])];
  // The baseline's content: one widget, rendered and copied as plain HTML.
  server.setPage('/bench/reference.html', articlePage({ count: 1, kind: 'widget' }));
  const reference = await renderStaticBlock(browser, `${server.origin}/bench/reference.html`);
  const reserveRem = Number(/min-height:\s*([\d.]+)rem/.exec(RESERVE_CSS)?.[1] ?? NaN);
  result.widgetHeight = { height: reference.height, reservedPx: reserveRem * reference.remPx };

  const pages = {};
  for (const [index, { count, runs }] of plan.entries()) {
    const urls = {};
    for (const kind of kinds) {
      urls[kind] = `${server.origin}/bench/${kind}-${count}.html`;
      const block = prerendered && typeof prerendered.block === 'function' ? prerendered.block : null;
      server.setPage(
        new URL(urls[kind]).pathname,
        articlePage({
          count,
          kind,
          staticBlock: reference.html,
          prerendered: prerendered && {
            block: block ? Array.from({ length: count }, (_, i) => block(i)).join('\n') : prerendered.block,
            head: prerendered.head,
          },
        }),
      );
    }
    // A page with many widgets takes long on a slow or busy machine.
    const timeoutMs = 60_000 + count * 1_000;

    const pairs = [];
    for (let i = index === 0 ? -1 : 0; i < runs; i++) {
      const shift = ((i % kinds.length) + kinds.length) % kinds.length;
      const order = [...kinds.slice(shift), ...kinds.slice(0, shift)];
      const run = { order: order[0] };
      for (const kind of order) run[kind] = await measurePage(browser, urls[kind], { timeoutMs });
      if (i < 0) {
        log(`[pages] warm-up run done (${elapsed()})`);
        continue;
      }
      pairs.push(run);
      const others = kinds
        .filter((k) => k !== 'widget')
        .map((k) => `${k} ${run[k].painted.toFixed(0)}`)
        .join(', ');
      log(
        `[pages] ${count} instance(s) run ${i + 1}/${runs}: painted ${run.widget.painted.toFixed(0)} ms (${others}), complete ${run.widget.complete.toFixed(0)} ms,` +
          ` longest task ${run.widget.longest.toFixed(0)} ms (${run.widget.longestAfterPaint.toFixed(0)} after painted), CLS ${run.widget.cls.toFixed(3)} (${elapsed()})`,
      );
    }
    pages[count] = { pairs, summary: summarizePairs(pairs), prerendered: summarizePrerendered(pairs) };
  }
  return pages;
}

function gitCommit() {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return { sha, dirty: status.trim().length > 0 };
  } catch {
    return { sha: null, dirty: null };
  }
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
