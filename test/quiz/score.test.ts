import { expect } from '@open-wc/testing';
import { TYPE_IDS, type TypeId } from '../../src/content/types.js';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { score } from '../../src/quiz/score.js';
import type { QuizAnswer, QuizContent, QuizResult } from '../../src/content/quiz-types.js';
import { allAnswerSets, answersOf, labelOf } from '../helpers/quiz-combinations.js';

const everySet = allAnswerSets(builtInQuiz);

// Scored once and shared: the exhaustive tests read the same 16 200 results.
let cached: QuizResult[] | undefined;
function everyResult(): [QuizAnswer[], QuizResult][] {
  cached ??= everySet.map((answers) => score(builtInQuiz, answers));
  return everySet.map((answers, i) => [answers, cached![i]!]);
}

/**
 * Runs `problem` on the result of every combination of answers and fails
 * once, naming the first few answer sets it returned a problem for. One
 * assertion per test rather than one per combination keeps 16 200 checks fast.
 */
function expectForEvery(problem: (result: QuizResult, answers: QuizAnswer[]) => string | undefined): void {
  const found: string[] = [];
  for (const [answers, result] of everyResult()) {
    const message = problem(result, answers);
    if (message !== undefined) found.push(`${labelOf(answers)}: ${message}`);
  }
  expect(found.slice(0, 5), `${found.length} of ${everySet.length} answer sets`).to.deep.equal([]);
}

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

describe('score: every combination of answers', function () {
  // Thousands of results on a shared machine: generous, not a sleep.
  this.timeout(120_000);

  // 3 stages x 5 travel x 3 time x (3+skip) cost x (4+skip) specialty x (5+skip) experience x 3 timing.
  it('covers every combination, skipped optional questions included', () => {
    expect(everySet.length).to.equal(16_200);
  });

  it('ranks each of the four types exactly once, numbered 1 to 4', () => {
    const all = [...TYPE_IDS].sort().join();
    expectForEvery((result) => {
      if ([...ranking(result)].sort().join() !== all) return `ranks ${ranking(result).join()}`;
      if (result.ranking.map((r) => r.rank).join() !== '1,2,3,4') return 'ranks are not 1 to 4';
    });
  });

  it('lists every possible type before any type that is not possible now', () => {
    expectForEvery((result) => {
      const flags = result.ranking.map((r) => r.possibleNow);
      if (flags.join() !== [...flags].sort((a, b) => Number(b) - Number(a)).join()) return 'a blocked type ranks first';
      if (result.ranking[0]?.possibleNow !== true) return 'nothing possible now';
      if (result.suggestion !== result.ranking[0]?.type) return 'suggestion is not the first type';
    });
  });

  it('ties every reason, blocker, step and tip to answers actually given', () => {
    expectForEvery((result, answers) => {
      const given = new Set(answers.map(key));
      for (const [where, because] of becauseLists(result)) {
        if (!where.endsWith('step') && because.length === 0) return `${where} cites no answer`;
        const stray = because.find((answer) => !given.has(key(answer)));
        if (stray !== undefined) return `${where} cites ${key(stray)}`;
      }
    });
  });

  it('adds up each score from its reasons', () => {
    expectForEvery((result) => {
      const off = result.ranking.find((r) => r.score !== r.reasons.reduce((total, x) => total + x.points, 0));
      if (off !== undefined) return `${off.type} scores ${off.score}`;
    });
  });

  it('never suggests a type for now that is not possible now, and keeps those as later steps', () => {
    expectForEvery((result) => {
      const blocked = notPossible(result);
      if (result.plan.now.length === 0) return 'no step for now';
      for (const step of result.plan.now) {
        if (blocked.includes(step.type) || step.once.length > 0) return `${step.type} now, though not possible`;
      }
      for (const type of blocked) {
        const later = result.plan.next.find((s) => s.type === type);
        if (!later || later.once.length === 0) return `${type} is not a later step`;
      }
      const planned = [...nowTypes(result), ...nextTypes(result)];
      if (new Set(planned).size !== planned.length) return `a type planned twice: ${planned.join()}`;
    });
  });

  it('gives each blocker a reason and what would change it', () => {
    expectForEvery((result) => {
      for (const { type, blockers } of result.notPossibleNow) {
        if (blockers.length === 0) return `${type} has no blocker`;
        const bad = blockers.find((b) => b.reason.trim() === '' || !/^Once /.test(b.unlockedBy));
        if (bad !== undefined) return `${type}: ${bad.reason} / ${bad.unlockedBy}`;
      }
    });
  });

  it('never ranks research above hands-on work the reader can do now', () => {
    expectForEvery((result) => {
      const handsOn = result.ranking.find((r) => r.type === 'hands-on');
      const research = result.ranking.find((r) => r.type === 'research');
      if (handsOn?.possibleNow === true && research?.possibleNow === true && handsOn.rank > research.rank) {
        return 'research above hands-on';
      }
    });
  });

  it('always carries the caveat', () => {
    expectForEvery((result) => (result.caveat === builtInQuiz.ui.caveat ? undefined : 'no caveat'));
    expect(builtInQuiz.ui.caveat).to.contain('requirements of each program');
  });

  it('gives the same result for the same answers, in any order', () => {
    // Results are plain data, so equal JSON means deep-equal; it keeps 16 200
    // comparisons fast. One deep comparison below guards the shortcut itself.
    expectForEvery((result, answers) =>
      JSON.stringify(score(builtInQuiz, [...answers].reverse())) === JSON.stringify(result) ? undefined : 'differs',
    );
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
    // Nothing told them apart, and the result says so.
    expect(result.closeCall).to.deep.equal(['hands-on', 'observership', 'research', 'virtual']);
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
    const result = score(level, [{ questionId: 'q', optionId: 'same' }]);
    expect(ranking(result).slice(0, 2)).to.deep.equal(['hands-on', 'observership']);
    expect(result.ranking.find((r) => r.type === 'research')?.score).to.equal(-1);
  });

  it('does not hold research back when hands-on is not possible now', () => {
    const result = score(quiz, [{ questionId: 'q', optionId: 'block' }]);
    expect(result.suggestion).to.equal('research');
    expect(result.ranking[0]?.score).to.equal(9);
  });
});

/** Every text a reader sees in a result: reasons, blockers, steps and tips. */
function allTexts(result: QuizResult): string[] {
  const texts: string[] = [];
  for (const ranked of result.ranking) {
    texts.push(...ranked.reasons.map((r) => r.text));
    texts.push(...ranked.blockers.flatMap((b) => [b.reason, b.unlockedBy]));
  }
  for (const step of [...result.plan.now, ...result.plan.next]) texts.push(...step.text, ...step.once);
  texts.push(...result.plan.tips.map((t) => t.text));
  return texts;
}

function answerOf(answers: readonly QuizAnswer[], questionId: string): string | undefined {
  return answers.find((a) => a.questionId === questionId)?.optionId;
}

function inPlan(result: QuizResult, type: TypeId): boolean {
  return [...result.plan.now, ...result.plan.next].some((s) => s.type === type);
}

function stepText(result: QuizResult, type: TypeId): string {
  const step = [...result.plan.now, ...result.plan.next].find((s) => s.type === type);
  return [...(step?.once ?? []), ...(step?.text ?? [])].join(' ');
}

function reasonsOf(result: QuizResult, type: TypeId): string {
  return (result.ranking.find((r) => r.type === type)?.reasons ?? []).map((r) => r.text).join(' ');
}

function tipsOf(result: QuizResult): string {
  return result.plan.tips.map((t) => t.text).join(' ');
}

describe('score: advice that holds for every combination of answers', function () {
  this.timeout(120_000);

  it('shows a tie at the top as a close call, and only a tie', () => {
    expectForEvery((result) => {
      const open = result.ranking.filter((r) => r.possibleNow);
      const level = open.filter((r) => r.score === open[0]?.score).map((r) => r.type);
      const expected = level.length > 1 ? level : [];
      if (result.closeCall.join() !== expected.join())
        return `close call ${result.closeCall.join()}, level ${level.join()}`;
      if (result.closeCall.length > 0 && result.closeCall[0] !== result.suggestion)
        return 'close call does not start with the suggestion';
    });
  });

  it('never holds out a visa or status as the way to hands-on work for a graduate from abroad', () => {
    expectForEvery((result, answers) => {
      const claim = allTexts(result).find((text) => /status that allows clinical training/i.test(text));
      if (claim !== undefined) return claim;
      const travel = answerOf(answers, 'travel');
      if (answerOf(answers, 'stage') !== 'graduate' || travel === 'us-based' || travel === 'us-status') return;
      // A graduate who may not live and work in the US: hands-on is not open now,
      // and what would change it says that hands-on care usually begins with residency.
      if (!notPossible(result).includes('hands-on')) return 'hands-on open now';
      if (!stepText(result, 'hands-on').includes('begins with residency')) return 'no word on residency';
    });
  });

  it('tells readers who could come only as visitors, or are unsure, that a visitor visa does not allow research in person', () => {
    expectForEvery((result, answers) => {
      if (allTexts(result).some((text) => text.includes('alongside your clinical work')))
        return 'clinical work implied';
      const travel = answerOf(answers, 'travel');
      if ((travel !== 'visitor' && travel !== 'unsure') || !inPlan(result, 'research')) return;
      if (!stepText(result, 'research').includes('A visitor visa does not allow research work'))
        return 'no visa warning';
    });
  });

  it('speaks of travel and housing costs only to readers who live outside the US', () => {
    expectForEvery((result, answers) => {
      const housing = allTexts(result).filter((text) => /housing/i.test(text) && !/no travel or housing/i.test(text));
      if (answerOf(answers, 'travel') === 'us-based' && housing.length > 0) return housing[0];
      if (answerOf(answers, 'travel') !== 'us-based' && answerOf(answers, 'cost') === 'tight' && housing.length === 0) {
        return 'no word on travel and housing';
      }
    });
  });

  it('points readers in the US with little money at local, low-cost options', () => {
    expectForEvery((result, answers) => {
      if (answerOf(answers, 'travel') !== 'us-based' || answerOf(answers, 'cost') !== 'tight') return;
      if (!tipsOf(result).includes('low-cost options near home')) return 'no local tip';
      // Students are steered to electives rather than observerships (see below).
      const student = answerOf(answers, 'stage') === 'student-clinical';
      if (!student && inPlan(result, 'observership') && !stepText(result, 'observership').includes('near you')) {
        return 'observership not local';
      }
      if (inPlan(result, 'research') && !stepText(result, 'research').includes('near you')) return 'research not local';
    });
  });

  it('never makes an observership the next step, or the suggestion, for a student in the clinical years', () => {
    expectForEvery((result, answers) => {
      if (answerOf(answers, 'stage') !== 'student-clinical') return;
      if (result.suggestion === 'observership') return 'observership suggested';
      if (result.plan.next.some((s) => s.once.length === 0 && s.type === 'observership')) return 'observership next';
      if (!tipsOf(result).includes('Plan your electives before you graduate')) return 'no electives tip';
    });
  });

  it('treats a virtual rotation as no clinical experience, and never offers "another observership" for it', () => {
    expectForEvery((result, answers) => {
      if (answerOf(answers, 'experience') !== 'virtual-done') return;
      if (allTexts(result).some((text) => text.includes('Another observership'))) return 'another observership';
      if (
        answerOf(answers, 'timing') === 'this-cycle' &&
        !tipsOf(result).includes('letter in your specialty soonest')
      ) {
        return 'treated as having US letters';
      }
    });
  });

  it('warns everyone who answers the cost question about brokers', () => {
    expectForEvery((result, answers) => {
      if (answerOf(answers, 'cost') === undefined) return;
      if (!tipsOf(result).includes('Avoid programs that guarantee a letter or a match')) return 'no broker warning';
    });
  });
});

describe('score: the cases the review found', () => {
  const base = { stage: 'graduate', time: 'weeks', specialty: 'primary', experience: 'none', timing: 'this-cycle' };

  it('splits "an observership" from "a virtual rotation" in the experience question', () => {
    const experience = builtInQuiz.questions.find((q) => q.id === 'experience')!;
    expect(experience.options.map((o) => o.label)).to.include.members(['An observership', 'A virtual rotation']);
    const observed = score(builtInQuiz, answersOf({ ...base, travel: 'visitor', experience: 'observed' }));
    const virtual = score(builtInQuiz, answersOf({ ...base, travel: 'visitor', experience: 'virtual-done' }));
    expect(reasonsOf(observed, 'observership')).to.contain('Another observership');
    expect(reasonsOf(virtual, 'observership')).to.not.contain('Another observership');
    expect(reasonsOf(virtual, 'virtual')).to.contain('Another virtual rotation would add less');
    // Only the observership counts as having US clinical contacts already.
    expect(reasonsOf(observed, 'observership')).to.not.contain('You need US letters soon');
    expect(reasonsOf(virtual, 'observership')).to.contain('You need US letters soon');
  });

  it('gives the travel and housing reasons only to readers abroad', () => {
    const abroad = score(builtInQuiz, answersOf({ ...base, travel: 'us-status', cost: 'tight' }));
    const home = score(builtInQuiz, answersOf({ ...base, travel: 'us-based', cost: 'tight' }));
    expect(reasonsOf(abroad, 'virtual')).to.contain('travel and housing');
    expect(reasonsOf(abroad, 'hands-on')).to.contain('travel and housing');
    expect(reasonsOf(home, 'virtual')).to.not.contain('housing');
    expect(reasonsOf(home, 'hands-on')).to.not.contain('housing');
    expect(reasonsOf(home, 'observership')).to.contain('near home');
  });

  it('shows the old silent tie of a graduate in the US on a tight budget as a close call', () => {
    const result = score(builtInQuiz, answersOf({ ...base, travel: 'us-based', time: 'part-time', cost: 'tight' }));
    expect(result.closeCall).to.deep.equal(['observership', 'virtual']);
    expect(result.suggestion).to.equal('observership');
    expect(nextTypes(result)[0]).to.equal('virtual');
  });

  it('does not open an externship now to a graduate unsure of their travel or status', () => {
    const result = score(builtInQuiz, answersOf({ ...base, travel: 'unsure' }));
    expect(notPossible(result)).to.deep.equal(['hands-on']);
    expect(result.notPossibleNow[0]?.blockers[0]?.unlockedBy).to.contain('allowed to live and work there');
  });

  it('lets a student unsure of travel keep the clerkship route', () => {
    const result = score(builtInQuiz, answersOf({ ...base, stage: 'student-clinical', travel: 'unsure' }));
    expect(result.suggestion).to.equal('hands-on');
    expect(notPossible(result)).to.be.empty;
  });

  it('asks a student visitor to travel as a business visitor on a B-1, not as a tourist', () => {
    const result = score(builtInQuiz, answersOf({ ...base, stage: 'student-clinical', travel: 'visitor' }));
    expect(reasonsOf(result, 'hands-on')).to.contain('B-1 visa, as a business visitor rather than a tourist');
  });

  it('tells every reader who may need a visitor visa to check the current rules for their country', () => {
    for (const travel of ['visitor', 'cannot-travel', 'unsure']) {
      expect(tipsOf(score(builtInQuiz, answersOf({ ...base, travel }))), travel).to.contain(
        'current rules for your country',
      );
    }
    for (const travel of ['us-based', 'us-status']) {
      expect(tipsOf(score(builtInQuiz, answersOf({ ...base, travel }))), travel).to.not.contain('Visitor-visa');
    }
  });
});

describe('score: five typical readers', () => {
  it('(a) a final-year student free to travel, with money: a clerkship first, never an observership next', () => {
    const result = score(
      builtInQuiz,
      answersOf({
        stage: 'student-clinical',
        travel: 'visitor',
        time: 'weeks',
        cost: 'little',
        specialty: 'other',
        experience: 'none',
        timing: 'this-cycle',
      }),
    );
    expect(result.suggestion).to.equal('hands-on');
    expect(result.closeCall).to.be.empty;
    expect(notPossible(result)).to.be.empty;
    expect(stepText(result, 'hands-on')).to.contain('elective clerkship').and.contain('second elective');
    expect(nextTypes(result)).to.not.include('observership');
    expect(reasonsOf(result, 'observership')).to.contain('electives before an observership');
    expect(tipsOf(result)).to.contain('Plan your electives before you graduate');
    expect(tipsOf(result)).to.contain('Avoid programs that guarantee');
  });

  it('(a) with months and the next cycle ahead: a clerkship first, then research', () => {
    for (const travel of ['us-status', 'visitor']) {
      const result = score(
        builtInQuiz,
        answersOf({ stage: 'student-clinical', travel, time: 'months', experience: 'none', timing: 'next-cycle' }),
      );
      expect(ranking(result)[0], travel).to.equal('hands-on');
      expect(nowTypes(result), travel).to.deep.equal(['hands-on']);
      expect(nextTypes(result), travel).to.deep.equal(['research']);
    }
  });

  it('(b) a graduate who cannot travel, aiming at internal medicine: virtual now; observership, then residency-level hands-on later', () => {
    const result = score(
      builtInQuiz,
      answersOf({
        stage: 'graduate',
        travel: 'cannot-travel',
        time: 'part-time',
        cost: 'tight',
        specialty: 'primary',
        experience: 'none',
        timing: 'later',
      }),
    );
    expect(ranking(result)).to.deep.equal(['virtual', 'research', 'observership', 'hands-on']);
    expect(notPossible(result)).to.deep.equal(['observership', 'hands-on']);
    expect(nowTypes(result)).to.deep.equal(['virtual']);
    expect(nextTypes(result)).to.deep.equal(['research', 'observership', 'hands-on']);
    expect(stepText(result, 'research')).to.contain('remotely');
    expect(stepText(result, 'observership')).to.contain('visitor visa');
    expect(stepText(result, 'hands-on')).to.contain('begins with residency');
    expect(tipsOf(result)).to.contain('how long ago you graduated');
    expect(tipsOf(result)).to.contain('current rules for your country');
  });

  it('(c) a graduate aiming at radiology with months to give, free to work in the US: an externship, research alongside', () => {
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
    expect(stepText(result, 'hands-on')).to.contain('externship');
    expect(stepText(result, 'research')).to.contain('in your target specialty');
    expect(reasonsOf(result, 'research')).to.contain(builtInQuiz.orderRules[0]!.reason);
  });

  it('(c) the same reader on a visitor visa: remote or host-sponsored research now, no clinical work implied', () => {
    const result = score(
      builtInQuiz,
      answersOf({
        stage: 'graduate',
        travel: 'visitor',
        time: 'months',
        specialty: 'research-heavy',
        timing: 'next-cycle',
      }),
    );
    expect(result.suggestion).to.equal('research');
    expect(notPossible(result)).to.deep.equal(['hands-on']);
    expect(stepText(result, 'research')).to.contain('remotely').and.contain('J-1');
    expect(stepText(result, 'research')).to.contain('A visitor visa does not allow research work');
    expect(nextTypes(result)).to.deep.equal(['observership', 'hands-on']);
    expect(stepText(result, 'hands-on')).to.contain('begins with residency');
  });

  describe('(d) applying this cycle with no US letters: the fastest letter they are eligible for', () => {
    const base = { stage: 'graduate', time: 'weeks', experience: 'none', timing: 'this-cycle' };
    const cases: [string, Record<string, string>, TypeId, TypeId[]][] = [
      ['a graduate free to work in the US', { ...base, travel: 'us-status' }, 'hands-on', []],
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
        expect(tipsOf(result)).to.contain('letter in your specialty soonest');
        expect(tipsOf(result)).to.contain('applying as early as you can');
      });
    }
  });

  it('(e) a graduate living in the US with a work permit and little money: a local observership, then an externship', () => {
    const result = score(
      builtInQuiz,
      answersOf({
        stage: 'graduate',
        travel: 'us-based',
        time: 'weeks',
        cost: 'tight',
        specialty: 'primary',
        experience: 'none',
        timing: 'this-cycle',
      }),
    );
    expect(ranking(result)).to.deep.equal(['observership', 'hands-on', 'virtual', 'research']);
    expect(result.closeCall).to.be.empty;
    expect(notPossible(result)).to.be.empty;
    expect(stepText(result, 'observership')).to.contain('hospital near you').and.contain('what it charges');
    expect(nextTypes(result)).to.deep.equal(['hands-on']);
    expect(stepText(result, 'hands-on')).to.contain('externship');
    expect(reasonsOf(result, 'observership')).to.contain('near home');
    expect(allTexts(result).join(' ')).to.not.contain('housing in the US');
    expect(tipsOf(result)).to.contain('low-cost options near home');
    expect(tipsOf(result)).to.contain('Avoid programs that guarantee');
  });
});
