// Turning raw runs into medians and ranges, the printed tables, the target
// verdicts and the comparison of two result files.

/** Median and range of a list of numbers. */
export function summarize(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/**
 * The page metrics, in table order. `ratio` marks the metrics for which
 * widget/baseline within one run pair is meaningful (both sides are times
 * that are never zero).
 */
export const METRICS = [
  { key: 'painted', label: 'time to painted (ms)', digits: 0, ratio: true },
  { key: 'complete', label: 'time to complete (ms)', digits: 0, ratio: true },
  { key: 'fcp', label: 'first contentful paint (ms)', digits: 0, ratio: true },
  { key: 'tbt', label: 'total blocking time (ms)', digits: 0 },
  { key: 'longest', label: 'longest task (ms)', digits: 0 },
  { key: 'longestAfterPaint', label: 'longest task after painted (ms)', digits: 0 },
  { key: 'cls', label: 'cumulative layout shift', digits: 3 },
  { key: 'heap', label: 'JS heap after load (KiB)', digits: 0, scale: 1 / 1024 },
];

/**
 * The pages compared, in table order: the static HTML baseline, the default
 * drop-in, and the pre-rendered snippet when the bench has a page for it.
 */
export const KINDS = [
  { key: 'baseline', label: 'static HTML' },
  { key: 'widget', label: 'drop-in' },
  { key: 'prerendered', label: 'pre-rendered' },
];

/**
 * Medians and ranges for one instance count, from its runs (one page of
 * each kind per run). Each kind but the baseline also gets its ratio to the
 * baseline within each run: `ratio` for the drop-in, `ratios[kind]` for all.
 */
export function summarizePairs(runs) {
  const kinds = KINDS.map((k) => k.key).filter((kind) => runs.every((run) => run[kind]));
  const summary = {};
  for (const metric of METRICS) {
    const value = (run, kind) => {
      const v = run[kind][metric.key];
      return typeof v === 'number' ? v * (metric.scale ?? 1) : v;
    };
    const entry = { ratios: {} };
    for (const kind of kinds) {
      entry[kind] = summarize(runs.map((run) => value(run, kind)));
      if (metric.ratio && kind !== 'baseline') {
        entry.ratios[kind] = summarize(runs.map((run) => value(run, kind) / value(run, 'baseline')));
      }
    }
    entry.ratio = entry.ratios.widget ?? null;
    summary[metric.key] = entry;
  }
  // What the widget adds to CLS, run by run (the baseline's own shifts, if any, taken out).
  summary.clsAdded = summarize(runs.map((p) => p.widget.cls - p.baseline.cls));
  summary.kinds = kinds;
  return summary;
}

const fmt = (value, digits) => (value === null || value === undefined ? '–' : value.toFixed(digits));
const cell = (s, digits) => (s ? `${fmt(s.median, digits)} [${fmt(s.min, digits)}–${fmt(s.max, digits)}]` : '–');

/** A plain-text table; columns whose index is in `rightAligned` are padded on the left. */
export function table(header, rows, rightAligned = new Set()) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) =>
    r
      .map((c, i) => (rightAligned.has(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const bytes = (n) => (n === undefined ? '' : n.toLocaleString('en-US'));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

export function formatSizes(sizes) {
  const out = [];
  out.push('Sizes of the shipped entries (bytes)');
  out.push(
    table(
      ['entry', 'raw', 'gzip -9', 'brotli 11'],
      sizes.entries.map((e) =>
        e.missing ? [e.entry, 'not built', '', ''] : [e.entry, bytes(e.raw), bytes(e.gzip), bytes(e.brotli)],
      ),
      new Set([1, 2, 3]),
    ),
  );
  for (const breakdown of sizes.modules ?? []) {
    if (breakdown.error) {
      out.push('', `Modules of ${breakdown.bundle}: could not analyse (${breakdown.error})`);
      continue;
    }
    out.push(
      '',
      `What ${breakdown.bundle} holds, by part (rough attribution: each module minified and compressed on its own;`,
      'shares are of the summed minified sizes, the real bundle compresses better as a whole)',
    );
    out.push(
      table(
        ['part', 'modules', 'minified', 'brotli alone', 'share'],
        breakdown.groups.map((g) => [
          g.group,
          g.modules,
          bytes(g.raw),
          bytes(g.brotli),
          `${(g.share * 100).toFixed(1)}%`,
        ]),
        new Set([1, 2, 3, 4]),
      ),
    );
    const top = breakdown.modules.slice(0, 12);
    out.push('', `Largest modules of ${breakdown.bundle} (top ${top.length} of ${breakdown.modules.length})`);
    out.push(
      table(
        ['module', 'minified', 'brotli alone', 'share'],
        top.map((m) => [m.id, bytes(m.raw), bytes(m.brotli), `${(m.share * 100).toFixed(1)}%`]),
        new Set([1, 2, 3]),
      ),
    );
  }
  return out.join('\n');
}

export function formatPages(pages, settings) {
  const kinds = KINDS.filter((kind) =>
    Object.values(pages).some((data) => (data.summary.kinds ?? ['widget', 'baseline']).includes(kind.key)),
  );
  const header = ['metric', 'instances'];
  for (const kind of kinds) {
    header.push(kind.label);
    if (kind.key !== 'baseline') header.push(`${kind.label} / static`);
  }
  const rows = [];
  for (const metric of METRICS) {
    for (const [count, data] of Object.entries(pages)) {
      const s = data.summary[metric.key];
      if (!s) continue;
      const row = [metric.label, count];
      for (const kind of kinds) {
        row.push(cell(s[kind.key], metric.digits));
        if (kind.key !== 'baseline') row.push(s.ratios?.[kind.key] ? cell(s.ratios[kind.key], 2) : '–');
      }
      rows.push(row);
    }
  }
  const runs = [...new Set(Object.values(pages).map((p) => p.pairs.length))].join('/');
  const { width, height } = settings.viewport;
  return [
    `Page metrics: median [min–max] of ${runs} runs per instance count (each run loads every kind of page,`,
    `in an order that rotates from run to run); Chromium ${settings.chromium}, ${settings.cpuSlowdown}x CPU slowdown,`,
    `${width}x${height} mobile viewport, cold cache every run`,
    table(header, rows, new Set([1])),
    '',
    'time to painted: from navigation start until the first frame in which every instance on the first',
    '  screen shows its <table> has been painted (which instances are on screen: an IntersectionObserver).',
    "  Measured as a message posted from a requestAnimationFrame callback, which arrives once that frame's",
    '  style, layout and paint are done. Ratios are taken within each run pair.',
    "time to complete: the same, once every instance has rendered everything (widget: each element's",
    '  updateComplete, including the sections and instances rendered later; baseline: as painted).',
    "first contentful paint: the browser's paint timing entry.",
    'total blocking time: sum over long tasks of their time beyond 50 ms, from FCP to the end of observation',
    `  (at least ${settings.settleMs} ms, wall clock, after both "painted" and the load event). Work that runs`,
    '  before the first paint delays FCP instead and is not counted: read TBT together with FCP.',
    'longest task: the longest main-thread task from navigation to the end of observation (0 = none over 50 ms);',
    '  after painted: only tasks that start once the first screen is painted.',
    'cumulative layout shift: largest session window of layout shifts without recent input, until the same end.',
    'JS heap after load: used JS heap once everything has rendered and garbage has been collected.',
    `static HTML: the same article with the widget's rendered text copied as plain HTML (no script, no widget CSS);`,
    'pre-rendered: the snippet with the widget rendered ahead of time (shown only when test/bench/prerendered.js exists);',
    `widget page reserves space with: ${settings.reserveCss}`,
  ].join('\n');
}

export function formatMemory(memory) {
  const first = memory.readings[0];
  const rows = memory.readings.map((r) => [
    r.cycles,
    kib(r.heapUsed),
    r.cycles === 0 ? '' : `${r.heapUsed >= first.heapUsed ? '+' : ''}${kib(r.heapUsed - first.heapUsed)}`,
    r.nodes,
    r.listeners,
  ]);
  const out = [
    `Memory: one page, <usce-compare> created, attached, rendered and removed (${memory.batch ?? '?'} per frame);`,
    'garbage collected (CDP HeapProfiler.collectGarbage) before each reading',
    table(['cycles', 'JS heap used', 'delta from 0', 'DOM nodes', 'JS listeners'], rows, new Set([0, 1, 2, 3, 4])),
  ];
  const n = memory.readings.length;
  if (n >= 3) {
    const a = memory.readings[n - 2];
    const b = memory.readings[n - 1];
    out.push(
      `growth from ${a.cycles} to ${b.cycles} cycles: ${((b.heapUsed - a.heapUsed) / (b.cycles - a.cycles)).toFixed(1)} bytes per cycle,` +
        ` ${b.nodes - a.nodes} DOM nodes, ${b.listeners - a.listeners} listeners`,
    );
  }
  return out.join('\n');
}

/**
 * The targets, judged from the summaries: medians, since one run on a busy
 * machine can hold a stray long task of the machine's making. They are
 * reported, never enforced: a MISS does not change the exit code.
 */
export function judgeTargets(pages) {
  const targets = [];
  const one = pages['1'];
  targets.push(
    one
      ? verdict(
          one.summary.painted.ratio.median <= 1.25,
          `drop-in, 1 instance: time to painted <= 1.25x static: median ratio ${one.summary.painted.ratio.median.toFixed(2)} (range ${one.summary.painted.ratio.min.toFixed(2)}–${one.summary.painted.ratio.max.toFixed(2)})`,
        )
      : skipped('drop-in, 1 instance: time to painted <= 1.25x static'),
  );
  targets.push(
    one
      ? verdict(
          one.summary.longest.widget.median <= 100,
          `drop-in, 1 instance: no task > 100 ms: longest task median ${one.summary.longest.widget.median.toFixed(0)} ms (max ${one.summary.longest.widget.max.toFixed(0)} ms)`,
        )
      : skipped('drop-in, 1 instance: no task > 100 ms'),
  );
  // After the first screen is painted the reader may already be scrolling or typing.
  for (const [count, limit] of [
    ['1', 50],
    ['100', 100],
  ]) {
    const afterPaint = pages[count]?.summary.longestAfterPaint?.widget;
    const what = `drop-in, ${count} instance${count === '1' ? '' : 's'}: no task > ${limit} ms after the first screen is painted`;
    targets.push(
      afterPaint
        ? verdict(
            afterPaint.median <= limit,
            `${what}: median ${afterPaint.median.toFixed(0)} ms (max ${afterPaint.max.toFixed(0)} ms)`,
          )
        : skipped(what),
    );
  }
  const entries = Object.entries(pages);
  if (entries.length > 0) {
    const worst = Math.max(...entries.map(([, d]) => d.summary.clsAdded.max));
    const where = entries
      .filter(([, d]) => d.summary.clsAdded.max === worst)
      .map(([n]) => n)
      .join(', ');
    targets.push(
      verdict(
        worst <= 0.01,
        `CLS caused by the widget <= 0.01: worst ${worst.toFixed(3)} (widget minus baseline in the same run pair; at ${where} instance(s))`,
      ),
    );
  } else {
    targets.push(skipped('CLS caused by the widget <= 0.01'));
  }
  return targets;
}

const verdict = (pass, text) => ({ status: pass ? 'PASS' : 'MISS', text });
const skipped = (text) => ({ status: 'n/a', text: `${text}: not measured in this run` });

export function formatTargets(targets) {
  return [
    'Targets (reported only; they never fail the run)',
    ...targets.map((t) => `${t.status.padEnd(4)}  ${t.text}`),
  ].join('\n');
}

/** The before, after, change and percentage cells of one row of a comparison. */
export function change(a, b, digits) {
  if (typeof a !== 'number' || typeof b !== 'number') return [fmt(a, digits), fmt(b, digits), '–', ''];
  const pct = a === 0 ? (b === 0 ? '0%' : 'new') : `${b > a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)}%`;
  return [fmt(a, digits), fmt(b, digits), `${b - a >= 0 ? '+' : ''}${fmt(b - a, digits)}`, pct];
}

/** Median-to-median changes between two result files, as text. */
export function formatComparison(before, after) {
  const out = [
    `Compared with ${before.commit?.sha?.slice(0, 10) ?? '?'}${before.commit?.dirty ? ' (dirty)' : ''} from ${before.timestamp}`,
  ];

  const sizeRows = [];
  for (const entry of after.sizes?.entries ?? []) {
    const old = before.sizes?.entries?.find((e) => e.entry === entry.entry || e.name === entry.name);
    for (const key of ['raw', 'gzip', 'brotli']) {
      if (entry.missing && (!old || old.missing)) continue;
      sizeRows.push([entry.entry, key, ...change(old?.[key], entry[key], 0)]);
    }
  }
  if (sizeRows.length)
    out.push('', table(['entry', 'size', 'before', 'after', 'change', '%'], sizeRows, new Set([2, 3, 4, 5])));

  const pageRows = [];
  for (const metric of METRICS) {
    for (const [count, data] of Object.entries(after.pages ?? {})) {
      const old = before.pages?.[count]?.summary?.[metric.key];
      const now = data.summary[metric.key];
      if (!now) continue;
      pageRows.push([metric.label, count, 'widget', ...change(old?.widget?.median, now.widget?.median, metric.digits)]);
      if (metric.ratio)
        pageRows.push([metric.label, count, 'ratio', ...change(old?.ratio?.median, now.ratio?.median, 2)]);
    }
  }
  if (pageRows.length)
    out.push(
      '',
      table(
        ['metric (median)', 'instances', 'side', 'before', 'after', 'change', '%'],
        pageRows,
        new Set([1, 3, 4, 5, 6]),
      ),
    );

  const lastOf = (m) => m?.readings?.[m.readings.length - 1];
  const oldMem = lastOf(before.memory);
  const newMem = lastOf(after.memory);
  if (newMem) {
    out.push(
      '',
      table(
        ['memory', 'before', 'after', 'change', '%'],
        [
          [`JS heap after ${newMem.cycles} cycles (bytes)`, ...change(oldMem?.heapUsed, newMem.heapUsed, 0)],
          [`DOM nodes after ${newMem.cycles} cycles`, ...change(oldMem?.nodes, newMem.nodes, 0)],
        ],
        new Set([1, 2, 3, 4]),
      ),
    );
  }
  return out.join('\n');
}
