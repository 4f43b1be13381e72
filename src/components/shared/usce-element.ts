import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { adaptAccent, HostBackgroundController } from '../../controllers/host-background.js';
import { ServerRootController, type ScheduleTurn } from '../../controllers/server-root.js';

/**
 * What the four elements share and nothing more: they take over markup the
 * server rendered (the pre-rendered snippet), find the page's background
 * behind them, and adapt their accent to it after each render. Each element
 * file keeps only its own properties and rendering.
 *
 * A plain class (no mixin), so the custom-elements manifest and
 * lit-analyzer read each element as they read any LitElement.
 */
export abstract class UsceElement extends LitElement {
  /** The page's background behind the element, looked up before the first paint. */
  protected readonly background = new HostBackgroundController(this);
  /** Keeps pre-rendered markup painted until the element's turn to take it over. */
  protected readonly serverRoot: ServerRootController;
  /** True from taking over a server-rendered root until an element says it is done with it. */
  protected tookOverServerRoot = false;

  /**
   * Set by `<usce-compare>` while an element it has just added waits for its
   * first render: adding it and rendering it take a turn each.
   * @internal
   */
  @property({ attribute: false }) held = false;
  /** What changed while the element was held, for the update that ends the hold. */
  private heldChanges: Map<PropertyKey, unknown> | null = null;

  /**
   * `schedule` gives the take-over its turn; by default, the next task.
   * `Root` takes it over: in one task, or in stages (StagedServerRoot).
   */
  constructor(schedule?: ScheduleTurn, Root: typeof ServerRootController = ServerRootController) {
    super();
    this.serverRoot = new Root(this, { schedule, sameMarkup: () => this.sameServerMarkup() });
  }

  /**
   * Whether the server's markup has the structure this element renders, so
   * a focused element can be found in it again by position.
   */
  protected sameServerMarkup(): boolean {
    return true;
  }

  /**
   * The `theme` the accent follows: `null` for the elements that have no
   * `theme` attribute and always follow the page.
   */
  protected get accentTheme(): string | null {
    return null;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const kept = this.serverRoot.keep();
    this.tookOverServerRoot = kept !== null;
    return kept ?? super.createRenderRoot();
  }

  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- ReactiveElement's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.serverRoot.pending) return super.scheduleUpdate();
    return this.serverRoot.turn().then(() => super.scheduleUpdate());
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.held) {
      // Lit forgets the changes of a skipped update; the first render must see them all.
      this.heldChanges ??= new Map();
      for (const [key, old] of changed) if (!this.heldChanges.has(key)) this.heldChanges.set(key, old);
      return false;
    }
    const all = changed as Map<PropertyKey, unknown>;
    for (const [key, old] of this.heldChanges ?? []) if (!all.has(key)) all.set(key, old);
    this.heldChanges = null;
    return super.shouldUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    adaptAccent(this, this.background, this.accentTheme);
  }
}
