import { expect } from '@open-wc/testing';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import type { QuizContent } from '../../src/content/quiz-types.js';
import * as flow from '../../src/quiz/flow.js';
import { everyAnswerSet, labelOf } from '../helpers/quiz-combinations.js';

const quiz = builtInQuiz;
const total = quiz.questions.length;
const required = quiz.questions.filter((q) => !q.optional);
const optional = quiz.questions.filter((q) => q.optional === true);

/** The state after answering each question of `answers` in turn, pressing Next after each one. */
function walk(answers: Record<string, string>): flow.FlowState {
  let state = flow.START;
  for (const question of quiz.questions) {
    const optionId = answers[question.id];
    state =
      optionId === undefined
        ? flow.skip(quiz, state)
        : flow.next(quiz, flow.choose(quiz, state, question.id, optionId));
  }
  return state;
}

/** The state showing question `index`, with the first option of every earlier question chosen. */
function at(index: number): flow.FlowState {
  let state = flow.START;
  for (const question of quiz.questions.slice(0, index)) {
    state = flow.next(quiz, flow.choose(quiz, state, question.id, question.options[0]!.id));
  }
  return state;
}

describe('quiz flow', () => {
  it('starts on the first question, with no answers, not started and nothing missing', () => {
    expect(flow.START.step).to.equal(0);
    expect(flow.START.answers.size).to.equal(0);
    expect(flow.START.started).to.equal(false);
    expect(flow.START.missing).to.equal(false);
    expect(flow.onResult(quiz, flow.START)).to.equal(false);
    expect(flow.currentQuestion(quiz, flow.START)?.id).to.equal(quiz.questions[0]!.id);
  });

  it('the built-in quiz has both required and optional questions to walk through', () => {
    expect(required.length).to.be.greaterThan(0);
    expect(optional.length).to.be.greaterThan(0);
  });

  describe('choose', () => {
    it('records the answer, marks the run started and clears a missing mark', () => {
      // The reader pressed Next without an answer, then chose one.
      const question = quiz.questions[0]!;
      const missing = flow.next(quiz, flow.START);
      expect(missing.missing).to.equal(true);
      const chosen = flow.choose(quiz, missing, question.id, question.options[1]!.id);
      expect(chosen.answers.get(question.id)).to.equal(question.options[1]!.id);
      expect(chosen.started).to.equal(true);
      expect(chosen.missing).to.equal(false);
      expect(chosen.step).to.equal(0);
    });

    it('replaces an earlier answer to the same question', () => {
      const question = quiz.questions[0]!;
      const first = flow.choose(quiz, flow.START, question.id, question.options[0]!.id);
      const second = flow.choose(quiz, first, question.id, question.options[1]!.id);
      expect(second.answers.get(question.id)).to.equal(question.options[1]!.id);
      expect(second.answers.size).to.equal(1);
    });

    it('ignores an unknown question or option', () => {
      const question = quiz.questions[0]!;
      expect(flow.choose(quiz, flow.START, 'nope', question.options[0]!.id)).to.equal(flow.START);
      expect(flow.choose(quiz, flow.START, question.id, 'nope')).to.equal(flow.START);
    });

    it('never changes the state it was given', () => {
      const question = quiz.questions[0]!;
      flow.choose(quiz, flow.START, question.id, question.options[0]!.id);
      expect(flow.START.answers.size).to.equal(0);
    });
  });

  describe('next', () => {
    for (const [index, question] of quiz.questions.entries()) {
      if (question.optional) {
        it(`goes on from optional question "${question.id}" without an answer`, () => {
          const state = flow.next(quiz, at(index));
          expect(state.step).to.equal(index + 1);
          expect(state.missing).to.equal(false);
        });
      } else {
        it(`stays on required question "${question.id}" without an answer, marked missing`, () => {
          const state = flow.next(quiz, at(index));
          expect(state.step).to.equal(index);
          expect(state.missing).to.equal(true);
        });
      }
      it(`goes on from question "${question.id}" with an answer`, () => {
        const answered = flow.choose(quiz, at(index), question.id, question.options[0]!.id);
        const state = flow.next(quiz, answered);
        expect(state.step).to.equal(index + 1);
        expect(flow.onResult(quiz, state)).to.equal(index + 1 === total);
      });
    }

    it('does nothing on the result', () => {
      const result = at(total);
      expect(flow.onResult(quiz, result)).to.equal(true);
      expect(flow.next(quiz, result)).to.equal(result);
    });
  });

  describe('skip', () => {
    for (const [index, question] of quiz.questions.entries()) {
      if (question.optional) {
        it(`skips optional question "${question.id}" and forgets its earlier answer`, () => {
          const answered = flow.choose(quiz, at(index), question.id, question.options[0]!.id);
          const state = flow.skip(quiz, answered);
          expect(state.step).to.equal(index + 1);
          expect(state.answers.has(question.id)).to.equal(false);
        });
      } else {
        it(`cannot skip required question "${question.id}"`, () => {
          const state = at(index);
          expect(flow.skip(quiz, state)).to.equal(state);
        });
      }
    }
  });

  describe('back', () => {
    it('goes back one question and keeps every answer', () => {
      const state = at(2);
      const previous = flow.back(quiz, state);
      expect(previous.step).to.equal(1);
      expect(previous.answers).to.deep.equal(state.answers);
    });

    it('stays on the first question', () => {
      expect(flow.back(quiz, flow.START).step).to.equal(0);
    });

    it('clears a missing mark', () => {
      const missing = flow.next(quiz, at(1));
      expect(missing.missing).to.equal(required.some((q) => q.id === quiz.questions[1]!.id));
      expect(flow.back(quiz, missing).missing).to.equal(false);
    });

    it('goes from the result to the last question', () => {
      expect(flow.back(quiz, at(total)).step).to.equal(total - 1);
    });
  });

  it('restart forgets every answer', () => {
    expect(flow.restart()).to.deep.equal(flow.START);
  });

  it('every combination of answers, walked through, reaches the result with exactly those answers', function () {
    this.timeout(20_000); // all 172 800 combinations: about 2 s here
    // Plain checks, each failure named: chai and a label per combination would make it several times slower.
    const wrong: string[] = [];
    for (const answers of everyAnswerSet(quiz)) {
      const map = Object.fromEntries(answers.map((a) => [a.questionId, a.optionId]));
      const state = walk(map);
      if (!flow.onResult(quiz, state)) wrong.push(`${labelOf(answers)}: not on the result`);
      if (JSON.stringify(flow.answerList(quiz, state)) !== JSON.stringify(answers)) {
        wrong.push(`${labelOf(answers)}: answers ${JSON.stringify(flow.answerList(quiz, state))}`);
      }
    }
    expect(wrong.slice(0, 5)).to.deep.equal([]);
  });

  describe('answerList', () => {
    it('lists answers in question order, whatever order they were given in', () => {
      const [a, b] = [quiz.questions[0]!, quiz.questions[1]!];
      let state = flow.choose(quiz, flow.START, b.id, b.options[0]!.id);
      state = flow.choose(quiz, state, a.id, a.options[0]!.id);
      expect(flow.answerList(quiz, state).map((answer) => answer.questionId)).to.deep.equal([a.id, b.id]);
    });

    it('leaves out answers to questions the quiz no longer has', () => {
      const question = quiz.questions[0]!;
      const state = flow.choose(quiz, flow.START, question.id, question.options[0]!.id);
      const without: QuizContent = { ...quiz, questions: quiz.questions.slice(1) };
      expect(flow.answerList(without, state)).to.deep.equal([]);
    });
  });

  describe('resume', () => {
    const answers = [{ questionId: quiz.questions[0]!.id, optionId: quiz.questions[0]!.options[0]!.id }];

    it('opens at the given step with the given answers, started', () => {
      const state = flow.resume(quiz, answers, 1);
      expect(state.step).to.equal(1);
      expect(flow.answerList(quiz, state)).to.deep.equal(answers);
      expect(state.started).to.equal(true);
    });

    it('is not started without answers', () => {
      expect(flow.resume(quiz, [], 0).started).to.equal(false);
    });

    for (const [step, expected] of [
      [-3, 0],
      [total + 5, total],
      [1.5, 0],
      [Number.NaN, 0],
    ] as const) {
      it(`keeps step ${step} within the quiz (${expected})`, () => {
        expect(flow.resume(quiz, answers, step).step).to.equal(expected);
      });
    }

    it('drops answers that do not fit the quiz', () => {
      const state = flow.resume(quiz, [...answers, { questionId: 'nope', optionId: 'x' }], 0);
      expect(flow.answerList(quiz, state)).to.deep.equal(answers);
    });
  });

  describe('fit', () => {
    it('moves a step past the end back to the result of a shorter quiz', () => {
      const shorter: QuizContent = { ...quiz, questions: quiz.questions.slice(0, 2) };
      expect(flow.fit(shorter, at(total)).step).to.equal(2);
    });

    it('keeps a step that fits', () => {
      const state = at(1);
      expect(flow.fit(quiz, state)).to.equal(state);
    });
  });
});
