/**
 * Every way a reader can fill in a quiz: each question answered with each of
 * its options, plus skipped for optional ones. Shared by the quiz tests.
 */

import type { QuizAnswer, QuizContent } from '../../src/content/quiz-types.js';

/** Every combination of answers, each listed in question order. */
export function allAnswerSets(quiz: QuizContent): QuizAnswer[][] {
  let sets: QuizAnswer[][] = [[]];
  for (const question of quiz.questions) {
    const choices: (QuizAnswer | null)[] = question.options.map((o) => ({
      questionId: question.id,
      optionId: o.id,
    }));
    if (question.optional === true) choices.push(null);
    sets = sets.flatMap((set) => choices.map((choice) => (choice === null ? set : [...set, choice])));
  }
  return sets;
}

/** Answers from a `{questionId: optionId}` map, as the reader would give them. */
export function answersOf(map: Record<string, string>): QuizAnswer[] {
  return Object.entries(map).map(([questionId, optionId]) => ({ questionId, optionId }));
}

/** A stable label for a set of answers, for assertion messages. */
export function labelOf(answers: readonly QuizAnswer[]): string {
  return answers.map((a) => `${a.questionId}=${a.optionId}`).join(' ') || '(no answers)';
}
