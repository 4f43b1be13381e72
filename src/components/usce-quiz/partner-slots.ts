import { css, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TypeId } from '../../content/types.js';
import type { QuizResult } from '../../content/quiz-types.js';
import { fire } from '../../events.js';
import { warnOnce } from '../../warn.js';

/**
 * A partner's own elements on the quiz result: an action for the suggested
 * type (`action-<type id>`) beside the suggestion, and anything under the
 * result (`after-result`), such as a lead form. The widget only shows or
 * hides them, by rendering their slot or not; it never reads or rewrites the
 * partner's markup, except the `.value` of form fields that ask for it with
 * `data-usce-fill`. Slotted elements keep the page's own styles.
 */

/** The slot under any result. */
export const AFTER_RESULT_SLOT = 'after-result';

/** The slot for a type's own action, shown when that type is suggested. */
export function actionSlot(type: TypeId): string {
  return `action-${type}`;
}

/** Every slot name partners may fill, for the types in `types`. */
export function partnerSlotNames(types: readonly { id: TypeId }[]): string[] {
  return [...types.map((type) => actionSlot(type.id)), AFTER_RESULT_SLOT];
}

/** What form fields marked `data-usce-fill` receive, by the attribute's value. */
export interface FillValues {
  /** The suggested type id, or '' when none is possible now. */
  top: string;
  /** Every type id, first choice first, joined with commas. */
  ranking: string;
  /** The answers code, the one a share link carries. */
  answers: string;
}

const FILL_KEYS = ['top', 'ranking', 'answers'] as const;

/** What the quiz shows now, as the controller needs it. */
export interface PartnerState {
  /** The values for the fields on a result; null before the result (the fields are emptied). */
  values: FillValues | null;
  /** The type whose action slot is shown, or null. */
  action: TypeId | null;
  restored: boolean;
}

/** The result as `usce-quiz-complete` reports it, with `code` the answers code. */
export function resultValues(result: QuizResult, code: string) {
  return { ranking: result.ranking.map((ranked) => ranked.type), top: result.suggestion, code };
}

/** What the slots show and the fields receive for `result` (undefined before the result). */
export function partnerState(result: QuizResult | undefined, code: string, restored: boolean): PartnerState {
  if (!result) return { values: null, action: null, restored: false };
  const { ranking, top } = resultValues(result, code);
  return { values: { top: top ?? '', ranking: ranking.join(','), answers: code }, action: top, restored };
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const FIELD_TAGS = ['input', 'textarea', 'select'];

/**
 * Keeps the partner's slotted form fields in step with the result, and
 * reports when a type's action becomes visible; the host adds it with
 * `addController()`. Runs after each update of
 * the quiz, and again when slotted content changes (a partner's form may be
 * added after the result shows, or arrive through `<usce-compare>`).
 */
export class PartnerSlotsController implements ReactiveController {
  /** The value this controller last gave each field, so a re-render does not overwrite the reader's edits. */
  private readonly given = new WeakMap<Field, string>();
  /** The action slot last reported as shown; null while none is shown. */
  private reported: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly read: () => PartnerState,
  ) {}

  hostConnected(): void {
    // slotchange bubbles inside the shadow root; a nested <usce-compare> slot signals it here too.
    this.host.renderRoot.addEventListener('slotchange', this.sync);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('slotchange', this.sync);
  }

  hostUpdated(): void {
    this.sync();
  }

  private readonly sync = (): void => {
    // Whatever a partner's page does, the quiz keeps working and nothing is thrown into it.
    try {
      const state = this.read();
      this.fill(state.values);
      this.report(state);
    } catch (error) {
      warnOnce(`could not update the partner's slotted content: ${String(error)}`);
    }
  };

  private fill(values: FillValues | null): void {
    for (const field of this.fields()) {
      const key = field.dataset['usceFill'] ?? '';
      if (!(FILL_KEYS as readonly string[]).includes(key)) {
        warnOnce(`data-usce-fill="${key}" is not known; use one of ${FILL_KEYS.join(', ')}.`);
        continue;
      }
      const value = values ? values[key as keyof FillValues] : '';
      // Written only when the value to give changes, so a reader's edit of a visible field survives re-renders.
      if (this.given.get(field) === value) continue;
      field.value = value;
      this.given.set(field, value);
    }
  }

  private report({ action, restored }: PartnerState): void {
    const slot = action ? actionSlot(action) : null;
    if (slot === this.reported) return;
    // Reported once the slot shows something: a partner's element may arrive after the result.
    if (action && slot && this.assigned(slot).length === 0) return;
    this.reported = slot;
    if (action && slot) fire(this.host, 'usce-action-shown', { type: action, slot, restored });
  }

  /** Elements shown in our rendered slot `name`, through any pass-through slots. */
  private assigned(name: string): Element[] {
    for (const slot of this.host.renderRoot.querySelectorAll('slot')) {
      if (slot.name === name) return slot.assignedElements({ flatten: true });
    }
    return [];
  }

  /**
   * Every `data-usce-fill` field in the partner's content for our named
   * slots, rendered or not: read from the host's children, so fields are
   * reset even while their slot is hidden. A child that is itself a slot
   * (`<usce-compare>` passing content through) stands for what it holds.
   */
  private fields(): Field[] {
    const found: Field[] = [];
    for (const child of this.host.children) {
      const name = child.getAttribute('slot') ?? '';
      if (name !== AFTER_RESULT_SLOT && !name.startsWith('action-')) continue;
      const roots =
        child.localName === 'slot' ? (child as HTMLSlotElement).assignedElements({ flatten: true }) : [child];
      for (const root of roots) {
        for (const el of [root, ...root.querySelectorAll('[data-usce-fill]')]) {
          if (el.hasAttribute('data-usce-fill') && FIELD_TAGS.includes(el.localName)) found.push(el as Field);
        }
      }
    }
    return found;
  }
}

/**
 * For `<usce-compare>`: the partner's elements for the quiz's slots, passed
 * on as they are. Each slot is itself slotted into the quiz under the same
 * name; named from the content's types, so an added type gets its slot too.
 */
export function passThroughSlots(types: readonly { id: TypeId }[]) {
  return partnerSlotNames(types).map((name) => html`<slot name=${name} slot=${name}></slot>`);
}

/** A partner slot: its content is the partner's own, placed here. */
export function renderPartnerSlot(name: string) {
  return html`<slot name=${name}></slot>`;
}

export const partnerSlotStyles = css`
  slot[name]::slotted(*) {
    margin-block-start: var(--_space);
  }
`;
