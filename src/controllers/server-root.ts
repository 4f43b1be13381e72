import { adoptStyles, type LitElement, type ReactiveController } from 'lit';

/** Asks for `run` to be called at `host`'s turn; returns a function that withdraws the request. */
export type ScheduleTurn = (host: Element, run: () => Promise<unknown>) => () => void;

/** Without a render queue (an element used alone): the next task. */
const nextTask: ScheduleTurn = (_host, run) => {
  const id = setTimeout(() => void run());
  return () => clearTimeout(id);
};

/** Server-filled roots not yet taken over: the elements inside them wait for their widget instead. */
const pendingRoots = new WeakSet<ShadowRoot>();

/**
 * Takes over a shadow root the server already filled: the pre-rendered
 * snippet (`npx usce-compare snippet`) arrives as declarative shadow DOM, so
 * the widget is painted, readable and searchable before any script runs.
 *
 * The pre-rendered markup is replaced rather than hydrated: hydration would
 * put lit's hydration support into every reader's download for a saving the
 * reader never sees. What makes the swap invisible is that it happens in one
 * task: the root is emptied and the first render (the whole widget, and the
 * first renders of the elements inside it, all microtasks) done before the
 * browser can paint again. Until then the server's markup stays as it is,
 * so nothing is ever painted blank.
 *
 * The swap waits for this element's turn (`<usce-compare>` passes the
 * render queue's): on a page with many pre-rendered widgets, each swap is
 * one task of its own, nearest first, and widgets further down swap while
 * the browser is idle. Elements inside a pre-rendered widget do nothing at
 * all: their widget's swap removes them, and renders new ones.
 *
 * Focus is kept: an element the reader focused in the server's markup is
 * found again, by its position, in the new render and focused.
 */
export class ServerRootController implements ReactiveController {
  protected readonly host: LitElement;
  /** The root the server filled, until the host's first render replaces its content. */
  private root: ShadowRoot | null = null;
  private release: (() => void) | null = null;
  private cancel: (() => void) | null = null;

  private readonly schedule: ScheduleTurn;
  /** Whether the server's markup has the structure the host renders, so focus can be found in it by position. */
  private readonly sameMarkup: () => boolean;

  constructor(host: LitElement, options: { schedule?: ScheduleTurn; sameMarkup?: () => boolean } = {}) {
    this.host = host;
    this.schedule = options.schedule ?? nextTask;
    this.sameMarkup = options.sameMarkup ?? (() => true);
    host.addController(this);
  }

  /** True while the server's markup is still showing. */
  get pending(): boolean {
    return this.root !== null;
  }

  /**
   * Call from `createRenderRoot()`: the root the server filled, left as it
   * is for now, or null when there is none (then attach one as usual).
   */
  keep(): ShadowRoot | null {
    this.root = this.host.shadowRoot ?? null;
    if (this.root) pendingRoots.add(this.root);
    return this.root;
  }

  /**
   * Call from `scheduleUpdate()` while `pending`: resolves at the host's
   * turn, with the server's markup gone and the host's styles in place, for
   * the first render to follow at once.
   */
  turn(): Promise<void> {
    return new Promise((resolve) => {
      this.release = resolve;
      this.queue();
    });
  }

  hostConnected(): void {
    // Back on the page before its turn came: ask again.
    if (this.release && !this.cancel) this.queue();
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = null;
  }

  private queue(): void {
    const around = this.host.getRootNode();
    if (around instanceof ShadowRoot && pendingRoots.has(around)) return;
    this.cancel = this.schedule(this.host, () => {
      this.cancel = null;
      this.swap();
      return this.turnDone();
    });
  }

  private swap(): void {
    const root = this.root;
    const release = this.release;
    if (!root || !release) return;
    this.root = null;
    this.release = null;
    if (this.sameMarkup() && this.stage(root)) {
      release();
      return;
    }
    pendingRoots.delete(root);
    const focused = this.sameMarkup() ? focusPath(root) : null;
    const { scrollX: x, scrollY: y } = window;
    root.replaceChildren();
    adoptStyles(root, (this.host.constructor as typeof LitElement).elementStyles);
    release();
    void this.settle(root, focused, x, y);
  }

  /**
   * Where a subclass may keep the server's markup beside the host's render
   * (see StagedServerRoot), with the host's styles adopted; true if it did.
   */
  protected stage(_root: ShadowRoot): boolean {
    return false;
  }

  /** What the take-over's turn in the queue waits for: by default the host's whole update. */
  protected turnDone(): Promise<unknown> {
    return this.host.updateComplete;
  }

  /** Settles once the host and the elements in its root have rendered. */
  protected async rendered(root: ShadowRoot): Promise<void> {
    await this.host.updateComplete;
    const parts = root.querySelectorAll<LitElement>('usce-table, usce-cards, usce-quiz');
    await Promise.all([...parts].map((part) => part.updateComplete));
  }

  /**
   * Once the new render is complete (still in the same task): focus back
   * where it was, and the page scrolled where it was. Firefox and WebKit
   * move the scroll position while the widget is swapped; nothing is painted
   * in between, so putting it back is invisible.
   */
  protected async settle(root: ShadowRoot, focused: Array<number | null> | null, x: number, y: number): Promise<void> {
    await this.rendered(root);
    if (focused) refocus(root, focused);
    if (window.scrollX !== x || window.scrollY !== y) window.scrollTo(x, y);
  }
}

/**
 * A take-over in stages, for an element that renders in turns: at its turn
 * the server's markup stays where it is and the host renders beside it,
 * hidden (no style or layout to pay), one part per turn; once the host's
 * render is whole it calls `finish()`, which removes the server's markup in
 * the same task as the host shows its own. So the work comes in several
 * smaller tasks instead of one, and nothing is ever painted blank or twice.
 * Elements inside the server's markup stay inert, since its root stays
 * pending until then.
 */
export class StagedServerRoot extends ServerRootController {
  /** The server's nodes left in place beside the host's render, until `finish()`. */
  private serverNodes: ChildNode[] | null = null;
  /** The page's scroll position as an update during a staged take-over began. */
  private scrollBefore: [number, number] | null = null;
  /** Settles after the host's first update beside the server's markup. */
  private firstUpdate: Promise<void> | null = null;
  private firstUpdateDone: (() => void) | null = null;

  hostUpdate(): void {
    this.scrollBefore = this.staging ? [window.scrollX, window.scrollY] : null;
  }

  /**
   * WebKit and Firefox move the page while an update adds to a root that
   * still holds the server's markup; nothing is painted in between, so
   * putting it back is invisible. The reader cannot scroll during an update.
   */
  hostUpdated(): void {
    this.firstUpdateDone?.();
    this.firstUpdateDone = null;
    const before = this.scrollBefore;
    this.scrollBefore = null;
    if (before && (window.scrollX !== before[0] || window.scrollY !== before[1])) window.scrollTo(before[0], before[1]);
  }

  /** True while the host renders beside the server's markup, which still shows. */
  get staging(): boolean {
    return this.serverNodes !== null;
  }

  /** Whether `node` is part of the server's markup kept beside the host's render. */
  holds(node: Node): boolean {
    return this.serverNodes?.some((server) => server.contains(node)) ?? false;
  }

  protected override stage(root: ShadowRoot): boolean {
    this.serverNodes = [...root.childNodes];
    this.firstUpdate = new Promise((resolve) => (this.firstUpdateDone = resolve));
    adoptStyles(root, (this.host.constructor as typeof LitElement).elementStyles);
    return true;
  }

  /** The host's later parts take turns of their own: its take-over turn ends with its first render. */
  protected override turnDone(): Promise<unknown> {
    return (this.staging && this.firstUpdate) || super.turnDone();
  }

  /**
   * Ends a staged take-over: removes the server's nodes. The host shows its
   * own render in the same task, so nothing is painted in between; focus
   * and scroll are put back as in a take-over in one task.
   */
  finish(): void {
    const nodes = this.serverNodes;
    const root = this.host.shadowRoot;
    if (!nodes || !root) return;
    this.serverNodes = null;
    // Server nodes come first in the root, so positions found in them hold once they are gone.
    const focused = focusPath(root);
    const { scrollX: x, scrollY: y } = window;
    // Disclosures the reader opened while the server's markup showed open again in the live render.
    const opened = disclosures(nodes)
      .map((details, index) => (details instanceof HTMLDetailsElement && details.open ? index : -1))
      .filter((index) => index >= 0);
    const anchor = anchorIn(widgetIn(nodes), this.host);
    for (const node of nodes) node.remove();
    pendingRoots.delete(root);
    void this.reopenThenSettle(root, focused, x, y, opened, anchor);
  }

  private async reopenThenSettle(
    root: ShadowRoot,
    focused: Array<number | null> | null,
    x: number,
    y: number,
    opened: number[],
    anchor: Anchor,
  ): Promise<void> {
    await this.rendered(root);
    reopen(root, opened);
    // The server leaves out the quiz, whose place only roughly holds its
    // height: the page is scrolled by what moved above the reader's view.
    const moved = anchorTop(widgetIn(root.children), this.host, anchor.index) - anchor.top;
    await this.settle(root, focused, x, y + (Number.isFinite(moved) ? moved : 0));
  }
}

/** What to hold still across a staged swap: a widget part by position, or (-1) the host's bottom edge; `top` is its page offset. */
interface Anchor {
  index: number;
  top: number;
}

function widgetIn(nodes: Iterable<Node>): Element | null {
  for (const node of nodes) if (node instanceof Element && node.matches('section.widget')) return node;
  return null;
}

/**
 * The first of the widget's parts not wholly above the viewport (it or
 * anything below it is what the reader sees), or the host's bottom edge
 * when the whole widget is above.
 */
function anchorIn(widget: Element | null, host: Element): Anchor {
  const parts = widget ? [...widget.children] : [];
  for (const [index, part] of parts.entries()) {
    const box = part.getBoundingClientRect();
    if (box.bottom > 0) return { index, top: box.top + window.scrollY };
  }
  return { index: -1, top: host.getBoundingClientRect().bottom + window.scrollY };
}

/** The page offset of the anchor at `index` in `widget` (see anchorIn), or NaN if it has no such part. */
function anchorTop(widget: Element | null, host: Element, index: number): number {
  const part = index < 0 ? host : widget?.children[index];
  if (!part) return Number.NaN;
  const box = part.getBoundingClientRect();
  return (index < 0 ? box.bottom : box.top) + window.scrollY;
}

/**
 * The disclosures under `nodes`, through nested shadow roots, in tree order:
 * the server's `<details>`, or the browser's fold buttons, which come in the
 * same order (see shared/fold.ts).
 */
function disclosures(nodes: Iterable<Node>): Element[] {
  const found: Element[] = [];
  const visit = (el: Element) => {
    if (el.localName === 'details' || el.matches('button.fold-toggle, button.card-toggle')) found.push(el);
    if (el.shadowRoot) for (const child of el.shadowRoot.children) visit(child);
    for (const child of el.children) visit(child);
  };
  for (const node of nodes) if (node instanceof Element) visit(node);
  return found;
}

/** Opens the live render's disclosures at `indexes` (see disclosures()) that are closed. */
function reopen(root: ShadowRoot, indexes: number[]): void {
  const live = disclosures(root.children);
  for (const index of indexes) {
    const toggle = live[index];
    if (toggle instanceof HTMLButtonElement && toggle.getAttribute('aria-expanded') === 'false') toggle.click();
  }
}

/**
 * Where the reader's focus is inside `root`: element positions from the
 * root down, with `null` marking a step into a nested shadow root. Style
 * elements are not counted, as the server's markup holds them and the
 * rendered one does not.
 */
function focusPath(root: ShadowRoot): Array<number | null> | null {
  let active = root.activeElement;
  if (!active) return null;
  while (active.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const path: Array<number | null> = [];
  let node: Element = active;
  for (;;) {
    const parent = node.parentNode;
    if (!parent) return null;
    path.unshift(positionIn(parent, node));
    if (parent === root) return path;
    if (parent instanceof ShadowRoot) {
      path.unshift(null);
      node = parent.host;
    } else {
      node = parent as Element;
    }
  }
}

function positionIn(parent: ParentNode, child: Element): number {
  return [...parent.children].filter((el) => el.localName !== 'style').indexOf(child);
}

/**
 * Focuses the element at `path` in the new render, or the first thing that
 * takes focus inside it: where the server's markup has a `<summary>`, the
 * browser's may have a title holding a button (see shared/fold.ts).
 */
function refocus(root: ShadowRoot, path: Array<number | null>): void {
  let parent: ParentNode = root;
  let current: Element | null = null;
  for (const step of path) {
    if (step === null) {
      if (!current?.shadowRoot) return;
      parent = current.shadowRoot;
      continue;
    }
    current = [...parent.children].filter((el) => el.localName !== 'style')[step] ?? null;
    if (!current) return;
    parent = current;
  }
  const target = current?.matches(FOCUSABLE) ? current : current?.querySelector(FOCUSABLE);
  (target as HTMLElement | null | undefined)?.focus({ preventScroll: true });
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
