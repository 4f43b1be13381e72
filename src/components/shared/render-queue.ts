/**
 * Decides when each widget on a page renders its next part, so that a page
 * holding many widgets stays responsive and the reader sees the nearest ones
 * first.
 *
 * A widget asks for one step at a time (one section, say). Steps of widgets
 * on or near the screen run first, one per task, so the browser can paint and
 * answer input between them. Steps of widgets further down wait until the
 * browser is idle, and widgets that take no space (inside `display: none`)
 * come last: they are rendered too in the end, so that find-in-page, printing
 * and `await updateComplete` keep working, but never before anything a reader
 * can see.
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
  /** Renders the step; a promise, when given, settles once the rendering (microtasks included) is done. */
  readonly run: () => void | Promise<unknown>;
}

/** Waiting steps in the order they were asked for: document order at page load. */
const steps: Step[] = [];
/** What the observer last said of each host: near the screen, above it, or taking no space at all. */
const near = new WeakSet<Element>();
const above = new WeakSet<Element>();
const empty = new WeakSet<Element>();
/** Hosts the observer has reported on at least once. */
const seen = new WeakSet<Element>();
const observed = new Set<Element>();

let observer: IntersectionObserver | null | undefined;
let taskPending = false;
let idlePending = false;

/**
 * Asks for `run` to be called once, when `host`'s turn comes. Returns a
 * function that withdraws the request (for a host leaving the page).
 */
export function scheduleStep(host: Element, run: Step['run']): () => void {
  const step: Step = { host, run };
  steps.push(step);
  observe(host);
  pump();
  return () => {
    const index = steps.indexOf(step);
    if (index >= 0) steps.splice(index, 1);
    if (!steps.some((other) => other.host === host)) unobserve(host);
  };
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
  empty.delete(host);
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const host = entry.target;
    seen.add(host);
    if (entry.isIntersecting) near.add(host);
    else near.delete(host);
    const box = entry.boundingClientRect;
    if (box.width === 0 && box.height === 0) empty.add(host);
    else empty.delete(host);
    if (!entry.isIntersecting && box.bottom < (entry.rootBounds?.top ?? 0)) above.add(host);
    else above.delete(host);
  }
  pump();
}

/** Makes sure the next step is on its way: soon if a near host waits, else when idle. */
function pump(): void {
  if (steps.length === 0) return;
  if (steps.some((step) => near.has(step.host))) {
    if (taskPending) return;
    taskPending = true;
    setTimeout(() => {
      taskPending = false;
      runNext(true);
    });
    return;
  }
  if (idlePending || taskPending) return;
  idlePending = true;
  whenIdle(async (timeLeft) => {
    // As many steps as the idle moment has room for, each awaited so its
    // rendering counts against that room: every step put off to a frame of
    // its own would cost a page layout of its own. It all stays one task.
    do await runOne(pickFar());
    while (steps.length > 0 && timeLeft() > 0 && !steps.some((step) => near.has(step.host)));
    idlePending = false;
    pump();
  });
}

function runNext(nearOnly: boolean): void {
  void runOne(nearOnly ? steps.find((s) => near.has(s.host)) : pickFar());
  pump();
}

async function runOne(step: Step | undefined): Promise<void> {
  if (!step) return;
  steps.splice(steps.indexOf(step), 1);
  if (!steps.some((other) => other.host === step.host)) unobserve(step.host);
  try {
    await step.run();
  } catch (error) {
    // One widget's failure must not stop the others' turns.
    reportLater(error);
  }
}

/**
 * Near first; then hosts below the screen, where the reader is heading;
 * then those above it, whose growth would push the page the reader is
 * looking at down in browsers without scroll anchoring; then hosts that take
 * no space. Each group in order of asking.
 */
function pickFar(): Step | undefined {
  const takesSpace = (s: Step) => !empty.has(s.host);
  return (
    steps.find((s) => near.has(s.host)) ??
    steps.find((s) => takesSpace(s) && !above.has(s.host)) ??
    steps.find(takesSpace) ??
    steps[0]
  );
}

/** Calls back when the browser is idle, with a function telling the time left in that idle moment (ms). */
function whenIdle(callback: (timeLeft: () => number) => Promise<void>): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback((deadline) => void callback(() => deadline.timeRemaining()), { timeout: IDLE_TIMEOUT_MS });
  } else {
    // Without idle callbacks (Safari): a short pause, then one step.
    setTimeout(() => void callback(() => 0), 50);
  }
}

function reportLater(error: unknown): void {
  // Logged, not thrown: a widget must never raise an error into the host page.
  console.error('[usce] a deferred render step failed:', error);
}
