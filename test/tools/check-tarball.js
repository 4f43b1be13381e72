// The package as a user gets it, after `npm run build`: `npm pack` makes the
// tarball, which is installed into a fresh project outside the repository
// (lit and @lit/context come from the registry, or npm's cache, as for any
// user), and there:
//
// - `npx usce-compare snippet` prints a snippet that loads this exact version
//   from the CDN with the integrity of the installed drop-in file;
// - a TypeScript consumer of `usce-compare` and `usce-compare/define.js`
//   type-checks and builds with vite (this repository's tsc and vite, the
//   package resolved from the project's own node_modules);
// - in Chromium, the drop-in file from node_modules/usce-compare/dist renders;
//   the printed snippet renders with its CDN address answered by the
//   installed file, so the browser checks its integrity for real (and refuses
//   a file one byte off); a content override loads the validator from the
//   same pinned folder; the consumer's built app renders. No page logs an
//   error.
//
// Run with `node --test test/tools/check-tarball.js` (part of `npm test`).
import assert from 'node:assert/strict';
import { scriptOf } from './script-line.js';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '../bench/server.js';
import { launchChromium, liveTypeNames, openPage } from './pinned-pages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CDN_FOLDER = `https://cdn.jsdelivr.net/npm/usce-compare@${version}/dist/`;

let work; // the temporary folder: the tarball and the project
let app; // the project that installs the tarball
let installed; // node_modules/usce-compare in it
let server;
let browser;

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'usce-tarball-'));
  // --ignore-scripts: `prepack` would build again, and the caller has just built.
  const [{ filename }] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root),
  );
  app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'usce-consumer', private: true, type: 'module' }, null, 2),
  );
  run('npm', ['install', join(work, filename), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
  installed = join(app, 'node_modules', 'usce-compare');
  server = await startServer(app);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** `sha384-…` of an installed file, as a browser checks it. */
function integrityOf(file) {
  return `sha384-${createHash('sha384')
    .update(readFileSync(join(installed, 'dist', file)))
    .digest('base64')}`;
}

/** Opens `path` on the project's server, the CDN answered from the installed package. */
function open(path, serve) {
  return openPage(browser, `${server.origin}${path}`, {
    origin: server.origin,
    cdn: { folder: CDN_FOLDER, dir: join(installed, 'dist'), serve },
  });
}

test('the package is installed from its tarball, with its dependencies, outside the repository', () => {
  const resolved = createRequire(join(app, 'package.json')).resolve('usce-compare/package.json');
  assert.equal(resolved, join(installed, 'package.json'));
  // Its dependencies, installed beside it for it and for the app.
  for (const dependency of ['lit', '@lit/context']) {
    assert.ok(existsSync(join(app, 'node_modules', dependency, 'package.json')), `${dependency} is not installed`);
  }
});

test('`npx usce-compare snippet` prints a snippet that loads this exact version with its integrity', () => {
  const out = run('npx', ['--no-install', 'usce-compare', 'snippet', '--highlight', 'research'], app);
  const script = out.split('\n')[1];
  assert.deepEqual(scriptOf(script), {
    form: 'loader',
    src: `${CDN_FOLDER}usce-compare.js`,
    integrity: `${integrityOf('usce-compare.js')}`,
  });
  assert.match(out, /<usce-compare highlight="research" data-usce-prerender="[^"]+"><template shadowrootmode="open">/);
  writeFileSync(
    join(app, 'snippet.html'),
    `<!doctype html><html lang="en"><title>Snippet</title><link rel="icon" href="data:,">\n${out}</html>`,
  );
});

test('a TypeScript app imports the package, type-checks with its declarations and builds with vite', () => {
  writeFileSync(
    join(app, 'src', 'main.ts'),
    `import 'usce-compare/define.js';
import { builtInContent, validate, type QuizCompleteDetail, type UsceCompare } from 'usce-compare';

const widget: UsceCompare = document.createElement('usce-compare');
widget.highlight = 'research';
// @ts-expect-error: the declarations are real, not \`any\`: \`types\` is a string of ids.
widget.types = ['research'];
widget.types = 'research virtual';
widget.addEventListener('usce-quiz-complete', (event) => {
  const detail: QuizCompleteDetail = event.detail;
  console.info(detail.top);
});
const problems = validate(builtInContent);
if (problems.length > 0) throw new Error('the built-in content should be valid');
document.querySelector('#app')!.append(widget);
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        types: [],
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="en"><title>App</title><link rel="icon" href="data:,"><div id="app"></div><script type="module" src="/src/main.ts"></script></html>',
  );
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], app);
  run(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--base', './', '--logLevel', 'error'],
    app,
  );
  const built = readFileSync(join(app, 'dist', 'index.html'), 'utf8');
  assert.match(built, /<script type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js">/);
});

test('the drop-in file from node_modules/usce-compare/dist renders', async () => {
  writeFileSync(
    join(app, 'drop-in.html'),
    '<!doctype html><html lang="en"><title>Drop-in</title><link rel="icon" href="data:,">' +
      '<script src="/node_modules/usce-compare/dist/usce-compare.js" defer></script>' +
      '<usce-compare types="research virtual"></usce-compare></html>',
  );
  const { page, errors } = await open('/drop-in.html');
  assert.deepEqual(await liveTypeNames(page), ['Research', 'Virtual rotation']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the printed snippet renders from the pinned CDN file, checked by the browser', async () => {
  const { page, errors, requested } = await open('/snippet.html');
  assert.equal((await liveTypeNames(page)).length, 4);
  assert.deepEqual(requested, [`${CDN_FOLDER}usce-compare.js`]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a file one byte off is refused by the integrity check', async () => {
  const { page, errors } = await open('/snippet.html', (bytes) => Buffer.concat([bytes, Buffer.from('\n')]));
  // The snippet's loader asks for the file after the first paint: wait for the browser's refusal.
  for (let waited = 0; waited < 10_000 && !errors.some((error) => /integrity/i.test(error)); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The script never runs: the element stays the server-rendered one, never defined.
  assert.equal(await page.evaluate(() => customElements.get('usce-compare') === undefined), true);
  assert.ok(
    errors.some((error) => /integrity/i.test(error)),
    `expected an integrity error, got: ${errors.join(' | ')}`,
  );
  await page.close();
});

test('a content override loads the validator from the same pinned folder', async () => {
  const override = join(app, 'override.json');
  writeFileSync(override, JSON.stringify({ ui: { heading: 'Checked by the pinned validator' } }));
  const out = run('npx', ['--no-install', 'usce-compare', 'snippet', '--plain', '--content', override], app);
  writeFileSync(
    join(app, 'override.html'),
    `<!doctype html><html lang="en"><title>Override</title><link rel="icon" href="data:,">\n${out}</html>`,
  );
  const { page, errors, requested } = await open('/override.html');
  const heading = await page.waitForFunction(() =>
    document.querySelector('usce-compare')?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim(),
  );
  assert.equal(await heading.jsonValue(), 'Checked by the pinned validator');
  assert.deepEqual(requested, [`${CDN_FOLDER}usce-compare.js`, `${CDN_FOLDER}usce-validate-${version}.js`]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('loaded from the CDN under a range, the drop-in file still asks for its own version of the validator', async () => {
  const range = 'https://cdn.jsdelivr.net/npm/usce-compare@0/dist/';
  const override = join(app, 'override.json');
  const out = run(
    'npx',
    ['--no-install', 'usce-compare', 'snippet', '--plain', '--content', override, '--src', `${range}usce-compare.js`],
    app,
  );
  writeFileSync(
    join(app, 'range.html'),
    `<!doctype html><html lang="en"><title>Range</title><link rel="icon" href="data:,">\n${out}</html>`,
  );
  const { page, errors, requested } = await openPage(browser, `${server.origin}/range.html`, {
    origin: server.origin,
    cdn: { folder: [CDN_FOLDER, range], dir: join(installed, 'dist') },
  });
  await page.waitForFunction(
    () =>
      document.querySelector('usce-compare')?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() ===
      'Checked by the pinned validator',
  );
  assert.deepEqual(requested, [`${range}usce-compare.js`, `${CDN_FOLDER}usce-validate-${version}.js`]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the TypeScript app's build renders the widget", async () => {
  const { page, errors } = await open('/dist/index.html');
  const names = await liveTypeNames(page);
  assert.deepEqual(names, ['Research', 'Virtual rotation']);
  assert.deepEqual(errors, []);
  await page.close();
});
