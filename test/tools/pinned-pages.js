// Chromium for the checks that load built pages as a reader would
// (check-tarball.js, check-site.js): each page's errors and warnings are
// collected, requests for the pinned CDN folder are answered from a local
// copy of the release (so the browser checks `integrity` against real
// bytes), and any other request off the page's own server is refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { paths } from './browsers.js';

export function launchChromium() {
  return puppeteer.launch({
    executablePath: paths.chromium,
    headless: true,
    // Chromium's sandbox cannot start as root.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--no-first-run', '--disable-background-networking'],
  });
}

/**
 * Opens `url` in a new page. `cdn.folder` (a URL ending in `/`, or a list of
 * them) is answered from the files in `cdn.dir`, through `cdn.serve` (which
 * may change the bytes). Returns the page, the errors and warnings it logged, and the CDN
 * addresses it asked for.
 */
export async function openPage(browser, url, { origin, cdn }) {
  const page = await browser.newPage();
  const errors = [];
  const requested = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // The console says only "Failed to load resource"; this names it.
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const address = request.url();
    if (address.startsWith(origin) || address.startsWith('data:')) return void request.continue();
    const folder = cdn && [cdn.folder].flat().find((prefix) => address.startsWith(prefix));
    if (folder) {
      requested.push(address);
      const file = address.slice(folder.length).split(/[?#]/)[0];
      const headers = { 'Access-Control-Allow-Origin': '*' };
      let body;
      try {
        body = (cdn.serve ?? ((bytes) => bytes))(readFileSync(join(cdn.dir, file)));
      } catch {
        return void request.respond({ status: 404, headers, body: '' });
      }
      return void request.respond({ status: 200, contentType: 'text/javascript', headers, body });
    }
    errors.push(`a request off the page's server: ${address}`);
    request.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requested };
}

/** The type names in the live widget's table, once it has rendered. */
export function liveTypeNames(page) {
  return page.evaluate(async () => {
    await customElements.whenDefined('usce-table');
    const widget = document.querySelector('usce-compare');
    await widget.updateComplete;
    const table = widget.shadowRoot.querySelector('usce-table');
    await table.updateComplete;
    return [...table.shadowRoot.querySelectorAll('th[scope="col"] .type-name')].map((th) => th.textContent.trim());
  });
}
