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

export function timingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byEngine = new Map();
      const slowest = new Map();
      for (const session of sessions) {
        const engine = session.browser?.name ?? 'browser';
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
        lines.push(`  ${engine}: ${seconds(total)} in ${sorted.length} files`);
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
