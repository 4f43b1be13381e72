// A test-runner reporter that prints, after the run, how long each test file
// took in each engine (the sum of its tests' own durations) and each
// engine's total, slowest first, so a slow file is seen where it is.
const SHOWN = Number(process.env.SHOWN ?? 12);

/** Every test in `suite` with its full name and duration. */
function tests(suite, prefix = '') {
  const found = [];
  for (const test of suite?.tests ?? []) found.push([`${prefix}${test.name}`, test.duration ?? 0]);
  for (const child of suite?.suites ?? []) found.push(...tests(child, `${prefix}${child.name} > `));
  return found;
}

function testTime(suite) {
  let total = 0;
  for (const test of suite?.tests ?? []) total += test.duration ?? 0;
  for (const child of suite?.suites ?? []) total += testTime(child);
  return total;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** An engine's name, numbered from its second launcher on (one engine can run in two halves). */
const launchers = new Map();
function launcherName(launcher) {
  const name = launcher?.name ?? 'browser';
  if (!launchers.has(launcher)) {
    const count = [...launchers.keys()].filter((other) => (other?.name ?? 'browser') === name).length;
    launchers.set(launcher, count === 0 ? name : `${name} ${count + 1}`);
  }
  return launchers.get(launcher);
}

export function timingReporter() {
  // When each engine started its first test file and finished its last, from the run's start.
  let runStart = 0;
  const spans = new Map();
  return {
    start({ sessions }) {
      runStart = Date.now();
      sessions.on('session-status-updated', (session) => {
        const engine = launcherName(session.browser);
        const span = spans.get(engine) ?? { first: Infinity, last: 0 };
        const at = Date.now() - runStart;
        if (session.status !== 'SCHEDULED') span.first = Math.min(span.first, at);
        if (session.status === 'FINISHED') span.last = Math.max(span.last, at);
        spans.set(engine, span);
      });
    },
    onTestRunFinished({ sessions }) {
      const byEngine = new Map();
      const slowest = new Map();
      for (const session of sessions) {
        const engine = launcherName(session.browser);
        const files = byEngine.get(engine) ?? new Map();
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        files.set(file, (files.get(file) ?? 0) + testTime(session.testResults));
        byEngine.set(engine, files);
        const list = slowest.get(engine) ?? [];
        list.push(...tests(session.testResults).map(([name, ms]) => [`${file}: ${name}`, ms]));
        slowest.set(engine, list);
      }
      const lines = ['', 'Time per test file (the sum of its tests; hooks not counted), slowest first:'];
      for (const [engine, files] of byEngine) {
        const sorted = [...files].sort((a, b) => b[1] - a[1]);
        const total = sorted.reduce((sum, [, ms]) => sum + ms, 0);
        const span = spans.get(engine);
        const wall = span ? `, from ${seconds(span.first)} to ${seconds(span.last)} of the run` : '';
        lines.push(`  ${engine}: ${seconds(total)} in ${sorted.length} files${wall}`);
        for (const [file, ms] of sorted.slice(0, SHOWN)) lines.push(`    ${seconds(ms).padStart(8)}  ${file}`);
        if (sorted.length > SHOWN) lines.push(`    … and ${sorted.length - SHOWN} more`);
        const slow = (slowest.get(engine) ?? []).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.SLOWEST ?? 5));
        lines.push('    slowest tests:');
        for (const [name, ms] of slow) lines.push(`    ${seconds(ms).padStart(8)}  ${name.slice(0, 110)}`);
      }
      console.log(lines.join('\n'));
    },
  };
}
