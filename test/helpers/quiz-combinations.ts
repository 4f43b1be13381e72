/**
 * Every way a reader can fill in a quiz: each question answered with each of
 * its options, plus skipped for optional ones. Shared by the quiz tests.
 */

import type { QuizAnswer, QuizContent, QuizResult } from '../../src/content/quiz-types.js';
import { score } from '../../src/quiz/score.js';

/** How many answer sets `everyAnswerSet` yields. */
export function countAnswerSets(quiz: QuizContent): number {
  return quiz.questions.reduce((n, q) => n * (q.options.length + (q.optional === true ? 1 : 0)), 1);
}

/** Every combination of answers, each listed in question order, one at a time. */
export function* everyAnswerSet(quiz: QuizContent): Generator<QuizAnswer[]> {
  const questions = quiz.questions;
  function* from(i: number, set: QuizAnswer[]): Generator<QuizAnswer[]> {
    const question = questions[i];
    if (question === undefined) {
      yield set;
      return;
    }
    for (const option of question.options) {
      yield* from(i + 1, [...set, { questionId: question.id, optionId: option.id }]);
    }
    if (question.optional === true) yield* from(i + 1, set);
  }
  yield* from(0, []);
}

/** Every combination of answers, as a list (for small quizzes). */
export function allAnswerSets(quiz: QuizContent): QuizAnswer[][] {
  return [...everyAnswerSet(quiz)];
}

/** A check on one result: a message when it finds a problem, else undefined. */
export type ResultCheck = (result: QuizResult, answers: QuizAnswer[]) => string | undefined;

/**
 * Scores every combination of answers once and runs every check on each
 * result, keeping the first few problems each check found. One pass keeps
 * the exhaustive tests fast and holds no more than one result in memory.
 */
export function checkEveryResult(
  quiz: QuizContent,
  checks: Record<string, ResultCheck>,
): { count: number; problems: Record<string, string[]>; totals: Record<string, number> } {
  const problems: Record<string, string[]> = {};
  const totals: Record<string, number> = {};
  for (const name of Object.keys(checks)) {
    problems[name] = [];
    totals[name] = 0;
  }
  let count = 0;
  for (const answers of everyAnswerSet(quiz)) {
    count++;
    const result = score(quiz, answers);
    for (const [name, check] of Object.entries(checks)) {
      const message = check(result, answers);
      if (message === undefined) continue;
      totals[name]! += 1;
      if (problems[name]!.length < 5) problems[name]!.push(`${labelOf(answers)}: ${message}`);
    }
  }
  return { count, problems, totals };
}

/** Answers from a `{questionId: optionId}` map, as the reader would give them. */
export function answersOf(map: Record<string, string>): QuizAnswer[] {
  return Object.entries(map).map(([questionId, optionId]) => ({ questionId, optionId }));
}

/** A stable label for a set of answers, for assertion messages. */
export function labelOf(answers: readonly QuizAnswer[]): string {
  return answers.map((a) => `${a.questionId}=${a.optionId}`).join(' ') || '(no answers)';
}
