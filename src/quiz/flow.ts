/**
 * How a reader moves through the quiz: one question at a time, forward with
 * an answer (or a skip, where the question allows it), back, and again from
 * the start. Each function takes a state and returns the next one; nothing
 * here renders, stores or fires events, so every path can be tested as data.
 * The element compares the state before and after to decide what to focus,
 * announce and fire.
 */

import type { QuizAnswer, QuizContent } from '../content/quiz-types.js';

/** Where a reader is in the quiz. */
export interface FlowState {
  /** Index of the question shown; equal to the number of questions on the result. */
  readonly step: number;
  /** Question id -> chosen option id. */
  readonly answers: ReadonlyMap<string, string>;
  /** The reader asked to go on without answering a question that needs an answer. */
  readonly missing: boolean;
  /** The reader has chosen at least one answer in this run. */
  readonly started: boolean;
}

/** The state before the first answer. */
export const START: FlowState = { step: 0, answers: new Map(), missing: false, started: false };

/** True when the state shows the result rather than a question. */
export function onResult(quiz: QuizContent, state: FlowState): boolean {
  return state.step >= quiz.questions.length;
}

/** The question shown, or undefined on the result. */
export function currentQuestion(quiz: QuizContent, state: FlowState) {
  return quiz.questions[state.step];
}

/**
 * Records an answer to a question of the quiz; an unknown question or
 * option leaves the state as it is.
 */
export function choose(quiz: QuizContent, state: FlowState, questionId: string, optionId: string): FlowState {
  const question = quiz.questions.find((q) => q.id === questionId);
  if (!question?.options.some((option) => option.id === optionId)) return state;
  const answers = new Map(state.answers);
  answers.set(questionId, optionId);
  return { ...state, answers, missing: false, started: true };
}

/**
 * Goes on to the next question, or to the result after the last one. A
 * required question without an answer stays, marked as missing.
 */
export function next(quiz: QuizContent, state: FlowState): FlowState {
  const question = currentQuestion(quiz, state);
  if (!question) return state;
  if (!state.answers.has(question.id) && !question.optional) return { ...state, missing: true };
  return { ...state, step: state.step + 1, missing: false };
}

/** Leaves an optional question unanswered (forgetting an earlier answer) and goes on. */
export function skip(quiz: QuizContent, state: FlowState): FlowState {
  const question = currentQuestion(quiz, state);
  if (!question?.optional) return state;
  const answers = new Map(state.answers);
  answers.delete(question.id);
  return { ...state, answers, step: state.step + 1, missing: false };
}

/** Goes back one question, keeping every answer; from the result, to the last question. */
export function back(quiz: QuizContent, state: FlowState): FlowState {
  const step = Math.max(0, Math.min(state.step, quiz.questions.length) - 1);
  return { ...state, step, missing: false };
}

/** Forgets every answer and starts again. */
export function restart(): FlowState {
  return START;
}

/**
 * The state for answers read back from a share link or storage: at `step`
 * (kept within the quiz), with only the answers that fit the quiz.
 */
export function resume(quiz: QuizContent, answers: readonly QuizAnswer[], step: number): FlowState {
  let state: FlowState = START;
  for (const answer of answers) state = choose(quiz, state, answer.questionId, answer.optionId);
  const within = Number.isInteger(step) ? Math.min(Math.max(0, step), quiz.questions.length) : 0;
  return { ...state, step: within };
}

/** Keeps the step within the quiz after its questions changed (new content). */
export function fit(quiz: QuizContent, state: FlowState): FlowState {
  return state.step > quiz.questions.length ? { ...state, step: quiz.questions.length } : state;
}

/** The answers in question order, as the scoring and share code take them. */
export function answerList(quiz: QuizContent, state: FlowState): QuizAnswer[] {
  const list: QuizAnswer[] = [];
  for (const question of quiz.questions) {
    const optionId = state.answers.get(question.id);
    if (optionId !== undefined) list.push({ questionId: question.id, optionId });
  }
  return list;
}
