import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Finds the solid colour the host page paints behind the widget and keeps
 * it in `value`, asking the host to re-render when it changes. The table's
 * sticky first column needs an opaque background, and the widget must not
 * assume a white page.
 *
 * Reading computed styles forces the browser to bring style and layout up
 * to date, so every instance on the page is looked at together, once, in the
 * next animation frame (which still comes before the first paint). It looks
 * again when the page's colour scheme preference changes and when the root
 * or body element changes class, style or a data-theme attribute, which is
 * how most blog themes switch to dark. `--usce-background` set by the
 * embedder wins over whatever is detected.
 */
export class HostBackgroundController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  /** A CSS colour: the page's background behind the host, or `Canvas` when none is found. */
  value = 'Canvas';
  /** Whether `value` has been looked up at least once. */
  private detected = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
    controllers.set(host, this);
  }

  hostConnected(): void {
    // The server renders for no page in particular: the browser looks when it takes over.
    if (isServer) return;
    // Inside a widget that has looked already, its answer holds from the first render.
    const owner = this.owner();
    if (owner?.detected) this.value = owner.value;
    watch(this, this.host.ownerDocument);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** The controller of the outermost widget this host sits inside, if any. */
  private owner(): HostBackgroundController | undefined {
    const outer = outsideOurElements(this.host);
    return outer === this.host ? undefined : controllers.get(outer);
  }

  /** True when the detected background is dark, so accents should be light. */
  get isDark(): boolean {
    return luminance(this.value) < 0.2;
  }

  /** Looks now; called for every queued instance in one animation frame. */
  detect(): void {
    if (!this.host.isConnected) return;
    // Inside another of our widgets (the table inside <usce-compare>), the
    // outer widget has looked already (it connected, and so queued, first):
    // its answer is ours, and no style needs reading.
    const owner = this.owner();
    const colour = owner ? owner.value : findBackground(this.host);
    this.detected = true;
    if (colour === this.value) return;
    this.value = colour;
    this.host.requestUpdate();
  }
}

// Shared by every instance: one queue, one animation frame, one observer.
const controllers = new WeakMap<Element, HostBackgroundController>();
const connected = new Set<HostBackgroundController>();
const queued = new Set<HostBackgroundController>();
let frame = 0;
let stopWatching: (() => void) | null = null;

function queue(controller: HostBackgroundController, view: Window | null): void {
  queued.add(controller);
  if (frame !== 0 || !view) return;
  frame = view.requestAnimationFrame(() => {
    frame = 0;
    const batch = [...queued];
    queued.clear();
    for (const item of batch) item.detect();
  });
}

function watch(controller: HostBackgroundController, doc: Document): void {
  connected.add(controller);
  const view = doc.defaultView;
  queue(controller, view);
  if (stopWatching) return;
  const again = () => {
    for (const item of connected) queue(item, view);
  };
  const observer = new MutationObserver(again);
  for (const el of [doc.documentElement, doc.body]) {
    if (el) observer.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  }
  const media = view?.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener?.('change', again);
  stopWatching = () => {
    observer.disconnect();
    media?.removeEventListener?.('change', again);
  };
}

function unwatch(controller: HostBackgroundController): void {
  connected.delete(controller);
  queued.delete(controller);
  if (connected.size === 0 && stopWatching) {
    stopWatching();
    stopWatching = null;
  }
}

/** The first opaque background colour at or above `el`, crossing shadow roots; Canvas if none. */
export function findBackground(el: Element): string {
  const view = el.ownerDocument.defaultView;
  let node: Element | null = outsideOurElements(el);
  while (node && view) {
    const colour = view.getComputedStyle(node).backgroundColor;
    if (colour && !isTransparent(colour)) return colour;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return 'Canvas';
}

/**
 * The element itself, or, for an element inside one of our widgets (the
 * table inside <usce-compare>), the outermost such widget. Nothing inside a
 * widget paints behind a section, and reading styles there is costly: the
 * widget is a size container, so the browser must lay the page out first.
 */
function outsideOurElements(el: Element): Element {
  let node = el;
  for (;;) {
    const host = (node.getRootNode() as Partial<ShadowRoot>).host;
    if (!host || !host.localName.startsWith('usce-')) return node;
    node = host;
  }
}

function isTransparent(colour: string): boolean {
  if (colour === 'transparent') return true;
  // rgba(r, g, b, a) or color(srgb r g b / a): a zero alpha means nothing is painted.
  const alpha = /[,/]\s*([\d.]+)\s*\)$/.exec(colour);
  return alpha !== null && Number(alpha[1]) === 0;
}

/**
 * Relative luminance (0 black to 1 white) of a computed CSS colour such as
 * `rgb(21, 23, 26)` or `color(srgb 0.1 0.1 0.1)`; 1 when it cannot be read,
 * so an unknown background counts as light.
 */
export function luminance(colour: string): number {
  const numbers = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  if (numbers.length < 3) return 1;
  const scale = colour.startsWith('color(') ? 1 : 255;
  const [r = 0, g = 0, b = 0] = numbers.slice(0, 3).map((n) => {
    const c = n / scale;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * With the default theme, lightens the accent on a dark page so badges,
 * borders and the progress bar keep their contrast. The values are set as
 * private `--_theme-*` properties on the host, below any `--usce-accent` the
 * embedder sets, and removed again on a light page or with an explicit theme.
 */
export function adaptAccent(host: HTMLElement, background: HostBackgroundController, theme: string | null): void {
  const auto = theme === null || theme === '' || theme === 'auto' || !['light', 'dark'].includes(theme);
  if (auto && background.isDark) {
    host.style.setProperty('--_theme-accent', '#5fd3b0');
    host.style.setProperty('--_theme-accent-contrast', '#06201a');
  } else if (host.style.getPropertyValue('--_theme-accent')) {
    host.style.removeProperty('--_theme-accent');
    host.style.removeProperty('--_theme-accent-contrast');
    if (host.style.length === 0) host.removeAttribute('style');
  }
}
