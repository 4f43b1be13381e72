import { expect } from '@open-wc/testing';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { builtInContent } from '../../src/content/content.js';
import type { TypeId } from '../../src/content/types.js';
import { planText } from '../../src/quiz/plan-text.js';
import { score } from '../../src/quiz/score.js';
import { everyAnswerSet, labelOf } from '../helpers/quiz-combinations.js';

const ui = builtInQuiz.ui;
const nameOf = (id: TypeId) => builtInContent.types.find((t) => t.id === id)!.name;
const URL = 'https://partner.example/quiz#usce-quiz=v1.abcd.0000000';

describe('the plan as plain text', () => {
  it('says everything the result view says about the plan, for every combination of answers', function () {
    this.timeout(20_000); // 172 800 plans as text: about 3 s here
    // Plain checks collected into one list: chai per check would make 172 800 combinations slow.
    const missing: string[] = [];
    for (const answers of everyAnswerSet(builtInQuiz)) {
      const result = score(builtInQuiz, answers);
      const text = planText(ui, result, nameOf, URL);
      const lines = text.split('\n');
      // The suggestion first, then every step of the plan with its sentences, every tip, the caveat.
      const expected = [
        result.suggestion ? `${ui.suggestion}: ${nameOf(result.suggestion)}` : ui.noSuggestion,
        ...[...result.plan.now, ...result.plan.next].flatMap((step) => [
          `- ${nameOf(step.type)}`,
          ...step.once,
          ...step.text,
        ]),
        ...result.warnings.map((warning) => `- ${warning.text}`),
        ...result.plan.tips.map((tip) => `- ${tip.text}`),
        result.caveat,
      ];
      for (const part of expected) if (!text.includes(part)) missing.push(`${labelOf(answers)}: ${part}`);
      if (lines[2] !== expected[0]) missing.push(`${labelOf(answers)}: suggestion not on the third line`);
      // The address last, so a pasted plan always says where it came from.
      if (lines.at(-1) !== `From ${URL}`) missing.push(`${labelOf(answers)}: address not last`);
    }
    expect(missing.slice(0, 5)).to.deep.equal([]);
  });

  it('lists the ranking in order and marks the types not possible now', () => {
    const answers = [{ questionId: 'stage', optionId: 'student-early' }];
    const result = score(builtInQuiz, answers);
    const lines = planText(ui, result, nameOf, URL).split('\n');
    const start = lines.indexOf(ui.fullRanking);
    const ranking = lines.slice(start + 1, start + 1 + result.ranking.length);
    expect(ranking).to.deep.equal(
      result.ranking.map((r) => `${r.rank}. ${nameOf(r.type)}${r.possibleNow ? '' : ` (${ui.notPossibleNow})`}`),
    );
    expect(ranking.some((line) => line.endsWith(`(${ui.notPossibleNow})`))).to.equal(true);
  });
});
