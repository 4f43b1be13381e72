import { expect } from '@open-wc/testing';
import { TYPE_IDS, type TypeId } from '../../src/content/types.js';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { score } from '../../src/quiz/score.js';
import type { QuizAnswer, QuizContent, QuizResult } from '../../src/content/quiz-types.js';
import { allAnswerSets, answersOf, labelOf } from '../helpers/quiz-combinations.js';

const everySet = allAnswerSets(builtInQuiz);

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
  return lists;
}

function ranking(result: QuizResult): TypeId[] {
  return result.ranking.map((r) => r.type);
}

function notPossible(result: QuizResult): TypeId[] {
  return result.notPossibleNow.map((n) => n.type);
}

function nowTypes(result: QuizResult): TypeId[] {
  return result.plan.now.map((s) => s.type);
}

function nextTypes(result: QuizResult): TypeId[] {
  return result.plan.next.map((s) => s.type);
}

describe('score: every combination of answers', () => {
  // 3 stages x 4 travel x 3 time x (3+skip) cost x (4+skip) specialty x (4+skip) experience x 3 timing.
  it('covers every combination, skipped optional questions included', () => {
    expect(everySet.length).to.equal(10_800);
  });

  it('ranks each of the four types exactly once, numbered 1 to 4', () => {
    for (const answers of everySet) {
      const result = score(builtInQuiz, answers);
      expect([...ranking(result)].sort(), labelOf(answers)).to.deep.equal([...TYPE_IDS].sort());
      expect(
        result.ranking.map((r) => r.rank),
        labelOf(answers),
      ).to.deep.equal([1, 2, 3, 4]);
    }
  });

  it('lists every possible type before any type that is not possible now', () => {
    for (const answers of everySet) {
      const result = score(builtInQuiz, answers);
      const flags = result.ranking.map((r) => r.possibleNow);
      expect(flags, labelOf(answers)).to.deep.equal([...flags].sort((a, b) => Number(b) - Number(a)));
      expect(result.ranking[0]?.possibleNow, labelOf(answers)).to.equal(true);
      expect(result.suggestion, labelOf(answers)).to.equal(result.ranking[0]?.type);
    }
  });

  it('ties every reason, blocker, step and tip to answers actually given', () => {
    for (const answers of everySet) {
      const result = score(builtInQuiz, answers);
      const given = new Set(answers.map(key));
      for (const [where, because] of becauseLists(result)) {
        if (!where.endsWith('step')) expect(because, `${labelOf(answers)}: ${where}`).to.not.be.empty;
        for (const answer of because) {
          expect(given.has(key(answer)), `${labelOf(answers)}: ${where} cites ${key(answer)}`).to.equal(true);
        }
      }
    }
  });

  it('adds up each score from its reasons', () => {
    for (const answers of everySet) {
      for (const ranked of score(builtInQuiz, answers).ranking) {
        const sum = ranked.reasons.reduce((total, r) => total + r.points, 0);
        expect(ranked.score, `${labelOf(answers)}: ${ranked.type}`).to.equal(sum);
      }
    }
  });

  it('never suggests a type for now that is not possible now, and keeps those as later steps', () => {
    for (const answers of everySet) {
      const result = score(builtInQuiz, answers);
      const blocked = notPossible(result);
      expect(result.plan.now, labelOf(answers)).to.not.be.empty;
      for (const step of result.plan.now) {
        expect(blocked, labelOf(answers)).to.not.include(step.type);
        expect(step.once, labelOf(answers)).to.be.empty;
      }
      for (const type of blocked) {
        const later = result.plan.next.find((s) => s.type === type);
        expect(later?.once, `${labelOf(answers)}: ${type}`).to.not.be.empty;
      }
      const planned = [...nowTypes(result), ...nextTypes(result)];
      expect(new Set(planned).size, labelOf(answers)).to.equal(planned.length);
    }
  });

  it('gives each blocker a reason and what would change it', () => {
    for (const answers of everySet) {
      const result = score(builtInQuiz, answers);
      for (const { type, blockers } of result.notPossibleNow) {
        expect(blockers, `${labelOf(answers)}: ${type}`).to.not.be.empty;
        for (const blocker of blockers) {
          expect(blocker.reason.trim(), labelOf(answers)).to.not.equal('');
          expect(blocker.unlockedBy, labelOf(answers)).to.match(/^Once /);
        }
      }
    }
  });

  it('never ranks research above hands-on work the reader can do now', () => {
    for (const answers of everySet) {
      const result = score(builtInQuiz, answers);
      const handsOn = result.ranking.find((r) => r.type === 'hands-on');
      const research = result.ranking.find((r) => r.type === 'research');
      if (handsOn?.possibleNow === true && research?.possibleNow === true) {
        expect(handsOn.rank, labelOf(answers)).to.be.below(research.rank);
      }
    }
  });

  it('always carries the caveat', () => {
    for (const answers of everySet) {
      expect(score(builtInQuiz, answers).caveat, labelOf(answers)).to.equal(builtInQuiz.ui.caveat);
    }
    expect(builtInQuiz.ui.caveat).to.contain('requirements of each program');
  });

  it('gives the same result for the same answers, in any order', () => {
    // Results are plain data, so equal JSON means deep-equal; it keeps 10 800
    // comparisons fast. One deep comparison below guards the shortcut itself.
    for (const answers of everySet) {
      const first = JSON.stringify(score(builtInQuiz, answers));
      expect(JSON.stringify(score(builtInQuiz, answers)), labelOf(answers)).to.equal(first);
      expect(JSON.stringify(score(builtInQuiz, [...answers].reverse())), labelOf(answers)).to.equal(first);
    }
    const sample = everySet[everySet.length - 1] ?? [];
    expect(score(builtInQuiz, [...sample].reverse())).to.deep.equal(score(builtInQuiz, sample));
  });
});

describe('score: answers it cannot use', () => {
  it('ranks all four with no answers at all, hands-on first by the fixed order', () => {
    const result = score(builtInQuiz, []);
    expect(ranking(result)).to.deep.equal(['hands-on', 'observership', 'research', 'virtual']);
    expect(result.skipped).to.deep.equal(builtInQuiz.questions.map((q) => q.id));
    expect(nowTypes(result)).to.deep.equal(['hands-on']);
    expect(result.plan.now[0]?.text).to.deep.equal([builtInQuiz.steps['hands-on']]);
  });

  it('reports unknown questions and options as ignored and scores the rest', () => {
    const answers = [
      { questionId: 'stage', optionId: 'graduate' },
      { questionId: 'favourite-colour', optionId: 'blue' },
      { questionId: 'travel', optionId: 'by-boat' },
    ];
    const result = score(builtInQuiz, answers);
    expect(result.ignored).to.deep.equal([
      { answer: answers[1], reason: 'unknown-question' },
      { answer: answers[2], reason: 'unknown-option' },
    ]);
    expect(result).to.deep.include({
      answers: [answers[0]],
      skipped: ['travel', 'time', 'cost', 'specialty', 'experience', 'timing'],
    });
  });

  it('lets a later answer to the same question replace an earlier one', () => {
    const result = score(builtInQuiz, [
      { questionId: 'travel', optionId: 'cannot-travel' },
      { questionId: 'travel', optionId: 'us-status' },
    ]);
    expect(result.answers).to.deep.equal([{ questionId: 'travel', optionId: 'us-status' }]);
    expect(result.ignored).to.deep.equal([
      { answer: { questionId: 'travel', optionId: 'cannot-travel' }, reason: 'replaced' },
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
    const result = score(quiz, [{ questionId: 'q', optionId: 'lift' }]);
    // Research drops to hands-on's score; the fixed order then puts hands-on first.
    expect(result.suggestion).to.equal('hands-on');
    const research = result.ranking.find((r) => r.type === 'research');
    expect(research?.score).to.equal(0);
    expect(research?.reasons.at(-1)).to.deep.equal({
      text: builtInQuiz.orderRules[0]?.reason,
      points: -9,
      because: [{ questionId: 'q', optionId: 'lift' }],
    });
  });

  it('does not hold research back when hands-on is not possible now', () => {
    const result = score(quiz, [{ questionId: 'q', optionId: 'block' }]);
    expect(result.suggestion).to.equal('research');
    expect(result.ranking[0]?.score).to.equal(9);
  });
});

describe('score: the four typical readers', () => {
  it('a final-year student free to travel: a clerkship first, then research', () => {
    for (const travel of ['us-status', 'visitor']) {
      const result = score(
        builtInQuiz,
        answersOf({ stage: 'student-clinical', travel, time: 'months', experience: 'none', timing: 'next-cycle' }),
      );
      expect(ranking(result), travel).to.deep.equal(['hands-on', 'research', 'observership', 'virtual']);
      expect(notPossible(result), travel).to.be.empty;
      expect(nowTypes(result), travel).to.deep.equal(['hands-on']);
      expect(result.plan.now[0]?.text.join(' '), travel).to.contain('elective clerkship').and.contain('VSLO');
      expect(nextTypes(result), travel).to.deep.equal(['research']);
    }
  });

  it('a graduate who cannot travel, aiming at internal medicine: virtual now, observership then externship later', () => {
    const result = score(
      builtInQuiz,
      answersOf({
        stage: 'graduate',
        travel: 'cannot-travel',
        time: 'months',
        specialty: 'primary',
        experience: 'none',
        timing: 'next-cycle',
      }),
    );
    expect(ranking(result)).to.deep.equal(['virtual', 'research', 'observership', 'hands-on']);
    expect(notPossible(result)).to.deep.equal(['observership', 'hands-on']);
    expect(nowTypes(result)).to.deep.equal(['virtual']);
    expect(nextTypes(result)).to.deep.equal(['research', 'observership', 'hands-on']);
    const [research, observership, handsOn] = result.plan.next;
    expect(research?.text.join(' ')).to.contain('remotely');
    expect(observership?.once.join(' ')).to.contain('visitor visa');
    expect(handsOn?.text.join(' ')).to.contain('externship');
    expect(handsOn?.once.join(' ')).to.contain('status that allows clinical training');
  });

  it('a graduate who cannot travel still gets virtual work first when optional questions are skipped', () => {
    const result = score(
      builtInQuiz,
      answersOf({
        stage: 'graduate',
        travel: 'cannot-travel',
        time: 'months',
        specialty: 'primary',
        timing: 'next-cycle',
      }),
    );
    expect(result.suggestion).to.equal('virtual');
    expect(result.skipped).to.deep.equal(['cost', 'experience']);
    expect(nextTypes(result)).to.deep.equal(['research', 'observership', 'hands-on']);
  });

  it('a graduate on a visitor visa: observership now, externship once the status allows', () => {
    const result = score(
      builtInQuiz,
      answersOf({ stage: 'graduate', travel: 'visitor', time: 'weeks', specialty: 'primary', timing: 'next-cycle' }),
    );
    expect(result.suggestion).to.equal('observership');
    expect(notPossible(result)).to.deep.equal(['hands-on']);
    expect(result.notPossibleNow[0]?.blockers[0]?.because).to.deep.equal([
      { questionId: 'travel', optionId: 'visitor' },
      { questionId: 'stage', optionId: 'graduate' },
    ]);
    expect(nextTypes(result).at(-1)).to.equal('hands-on');
  });

  it('a graduate aiming at radiology with time for research: an externship first, research alongside', () => {
    const result = score(
      builtInQuiz,
      answersOf({
        stage: 'graduate',
        travel: 'us-status',
        time: 'months',
        specialty: 'research-heavy',
        timing: 'next-cycle',
      }),
    );
    expect(ranking(result).slice(0, 2)).to.deep.equal(['hands-on', 'research']);
    expect(notPossible(result)).to.be.empty;
    expect(result.plan.now.map((s) => [s.type, s.alongside])).to.deep.equal([
      ['hands-on', false],
      ['research', true],
    ]);
    expect(result.plan.now[0]?.text.join(' ')).to.contain('externship');
    expect(result.plan.now[1]?.text.join(' ')).to.contain('in your specialty');
    // Research would have outscored hands-on; the order rule says why it does not.
    const research = result.ranking[1];
    expect(research?.reasons.map((r) => r.text)).to.include(builtInQuiz.orderRules[0]?.reason);
  });

  describe('applying this cycle with no US letters: the fastest letter they are eligible for', () => {
    const base = { stage: 'graduate', time: 'weeks', experience: 'none', timing: 'this-cycle' };
    const cases: [string, Record<string, string>, TypeId, TypeId[]][] = [
      ['a graduate free to train', { ...base, travel: 'us-status' }, 'hands-on', []],
      ['a graduate on a visitor visa', { ...base, travel: 'visitor' }, 'observership', ['hands-on']],
      ['a graduate who cannot travel', { ...base, travel: 'cannot-travel' }, 'virtual', ['observership', 'hands-on']],
      ['a student on a visitor visa', { ...base, stage: 'student-clinical', travel: 'visitor' }, 'hands-on', []],
    ];
    for (const [who, map, first, blocked] of cases) {
      it(`${who}: ${first} first`, () => {
        const result = score(builtInQuiz, answersOf(map));
        expect(result.suggestion).to.equal(first);
        expect(notPossible(result)).to.deep.equal(blocked);
        expect(result.ranking.at(-1 - blocked.length)?.type).to.equal('research');
        expect(result.plan.tips.map((t) => t.text).join(' ')).to.contain('letter in your specialty soonest');
      });
    }
  });
});
