/**
 * Share codes: a reader's answers as a short string that is safe in a URL
 * fragment, such as `v1.z77m.341-1-0-`. Pure: no DOM, no lit.
 *
 * Layout: the format (`v1`), a fingerprint of the quiz's question and option
 * ids, then one character per question: the chosen option's index in base 36,
 * or `-` for a skipped question. The fingerprint covers ids only, so editing
 * or translating the text keeps old links working, while adding, removing,
 * renaming or reordering questions or options makes them read as outdated
 * instead of silently meaning other answers.
 */

import { resolveAnswers } from './score.js';
import type { QuizAnswer, QuizAnswers, QuizContent } from '../content/quiz-types.js';

const FORMAT = 'v1';
const SKIPPED = '-';
const FINGERPRINT_LENGTH = 4;
const CODE_PATTERN = /^v1\.([0-9a-z]{4})\.([0-9a-z-]*)$/;
// Far longer than any real code; longer input is refused before it is parsed.
const MAX_CODE_LENGTH = 200;

/** What {@link decodeAnswers} returns. */
export type DecodedAnswers =
  | { ok: true; answers: QuizAnswer[] }
  | {
      ok: false;
      /**
       * `outdated`: a well-formed code made for a different set of questions.
       * `malformed`: anything else that is not a code for this quiz.
       */
      reason: 'malformed' | 'outdated';
    };

/**
 * A short fingerprint of the quiz's question and option ids, in order: four
 * base-36 characters from a 32-bit FNV-1a hash. It only needs to notice
 * change, not resist forgery.
 */
export function quizFingerprint(quiz: QuizContent): string {
  const shape = quiz.questions.map((q) => `${q.id}:${q.options.map((o) => o.id).join(',')}`).join(';');
  let hash = 0x811c9dc5;
  for (let i = 0; i < shape.length; i++) {
    hash ^= shape.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % 36 ** FINGERPRINT_LENGTH).toString(36).padStart(FINGERPRINT_LENGTH, '0');
}

/**
 * The share code for `answers`. Unknown answers are left out, as `score()`
 * leaves them out, so a decoded code always gives the same result.
 */
export function encodeAnswers(quiz: QuizContent, answers: QuizAnswers): string {
  const { chosen } = resolveAnswers(quiz, answers);
  const characters = quiz.questions.map((question) => {
    const option = chosen.get(question.id);
    return option === undefined ? SKIPPED : question.options.indexOf(option).toString(36);
  });
  return `${FORMAT}.${quizFingerprint(quiz)}.${characters.join('')}`;
}

/**
 * Reads a share code back into answers, in question order. Never throws: any
 * value that is not a valid code for this quiz gives `{ok: false}` with the
 * reason, so the view can say the answers were not restored.
 */
export function decodeAnswers(quiz: QuizContent, code: unknown): DecodedAnswers {
  if (typeof code !== 'string' || code.length > MAX_CODE_LENGTH) return { ok: false, reason: 'malformed' };
  const match = CODE_PATTERN.exec(code);
  if (match === null) return { ok: false, reason: 'malformed' };
  const [, fingerprint = '', characters = ''] = match;
  if (fingerprint !== quizFingerprint(quiz)) return { ok: false, reason: 'outdated' };
  if (characters.length !== quiz.questions.length) return { ok: false, reason: 'malformed' };

  const answers: QuizAnswer[] = [];
  for (let i = 0; i < characters.length; i++) {
    const character = characters.charAt(i);
    if (character === SKIPPED) continue;
    const question = quiz.questions[i];
    const option = question?.options[parseInt(character, 36)];
    if (question === undefined || option === undefined) return { ok: false, reason: 'malformed' };
    answers.push({ questionId: question.id, optionId: option.id });
  }
  return { ok: true, answers };
}
