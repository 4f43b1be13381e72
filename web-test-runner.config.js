// Runs the test suite in real browsers installed from Debian's packages
// (npm's own browser downloads are not used). BROWSERS picks the engines:
// chromium (default), firefox, webkit, comma-separated.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const wanted = (process.env.BROWSERS ?? 'chromium').split(',').map((b) => b.trim());
const asRoot = process.getuid?.() === 0;

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          ...(asRoot ? ['--no-sandbox'] : []),
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  );
}

export default {
  files: process.env.TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: true,
  browsers,
  // One page at a time: a page in a background tab gets no animation frames
  // or resize observations and throttled timers, which makes layout tests flaky.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
};
