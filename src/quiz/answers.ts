/**
 * Reading the reader's answers: matching them to the quiz's questions and
 * options, checking conditions on them, and keeping lists of answers in
 * question order. Pure, and it never throws on odd input.
 */

import type {
  Condition,
  IgnoredAnswer,
  Option,
  Question,
  QuizAnswer,
  QuizAnswers,
  QuizContent,
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

/**
 * True when the condition holds for the chosen answers: `anyOf` needs one of
 * its options chosen; `noneOf` holds unless one of its options was chosen,
 * so a skipped question counts as "none of them".
 */
export function conditionHolds(condition: Condition, chosen: ReadonlyMap<string, Option>): boolean {
  const given = chosen.get(condition.question)?.id;
  if ('anyOf' in condition) return given !== undefined && condition.anyOf.includes(given);
  return given === undefined || !condition.noneOf.includes(given);
}

/** The answers a list of conditions looked at (a skipped question adds nothing). */
export function conditionAnswers(conditions: readonly Condition[], chosen: ReadonlyMap<string, Option>): QuizAnswer[] {
  const answers: QuizAnswer[] = [];
  for (const condition of conditions) {
    const given = chosen.get(condition.question);
    if (given !== undefined) addAnswers(answers, [{ questionId: condition.question, optionId: given.id }]);
  }
  return answers;
}

/** Adds answers to `list`, skipping any already there. */
export function addAnswers(list: QuizAnswer[], more: readonly QuizAnswer[]): void {
  for (const answer of more) {
    if (!list.some((a) => a.questionId === answer.questionId && a.optionId === answer.optionId)) {
      list.push(answer);
    }
  }
}

/** Puts answers in question order, so every list in the result reads the same way. */
export function inQuestionOrder(quiz: QuizContent, answers: readonly QuizAnswer[]): QuizAnswer[] {
  const position = (a: QuizAnswer) => quiz.questions.findIndex((q) => q.id === a.questionId);
  return [...answers].sort((a, b) => position(a) - position(b));
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
