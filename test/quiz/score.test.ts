import { expect } from '@open-wc/testing';
import { TYPE_IDS, type TypeId } from '../../src/content/types.js';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { score, type ScoreRules } from '../../src/quiz/score.js';
import type { QuizAnswer, QuizContent, QuizResult } from '../../src/content/quiz-types.js';
import { checkEveryResult, countAnswerSets, type ResultCheck } from '../helpers/quiz-combinations.js';

/** No eligibility rules and no safeguards: the scoring mechanism alone. */
const NO_RULES: ScoreRules = { eligibility: [], safeguards: [] };

function key(answer: QuizAnswer): string {
  return `${answer.questionId}=${answer.optionId}`;
}

/** Every `because` list in a result, with where it was found. */
function becauseLists(result: QuizResult): [string, QuizAnswer[]][] {
  const lists: [string, QuizAnswer[]][] = [];
  for (const ranked of result.ranking) {
    ranked.reasons.forEach((r, i) => lists.push([`${ranked.type} reason ${i}`, r.because]));
    ranked.blockers.forEach((b, i) => lists.push([`${ranked.type} blocker ${i}`, b.because]));
  }
  for (const step of [...result.plan.now, ...result.plan.next]) lists.push([`${step.type} step`, step.because]);
  result.plan.tips.forEach((t, i) => lists.push([`tip ${i}`, t.because]));
  result.warnings.forEach((t, i) => lists.push([`warning ${i} step`, t.because]));
  return lists;
}

const ranking = (result: QuizResult): TypeId[] => result.ranking.map((r) => r.type);
const notPossible = (result: QuizResult): TypeId[] => result.notPossibleNow.map((n) => n.type);
const nowTypes = (result: QuizResult): TypeId[] => result.plan.now.map((s) => s.type);
const nextTypes = (result: QuizResult): TypeId[] => result.plan.next.map((s) => s.type);

let orderChecks = 0;

/** Properties of every result of the built-in quiz, checked in one pass over every combination. */
const properties: Record<string, ResultCheck> = {
  'ranks each of the four types exactly once, numbered 1 to 4': (result) => {
    if ([...ranking(result)].sort().join() !== [...TYPE_IDS].sort().join()) return `ranks ${ranking(result).join()}`;
    if (result.ranking.map((r) => r.rank).join() !== '1,2,3,4') return 'ranks are not 1 to 4';
    return undefined;
  },
  'lists every possible type before any type that is not possible now': (result) => {
    const flags = result.ranking.map((r) => r.possibleNow);
    if (flags.join() !== [...flags].sort((a, b) => Number(b) - Number(a)).join()) return 'a blocked type ranks first';
    if (result.ranking[0]?.possibleNow !== true) return 'nothing possible now';
    if (result.suggestion !== result.ranking[0]?.type) return 'suggestion is not the first type';
    return undefined;
  },
  'ties every reason, blocker, step, tip and warning to answers actually given': (result, answers) => {
    const given = new Set(answers.map(key));
    for (const [where, because] of becauseLists(result)) {
      if (!where.endsWith('step') && because.length === 0) return `${where} cites no answer`;
      const stray = because.find((answer) => !given.has(key(answer)));
      if (stray !== undefined) return `${where} cites ${key(stray)}`;
    }
    return undefined;
  },
  'adds up each score from its reasons': (result) => {
    const off = result.ranking.find((r) => r.score !== r.reasons.reduce((total, x) => total + x.points, 0));
    return off === undefined ? undefined : `${off.type} scores ${off.score}`;
  },
  'never plans a type for now that is not possible now, and keeps those as later steps with only what would open them':
    (result) => {
      const blocked = notPossible(result);
      if (result.plan.now.length === 0) return 'no step for now';
      for (const step of result.plan.now) {
        if (blocked.includes(step.type) || step.once.length > 0) return `${step.type} now, though not possible`;
      }
      for (const type of blocked) {
        const later = result.plan.next.find((s) => s.type === type);
        if (!later || later.once.length === 0) return `${type} is not a later step`;
        if (later.text.length > 0) return `${type} is blocked but its step says how to do it: ${later.text.join(' ')}`;
      }
      const planned = [...nowTypes(result), ...nextTypes(result)];
      if (new Set(planned).size !== planned.length) return `a type planned twice: ${planned.join()}`;
      return undefined;
    },
  'gives each blocker a reason and what would change it, opening with "Once"': (result) => {
    for (const { type, blockers } of result.notPossibleNow) {
      if (blockers.length === 0) return `${type} has no blocker`;
      const bad = blockers.find((b) => b.reason.trim() === '' || !/^Once /.test(b.unlockedBy));
      if (bad !== undefined) return `${type}: ${bad.reason} / ${bad.unlockedBy}`;
    }
    return undefined;
  },
  'never ranks research above hands-on work the reader can do now': (result) => {
    const handsOn = result.ranking.find((r) => r.type === 'hands-on');
    const research = result.ranking.find((r) => r.type === 'research');
    if (handsOn?.possibleNow === true && research?.possibleNow === true && handsOn.rank > research.rank) {
      return 'research above hands-on';
    }
    return undefined;
  },
  'shows a tie at the top as a close call, and only a tie': (result) => {
    const open = result.ranking.filter((r) => r.possibleNow);
    const level = open.filter((r) => r.score === open[0]?.score).map((r) => r.type);
    const expected = level.length > 1 ? level : [];
    if (result.closeCall.join() !== expected.join())
      return `close call ${result.closeCall.join()}, level ${level.join()}`;
    return undefined;
  },
  'always carries the caveat': (result) => (result.caveat === builtInQuiz.ui.caveat ? undefined : 'no caveat'),
  'gives the same result for the same answers in reverse order (every eleventh set)': (result, answers) => {
    // Every eleventh set, reversed: scoring reads answers by question, never by their order,
    // and a sample of 15 709 keeps the pass from doubling. Equal JSON means deep-equal here.
    if (++orderChecks % 11 !== 0) return undefined;
    return JSON.stringify(score(builtInQuiz, [...answers].reverse())) === JSON.stringify(result)
      ? undefined
      : 'differs';
  },
};

describe('score: every combination of answers', function () {
  this.timeout(20_000); // one pass over 172 800 combinations: a few seconds
  let run: ReturnType<typeof checkEveryResult>;
  before(() => {
    run = checkEveryResult(builtInQuiz, properties);
  });

  // 5 stages x 8 statuses x 3 times x (3+skip) cost x (4+skip) specialty x (5+skip) experience x 3 timings x (3+skip) exams.
  it('covers every combination, skipped optional questions included', () => {
    expect(run.count).to.equal(172_800);
    expect(countAnswerSets(builtInQuiz)).to.equal(172_800);
  });

  for (const name of Object.keys(properties)) {
    it(name, () => {
      expect(run.problems[name], `${run.totals[name]} of ${run.count} answer sets`).to.deep.equal([]);
    });
  }

  it('checks order independence with one deep comparison as well', () => {
    const answers = [
      { questionId: 'stage', optionId: 'graduate' },
      { questionId: 'status', optionId: 'us-work' },
      { questionId: 'time', optionId: 'months' },
    ];
    expect(score(builtInQuiz, [...answers].reverse())).to.deep.equal(score(builtInQuiz, answers));
  });
});

describe('score: answers it cannot use', () => {
  it('reads no answers at all cautiously: a graduate unsure of their status, with hands-on work not open', () => {
    const result = score(builtInQuiz, []);
    expect(result.skipped).to.deep.equal(builtInQuiz.questions.map((q) => q.id));
    expect(notPossible(result)).to.deep.equal(['hands-on']);
    expect(result.notPossibleNow[0]?.blockers[0]?.unlockedBy).to.match(
      /^Once you know you may live and work in the US/,
    );
    expect(nowTypes(result)).to.deep.equal(['observership']);
    // The warnings need no answer at all.
    expect(result.warnings.map((w) => w.text).join(' ')).to.contain('guarantees a letter or a match');
  });

  it('ranks all four with no answers and no rules, hands-on first by the fixed order, as a close call', () => {
    const result = score(builtInQuiz, [], NO_RULES);
    expect(ranking(result)).to.deep.equal(['hands-on', 'observership', 'research', 'virtual']);
    expect(nowTypes(result)).to.deep.equal(['hands-on']);
    expect(result.plan.now[0]?.text).to.deep.equal([builtInQuiz.steps['hands-on']]);
    expect(result.closeCall).to.deep.equal(['hands-on', 'observership', 'research', 'virtual']);
    expect(result.warnings).to.deep.equal([]);
  });

  it('reports unknown questions and options as ignored and scores the rest', () => {
    const answers = [
      { questionId: 'stage', optionId: 'graduate' },
      { questionId: 'favourite-colour', optionId: 'blue' },
      { questionId: 'status', optionId: 'by-boat' },
    ];
    const result = score(builtInQuiz, answers);
    expect(result.ignored).to.deep.equal([
      { answer: answers[1], reason: 'unknown-question' },
      { answer: answers[2], reason: 'unknown-option' },
    ]);
    expect(result).to.deep.include({
      answers: [answers[0]],
      skipped: ['status', 'time', 'cost', 'specialty', 'experience', 'timing', 'exams'],
    });
  });

  it('lets a later answer to the same question replace an earlier one', () => {
    const result = score(builtInQuiz, [
      { questionId: 'status', optionId: 'cannot-travel' },
      { questionId: 'status', optionId: 'abroad-us' },
    ]);
    expect(result.answers).to.deep.equal([{ questionId: 'status', optionId: 'abroad-us' }]);
    expect(result.ignored).to.deep.equal([
      { answer: { questionId: 'status', optionId: 'cannot-travel' }, reason: 'replaced' },
    ]);
    expect(result.notPossibleNow).to.be.empty;
  });

  it('does not throw on values that are not answers', () => {
    const junk = [null, 42, 'stage', { questionId: 7 }, { optionId: 'graduate' }] as unknown as QuizAnswer[];
    const result = score(builtInQuiz, junk);
    expect(result.ignored.map((i) => i.reason)).to.deep.equal(Array(5).fill('unknown-question'));
    expect(score(builtInQuiz, 'nonsense' as unknown as QuizAnswer[]).answers).to.deep.equal([]);
  });
});

describe('score: order rules', () => {
  // A quiz where one answer lifts research far above hands-on.
  const quiz: QuizContent = {
    ...builtInQuiz,
    questions: [
      {
        id: 'q',
        prompt: 'Q?',
        options: [
          { id: 'lift', label: 'Lift', effects: [{ kind: 'score', type: 'research', points: 9, reason: 'Up.' }] },
          {
            id: 'block',
            label: 'Block',
            effects: [
              { kind: 'score', type: 'research', points: 9, reason: 'Up.' },
              { kind: 'rule-out', type: 'hands-on', reason: 'No.', unlockedBy: 'Once yes.' },
            ],
          },
        ],
      },
    ],
  };

  it('keeps research just behind hands-on when both are possible, and says why', () => {
    const result = score(quiz, [{ questionId: 'q', optionId: 'lift' }], NO_RULES);
    // Research drops to one point below hands-on, so the move never reads as a tie.
    expect(result.suggestion).to.equal('hands-on');
    const research = result.ranking.find((r) => r.type === 'research');
    expect(research?.score).to.equal(-1);
    expect(research?.reasons.at(-1)).to.deep.equal({
      text: builtInQuiz.orderRules[0]?.reason,
      points: -10,
      because: [{ questionId: 'q', optionId: 'lift' }],
    });
  });

  it('also moves research below hands-on when they would be level', () => {
    const level: QuizContent = {
      ...quiz,
      questions: [
        {
          id: 'q',
          prompt: 'Q?',
          options: [
            { id: 'same', label: 'Same', effects: [{ kind: 'score', type: 'research', points: 0, reason: 'Even.' }] },
            { id: 'other', label: 'Other', effects: [] },
          ],
        },
      ],
    };
    const result = score(level, [{ questionId: 'q', optionId: 'same' }], NO_RULES);
    expect(ranking(result).slice(0, 2)).to.deep.equal(['hands-on', 'observership']);
    expect(result.ranking.find((r) => r.type === 'research')?.score).to.equal(-1);
  });

  it('does not hold research back when hands-on is not possible now', () => {
    const result = score(quiz, [{ questionId: 'q', optionId: 'block' }], NO_RULES);
    expect(result.suggestion).to.equal('research');
    expect(result.ranking[0]?.score).to.equal(9);
  });

  it('applies the package rules to a quiz without the stage and status questions, reading the reader cautiously', () => {
    const result = score(quiz, [{ questionId: 'q', optionId: 'lift' }]);
    expect(notPossible(result)).to.deep.equal(['hands-on']);
    expect(result.suggestion).to.equal('research');
    expect(result.warnings.length).to.be.greaterThan(0);
  });
});
