#!/usr/bin/env node
// Lighthouse's default mobile run (simulated throttling: a slow 4G network
// and a CPU four times slower than this machine's, on an emulated phone) on
// one blog article in three copies that differ only in how the comparison
// is pasted:
//
// - static:  the comparison as plain HTML, the widget's rendered text copied
//            (the baseline of the page metrics);
// - drop-in: the plain snippet as `usce-compare snippet --plain` (and the
//            configurator's Plain choice) prints it: the reserving <style>,
//            the loader line and `<usce-compare>` with a line of fallback;
// - snippet: the pre-rendered snippet as `usce-compare snippet` prints it,
//            its src pointed at the local drop-in file.
//
// The bench's own server sends them gzip-compressed, as any host would. Each
// Lighthouse run starts its own Chromium; the copies take turns (static,
// drop-in, snippet, static, …) so a machine that slows down during the runs
// slows every copy alike. `npm run bench` runs this part; alone:
//
//   node test/bench/bench.js --only lighthouse [--runs 5]
//
// Run directly, this file explains the drop-in's and the snippet's LCP:
//
//   node test/bench/lighthouse.js --why [--copies drop-in,snippet]
//
// prints, for one Lighthouse run of each, the network requests and
// main-thread tasks that Lighthouse's simulation (lantern) puts in LCP's
// dependency graph, with their simulated times, and the details of the
// audits that name what comes before LCP: whether the widget's script holds
// up the article's own first paragraph. `--copies` also takes `static`, for
// comparison. It expects a build (`npm run build`).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, renderStaticBlock } from './browser.js';
import { articlePage, blogArticle } from './pages.js';
import { plainSnippet, prerenderedSnippet } from './prerendered.js';
import { change, summarize, table } from './report.js';
import { startServer } from './server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DROP_IN_SRC = '/dist/usce-compare.js';

/** The three copies of the article, in the order the runs take them. */
export const COPIES = [
  { key: 'static', name: 'static', label: 'static HTML' },
  { key: 'dropIn', name: 'drop-in', label: 'drop-in' },
  { key: 'snippet', name: 'snippet', label: 'pre-rendered snippet' },
];

/** The Lighthouse figures kept per run, and how they print. */
const FIGURES = [
  { key: 'score', label: 'performance score', digits: 0 },
  { key: 'fcp', label: 'first contentful paint (ms)', digits: 0 },
  { key: 'lcp', label: 'largest contentful paint (ms)', digits: 0 },
  { key: 'tbt', label: 'total blocking time (ms)', digits: 0 },
  { key: 'cls', label: 'cumulative layout shift', digits: 3 },
  { key: 'speedIndex', label: 'speed index (ms)', digits: 0 },
  { key: 'observedLcp', label: 'LCP observed, unthrottled (ms)', digits: 0 },
];

const log = (message) => process.stderr.write(`${message}\n`);

/**
 * Puts the three copies on `server` and returns their URLs. The static copy
 * needs the widget rendered once in a browser, as the page metrics' baseline
 * does.
 * @returns {Promise<Record<string, string>>} URL by copy key
 */
export async function prepareCopies(root, server) {
  server.setPage('/bench/lighthouse-reference.html', articlePage({ count: 1, kind: 'widget' }));
  const browser = await launchBrowser();
  let reference;
  try {
    reference = await renderStaticBlock(browser, `${server.origin}/bench/lighthouse-reference.html`);
  } finally {
    await browser.close();
  }
  const snippet = prerenderedSnippet(root);
  const blocks = {
    static: `<div class="usce-static">${reference.html}</div>`,
    // The plain snippet as the command and the configurator print it, with the same highlight as the pre-rendered one.
    dropIn: plainSnippet(root),
    snippet: snippet.html,
  };
  const urls = {};
  for (const { key } of COPIES) {
    const path = `/bench/lighthouse-${key}.html`;
    server.setPage(path, blogArticle({ kind: key, block: blocks[key] }));
    urls[key] = `${server.origin}${path}`;
  }
  return urls;
}

/**
 * One Lighthouse run with its default (mobile) config, performance only, in
 * a Chromium of its own, so nothing is cached from an earlier run.
 * @returns {Promise<import('lighthouse').RunnerResult>}
 */
export async function runLighthouse(url) {
  // Loaded here, not at the top: the bench's other parts need none of it.
  const { default: lighthouse } = await import('lighthouse');
  const browser = await launchBrowser();
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
    return result;
  } finally {
    await browser.close();
  }
}

/** The first DOM node an audit's details name, however deeply nested (tables in lists). */
function firstNode(details) {
  if (!details || typeof details !== 'object') return null;
  if (details.type === 'node') return details;
  for (const value of Array.isArray(details) ? details : Object.values(details)) {
    const node = firstNode(value);
    if (node) return node;
  }
  return null;
}

/** The figures of one run. */
export function runFigures(lhr) {
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  const node = firstNode(lhr.audits['largest-contentful-paint-element']?.details);
  const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
  return {
    score: lhr.categories.performance.score === null ? null : Math.round(lhr.categories.performance.score * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    speedIndex: value('speed-index'),
    observedLcp: observed.observedLargestContentfulPaint ?? null,
    lcpElement: node ? { nodeLabel: node.nodeLabel ?? null, selector: node.selector ?? null } : null,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
  };
}

/**
 * `runs` Lighthouse runs of each copy, the copies taking turns. One run of
 * the static copy comes first and is thrown away: a first Chromium start
 * and Lighthouse's first run in this process are slower for reasons that
 * have nothing to do with the page.
 */
export async function lighthouseMetrics(root, runs, { elapsed = () => '' } = {}) {
  const server = await startServer(root, { gzip: true });
  try {
    const urls = await prepareCopies(root, server);
    await runLighthouse(urls.static);
    log(`[lighthouse] warm-up run done (${elapsed()})`);
    const results = [];
    let version = null;
    for (let i = 0; i < runs; i++) {
      const run = {};
      for (const { key } of COPIES) {
        const { lhr, artifacts } = await runLighthouse(urls[key]);
        version ??= lhr.lighthouseVersion;
        run[key] = { ...runFigures(lhr), widgetScriptBeforeLcp: await widgetScriptBeforeLcp(artifacts) };
      }
      results.push(run);
      log(
        `[lighthouse] run ${i + 1}/${runs}: ` +
          COPIES.map(
            ({ key, label }) =>
              `${label} score ${run[key].score}, LCP ${run[key].lcp?.toFixed(0)} ms, TBT ${run[key].tbt?.toFixed(0)} ms`,
          ).join('; ') +
          ` (${elapsed()})`,
      );
    }
    return {
      settings: {
        lighthouse: version,
        config: 'default (mobile: emulated phone, simulated throttling, 4x CPU), performance category only',
        runs,
        gzip: true,
      },
      runs: results,
      summary: summarizeLighthouse(results),
      // Lighthouse's measure of this machine's speed at the time (higher is faster): its
      // simulation scales the observed main-thread work, so a busy machine inflates TBT.
      benchmarkIndex: summarize(COPIES.flatMap(({ key }) => results.map((run) => run[key].benchmarkIndex))),
    };
  } finally {
    await server.close();
  }
}

/**
 * Medians and ranges per copy, and the comparisons with the static copy
 * taken within each run (ratios of LCP, differences of TBT), so a run on a
 * slow moment is compared with its own static copy.
 */
export function summarizeLighthouse(runs) {
  const summary = {};
  for (const { key } of COPIES) {
    summary[key] = {};
    for (const figure of FIGURES) summary[key][figure.key] = summarize(runs.map((run) => run[key][figure.key]));
    // The LCP element most runs name (they should all agree).
    const labels = runs.map((run) => run[key].lcpElement).filter(Boolean);
    const counts = new Map();
    for (const label of labels) {
      const id = JSON.stringify(label);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    summary[key].lcpElement = top ? { ...JSON.parse(top[0]), runs: top[1], of: runs.length } : null;
    summary[key].clsWorst = summary[key].cls?.max ?? null;
    const known = runs.map((run) => run[key].widgetScriptBeforeLcp).filter((v) => typeof v === 'boolean');
    summary[key].widgetScriptBeforeLcp = known.length ? { runs: known.filter(Boolean).length, of: known.length } : null;
  }
  for (const key of ['dropIn', 'snippet']) {
    summary[key].lcpRatio = summarize(runs.map((run) => run[key].lcp / run.static.lcp));
    summary[key].tbtAdded = summarize(runs.map((run) => run[key].tbt - run.static.tbt));
  }
  return summary;
}

const fmt = (s, digits = 0) =>
  s ? `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}–${s.max.toFixed(digits)}]` : '–';

/** The side-by-side table, the comparisons with the static copy, and the LCP elements. */
export function formatLighthouse(data) {
  const { summary, settings } = data;
  const header = ['metric', ...COPIES.map((c) => c.label)];
  const rows = FIGURES.map((figure) => [
    figure.label,
    ...COPIES.map(({ key }) => fmt(summary[key][figure.key], figure.digits)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const element = (key) => {
    const e = summary[key].lcpElement;
    return e ? `${e.nodeLabel} (${e.selector})${e.runs < e.of ? `, in ${e.runs} of ${e.of} runs` : ''}` : '–';
  };
  const versus = (key, label) =>
    `${label}: LCP ${fmt(summary[key].lcpRatio, 2)}x static, TBT ${fmt(summary[key].tbtAdded)} ms more than static`;
  return [
    `Lighthouse ${settings.lighthouse}, ${settings.config}: median [min–max] of ${settings.runs} runs per copy`,
    `of one blog article (copies taken in turn; gzip; cold Chromium each run); Lighthouse's benchmark index of this machine ${fmt(data.benchmarkIndex)}`,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    versus('snippet', 'pre-rendered snippet'),
    versus('dropIn', 'drop-in'),
    '(ratios and differences are taken within each run, then the median)',
    '',
    'LCP element:',
    ...COPIES.map(({ key, label }) => `  ${label}: ${element(key)}`),
    '',
    `${DROP_IN_SRC} before LCP in the simulation (its request in LCP's graph: its download on slow 4G counts):`,
    ...COPIES.filter(({ key }) => summary[key].widgetScriptBeforeLcp).map(({ key, label }) => {
      const { runs, of } = summary[key].widgetScriptBeforeLcp;
      return `  ${label}: in ${runs} of ${of} runs`;
    }),
    '  (`node test/bench/lighthouse.js --why` shows the whole graph)',
  ].join('\n');
}

/**
 * The Lighthouse targets, judged on medians (CLS on the worst run); the
 * comparisons with the static copy on the medians of the within-run ratios
 * and differences.
 */
export function judgeLighthouse(data) {
  if (!data) return [{ status: 'n/a', text: 'Lighthouse targets: not measured in this run' }];
  const s = data.summary;
  const verdict = (pass, text) => ({ status: pass ? 'PASS' : 'MISS', text });
  const ratio = (key, limit, label) =>
    verdict(
      s[key].lcpRatio.median <= limit,
      `Lighthouse: ${label} LCP <= ${limit.toFixed(2)}x static: median ratio ${fmt(s[key].lcpRatio, 2)}`,
    );
  const tbt = (key, label) =>
    verdict(
      s[key].tbtAdded.median <= 50,
      `Lighthouse: ${label} TBT <= static + 50 ms: median difference within a run ${fmt(s[key].tbtAdded)} ms` +
        ` (medians ${s[key].tbt.median.toFixed(0)} ms and ${s.static.tbt.median.toFixed(0)} ms static)`,
    );
  return [
    ratio('snippet', 1.05, 'pre-rendered snippet'),
    ratio('dropIn', 1.2, 'drop-in'),
    tbt('snippet', 'pre-rendered snippet'),
    tbt('dropIn', 'drop-in'),
    verdict(
      COPIES.every(({ key }) => s[key].cls.max === 0),
      `Lighthouse: CLS 0 for every copy: worst ${COPIES.map(({ key, label }) => `${label} ${s[key].cls.max.toFixed(4)}`).join(', ')}`,
    ),
    verdict(
      COPIES.every(({ key }) => s[key].score.median === 100),
      `Lighthouse: performance score 100 for every copy: medians ${COPIES.map(({ key, label }) => `${label} ${s[key].score.median}`).join(', ')}`,
    ),
  ];
}

/** The Lighthouse medians of two result files side by side, for `bench.js --compare`; '' when the newer has none. */
export function formatLighthouseComparison(before, after) {
  if (!after?.summary) return '';
  const rows = [];
  for (const figure of FIGURES) {
    for (const { key, label } of COPIES) {
      const old = before?.summary?.[key]?.[figure.key]?.median;
      rows.push([figure.label, label, ...change(old, after.summary[key][figure.key]?.median, figure.digits)]);
    }
  }
  for (const key of ['snippet', 'dropIn']) {
    const { label } = COPIES.find((c) => c.key === key);
    const old = before?.summary?.[key]?.lcpRatio?.median;
    rows.push(['LCP / static', label, ...change(old, after.summary[key].lcpRatio?.median, 2)]);
  }
  return table(['Lighthouse (median)', 'copy', 'before', 'after', 'change', '%'], rows, new Set([2, 3, 4, 5]));
}

// --why: what lantern puts before LCP.

/** Trace events worth naming in a task, with a short label each. */
const TASK_EVENTS = {
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse CSS',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  Paint: 'paint',
  EvaluateScript: 'evaluate script',
  'v8.compile': 'compile script',
  FunctionCall: 'function call',
  TimerFire: 'timer',
  FireAnimationFrame: 'animation frame',
  'v8.callFunction': 'function call',
};

const shortUrl = (url) => {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
};

/**
 * Lighthouse's own LCP simulation of a run, the one its report uses, with
 * its optimistic and pessimistic graphs: not part of Lighthouse's
 * documented API, which is one reason the version is pinned exactly.
 */
async function lanternLcp(artifacts) {
  const { LanternLargestContentfulPaint } =
    await import('lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js');
  return LanternLargestContentfulPaint.request(
    {
      trace: artifacts.Trace,
      devtoolsLog: artifacts.DevtoolsLog,
      gatherContext: artifacts.GatherContext,
      settings: artifacts.settings,
      URL: artifacts.URL,
      SourceMaps: artifacts.SourceMaps,
      simulator: null,
    },
    { computedCache: new Map(), settings: artifacts.settings },
  );
}

/**
 * Whether the simulation puts the drop-in file before LCP: its request is in
 * LCP's optimistic graph. That happens when, in the unthrottled load
 * Lighthouse observes, the script ran before the LCP element was painted;
 * the simulation then charges its download on slow 4G to LCP. Null when the
 * page has no such script or the simulation fails.
 */
async function widgetScriptBeforeLcp(artifacts) {
  try {
    const lantern = await lanternLcp(artifacts);
    let found = false;
    let present = false;
    for (const node of lantern.optimisticEstimate.nodeTimings.keys()) {
      if (node.type === 'network' && shortUrl(node.request.url) === DROP_IN_SRC) found = true;
    }
    for (const request of artifacts.DevtoolsLog ?? []) {
      if (request.method === 'Network.requestWillBeSent' && shortUrl(request.params?.request?.url) === DROP_IN_SRC)
        present = true;
    }
    return present ? found : null;
  } catch {
    return null;
  }
}

/** One line per node of a lantern graph, in simulated start order. */
function describeGraph(estimate) {
  const lines = [];
  const entries = [...estimate.nodeTimings.entries()].sort((a, b) => a[1].startTime - b[1].startTime);
  for (const [node, timing] of entries) {
    const when = `${timing.startTime.toFixed(0).padStart(6)} ${timing.endTime.toFixed(0).padStart(6)}`;
    if (node.type === 'network') {
      const r = node.request;
      lines.push(
        `${when}  network  ${shortUrl(r.url)} (${r.resourceType}, ${r.priority}, ${(r.transferSize / 1024).toFixed(1)} KiB on the wire)`,
      );
    } else {
      const names = new Set();
      for (const event of node.childEvents) {
        if (event.name === 'EventDispatch' && event.args?.data?.type) names.add(`${event.args.data.type} event`);
        else if (TASK_EVENTS[event.name]) names.add(TASK_EVENTS[event.name]);
      }
      const scripts = node.getEvaluateScriptURLs ? [...node.getEvaluateScriptURLs()].map(shortUrl) : [];
      lines.push(
        `${when}  cpu      ${(node.duration / 1000).toFixed(1)} ms observed: ${[...names].join(', ') || 'other work'}` +
          (scripts.length ? ` [${scripts.join(', ')}]` : ''),
      );
    }
  }
  return lines;
}

/** Rows of a table audit's details, as short text. */
function auditRows(lhr, id, columns) {
  const audit = lhr.audits[id];
  if (!audit) return [`  (no ${id} audit in this Lighthouse version)`];
  const items = audit.details?.items ?? [];
  const lines = [`  ${id}: ${audit.displayValue ?? ''} (score ${audit.score ?? 'n/a'})`];
  for (const item of items) {
    const parts = columns
      .filter((c) => item[c] !== undefined && item[c] !== null)
      .map((c) => {
        const v = item[c];
        if (typeof v === 'number') return `${c} ${v.toFixed(v < 10 ? 1 : 0)}`;
        if (typeof v === 'object') return `${c} ${v.nodeLabel ?? v.text ?? v.value ?? JSON.stringify(v)}`;
        return `${c} ${c === 'url' ? shortUrl(v) : v}`;
      });
    if (parts.length) lines.push(`    ${parts.join(', ')}`);
  }
  return lines;
}

/** The critical request chains, one line per request, indented by depth. */
function chainLines(lhr) {
  const audit = lhr.audits['critical-request-chains'];
  if (!audit) return ['  (no critical-request-chains audit)'];
  const lines = [`  critical-request-chains: ${audit.displayValue ?? ''}`];
  const walk = (chains, depth) => {
    for (const chain of Object.values(chains ?? {})) {
      const r = chain.request;
      lines.push(
        `    ${'  '.repeat(depth)}${shortUrl(r.url)} (${((r.endTime - r.startTime) * 1000).toFixed(0)} ms observed, ${(r.transferSize / 1024).toFixed(1)} KiB)`,
      );
      walk(chain.children, depth + 1);
    }
  };
  walk(audit.details?.chains, 0);
  return lines;
}

/** The explanation for one copy: lantern's LCP graphs and the audits around LCP. */
async function explain(label, url) {
  const { lhr, artifacts } = await runLighthouse(url);
  const figures = runFigures(lhr);
  const lantern = await lanternLcp(artifacts);
  const out = [
    `== ${label}: ${url}`,
    `score ${figures.score}; FCP ${figures.fcp?.toFixed(0)} ms, LCP ${figures.lcp?.toFixed(0)} ms simulated` +
      ` (optimistic graph ${lantern.optimisticEstimate.timeInMs.toFixed(0)} ms, pessimistic ${lantern.pessimisticEstimate.timeInMs.toFixed(0)} ms,` +
      ` the mean of the two), ${figures.observedLcp?.toFixed(0)} ms observed unthrottled; TBT ${figures.tbt?.toFixed(0)} ms`,
    `LCP element: ${figures.lcpElement ? `${figures.lcpElement.nodeLabel} (${figures.lcpElement.selector})` : 'none'}`,
  ];
  for (const [name, estimate] of [
    ['optimistic', lantern.optimisticEstimate],
    ['pessimistic', lantern.pessimisticEstimate],
  ]) {
    out.push(
      '',
      `LCP's ${name} graph (${estimate.nodeTimings.size} nodes), simulated start and end in ms:`,
      ' start    end  kind',
    );
    out.push(...describeGraph(estimate));
  }
  out.push('', 'Audits:');
  out.push(...auditRows(lhr, 'largest-contentful-paint-element', ['phase', 'timing', 'percent', 'node']));
  const phases = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  for (const table of phases) {
    if (table.type !== 'table') continue;
    for (const item of table.items ?? []) {
      if (item.phase) out.push(`    ${item.phase}: ${Number(item.timing).toFixed(0)} ms (${item.percent})`);
    }
  }
  out.push(...auditRows(lhr, 'lcp-lazy-loaded', ['node']));
  out.push(...auditRows(lhr, 'render-blocking-resources', ['url', 'totalBytes', 'wastedMs']));
  out.push(...auditRows(lhr, 'render-blocking-insight', ['url', 'totalBytes', 'wastedMs']));
  out.push(...chainLines(lhr));
  out.push(...auditRows(lhr, 'bootup-time', ['url', 'total', 'scripting', 'scriptParseCompile']));
  out.push(...auditRows(lhr, 'mainthread-work-breakdown', ['groupLabel', 'duration']));
  return out.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      why: { type: 'boolean', default: false },
      copies: { type: 'string', default: 'drop-in,snippet' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const names = values.copies.split(',').map((name) => name.trim());
  const chosen = COPIES.filter((copy) => names.includes(copy.name));
  if (chosen.length !== names.length)
    throw new Error(`--copies takes ${COPIES.map((c) => c.name).join(', ')}, not ${values.copies}`);
  if (values.help || !values.why) {
    process.stdout.write(
      'node test/bench/lighthouse.js --why [--copies drop-in,snippet]\n' +
        '  one Lighthouse run of each copy named (static, drop-in, snippet), with what lantern puts before LCP.\n' +
        'The Lighthouse medians are part of the bench: node test/bench/bench.js --only lighthouse [--runs N]\n',
    );
    return;
  }
  if (!existsSync(join(ROOT, 'dist/usce-compare.js')) || !existsSync(join(ROOT, 'dist/bin/usce-compare.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const server = await startServer(ROOT, { gzip: true });
  try {
    const urls = await prepareCopies(ROOT, server);
    for (const { key, label } of chosen) {
      log(`[why] running Lighthouse on the ${label}`);
      process.stdout.write((await explain(label, urls[key])) + '\n\n');
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}
