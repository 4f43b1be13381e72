/**
 * Decides when each widget on a page renders its next part, so that a page
 * holding many widgets stays responsive and the reader sees the nearest ones
 * first.
 *
 * A widget asks for one step at a time (one section, say), and waits until
 * the observer has first reported where it is. Steps of widgets on or near
 * the screen run first, one per task, so the browser can paint and answer
 * input between them. Steps of widgets further down run when the
 * browser is idle (those below the screen before those above it), so that
 * find-in-page and printing find the whole article. Widgets that take no
 * space at all (inside `display: none`) do no work: their steps wait until
 * the widget is shown near the screen.
 *
 * Nothing here measures layout: an IntersectionObserver reports, after the
 * browser's own layout, which widgets are near the screen.
 */

/** How far beyond the screen a widget counts as near: half a screen above and below. */
const NEAR_MARGIN = '50% 0px';

/** Longest wait for an idle moment before a far widget's step runs anyway (ms). */
const IDLE_TIMEOUT_MS = 1000;

interface Step {
  readonly host: Element;
  /** Renders the step; a promise it returns settles once the rendering (microtasks included) is done. */
  readonly run: () => unknown;
  /** Told when the host turns out to take no space, so its step waits. */
  readonly parked?: () => void;
}

/** Waiting steps in the order they were asked for: document order at page load. */
const steps: Step[] = [];
/** What the observer last said of each host: near the screen, above it, or taking no space at all. */
const near = new WeakSet<Element>();
const above = new WeakSet<Element>();
const hidden = new WeakSet<Element>();
/** Hosts the observer has reported on: until then nothing is known of them, and they wait. */
const seen = new WeakSet<Element>();
const observed = new Set<Element>();

let observer: IntersectionObserver | null | undefined;
let taskPending = false;
let idlePending = false;
/**
 * The longest step seen so far (ms), slowly forgotten: an idle moment starts
 * another step only if it still has room for one that long, so a step begun
 * at the end of an idle moment does not make it a long task.
 */
let longestStep = 0;

/**
 * Asks for `run` to be called once, when `host`'s turn comes; `parked` is
 * called if the host is found to take no space, which puts the step off
 * until it is shown. `urgent` treats the host as near before the observer
 * has said so (the first widget on a page). Returns a function that
 * withdraws the request (for a host leaving the page).
 */
export function scheduleStep(host: Element, run: Step['run'], parked?: () => void, urgent = false): () => void {
  const step: Step = { host, run, parked };
  steps.push(step);
  observe(host);
  if (urgent) {
    seen.add(host);
    near.add(host);
  }
  pump();
  return () => {
    const index = steps.indexOf(step);
    if (index >= 0) steps.splice(index, 1);
    if (!steps.some((other) => other.host === host)) unobserve(host);
  };
}

/** True while `host` takes no space, as far as the observer last said: its steps wait. */
export function isParked(host: Element): boolean {
  return hidden.has(host);
}

function getObserver(): IntersectionObserver | null {
  if (observer !== undefined) return observer;
  try {
    observer = new IntersectionObserver(onIntersection, { rootMargin: NEAR_MARGIN });
  } catch {
    // Without an observer every widget counts as near: one step per task still holds.
    observer = null;
  }
  return observer;
}

function observe(host: Element): void {
  if (observed.has(host)) return;
  const io = getObserver();
  if (!io) {
    seen.add(host);
    near.add(host);
    return;
  }
  observed.add(host);
  io.observe(host);
}

function unobserve(host: Element): void {
  if (!observed.delete(host)) return;
  observer?.unobserve(host);
  // A host that comes back is looked at afresh.
  seen.delete(host);
  near.delete(host);
  above.delete(host);
  hidden.delete(host);
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const host = entry.target;
    seen.add(host);
    const box = entry.boundingClientRect;
    if (entry.isIntersecting) near.add(host);
    else near.delete(host);
    if (!entry.isIntersecting && box.bottom < (entry.rootBounds?.top ?? 0)) above.add(host);
    else above.delete(host);
    if (box.width === 0 && box.height === 0 && !entry.isIntersecting) {
      hidden.add(host);
      for (const step of steps) if (step.host === host) step.parked?.();
    } else {
      hidden.delete(host);
    }
  }
  pump();
}

/** Makes sure the next step is on its way: soon if a near host waits, else when idle. */
function pump(): void {
  if (steps.some((step) => near.has(step.host))) {
    if (taskPending) return;
    taskPending = true;
    setTimeout(() => {
      taskPending = false;
      void runOne(steps.find((s) => near.has(s.host)));
      pump();
    });
    return;
  }
  if (idlePending || taskPending || !pickFar()) return;
  idlePending = true;
  whenIdle(async (timeLeft) => {
    // As many steps as the idle moment has room for, each awaited so its
    // rendering counts against that room: every step put off to a frame of
    // its own would cost a page layout of its own. It all stays one task, so
    // a step starts only while the moment has room for the longest seen.
    do {
      const start = performance.now();
      await runOne(pickFar());
      longestStep = Math.max(longestStep * 0.9, performance.now() - start);
    } while (timeLeft() > longestStep && pickFar() && !steps.some((step) => near.has(step.host)));
    idlePending = false;
    pump();
  });
}

/**
 * The next step to run when no near host waits: hosts below the screen,
 * where the reader is heading, before those above it, whose growth would
 * push down the part of the page the reader is looking at in browsers
 * without scroll anchoring. Hidden hosts are never picked. Each group in
 * order of asking.
 */
function pickFar(): Step | undefined {
  const shown = (s: Step) => seen.has(s.host) && !hidden.has(s.host);
  return steps.find((s) => shown(s) && !above.has(s.host)) ?? steps.find(shown);
}

async function runOne(step: Step | undefined): Promise<void> {
  if (!step) return;
  steps.splice(steps.indexOf(step), 1);
  try {
    // Settles after the host has rendered, and so after it asked for its next step, if any.
    await step.run();
  } catch (error) {
    // One widget's failure must not stop the others' turns.
    reportLater(error);
  }
  if (!steps.some((other) => other.host === step.host)) unobserve(step.host);
}

/** Calls back when the browser is idle, with a function telling the time left in that idle moment (ms). */
function whenIdle(callback: (timeLeft: () => number) => Promise<void>): void {
  try {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback((deadline) => void callback(() => deadline.timeRemaining()), { timeout: IDLE_TIMEOUT_MS });
      return;
    }
  } catch {
    // A host page that broke requestIdleCallback gets the fallback below.
  }
  // Without idle callbacks (Safari): a short pause, then one step.
  setTimeout(() => void callback(() => 0), 50);
}

function reportLater(error: unknown): void {
  // Logged, not thrown: a widget must never raise an error into the host page.
  console.error('[usce] a deferred render step failed:', error);
}
