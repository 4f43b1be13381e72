import { expect } from '@open-wc/testing';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { score } from '../../src/quiz/score.js';
import { decodeAnswers, encodeAnswers, quizFingerprint } from '../../src/quiz/share.js';
import type { QuizContent } from '../../src/content/quiz-types.js';
import { everyAnswerSet, labelOf } from '../helpers/quiz-combinations.js';

const prefix = `v1.${quizFingerprint(builtInQuiz)}.`;

/** A deep copy of the built-in quiz that a test may change. */
function copyOfQuiz(): QuizContent {
  return structuredClone(builtInQuiz);
}

describe('share codes', () => {
  it('round-trips every combination of answers, with the same result', function () {
    this.timeout(20_000); // all 172 800 combinations: about 2 s here
    // Plain checks, each failure named: chai and a label per combination would make it several times slower.
    const wrong: string[] = [];
    for (const answers of everyAnswerSet(builtInQuiz)) {
      const code = encodeAnswers(builtInQuiz, answers);
      if (!/^v1\.[0-9a-z]{4}\.[0-9a-z-]{8}$/.test(code)) wrong.push(`${labelOf(answers)}: code ${code}`);
      // Compared as JSON; the data is plain.
      const decoded = decodeAnswers(builtInQuiz, code);
      if (JSON.stringify(decoded) !== JSON.stringify({ ok: true, answers })) {
        wrong.push(`${labelOf(answers)}: decoded as ${JSON.stringify(decoded)}`);
      }
    }
    expect(wrong.slice(0, 5)).to.deep.equal([]);
  });

  it('gives the same result after a round trip', () => {
    const answers = [
      { questionId: 'stage', optionId: 'graduate' },
      { questionId: 'status', optionId: 'cannot-travel' },
      { questionId: 'specialty', optionId: 'primary' },
    ];
    const decoded = decodeAnswers(builtInQuiz, encodeAnswers(builtInQuiz, answers));
    expect(decoded.ok).to.equal(true);
    if (decoded.ok) expect(score(builtInQuiz, decoded.answers)).to.deep.equal(score(builtInQuiz, answers));
  });

  it('is safe in a URL fragment as it is', () => {
    const code = encodeAnswers(builtInQuiz, [{ questionId: 'timing', optionId: 'later' }]);
    expect(encodeURIComponent(code)).to.equal(code);
    expect(code).to.equal(`${prefix}------2-`);
  });

  it('leaves out unknown answers, as scoring does', () => {
    const code = encodeAnswers(builtInQuiz, [
      { questionId: 'stage', optionId: 'graduate' },
      { questionId: 'nope', optionId: 'x' },
      { questionId: 'status', optionId: 'by-boat' },
    ]);
    expect(code).to.equal(`${prefix}3-------`);
  });

  it('encodes a skipped required question as skipped, and decodes it so', () => {
    expect(decodeAnswers(builtInQuiz, `${prefix}--------`)).to.deep.equal({ ok: true, answers: [] });
  });

  describe('refuses malformed codes without throwing', () => {
    const cases: [string, unknown][] = [
      ['an empty string', ''],
      ['garbage', 'hello world'],
      ['a code without answers part', `v1.${quizFingerprint(builtInQuiz)}`],
      ['an unknown format version', `v2.${quizFingerprint(builtInQuiz)}.00000000`],
      ['upper-case characters', `${prefix}0000A000`],
      ['too few answers', `${prefix}0000000`],
      ['too many answers', `${prefix}000000000`],
      ['an option index out of range', `${prefix}z0000000`],
      ['an index just past the last option', `${prefix}50000000`],
      ['unicode', `${prefix}0０000000`],
      ['an emoji', `${prefix}000000😀`],
      ['surrounding spaces', ` ${prefix}00000000 `],
      ['10 000 characters', `${prefix}${'0'.repeat(10_000)}`],
      ['10 000 characters of junk', 'x'.repeat(10_000)],
      ['a number', 42],
      ['null', null],
      ['undefined', undefined],
      ['an object', { toString: () => `${prefix}00000000` }],
    ];
    for (const [name, code] of cases) {
      it(name, () => {
        expect(decodeAnswers(builtInQuiz, code)).to.deep.equal({ ok: false, reason: 'malformed' });
      });
    }
  });

  describe('detects codes made for other questions as outdated', () => {
    const answers = [
      { questionId: 'stage', optionId: 'graduate' },
      { questionId: 'timing', optionId: 'later' },
    ];
    const code = encodeAnswers(builtInQuiz, answers);
    const changes: [string, (quiz: QuizContent) => void][] = [
      ['an option renamed', (q) => void (q.questions[0].options[2].id = 'doctor')],
      ['options reordered', (q) => q.questions[0].options.reverse()],
      ['an option added', (q) => q.questions[1].options.push({ id: 'new', label: 'New', effects: [] })],
      ['a question removed', (q) => q.questions.splice(3, 1)],
      ['questions reordered', (q) => q.questions.reverse()],
      ['a question renamed', (q) => void (q.questions[6].id = 'when')],
    ];
    for (const [name, change] of changes) {
      it(name, () => {
        const quiz = copyOfQuiz();
        change(quiz);
        expect(decodeAnswers(quiz, code)).to.deep.equal({ ok: false, reason: 'outdated' });
      });
    }

    it('but keeps codes working when only the text changes', () => {
      const quiz = copyOfQuiz();
      quiz.questions[0].prompt = 'Où en êtes-vous de vos études ?';
      quiz.questions[0].options[2].label = 'Diplômé';
      quiz.questions[3].optional = false;
      expect(decodeAnswers(quiz, code)).to.deep.equal({ ok: true, answers });
    });
  });
});
