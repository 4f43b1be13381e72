/**
 * Turns quiz answers into a result: the four types ranked with their reasons,
 * the types not possible now, a combined plan and the protective warnings.
 * Pure and deterministic: no DOM, no lit, no randomness, and it never throws
 * on odd answers.
 *
 * The work is split by concern, one function each, in the order `score()`
 * runs them: the answers' effects (`tallyEffects`), the eligibility table
 * (`blockersFor`, in `reader.ts`), the order rules (`applyOrderRules`), the
 * ranking, the plan (`buildPlan`) and the safeguards (`safeguardsFor`).
 * See `README.md` beside this file for how the pieces fit together.
 */

import { ELIGIBILITY, SAFEGUARDS, type EligibilityRule, type Safeguard } from '../content/eligibility.js';
import { TYPE_IDS, type TypeId } from '../content/types.js';
import type {
  Blocker,
  Effect,
  Option,
  OrderRule,
  PlanStep,
  PlanTip,
  Question,
  QuizAnswer,
  QuizAnswers,
  QuizContent,
  QuizPlan,
  QuizResult,
  RankedType,
  Reason,
} from '../content/quiz-types.js';
import { addAnswers, conditionAnswers, conditionHolds, inQuestionOrder, resolveAnswers } from './answers.js';
import { blockersFor, readerOf, safeguardsFor } from './reader.js';

export { describeAnswer, resolveAnswers, type ResolvedAnswers } from './answers.js';

/** The package's own rules: who may do what, and the warnings that always show where they apply. */
export interface ScoreRules {
  eligibility: readonly EligibilityRule[];
  safeguards: readonly Safeguard[];
}

/** The built-in rules; a content override cannot change them. */
export const BUILT_IN_RULES: ScoreRules = { eligibility: ELIGIBILITY, safeguards: SAFEGUARDS };

function isTypeId(value: unknown): value is TypeId {
  return (TYPE_IDS as readonly unknown[]).includes(value);
}

/** Everything gathered about one type while the answers are read. */
interface Tally {
  score: number;
  reasons: Reason[];
  blockers: Blocker[];
  planText: string[];
  planBecause: QuizAnswer[];
  alongside: boolean;
}

type Tallies = Record<TypeId, Tally>;

function emptyTallies(): Tallies {
  const entries = TYPE_IDS.map((type): [TypeId, Tally] => [
    type,
    { score: 0, reasons: [], blockers: [], planText: [], planBecause: [], alongside: false },
  ]);
  return Object.fromEntries(entries) as Tallies;
}

/**
 * The answers behind an effect: the answer that carries it first, then the
 * answers its conditions looked at.
 */
function causes(question: Question, option: Option, effect: Effect, chosen: Map<string, Option>): QuizAnswer[] {
  const because: QuizAnswer[] = [{ questionId: question.id, optionId: option.id }];
  addAnswers(because, conditionAnswers(effect.when ?? [], chosen));
  return because;
}

/**
 * Applies each chosen option's effects whose conditions hold, in question
 * order, so reasons come out in the order the reader answered.
 */
function tallyEffects(quiz: QuizContent, chosen: Map<string, Option>, tallies: Tallies, tips: PlanTip[]): void {
  for (const question of quiz.questions) {
    const option = chosen.get(question.id);
    if (option === undefined) continue;
    for (const effect of option.effects) {
      if (!(effect.when ?? []).every((c) => conditionHolds(c, chosen))) continue;
      const because = causes(question, option, effect, chosen);
      if (effect.kind === 'tip') {
        const same = tips.find((t) => t.text === effect.text);
        if (same === undefined) tips.push({ text: effect.text, because });
        else addAnswers(same.because, because);
        continue;
      }
      if (!isTypeId(effect.type)) continue;
      const tally = tallies[effect.type];
      switch (effect.kind) {
        case 'score':
          tally.score += effect.points;
          tally.reasons.push({ text: effect.reason, points: effect.points, because });
          break;
        case 'rule-out':
          tally.blockers.push({ reason: effect.reason, unlockedBy: effect.unlockedBy, because });
          break;
        case 'plan':
          tally.planText.push(effect.text);
          addAnswers(tally.planBecause, because);
          if (effect.alongside === true) tally.alongside = true;
          break;
      }
    }
  }
}

/**
 * Applies each order rule once, in order, after every answer is counted, so
 * a rule sees the final scores and one rule cannot undo the next forever.
 */
function applyOrderRules(
  quiz: QuizContent,
  rules: readonly OrderRule[],
  tallies: Tallies,
  possible: (type: TypeId) => boolean,
): void {
  for (const rule of rules) {
    const { type, staysBelow } = rule;
    if (!isTypeId(type) || !isTypeId(staysBelow) || type === staysBelow) continue;
    if (!possible(type) || !possible(staysBelow)) continue;
    const difference = tallies[type].score - tallies[staysBelow].score;
    if (difference < 0) continue;
    // Level with no answer behind either score (no answers at all): nothing to move, nothing to explain.
    if (difference === 0 && tallies[type].reasons.length === 0 && tallies[staysBelow].reasons.length === 0) continue;
    // One point below, not level: a level score would read as a close call.
    const target = tallies[staysBelow].score - 1;
    const points = target - tallies[type].score;
    // The answers that lifted one type or held back the other caused the move.
    const because: QuizAnswer[] = [];
    for (const reason of [...tallies[type].reasons, ...tallies[staysBelow].reasons])
      addAnswers(because, reason.because);
    tallies[type].score = target;
    tallies[type].reasons.push({ text: rule.reason, points, because: inQuestionOrder(quiz, because) });
  }
}

// True when `a` would be listed before `b`: a higher score, or the same score
// and earlier in the fixed type order, so ties never depend on input order.
function outranks(a: TypeId, b: TypeId, tallies: Tallies): boolean {
  const difference = tallies[a].score - tallies[b].score;
  return difference > 0 || (difference === 0 && TYPE_IDS.indexOf(a) < TYPE_IDS.indexOf(b));
}

/**
 * The plan. Now: the first possible type, with any the answers pair with
 * it. Next: the best remaining possible type the answers favour, then every
 * type not possible now, each with what would open it. A type not possible
 * now shows only what would open it: its "how to" text would read as advice
 * to do it anyway.
 */
function buildPlan(quiz: QuizContent, order: TypeId[], tallies: Tallies, possible: (t: TypeId) => boolean): QuizPlan {
  const step = (type: TypeId, alongside: boolean): PlanStep => {
    const tally = tallies[type];
    const once: string[] = [];
    for (const blocker of tally.blockers) if (!once.includes(blocker.unlockedBy)) once.push(blocker.unlockedBy);
    const because = possible(type) ? [...tally.planBecause] : [];
    for (const blocker of tally.blockers) addAnswers(because, blocker.because);
    const text = !possible(type) ? [] : tally.planText.length > 0 ? [...tally.planText] : [quiz.steps[type]];
    return { type, text, alongside, once, because: inQuestionOrder(quiz, because) };
  };
  const open = order.filter(possible);
  const now: PlanStep[] = [];
  const [first, ...rest] = open;
  if (first !== undefined) {
    now.push(step(first, false));
    for (const type of rest) if (tallies[type].alongside) now.push(step(type, true));
  }
  const next: PlanStep[] = [];
  const following = rest.find((type) => !tallies[type].alongside && tallies[type].score > 0);
  if (following !== undefined) next.push(step(following, false));
  for (const type of order) if (!possible(type)) next.push(step(type, false));
  return { now, next, tips: [] };
}

/**
 * Ranks the four types for these answers and derives the plan. Deterministic
 * and total: any list of answers, including an empty one, gives a result;
 * answers it cannot use are listed in `ignored`, never thrown.
 *
 * `quiz` is trusted: run `validateQuiz()` on content from outside first.
 * `rules` are the package's eligibility table and safeguards; tests of the
 * mechanism alone may pass empty ones.
 */
export function score(quiz: QuizContent, answers: QuizAnswers, rules: ScoreRules = BUILT_IN_RULES): QuizResult {
  const { chosen, ignored } = resolveAnswers(quiz, answers);
  const tallies = emptyTallies();
  const tips: PlanTip[] = [];
  tallyEffects(quiz, chosen, tallies, tips);

  const reader = readerOf(chosen);
  for (const [type, blockers] of blockersFor(rules.eligibility, reader, chosen)) {
    tallies[type].blockers.push(...blockers);
  }
  for (const tally of Object.values(tallies)) {
    for (const blocker of tally.blockers) blocker.because = inQuestionOrder(quiz, blocker.because);
  }

  const possible = (type: TypeId) => tallies[type].blockers.length === 0;
  applyOrderRules(quiz, quiz.orderRules, tallies, possible);

  const byRank = (a: TypeId, b: TypeId) => (outranks(a, b, tallies) ? -1 : 1);
  const order = [...TYPE_IDS.filter(possible).sort(byRank), ...TYPE_IDS.filter((t) => !possible(t)).sort(byRank)];
  const ranking: RankedType[] = order.map((type, i) => ({
    type,
    rank: i + 1,
    score: tallies[type].score,
    possibleNow: possible(type),
    reasons: tallies[type].reasons,
    blockers: tallies[type].blockers,
  }));

  const plan = { ...buildPlan(quiz, order, tallies, possible), tips };
  const planned = (type: TypeId) => possible(type) && [...plan.now, ...plan.next].some((step) => step.type === type);
  const warnings = safeguardsFor(rules.safeguards, reader, planned).map((w) => ({
    ...w,
    because: inQuestionOrder(quiz, w.because),
  }));

  const used: QuizAnswer[] = [];
  const skipped: string[] = [];
  for (const question of quiz.questions) {
    const option = chosen.get(question.id);
    if (option === undefined) skipped.push(question.id);
    else used.push({ questionId: question.id, optionId: option.id });
  }

  // A tie at the top is shown to the reader, not settled silently by the
  // fixed type order.
  const first = order.find(possible);
  const level =
    first === undefined ? [] : order.filter((t) => possible(t) && tallies[t].score === tallies[first].score);

  return {
    suggestion: first ?? null,
    closeCall: level.length > 1 ? level : [],
    ranking,
    notPossibleNow: ranking.filter((r) => !r.possibleNow).map((r) => ({ type: r.type, blockers: r.blockers })),
    plan,
    warnings,
    answers: used,
    skipped,
    ignored,
    caveat: quiz.ui.caveat,
  };
}
