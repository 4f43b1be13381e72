// Everything that drives Chromium: launching it, loading one article page
// and reading its metrics, producing the baseline's static HTML, and the
// memory test.
import puppeteer from 'puppeteer-core';
import { flattenInBrowser } from './pages.js';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * A mid-range phone, as Lighthouse's mobile preset describes one: a 412 px
 * wide screen and (set per page) a CPU four times slower than this machine's.
 * The narrow screen matters: it is where the table scrolls sideways.
 */
export const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
export const CPU_SLOWDOWN = 4;

/** How long a page is watched after its content is painted, for late long tasks and shifts (wall-clock ms). */
export const SETTLE_MS = 500;

/** Long tasks are tasks over 50 ms; the part beyond that blocks input (the Total Blocking Time definition). */
const BLOCKING_THRESHOLD_MS = 50;

export async function launchBrowser() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      // Chromium's sandbox cannot start as root.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--headless=new',
    ],
  });
}

/**
 * Loads `url` in a new incognito-like browser context, so no HTTP cache or
 * compiled-code cache carries over from the previous run: every run is a
 * first visit.
 * @returns {Promise<RunMetrics>}
 * @typedef {{ painted: number, complete: number, fcp: number, dcl: number, load: number, tbt: number, longest: number,
 *   longestAfterPaint: number, longTasks: number, heap: number, cls: number,
 *   shifts: Array<{ start: number, value: number, sources: unknown[] }> }} RunMetrics
 */
export async function measurePage(browser, url, { timeoutMs = 60_000 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.setViewport(VIEWPORT);
    await page.emulateCPUThrottling(CPU_SLOWDOWN);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });

    // Waits (inside the page, without polling) for the tail probe's verdict,
    // then watches SETTLE_MS longer before reading everything.
    const raw = await withTimeout(
      page.evaluate(async (settleMs) => {
        const m = window.__bench;
        await m.done;
        await new Promise((resolve) => setTimeout(resolve, settleMs));
        const nav = performance.getEntriesByType('navigation')[0];
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          painted: m.painted,
          complete: m.complete,
          error: m.error,
          fcp: fcp ? fcp.startTime : null,
          dcl: nav ? nav.domContentLoadedEventEnd : null,
          load: nav ? nav.loadEventEnd : null,
          end: performance.now(),
          longTasks: m.longTasks,
          shifts: m.shifts,
        };
      }, SETTLE_MS),
      timeoutMs,
      `${url} did not finish`,
    );
    if (raw.error || raw.painted === null) {
      throw new Error(
        `${url}: ${raw.error ?? 'never painted'}${pageErrors.length ? `\npage errors: ${pageErrors.join('\n')}` : ''}`,
      );
    }
    if (raw.fcp === null) throw new Error(`${url}: no first-contentful-paint entry`);
    // What the page keeps on the JS heap once everything has rendered, garbage collected first.
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize: heap } = await cdp.send('Runtime.getHeapUsage');
    const afterPaint = raw.longTasks.filter((task) => task.start >= raw.painted);
    return {
      painted: raw.painted,
      complete: raw.complete,
      fcp: raw.fcp,
      dcl: raw.dcl,
      load: raw.load,
      tbt: totalBlockingTime(raw.longTasks, raw.fcp, raw.end),
      longest: raw.longTasks.reduce((max, task) => Math.max(max, task.duration), 0),
      longestAfterPaint: afterPaint.reduce((max, task) => Math.max(max, task.duration), 0),
      longestBeforePainted: raw.longTasks
        .filter((task) => task.start < raw.painted)
        .reduce((max, task) => Math.max(max, task.duration), 0),
      longTasks: raw.longTasks.length,
      heap,
      cls: cumulativeLayoutShift(raw.shifts),
      shifts: raw.shifts,
    };
  } finally {
    await context.close();
  }
}

/**
 * Sum over long tasks of the time each blocks input beyond its first 50 ms,
 * counting only what falls between FCP and `end` (Lighthouse's definition;
 * `end` stands in for its time-to-interactive).
 */
export function totalBlockingTime(tasks, fcp, end) {
  let total = 0;
  for (const task of tasks) {
    const blockingStart = Math.max(task.start + BLOCKING_THRESHOLD_MS, fcp);
    const blockingEnd = Math.min(task.start + task.duration, end);
    if (blockingEnd > blockingStart) total += blockingEnd - blockingStart;
  }
  return total;
}

/**
 * CLS as browsers report it today: shifts are grouped into session windows
 * (a gap under 1 s between shifts, at most 5 s long) and the largest window
 * counts. Shifts right after input were already left out by the page probe.
 */
export function cumulativeLayoutShift(shifts) {
  let worst = 0;
  let windowValue = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.start - b.start)) {
    if (shift.start - previous > 1000 || shift.start - windowStart > 5000) {
      windowValue = 0;
      windowStart = shift.start;
    }
    windowValue += shift.value;
    previous = shift.start;
    worst = Math.max(worst, windowValue);
  }
  return worst;
}

/**
 * Renders one widget (unthrottled) and returns its visible content as plain
 * HTML for the baseline page, plus its rendered height, which tells how well
 * the reserved min-height matches.
 */
export async function renderStaticBlock(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.done);
    const error = await page.evaluate(() => window.__bench.error);
    if (error) throw new Error(`${url}: ${error}`);
    // A further frame, so state set by observers after the first render (the
    // sideways-scroll hint of a narrow table) is in the copy too.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    return await page.evaluate((flattenSource) => {
      // The flattening function travels as source text: it runs here, not in Node.
      const flatten = new Function(`return (${flattenSource})`)();
      const el = document.querySelector('usce-compare');
      return {
        html: flatten(el),
        height: el.getBoundingClientRect().height,
        remPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
      };
    }, flattenInBrowser.toString());
  } finally {
    await context.close();
  }
}

/**
 * Retained memory after creating, attaching and removing `<usce-compare>`
 * elements many times in one page. Garbage is collected (twice: the first
 * pass can leave finalisation work for the second) before each reading, so
 * the numbers are what stays reachable, not what is merely not yet freed.
 * @param {number[]} checkpoints cycle counts to read at, ascending, e.g. [1000, 2000]
 */
export async function measureMemory(browser, url, checkpoints, { batch = 20 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    const read = async (cycles) => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return {
        cycles,
        heapUsed: heap.usedSize,
        heapTotal: heap.totalSize,
        nodes: dom.nodes,
        listeners: dom.jsEventListeners,
        documents: dom.documents,
      };
    };

    const readings = [await read(0)];
    let done = 0;
    for (const target of checkpoints) {
      await page.evaluate(
        async (count, size) => {
          // Widgets are added `size` at a time and each batch is given a frame
          // before removal, so layout, resize and mutation observers run as they
          // would in a page, without paying one frame per widget.
          for (let made = 0; made < count; made += size) {
            const batchEls = [];
            for (let i = 0; i < Math.min(size, count - made); i++) {
              const el = document.createElement('usce-compare');
              el.setAttribute('highlight', 'hands-on');
              document.body.append(el);
              batchEls.push(el);
            }
            for (const el of batchEls) {
              await el.updateComplete;
              // The elements the widget renders inside itself render in their own updates.
              for (const child of el.shadowRoot.querySelectorAll('*'))
                if (child.localName.includes('-')) await child.updateComplete;
            }
            if (!batchEls[0].shadowRoot.querySelector('usce-table')?.shadowRoot?.querySelector('table')) {
              throw new Error('a widget did not render its table');
            }
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            for (const el of batchEls) el.remove();
          }
        },
        target - done,
        batch,
      );
      done = target;
      readings.push(await read(done));
    }
    return readings;
  } finally {
    await context.close();
  }
}

export async function browserVersion(browser) {
  return browser.version();
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
