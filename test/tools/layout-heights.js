// Measures how tall the default <usce-compare> is in a typical blog article,
// and optionally takes screenshots of it.
//
//   npm run build && node test/tools/layout-heights.js [--highlight TYPE] [--shots DIR --prefix NAME]
//
// The article is a 680 px text column (the wide end of the usual 640–680 px)
// with a 19 px serif body, on a light and on a dark page, seen at 1280 px
// and at 375 px wide. The widget is the built drop-in (dist/usce-compare.js)
// with every section, as an author pastes it. Prints one line per setup:
// viewport, page theme, column width, widget height, and whether the page
// scrolls sideways.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { paths } from './browsers.js';

const { values: args } = parseArgs({
  options: {
    shots: { type: 'string' },
    prefix: { type: 'string', default: 'shot' },
    sections: { type: 'string', default: '' },
    // A featured type, as `highlight="hands-on"`.
    highlight: { type: 'string', default: '' },
    // Also saves the widget in slices of this many CSS px, easier to read than one tall image.
    slice: { type: 'string' },
  },
});

const dropIn = resolve('dist/usce-compare.js');
if (!existsSync(dropIn)) {
  console.error('dist/usce-compare.js is missing: run `npm run build` first.');
  process.exit(1);
}

const THEMES = {
  light: { background: '#ffffff', color: '#222222', link: '#0645ad' },
  dark: { background: '#16181c', color: '#e4e6ea', link: '#8ab4f8' },
};
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

function article(theme) {
  const t = THEMES[theme];
  const sections =
    (args.sections ? ` sections="${args.sections}"` : '') + (args.highlight ? ` highlight="${args.highlight}"` : '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  html { background: ${t.background}; color: ${t.color}; }
  body { margin: 0; font: 19px/1.6 Georgia, 'DejaVu Serif', serif; }
  a { color: ${t.link}; }
  .column { max-width: 680px; margin: 0 auto; padding: 2rem 16px; }
</style></head><body><main class="column">
<h1>Choosing your US clinical experience</h1>
<p>A paragraph of article text before the widget, as in any blog post.</p>
<usce-compare${sections}><p>Compare the kinds of US clinical experience.</p></usce-compare>
<p>A paragraph of article text after the widget.</p>
</main></body></html>`;
}

const browser = await puppeteer.launch({
  executablePath: paths.chromium,
  headless: true,
  args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--no-first-run', '--hide-scrollbars'],
});
if (args.shots) mkdirSync(args.shots, { recursive: true });

try {
  const rows = [];
  for (const viewport of VIEWPORTS) {
    for (const theme of Object.keys(THEMES)) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.setContent(article(theme), { waitUntil: 'load' });
      await page.addScriptTag({ path: dropIn });
      const figures = await page.evaluate(async () => {
        await customElements.whenDefined('usce-compare');
        const el = document.querySelector('usce-compare');
        await el.updateComplete;
        await document.fonts.ready;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const box = el.getBoundingClientRect();
        return {
          column: Math.round(box.width),
          height: Math.round(box.height),
          top: Math.round(box.top + scrollY),
          left: Math.round(box.left),
          sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        };
      });
      rows.push({ viewport: viewport.width, theme, ...figures });
      console.log(
        `${String(viewport.width).padStart(4)} px  ${theme.padEnd(5)}  column ${figures.column} px  ` +
          `widget ${String(figures.height).padStart(5)} px  page scrolls sideways: ${figures.sideways ? 'YES' : 'no'}`,
      );
      if (args.shots) {
        const file = join(args.shots, `${args.prefix}-${viewport.width}-${theme}.png`);
        await page.screenshot({
          path: file,
          captureBeyondViewport: true,
          clip: { x: 0, y: Math.max(0, figures.top - 16), width: viewport.width, height: figures.height + 32 },
        });
      }
      const slice = Number(args.slice);
      if (args.shots && slice > 0) {
        for (let y = 0, n = 1; y < figures.height; y += slice, n++) {
          await page.screenshot({
            path: join(args.shots, `${args.prefix}-${viewport.width}-${theme}-part${n}.png`),
            captureBeyondViewport: true,
            clip: {
              x: Math.max(0, figures.left - 8),
              y: figures.top + y,
              width: Math.min(viewport.width, figures.column + 16),
              height: Math.min(slice, figures.height - y),
            },
          });
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
