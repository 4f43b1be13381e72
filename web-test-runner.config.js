// Runs the test suite in real browsers installed from Debian's packages
// (npm's own browser downloads are not used). BROWSERS picks the engines,
// comma-separated: chromium, firefox, webkit (default: all three).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { readFileSync } from 'node:fs';
import { releaseInfo, withRelease } from './build/release.js';
import { paths, wantedEngines } from './test/tools/browsers.js';
import { snippetResponses } from './test/tools/snippet-middleware.js';
import { startWebKitDriver } from './test/tools/webkit-driver.js';
import { timingReporter } from './test/tools/timing-reporter.js';
import { webdriverViewportPlugin } from './test/tools/webdriver-viewport.js';

const wanted = wantedEngines();
const asRoot = process.getuid?.() === 0;

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: paths.chromium,
        // The runner never looks at the page's requests through the driver;
        // tracking them (and, over WebDriver BiDi, keeping every response
        // body) made loading each test file's modules about twice as slow.
        networkEnabled: false,
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
if (wanted.includes('firefox')) {
  // Puppeteer drives Firefox over WebDriver BiDi: no geckodriver needed.
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      // No request tracking, as for Chromium above: 0.9 s -> 0.45 s per test file to load its modules.
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, networkEnabled: false },
    }),
  );
}

/** A WebKit of its own: MiniBrowser through its own WebKitWebDriver (and Xvfb when DISPLAY is unset). */
async function webkit() {
  // startWebKitDriver stops the driver and Xvfb when the runner exits.
  const port = await startWebKitDriver();
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // webdriverio asks for BiDi by default, which WebKitWebDriver rejects.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
    },
  });
}

let firstWebKit = null;
if (wanted.includes('webkit')) {
  firstWebKit = await webkit();
  browsers.push(firstWebKit);
}

/**
 * `/__held__/<name>` is answered (with `{}`) only when the test asks for
 * `/__release__/<name>`, or after 10 s if it never does: a response that
 * arrives exactly when the test wants it, instead of after a fixed delay.
 */
const held = new Map();
async function heldResponses(context, next) {
  if (context.path.startsWith('/__release__/')) {
    const name = context.path.slice('/__release__/'.length);
    const release = held.get(name);
    held.delete(name);
    release?.();
    context.body = release ? 'released' : 'nothing held';
    return;
  }
  if (!context.path.startsWith('/__held__/')) return next();
  const name = context.path.slice('/__held__/'.length);
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    held.set(name, () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
  context.type = 'application/json';
  context.body = '{}';
}

/**
 * `/__lone__/usce-<name>.js` serves the drop-in file dist/usce-<name>.js
 * alone: every other file there, the validator included, is missing, as on a
 * site that uploaded only the drop-in file.
 */
async function loneDropIns(context, next) {
  if (!context.path.startsWith('/__lone__/')) return next();
  const name = context.path.slice('/__lone__/'.length);
  if (/^usce-(compare|quiz)\.js$/.test(name)) {
    context.url = `/dist/${name}`;
    return next();
  }
  context.status = 404;
}

/**
 * `/demo/configurator.html` as the dev server serves it: with the release it
 * describes (version, integrity of the built drop-in files), read from dist/.
 */
async function configuratorPage(context, next) {
  if (context.path !== '/demo/configurator.html') return next();
  const page = readFileSync(new URL('./demo/configurator.html', import.meta.url), 'utf8');
  context.type = 'text/html';
  context.body = withRelease(page, releaseInfo(import.meta.dirname, '/dist/'));
}

/**
 * Pages under `/test/robustness/csp/` get a strict Content Security Policy
 * with Trusted Types: the widget must render and work under it. Pages under
 * its `allow-duplicates/` folder load more than one copy of lit (both drop-in
 * files, or one twice), and each copy creates its own `lit-html` policy.
 */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith('/test/robustness/csp/allow-duplicates/')) {
    context.set('Content-Security-Policy', `${STRICT_CSP} 'allow-duplicates'`);
  } else if (context.path.startsWith('/test/robustness/csp/')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}

/**
 * Pure logic (content validation, quiz scoring, share codes, the question
 * flow) touches no DOM and gives the same answers in every engine, so its
 * tests run once, in the first engine asked for; everything else runs in
 * each engine. TEST_FILES (a focused run) runs just those files everywhere.
 */
const LOGIC = 'test/{content,quiz}/**/*.test.ts';
const focused = process.env.TEST_FILES;

/**
 * The runner runs two browsers at a time, each engine's files in turn, so a
 * whole run took Firefox's time plus WebKit's while Chromium sat finished.
 * A second WebKit, a browser of its own, therefore takes these files (about
 * 40 % of WebKit's time, as it starts later: when Chromium is done).
 */
const SECOND_WEBKIT = 'test/{robustness/**/*,components/attribute-removal}.test.ts';
const splitWebKit = firstWebKit !== null && !focused;
const groups = [{ name: 'logic', files: LOGIC, browsers: browsers.slice(0, 1) }];
if (splitWebKit) {
  const others = browsers.filter((browser) => browser !== firstWebKit);
  groups.push({ name: 'second-webkit', files: SECOND_WEBKIT, browsers: [...others, await webkit()] });
}

export default {
  files: focused ?? ['test/**/*.test.ts', `!${LOGIC}`, ...(splitWebKit ? [`!${SECOND_WEBKIT}`] : [])],
  groups: focused ? [] : groups,
  nodeResolve: true,
  browsers,
  reporters: [defaultReporter(), timingReporter()],
  // One page at a time per browser: a page in a background tab (or, for
  // WebKit, an extra iframe) gets no animation frames or resize observations
  // and throttled timers, which makes layout tests flaky.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  middleware: [heldResponses, loneDropIns, strictCsp, snippetResponses, configuratorPage],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), webdriverViewportPlugin()],
};
