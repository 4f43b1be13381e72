/**
 * Turns quiz answers into a result: the four types ranked with their reasons,
 * the types not possible now, and a combined plan. Pure and deterministic: no
 * DOM, no lit, no randomness, and it never throws on odd answers.
 *
 * See `README.md` beside this file for how the pieces fit together.
 */

import { TYPE_IDS, type TypeId } from '../content/types.js';
import type {
  Blocker,
  Condition,
  Effect,
  IgnoredAnswer,
  Option,
  PlanStep,
  PlanTip,
  Question,
  QuizAnswer,
  QuizAnswers,
  QuizContent,
  QuizResult,
  RankedType,
  Reason,
} from '../content/quiz-types.js';

/** The answers `score()` uses: at most one option per known question. */
export interface ResolvedAnswers {
  /** Question id -> the chosen option. */
  chosen: Map<string, Option>;
  ignored: IgnoredAnswer[];
}

// Reads a value the caller promised is a string, without trusting it: share
// links and host pages hand us data from outside.
function readId(entry: unknown, key: 'questionId' | 'optionId'): string {
  if (typeof entry !== 'object' || entry === null) return '';
  try {
    const value: unknown = (entry as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : String(value);
  } catch {
    return '';
  }
}

/**
 * Matches answers to the quiz's questions and options. Answers to unknown
 * questions or with unknown options are set aside, as is an earlier answer to
 * a question answered again (the later one wins). Never throws.
 */
export function resolveAnswers(quiz: QuizContent, answers: QuizAnswers): ResolvedAnswers {
  const chosen = new Map<string, Option>();
  const ignored: IgnoredAnswer[] = [];
  let list: readonly unknown[] = [];
  try {
    if (Array.isArray(answers)) list = [...(answers as readonly unknown[])];
  } catch {
    // A list that cannot be read (a hostile proxy) counts as no answers.
  }
  for (const entry of list) {
    const answer: QuizAnswer = { questionId: readId(entry, 'questionId'), optionId: readId(entry, 'optionId') };
    const question = quiz.questions.find((q) => q.id === answer.questionId);
    if (question === undefined) {
      ignored.push({ answer, reason: 'unknown-question' });
      continue;
    }
    const option = question.options.find((o) => o.id === answer.optionId);
    if (option === undefined) {
      ignored.push({ answer, reason: 'unknown-option' });
      continue;
    }
    const earlier = chosen.get(question.id);
    if (earlier !== undefined) {
      ignored.push({ answer: { questionId: question.id, optionId: earlier.id }, reason: 'replaced' });
    }
    chosen.set(question.id, option);
  }
  return { chosen, ignored };
}

function conditionHolds(condition: Condition, chosen: Map<string, Option>): boolean {
  const given = chosen.get(condition.question)?.id;
  if ('anyOf' in condition) return given !== undefined && condition.anyOf.includes(given);
  return given === undefined || !condition.noneOf.includes(given);
}

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

/** Adds answers to `list`, skipping any already there. */
function addAnswers(list: QuizAnswer[], more: readonly QuizAnswer[]): void {
  for (const answer of more) {
    if (!list.some((a) => a.questionId === answer.questionId && a.optionId === answer.optionId)) {
      list.push(answer);
    }
  }
}

/** Puts answers in question order, so every list in the result reads the same way. */
function inQuestionOrder(quiz: QuizContent, answers: readonly QuizAnswer[]): QuizAnswer[] {
  const position = (a: QuizAnswer) => quiz.questions.findIndex((q) => q.id === a.questionId);
  return [...answers].sort((a, b) => position(a) - position(b));
}

/**
 * The answers behind an effect: the answer that carries it first, then the
 * answers its conditions looked at (a skipped question adds nothing).
 */
function causes(question: Question, option: Option, effect: Effect, chosen: Map<string, Option>): QuizAnswer[] {
  const because: QuizAnswer[] = [{ questionId: question.id, optionId: option.id }];
  for (const condition of effect.when ?? []) {
    const given = chosen.get(condition.question);
    if (given !== undefined) addAnswers(because, [{ questionId: condition.question, optionId: given.id }]);
  }
  return because;
}

// True when `a` would be listed before `b`: a higher score, or the same score
// and earlier in the fixed type order, so ties never depend on input order.
function outranks(a: TypeId, b: TypeId, tallies: Record<TypeId, Tally>): boolean {
  const difference = tallies[a].score - tallies[b].score;
  return difference > 0 || (difference === 0 && TYPE_IDS.indexOf(a) < TYPE_IDS.indexOf(b));
}

function emptyTallies(): Record<TypeId, Tally> {
  const entries = TYPE_IDS.map((type): [TypeId, Tally] => [
    type,
    { score: 0, reasons: [], blockers: [], planText: [], planBecause: [], alongside: false },
  ]);
  return Object.fromEntries(entries) as Record<TypeId, Tally>;
}

/**
 * Ranks the four types for these answers and derives the plan. Deterministic
 * and total: any list of answers, including an empty one, gives a result;
 * answers it cannot use are listed in `ignored`, never thrown.
 *
 * `quiz` is trusted: run `validateQuiz()` on content from outside first.
 */
export function score(quiz: QuizContent, answers: QuizAnswers): QuizResult {
  const { chosen, ignored } = resolveAnswers(quiz, answers);
  const tallies = emptyTallies();
  const tips: PlanTip[] = [];

  // Effects are read in question order, so reasons come out in the order the
  // reader answered the questions.
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

  const possible = (type: TypeId) => tallies[type].blockers.length === 0;

  // Applied once each, in order, after every answer is counted, so a rule
  // sees the final scores and one rule cannot undo the next forever.
  for (const rule of quiz.orderRules) {
    const { type, staysBelow } = rule;
    if (!isTypeId(type) || !isTypeId(staysBelow) || type === staysBelow) continue;
    if (!possible(type) || !possible(staysBelow) || !outranks(type, staysBelow, tallies)) continue;
    const target =
      TYPE_IDS.indexOf(type) > TYPE_IDS.indexOf(staysBelow) ? tallies[staysBelow].score : tallies[staysBelow].score - 1;
    const points = target - tallies[type].score;
    // The answers that lifted one type or held back the other caused the move.
    const because: QuizAnswer[] = [];
    for (const reason of [...tallies[type].reasons, ...tallies[staysBelow].reasons])
      addAnswers(because, reason.because);
    tallies[type].score = target;
    tallies[type].reasons.push({ text: rule.reason, points, because: inQuestionOrder(quiz, because) });
  }

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

  const step = (type: TypeId, alongside: boolean): PlanStep => {
    const tally = tallies[type];
    const once: string[] = [];
    for (const blocker of tally.blockers) if (!once.includes(blocker.unlockedBy)) once.push(blocker.unlockedBy);
    const because = [...tally.planBecause];
    for (const blocker of tally.blockers) addAnswers(because, blocker.because);
    return {
      type,
      text: tally.planText.length > 0 ? [...tally.planText] : [quiz.steps[type]],
      alongside,
      once,
      because: inQuestionOrder(quiz, because),
    };
  };

  // Now: the first possible type, with any the answers ask to pair with it.
  // Next: the best remaining possible type the answers favour, then every
  // type that is not possible now, each with what would open it up.
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

  const used: QuizAnswer[] = [];
  const skipped: string[] = [];
  for (const question of quiz.questions) {
    const option = chosen.get(question.id);
    if (option === undefined) skipped.push(question.id);
    else used.push({ questionId: question.id, optionId: option.id });
  }

  return {
    suggestion: first ?? null,
    ranking,
    notPossibleNow: ranking.filter((r) => !r.possibleNow).map((r) => ({ type: r.type, blockers: r.blockers })),
    plan: { now, next, tips },
    answers: used,
    skipped,
    ignored,
    caveat: quiz.ui.caveat,
  };
}

/**
 * The question and option an answer names, or `undefined` when either is
 * unknown: for views that label reasons with the reader's own answers.
 */
export function describeAnswer(
  quiz: QuizContent,
  answer: QuizAnswer,
): { question: Question; option: Option } | undefined {
  const question = quiz.questions.find((q) => q.id === answer.questionId);
  const option = question?.options.find((o) => o.id === answer.optionId);
  return question !== undefined && option !== undefined ? { question, option } : undefined;
}
