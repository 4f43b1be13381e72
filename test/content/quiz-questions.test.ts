import { expect } from '@open-wc/testing';
import { TYPE_IDS } from '../../src/content/types.js';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { score } from '../../src/quiz/score.js';
import { ELIGIBILITY, SAFEGUARDS } from '../../src/content/eligibility.js';
import { everyAnswerSet } from '../helpers/quiz-combinations.js';

/** Every string in the built-in quiz, with its path. */
function allStrings(value: unknown, path = 'quiz'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}.${k}`));
  }
  return [];
}

describe('the built-in quiz', () => {
  it('asks at most nine questions, each with at least two answers that change something', () => {
    expect(builtInQuiz.questions.length).to.be.within(5, 9);
    for (const question of builtInQuiz.questions) {
      expect(question.options.length, question.id).to.be.at.least(2);
      for (const option of question.options) expect(option.effects, `${question.id}=${option.id}`).to.not.be.empty;
    }
  });

  it('can suggest each of the four types, depending on the answers', function () {
    this.timeout(20_000); // at most all 172 800 combinations; it stops once all four were suggested
    const suggested = new Set<string | null>();
    for (const answers of everyAnswerSet(builtInQuiz)) {
      suggested.add(score(builtInQuiz, answers).suggestion);
      if (TYPE_IDS.every((type) => suggested.has(type))) break;
    }
    expect([...suggested].filter((type) => type !== null).sort()).to.deep.equal([...TYPE_IDS].sort());
  });

  it('states no price, percentage or number, apart from visa and exam names and the sourced 2–4 weeks', () => {
    for (const [path, text] of allStrings(builtInQuiz)) {
      const rest = text
        .replace(/B-1\/B-2|B-1|J-1|J-2|H-1B|H-4|F-2|Step [12]( CK)?/g, '')
        .replace('commonly run 2–4 weeks', '')
        .replace(/\{\w+\}/g, '');
      expect(rest, path).to.not.match(/[0-9$€£%]/);
    }
  });

  it('names no company and makes no sales pitch', () => {
    for (const [path, text] of allStrings(builtInQuiz)) {
      expect(text, path).to.not.match(/img ?rotations|book (now|today)|get started|gold standard|we guarantee/i);
    }
  });

  it('mentions a guarantee only to warn against it', () => {
    const strings = [...allStrings(builtInQuiz), ...allStrings(SAFEGUARDS, 'safeguards')];
    const guarantees = strings.filter(([, text]) => /guarantee/i.test(text));
    expect(guarantees).to.not.be.empty;
    for (const [path, text] of guarantees) expect(text, path).to.match(/avoid anyone who guarantees/i);
  });

  it('never suggests that a visa or status opens hands-on work to a graduate from abroad', () => {
    for (const [path, text] of allStrings(builtInQuiz)) {
      expect(text, path).to.not.match(/status that allows clinical training|alongside your clinical work/i);
    }
  });

  it('says what would change each rule of the eligibility table, in words that open a later plan step', () => {
    for (const rule of ELIGIBILITY) expect(rule.unlockedBy, rule.id).to.match(/^Once /);
  });

  it('rules nothing out in its answers: who may do what lives in the eligibility table alone', () => {
    for (const question of builtInQuiz.questions) {
      for (const option of question.options) {
        const ruleOuts = option.effects.filter((effect) => effect.kind === 'rule-out');
        expect(ruleOuts, `${question.id}=${option.id}`).to.deep.equal([]);
      }
    }
  });
});
