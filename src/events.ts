/**
 * Every event the widget fires, with its detail type. All of them bubble and
 * are composed, so a host page can listen on the element or on `document`.
 * None is fired by a property set in code: they report what a reader did.
 */
import type { ContentProblem, TypeId } from './content/types.js';
import type { QuizAnswer } from './content/quiz-types.js';

/** `usce-quiz-start`: the reader answered the first question of a new run. */
export interface QuizStartDetail {
  /** Number of questions in the quiz. */
  total: number;
}

/** `usce-quiz-answer`: the reader chose an answer. */
export interface QuizAnswerDetail {
  questionId: string;
  optionId: string;
  /** 1-based number of the question. */
  step: number;
}

/**
 * `usce-quiz-complete`: the reader reached the result. The same values go to
 * the partner's slotted form fields: `data-usce-fill="top"` receives `top`,
 * `"ranking"` the ranking joined with commas, `"answers"` the `code`.
 */
export interface QuizCompleteDetail {
  /** The four type ids, first choice first. */
  ranking: TypeId[];
  /** The suggested type: the first one, or null when none is possible now (no `action-*` slot shows then). */
  top: TypeId | null;
  /** The answers given, in question order. */
  answers: QuizAnswer[];
  /** The answers as a compact code, the one a share link carries (`v1.z77m.341-1-0-`). */
  code: string;
  /** True when the result was opened from a share link or remembered answers rather than answered now. */
  restored: boolean;
}

/**
 * `usce-action-shown`: the partner's own action for the suggested type (the
 * content of the `action-<type id>` slot) became visible on the result.
 * Fired once each time a result shows it, not when no element fills the slot.
 */
export interface ActionShownDetail {
  /** The suggested type. */
  type: TypeId;
  /** The slot shown: `action-<type id>`. */
  slot: string;
  /** True when the result was opened from a share link or remembered answers. */
  restored: boolean;
}

/** `usce-quiz-restart`: the reader started the quiz again. */
export type QuizRestartDetail = Record<string, never>;

/**
 * `usce-show-type`: the reader asked to see a type in the table or the cards,
 * from a link in the quiz result. `<usce-compare>` handles it by scrolling to
 * that place; a host page may handle it when the quiz stands alone.
 */
export interface ShowTypeDetail {
  type: TypeId;
  section: 'table' | 'cards';
}

/**
 * `usce-content-error`: a content override could not be used, so the
 * built-in content is shown. Fired by `<usce-compare>` or `<usce-quiz>`.
 */
export interface ContentErrorDetail {
  /** Every problem found, each with the path of the offending value. */
  problems: ContentProblem[];
  /** Where the override came from. */
  source: 'property' | 'inline' | 'url';
  /** The `content-src` URL, when the source is `url`. */
  url?: string;
}

/**
 * `usce-cta-click`: the reader followed a call to action. Cancelable: call
 * `preventDefault()` to handle the navigation yourself.
 */
export interface CtaClickDetail {
  /** The type the call to action belongs to, or null for a general one. */
  type: TypeId | null;
  /** The link followed, with any campaign parameters. */
  href: string;
  /** Where it was shown. */
  placement: 'card' | 'quiz';
}

/** Event names mapped to their detail types. */
export interface UsceEventDetails {
  'usce-show-type': ShowTypeDetail;
  'usce-content-error': ContentErrorDetail;
  'usce-cta-click': CtaClickDetail;
  'usce-quiz-start': QuizStartDetail;
  'usce-quiz-answer': QuizAnswerDetail;
  'usce-quiz-complete': QuizCompleteDetail;
  'usce-quiz-restart': QuizRestartDetail;
  'usce-action-shown': ActionShownDetail;
}

/** Dispatches one of our events from `target`: bubbling, composed, typed. */
export function fire<K extends keyof UsceEventDetails>(
  target: EventTarget,
  name: K,
  detail: UsceEventDetails[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, ...options }));
}

/** Each event name mapped to the event a listener receives. */
export type UsceEventMap = { [K in keyof UsceEventDetails]: CustomEvent<UsceEventDetails[K]> };

declare global {
  // Listeners on our elements, and on document (the events bubble and are composed), are typed.
  interface HTMLElementEventMap extends UsceEventMap {}
  interface DocumentEventMap extends UsceEventMap {}
}
