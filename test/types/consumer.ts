// Compiled by `npm run typecheck`, never run: it fails to compile if the types
// a TypeScript consumer relies on stop working. Imports mirror the package's
// entry points (`usce-compare` and `usce-compare/define.js`).
import type {
  ActionShownDetail,
  QuizAnswer,
  QuizCompleteDetail,
  TypeId,
  UsceCompare,
  UsceQuiz,
} from '../../src/index.js';
import { defineAll } from '../../src/define.js';

/** True only when A and B are the same type (`any` matches nothing but `any`). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export function consumer(): void {
  defineAll();

  // The tag name map gives each element its class.
  const quiz = document.createElement('usce-quiz');
  const isQuiz: Equal<typeof quiz, UsceQuiz> = true;
  const compare = document.querySelector('usce-compare');
  const isCompare: Equal<typeof compare, UsceCompare | null> = true;

  // Properties keep their types.
  quiz.share = true;
  quiz.headingLevel = 3;
  // @ts-expect-error `share` is a boolean
  quiz.share = 'yes';

  // The event map types each event's detail.
  quiz.addEventListener('usce-quiz-complete', (event) => {
    const isDetail: Equal<typeof event.detail, QuizCompleteDetail> = true;
    const ranking: TypeId[] = event.detail.ranking;
    const isRanking: Equal<typeof event.detail.ranking, TypeId[]> = true;
    const answers: QuizAnswer[] = event.detail.answers;
    // @ts-expect-error the detail has no `winner`
    void event.detail.winner;
    void [isDetail, ranking, isRanking, answers];
  });
  // What the partner's slots receive, and which action was shown.
  quiz.addEventListener('usce-quiz-complete', (event) => {
    const top: TypeId | null = event.detail.top;
    const code: string = event.detail.code;
    void [top, code];
  });
  document.addEventListener('usce-action-shown', (event) => {
    const isDetail: Equal<typeof event.detail, ActionShownDetail> = true;
    const type: TypeId = event.detail.type;
    const slot: string = event.detail.slot;
    void [isDetail, type, slot];
  });
  quiz.addEventListener('usce-quiz-answer', (event) => {
    const step: number = event.detail.step;
    // @ts-expect-error `questionId` is a string
    const id: number = event.detail.questionId;
    void [step, id];
  });
  compare?.addEventListener('usce-show-type', (event) => {
    // @ts-expect-error `section` is 'table' or 'cards'
    const section: 'quiz' = event.detail.section;
    void section;
  });

  void [isQuiz, isCompare];
}
