import type { ReactiveController, ReactiveElement } from 'lit';
import { isParked, scheduleStep } from './render-queue.js';

/** Whether an element on this page has asked for its first turn; see request(). */
let firstHostStarted = false;

/**
 * Renders an element in parts, one part per turn of the page's render queue
 * (render-queue.ts), so that a page with many widgets stays responsive.
 * `rendered` counts the parts the element may show; each turn adds one and
 * asks the element to update. The element reads `rendered` in `render()`.
 */
export class RenderTurnsController implements ReactiveController {
  /** How many parts have had their turn. */
  rendered = 0;
  private cancel: (() => void) | null = null;
  private waiters: Array<() => void> = [];

  /**
   * @param wanted How many parts the element shows in all.
   * @param settled Settles once the update a turn asked for, and the first
   *   render of anything it added, is done: the queue waits for it before the
   *   next turn.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly wanted: () => number,
    private readonly settled: () => Promise<void>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a move: carry on where it stopped. Before the
    // first update, hostUpdated asks instead.
    if (this.host.hasUpdated) this.request();
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = null;
    this.release();
  }

  hostUpdated(): void {
    this.request();
  }

  /**
   * Settles once every part has rendered (`updateComplete` waits on each
   * update in between), or at once for an element that takes no space (inside
   * `display: none`), which renders nothing until it is shown, or that left
   * the page.
   */
  async allRendered(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let done = await updateComplete();
    while (this.rendered < this.wanted() && this.host.isConnected && !isParked(this.host)) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      done = await updateComplete();
    }
    return done;
  }

  /** Queues the next part's turn, unless one is queued or all parts are shown. */
  private request(): void {
    if (this.cancel || this.rendered >= this.wanted() || !this.host.isConnected) return;
    // The first element on the page goes first without waiting to be seen:
    // on most pages it is the only one, and the reader is looking at it.
    const first = !firstHostStarted;
    firstHostStarted = true;
    this.cancel = scheduleStep(
      this.host,
      () => {
        this.cancel = null;
        this.rendered += 1;
        this.host.requestUpdate();
        this.release();
        return this.settled();
      },
      () => this.release(),
      first,
    );
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
