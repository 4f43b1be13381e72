// The configurator site (dist/site, from `npm run build:site`) as an author
// meets it on a static host, here served from a subfolder (/site/) to show
// that it depends on no particular path:
//
// - the release's files sit under v<version>/, byte for byte the build's;
// - the configurator is the home page, a production build (lit's dev-mode
//   warning absent), and every page loads without an error or warning;
// - its snippet loads this exact version from the CDN with the integrity of
//   the built file, and renders when pasted into a page (the CDN answered
//   from dist/, so the browser checks the integrity);
// - switched to the site's own copy, the snippet loads v<version>/ from the
//   site, and renders too;
// - under `npm start` (vite's dev server), the configurator's snippet carries
//   the same pinned address and integrity, and its own copy under v<version>/
//   is the built file.
//
// Run with `node --test test/tools/check-site.js` (part of `npm test`).
import assert from 'node:assert/strict';
import { scriptOf } from './script-line.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startServer } from '../bench/server.js';
import { launchChromium, liveTypeNames, openPage } from './pinned-pages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const site = join(dist, 'site');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CDN_FOLDER = `https://cdn.jsdelivr.net/npm/usce-compare@${version}/dist/`;
const PAGES = ['index.html', 'article.html', 'elements.html', 'themes.html', 'embed.html', 'partner.html'];
const INTEGRITY = `sha384-${createHash('sha384')
  .update(readFileSync(join(dist, 'usce-compare.js')))
  .digest('base64')}`;

let server;
let browser;

before(async () => {
  if (!existsSync(join(site, 'index.html'))) throw new Error('dist/site is missing: run `npm run build:site` first');
  server = await startServer(dist);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function open(path) {
  return openPage(browser, `${server.origin}${path}`, {
    origin: server.origin,
    cdn: { folder: CDN_FOLDER, dir: dist },
  });
}

/** The configurator's snippet once the pre-rendered one is ready and differs from `from`. */
async function snippetAfter(page, from = '') {
  const handle = await page.waitForFunction(
    (previous) => {
      const value = document.querySelector('#snippet')?.value ?? '';
      return value.includes('shadowrootmode') && value !== previous && value;
    },
    { timeout: 15_000 },
    from,
  );
  return handle.jsonValue();
}

/** Puts a snippet into a page of its own on the server and opens it. */
async function paste(name, snippet) {
  server.setPage(
    `/pasted/${name}.html`,
    `<!doctype html><html lang="en"><title>Pasted</title><link rel="icon" href="data:,">\n${snippet}</html>`,
  );
  return open(`/pasted/${name}.html`);
}

test('the site holds its pages and, under v<version>/, the release byte for byte', () => {
  for (const page of PAGES) assert.ok(existsSync(join(site, page)), `${page} is missing`);
  const files = readdirSync(join(site, `v${version}`)).sort();
  assert.deepEqual(files, ['usce-compare.js', 'usce-quiz.js', `usce-validate-${version}.js`]);
  for (const file of files) {
    assert.ok(readFileSync(join(site, `v${version}`, file)).equals(readFileSync(join(dist, file))), `${file} differs`);
  }
  assert.match(
    readFileSync(join(site, '_headers'), 'utf8'),
    new RegExp(`^/v${version}/\\*\\n  Access-Control-Allow-Origin: \\*`),
  );
});

test('the home page is the configurator, built for production', () => {
  const home = readFileSync(join(site, 'index.html'), 'utf8');
  assert.match(home, /<title>Embed configurator/);
  const scripts = readdirSync(join(site, 'assets')).filter((file) => file.endsWith('.js'));
  for (const file of scripts) {
    assert.doesNotMatch(readFileSync(join(site, 'assets', file), 'utf8'), /Lit is in dev mode/, file);
  }
});

/** The warnings a page shows on purpose: the elements page demonstrates the notice for an invalid value. */
const MEANT = { 'elements.html': [/The types attribute names "surgery", which is not a type/] };

test('every page loads without an error or a warning, but those it demonstrates', async () => {
  for (const name of PAGES) {
    const { page, errors } = await open(`/site/${name}`);
    await page.evaluate(() => customElements.whenDefined('usce-compare'));
    const meant = MEANT[name] ?? [];
    assert.deepEqual(
      errors.filter((error) => !meant.some((pattern) => pattern.test(error))),
      [],
      name,
    );
    for (const pattern of meant)
      assert.ok(
        errors.some((error) => pattern.test(error)),
        `${name}: no ${pattern}`,
      );
    await page.close();
  }
});

test('the snippet loads this exact version from the CDN, checked, and renders where it is pasted', async () => {
  const { page, errors } = await open('/site/index.html');
  const snippet = await snippetAfter(page);
  assert.deepEqual(scriptOf(snippet.split('\n')[1]), {
    form: 'loader',
    src: `${CDN_FOLDER}usce-compare.js`,
    integrity: `${INTEGRITY}`,
  });
  // The copy button copies it, or selects it for the reader to copy.
  await page.click('#copy');
  await page.waitForFunction(() => /Copied|Selected/.test(document.querySelector('#copy-status').textContent));
  assert.deepEqual(errors, []);
  await page.close();

  const pasted = await paste('cdn', snippet);
  assert.equal((await liveTypeNames(pasted.page)).length, 4);
  assert.deepEqual(pasted.requested, [`${CDN_FOLDER}usce-compare.js`]);
  assert.deepEqual(pasted.errors, []);
  await pasted.page.close();
});

test("the snippet can load the site's own copy of the same version, checked", async () => {
  const { page, errors } = await open('/site/index.html');
  const first = await snippetAfter(page);
  await page.click('#src-site');
  const snippet = await snippetAfter(page, first);
  assert.deepEqual(scriptOf(snippet.split('\n')[1]), {
    form: 'loader',
    src: `${server.origin}/site/v${version}/usce-compare.js`,
    integrity: `${INTEGRITY}`,
  });
  assert.deepEqual(errors, []);
  await page.close();

  const pasted = await paste('site-copy', snippet);
  assert.equal((await liveTypeNames(pasted.page)).length, 4);
  assert.deepEqual(pasted.requested, []);
  assert.deepEqual(pasted.errors, []);
  await pasted.page.close();
});

test("under `npm start` the configurator prints the same pinned, checked script line, and serves the site's copy", async () => {
  const dev = await createServer({
    configFile: join(root, 'vite.config.ts'),
    root,
    logLevel: 'error',
    server: { port: 0, strictPort: false },
  });
  await dev.listen();
  try {
    const origin = dev.resolvedUrls.local[0].replace(/\/$/, '');
    const { page, errors } = await openPage(browser, `${origin}/demo/configurator.html`, { origin });
    const snippet = await snippetAfter(page);
    assert.deepEqual(scriptOf(snippet.split('\n')[1]), {
      form: 'loader',
      src: `${CDN_FOLDER}usce-compare.js`,
      integrity: `${INTEGRITY}`,
    });
    // This site's copy is the built file, served byte for byte under v<version>/.
    await page.click('#src-site');
    const local = await snippetAfter(page, snippet);
    const address = `${origin}/v${version}/usce-compare.js`;
    assert.deepEqual(scriptOf(local.split('\n')[1]), { form: 'loader', src: `${address}`, integrity: `${INTEGRITY}` });
    const served = Buffer.from(await (await fetch(address)).arrayBuffer());
    assert.equal(`sha384-${createHash('sha384').update(served).digest('base64')}`, INTEGRITY);
    // The dev server runs lit in dev mode, which says so once; nothing else is logged.
    assert.deepEqual(
      errors.filter((error) => !error.includes('Lit is in dev mode')),
      [],
    );
    await page.close();
  } finally {
    await dev.close();
  }
});
