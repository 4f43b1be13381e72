/**
 * The quiz schema: its questions, the effect of each answer, its fixed
 * interface strings, and the shapes of answers and results. The built-in quiz
 * lives in `quiz-questions.ts`; `score.ts` turns answers into a result.
 *
 * This module is types and constants only: no DOM, no lit.
 */

import type { TypeId } from './type-ids.js';

/**
 * Narrows an effect to some combinations of answers. `anyOf` holds when the
 * question was answered with one of the listed options; `noneOf` holds when
 * it was not (a skipped question counts as "none of them"), which lets data
 * give a cautious default for readers who skipped the question.
 */
export type Condition = { question: string; anyOf: string[] } | { question: string; noneOf: string[] };

/** Fields every effect may carry. */
interface EffectBase {
  /** Every condition must hold for the effect to apply; none means always. */
  when?: Condition[];
}

/** Raises or lowers one type's score, and says why in words the reader sees. */
export interface ScoreEffect extends EffectBase {
  kind: 'score';
  type: TypeId;
  /** A small whole number; negative lowers the score. */
  points: number;
  /** Why, addressed to the reader ("You have months ahead, …"). */
  reason: string;
}

/**
 * Rules a type out for now: it is ranked after every possible type and kept
 * out of the "now" part of the plan, but stays in the plan as a later step.
 */
export interface RuleOutEffect extends EffectBase {
  kind: 'rule-out';
  type: TypeId;
  /** Why the type is not possible now. */
  reason: string;
  /**
   * What would make it possible, written so it reads both under "What would
   * change that" and as the opening of a later plan step ("Once you …").
   */
  unlockedBy: string;
}

/**
 * Says how this reader would do a type (a clerkship rather than an
 * externship, research done remotely). Shown in the plan step for the type,
 * in place of the type's default step text.
 */
export interface PlanEffect extends EffectBase {
  kind: 'plan';
  type: TypeId;
  text: string;
  /**
   * True to suggest the type alongside the first choice now, whatever its
   * rank, as long as it is possible now.
   */
  alongside?: boolean;
}

/** A piece of general advice for the plan, not tied to one type. */
export interface TipEffect extends EffectBase {
  kind: 'tip';
  text: string;
}

/** What choosing an option does to the result. */
export type Effect = ScoreEffect | RuleOutEffect | PlanEffect | TipEffect;

/** The kinds of {@link Effect}, for validation. */
export const EFFECT_KINDS = ['score', 'rule-out', 'plan', 'tip'] as const satisfies readonly Effect['kind'][];

/** One answer the reader can give. */
export interface Option {
  /** Stable id, unique within its question; used in share codes and reasons. */
  id: string;
  label: string;
  /** May be empty: an answer can leave every type as it is. */
  effects: Effect[];
}

/** One question of the quiz. */
export interface Question {
  /** Stable id, unique within the quiz. */
  id: string;
  prompt: string;
  /** A line of help under the prompt. */
  help?: string;
  /** True when the reader may skip the question. */
  optional?: boolean;
  /** At least two, and at most {@link MAX_OPTIONS}. */
  options: Option[];
}

/**
 * The most options a question may have: a share code stores each answer as
 * one base-36 character.
 */
export const MAX_OPTIONS = 36;

/**
 * Ordering advice that holds whatever the answers: when both types are
 * possible now, `type` is never ranked above `staysBelow`. The built-in quiz
 * uses it to keep research behind hands-on work, which research does not
 * replace: when the rule applies, `type` drops to one point below
 * `staysBelow`, so the move never shows as a tie.
 */
export interface OrderRule {
  type: TypeId;
  staysBelow: TypeId;
  /** Added to the reasons of `type` when the rule changes its place. */
  reason: string;
}

/**
 * Every fixed string of the quiz and its result view. Strings with `{name}`
 * placeholders are filled by `format()` in `content/select.ts`; the
 * placeholders each string must keep are listed in {@link QUIZ_UI_PLACEHOLDERS}.
 */
export interface QuizUi {
  heading: string;
  intro: string;
  /**
   * Shown in a pre-rendered snippet where the quiz will be, until the page's
   * script has rendered it (the server leaves the quiz itself out).
   */
  startsWithScript: string;
  /** Placeholders: {n}, {total}. */
  progress: string;
  /** Marks a question the reader may skip. */
  optionalLabel: string;
  next: string;
  back: string;
  skip: string;
  seeResult: string;
  /** Shown when the reader moves on from a question that must be answered. */
  chooseAnswer: string;
  restart: string;
  resultHeading: string;
  suggestion: string;
  /** Shown instead of a suggestion when no type is possible now. */
  noSuggestion: string;
  /**
   * Placeholders: {first}, {second}. Shown under the suggestion when other
   * types came out level with it, so a tie is not settled silently.
   */
  closeCall: string;
  why: string;
  /** Shown under "Why" when no answer changed a type. */
  noReasons: string;
  /** Placeholders: {answer}, the labels of the answers behind a reason. */
  becauseAnswer: string;
  fullRanking: string;
  /** Placeholders: {rank}, {type}. */
  rankItem: string;
  /** Placeholders: {score}. */
  scoreLabel: string;
  notPossibleNow: string;
  whatWouldChange: string;
  plan: string;
  planNow: string;
  planNext: string;
  /** Heading of the general advice under the plan. */
  planTips: string;
  /**
   * Heading of the protective warnings, which come from the package itself
   * (`eligibility.ts`), not from the content, so an override cannot remove them.
   */
  warnings: string;
  /** Placeholders: {type}. Marks a step suggested alongside the first choice. */
  alongside: string;
  share: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  /** Prints the result and plan on a clean page. */
  print: string;
  /** Copies the plan as plain text. */
  copyPlan: string;
  planCopied: string;
  /** Shown when the clipboard refused: the plan is selected in a box below for the reader to copy. */
  copyPlanManual: string;
  /** Label of the box that holds the plan as text. */
  planAsText: string;
  /** Placeholders: {url}. Closes the copied plan with the page it came from. */
  planFrom: string;
  restoreFailed: string;
  /** Shown when some given answers were not recognised and were left out. */
  ignoredAnswers: string;
  caveat: string;
  seeInTable: string;
  seeCard: string;
}

/**
 * The placeholders each {@link QuizUi} string must keep. A `Record` over the
 * interface's keys makes the compiler flag any string added to the schema but
 * not here.
 */
export const QUIZ_UI_PLACEHOLDERS: Readonly<Record<keyof QuizUi, readonly string[]>> = {
  heading: [],
  intro: [],
  startsWithScript: [],
  progress: ['n', 'total'],
  optionalLabel: [],
  next: [],
  back: [],
  skip: [],
  seeResult: [],
  chooseAnswer: [],
  restart: [],
  resultHeading: [],
  suggestion: [],
  noSuggestion: [],
  closeCall: ['first', 'second'],
  why: [],
  noReasons: [],
  becauseAnswer: ['answer'],
  fullRanking: [],
  rankItem: ['rank', 'type'],
  scoreLabel: ['score'],
  notPossibleNow: [],
  whatWouldChange: [],
  plan: [],
  planNow: [],
  planNext: [],
  planTips: [],
  warnings: [],
  alongside: ['type'],
  share: [],
  copyLink: [],
  copied: [],
  copyFailed: [],
  print: [],
  copyPlan: [],
  planCopied: [],
  copyPlanManual: [],
  planAsText: [],
  planFrom: ['url'],
  restoreFailed: [],
  ignoredAnswers: [],
  caveat: [],
  seeInTable: [],
  seeCard: [],
};

/** The whole quiz: content, like the comparison's text. */
export interface QuizContent {
  ui: QuizUi;
  questions: Question[];
  /** The plan step shown for each type when no answer gives a more specific one. */
  steps: Record<TypeId, string>;
  orderRules: OrderRule[];
}

/** One answer: which option was chosen for which question. */
export interface QuizAnswer {
  questionId: string;
  optionId: string;
}

/**
 * The reader's answers, in any order. A question with no entry is skipped.
 * When a question appears twice the later entry wins, as a reader who goes
 * back and changes an answer would expect.
 */
export type QuizAnswers = readonly QuizAnswer[];

/** An answer that `score()` left out, and why. */
export interface IgnoredAnswer {
  answer: QuizAnswer;
  reason: 'unknown-question' | 'unknown-option' | 'replaced';
}

/** One reason behind a type's score. */
export interface Reason {
  text: string;
  /** What it added to the score; 0 for a note that changes nothing. */
  points: number;
  /** The answers that caused it, the deciding answer first. */
  because: QuizAnswer[];
}

/** Why a type is not possible now, and what would change that. */
export interface Blocker {
  reason: string;
  unlockedBy: string;
  because: QuizAnswer[];
}

/** One type in the ranking. */
export interface RankedType {
  type: TypeId;
  /** 1 for the first. */
  rank: number;
  score: number;
  possibleNow: boolean;
  reasons: Reason[];
  /** Empty when the type is possible now. */
  blockers: Blocker[];
}

/** One step of the plan. */
export interface PlanStep {
  type: TypeId;
  /** How to go about it, one sentence each. */
  text: string[];
  /** True for a step suggested alongside the first choice. */
  alongside: boolean;
  /** For a type not possible now: what must change first. Empty otherwise. */
  once: string[];
  /** The answers behind the step's text or its place in the plan. */
  because: QuizAnswer[];
}

/** A piece of general advice, with the answer that prompted it. */
export interface PlanTip {
  text: string;
  because: QuizAnswer[];
  /** Where to check it (the package's warnings only). */
  source?: { title: string; url: string };
}

/** The combined plan: what to do now, and what to do next or later. */
export interface QuizPlan {
  now: PlanStep[];
  next: PlanStep[];
  tips: PlanTip[];
}

/** Everything the result view shows, derived from the answers alone. */
export interface QuizResult {
  /** The first type in the ranking, or null when none is possible now. */
  suggestion: TypeId | null;
  /**
   * The possible types that scored the same as the suggestion, the suggestion
   * first, when there are at least two; empty when the suggestion leads alone.
   */
  closeCall: TypeId[];
  /** All four types, possible ones first, each once. */
  ranking: RankedType[];
  /** The types not possible now, in ranking order. */
  notPossibleNow: { type: TypeId; blockers: Blocker[] }[];
  plan: QuizPlan;
  /**
   * The protective warnings that apply to this reader (fees and brokers,
   * state law, visas): from the package's own table, never from content.
   */
  warnings: PlanTip[];
  /** The answers that were used, in question order. */
  answers: QuizAnswer[];
  /** Ids of the questions with no answer, in question order. */
  skipped: string[];
  ignored: IgnoredAnswer[];
  /** The reminder that programs' requirements differ. */
  caveat: string;
}
