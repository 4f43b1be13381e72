/** Small readers of what a user sees inside an element's shadow root. */
import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** The shadow root of `el`, failing loudly when there is none. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** Every element matching `selector` in `el`'s shadow root. */
export function all<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

/** The one element matching `selector` in `el`'s shadow root, failing when there is none. */
export function one<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${el.localName}>`);
  return found;
}

/** Visible text with white space folded, as a reader would read it. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the notice that names configuration problems, or '' when none is shown. */
export function noticeText(el: Element): string {
  return text(shadow(el).querySelector('.notice'));
}

/** Collects console.warn calls while `run` runs, then restores console.warn. */
export async function captureWarnings(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

/**
 * Stubs console.warn around each test of the calling `describe` block, so
 * that the warnings a test provokes on purpose are not printed; returns the
 * list of the running test's warnings, for it to assert on.
 */
export function warningsOfEachTest(): string[] {
  const seen: string[] = [];
  let original = console.warn;
  beforeEach(() => {
    seen.length = 0;
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      seen.push(args.map(String).join(' '));
    };
  });
  afterEach(() => {
    console.warn = original;
  });
  return seen;
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every element inside `root`, through shadow roots, in tree order. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/** Every usce-* element at or inside `root`, looking through shadow roots. */
export function usceElements(root: Element): LitElement[] {
  const found: LitElement[] = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el.localName.startsWith('usce-')) found.push(el as LitElement);
    if (el.shadowRoot) for (const child of el.shadowRoot.children) found.push(...usceElements(child));
  }
  return found;
}

/**
 * Waits until `root` and every usce-* element inside it has rendered, and
 * until each table's resize observer has caught up with its layout (an
 * overflowing frame becomes a focusable group one observation later).
 */
export async function settle(root: Element): Promise<void> {
  for (const el of usceElements(root)) await el.updateComplete;
  for (const el of usceElements(root)) await el.updateComplete; // children rendered by a parent's first update
  for (const table of usceElements(root).filter((el) => el.localName === 'usce-table')) {
    const frame = shadow(table).querySelector<HTMLElement>('.frame')!;
    await waitUntil(
      () => frame.scrollWidth > frame.clientWidth + 1 === frame.hasAttribute('tabindex'),
      'the table never noticed whether it overflows',
    );
    await table.updateComplete;
  }
}

/** The region a fold's button opens: the element its `aria-controls` names, in the button's own root. */
export function regionOf(toggle: Element): HTMLElement {
  const id = toggle.getAttribute('aria-controls');
  const region = id ? (toggle.getRootNode() as Document | ShadowRoot).getElementById(id) : null;
  if (!region) throw new Error('not a fold button: it names no region it controls');
  return region;
}

/**
 * Whether the fold that `toggle`, a disclosure button, opens is open. What
 * assistive technology is told (`aria-expanded`) and what the region shows
 * must agree; a mismatch fails the test.
 */
export function isOpen(toggle: Element): boolean {
  const expanded = toggle.getAttribute('aria-expanded');
  if (expanded !== 'true' && expanded !== 'false') throw new Error('not a disclosure button: no aria-expanded');
  const shown = !regionOf(toggle).hasAttribute('hidden');
  if (shown !== (expanded === 'true'))
    throw new Error(`aria-expanded="${expanded}", yet the region is ${shown ? 'shown' : 'hidden'}`);
  return shown;
}

/** Clicks a fold's button as a reader does, then waits for `host` to render the state it keeps. */
export async function clickToggle(toggle: HTMLElement, host: LitElement): Promise<void> {
  toggle.click();
  await host.updateComplete;
}
