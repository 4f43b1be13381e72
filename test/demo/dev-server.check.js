// The demo as a newcomer runs it: `npm start` (vite's dev server, from
// source, no build). Each demo page linked from the site's navigation loads
// in Chromium with no error in its console, and the widget on it renders.
// Run with node:test after the build (`npm test` does).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { paths } from '../tools/browsers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGES = {
  'index.html': 'usce-compare',
  'elements.html': 'usce-table',
  'embed.html': 'usce-compare',
  'partner.html': 'usce-quiz',
  'configurator.html': 'usce-compare',
  'themes.html': 'usce-compare',
};

let server;
let browser;
let base;

before(async () => {
  server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    server: { port: 0 },
  });
  await server.listen();
  base = server.resolvedUrls.local[0];
  browser = await puppeteer.launch({
    executablePath: paths.chromium,
    headless: true,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [file, tag] of Object.entries(PAGES)) {
  test(`demo/${file} renders its <${tag}> under npm start, with no console error`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(new URL(`demo/${file}`, base).href, { waitUntil: 'load' });
      const rendered = await page.waitForFunction(
        (name) => {
          const el = document.querySelector(name);
          return el?.shadowRoot && el.shadowRoot.textContent.trim().length > 100 && customElements.get(name);
        },
        { timeout: 20_000 },
        tag,
      );
      assert.ok(rendered);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}
