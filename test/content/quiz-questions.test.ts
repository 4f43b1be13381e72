import { expect } from '@open-wc/testing';
import { TYPE_IDS } from '../../src/content/types.js';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { score } from '../../src/quiz/score.js';
import { allAnswerSets } from '../helpers/quiz-combinations.js';

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
  it('asks between five and seven questions, each with at least two answers that change something', () => {
    expect(builtInQuiz.questions.length).to.be.within(5, 7);
    for (const question of builtInQuiz.questions) {
      expect(question.options.length, question.id).to.be.at.least(2);
      for (const option of question.options) expect(option.effects, `${question.id}=${option.id}`).to.not.be.empty;
    }
  });

  it('can suggest each of the four types, depending on the answers', () => {
    const suggested = new Set(allAnswerSets(builtInQuiz).map((answers) => score(builtInQuiz, answers).suggestion));
    expect([...suggested].sort()).to.deep.equal([...TYPE_IDS].sort());
  });

  it('states no price, percentage or number, apart from visa names and the sourced 2–4 weeks', () => {
    for (const [path, text] of allStrings(builtInQuiz)) {
      const rest = text
        .replace(/B-1\/B-2|B-1/g, '')
        .replace('commonly run 2–4 weeks', '')
        .replace(/\{\w+\}/g, '');
      expect(rest, path).to.not.match(/[0-9$€£%]/);
    }
  });

  it('names no company and makes no sales pitch', () => {
    for (const [path, text] of allStrings(builtInQuiz)) {
      expect(text, path).to.not.match(/img ?rotations|book (now|today)|get started|gold standard|guarantee/i);
    }
  });

  it('says what would change each rule-out, in words that open a later plan step', () => {
    for (const question of builtInQuiz.questions) {
      for (const option of question.options) {
        for (const effect of option.effects) {
          if (effect.kind === 'rule-out') expect(effect.unlockedBy, `${question.id}=${option.id}`).to.match(/^Once /);
        }
      }
    }
  });
});
