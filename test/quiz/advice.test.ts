/**
 * What the built-in quiz tells readers, checked as invariants over every
 * combination of answers (the eligibility table and the package's warnings
 * in `src/content/eligibility.ts`), then reader by reader.
 */
import { expect } from '@open-wc/testing';
import { GRADUATES, LIVES_IN_US, MAY_WORK, SAFEGUARDS, STUDENTS } from '../../src/content/eligibility.js';
import type { StageId, StatusId } from '../../src/content/eligibility.js';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import type { QuizAnswer, QuizContent, QuizResult } from '../../src/content/quiz-types.js';
import type { TypeId } from '../../src/content/types.js';
import { mergeContent } from '../../src/content/merge.js';
import { builtInContent } from '../../src/content/content.js';
import { score } from '../../src/quiz/score.js';
import { answersOf, checkEveryResult, type ResultCheck } from '../helpers/quiz-combinations.js';

const warningText = (id: string) => SAFEGUARDS.find((s) => s.id === id)!.text;
const FEES = warningText('fees-and-brokers');
const STATE_LAW = warningText('externship-state-law');
const J1_RESEARCH = warningText('j1-research-residency');
const VISA_SUSPENSIONS = warningText('visa-suspensions');

const answerOf = (answers: readonly QuizAnswer[], questionId: string) =>
  answers.find((a) => a.questionId === questionId)?.optionId;
const stageOf = (answers: readonly QuizAnswer[]) => answerOf(answers, 'stage') as StageId;
const statusOf = (answers: readonly QuizAnswer[]) => answerOf(answers, 'status') as StatusId;
const warnings = (result: QuizResult) => result.warnings.map((w) => w.text);
const possibleNow = (result: QuizResult, type: TypeId) => result.ranking.find((r) => r.type === type)!.possibleNow;
const IN_PERSON: readonly TypeId[] = ['hands-on', 'observership'];

/** Every text a reader sees in a result: reasons, blockers, steps, tips and warnings. */
function allTexts(result: QuizResult): string[] {
  const texts: string[] = [];
  for (const ranked of result.ranking) {
    texts.push(...ranked.reasons.map((r) => r.text));
    texts.push(...ranked.blockers.flatMap((b) => [b.reason, b.unlockedBy]));
  }
  for (const step of [...result.plan.now, ...result.plan.next]) texts.push(...step.text, ...step.once);
  texts.push(...result.plan.tips.map((t) => t.text), ...warnings(result));
  return texts;
}

const nowText = (result: QuizResult) => result.plan.now.flatMap((s) => s.text).join(' ');
const stepOf = (result: QuizResult, type: TypeId) =>
  [...result.plan.now, ...result.plan.next].find((s) => s.type === type);

const invariants: Record<string, ResultCheck> = {
  'nobody without permission to work is told to start an externship or on-site volunteer research': (
    result,
    answers,
  ) => {
    const status = statusOf(answers);
    if (MAY_WORK.includes(status)) return undefined;
    if (GRADUATES.includes(stageOf(answers)) && possibleNow(result, 'hands-on')) return 'externship open';
    if (/externship/i.test(nowText(result))) return `now: ${nowText(result)}`;
    if (/volunteer/i.test(nowText(result))) return `now: ${nowText(result)}`;
    if (status === 'us-no-work' && possibleNow(result, 'research')) return 'research open without a work permit';
    return undefined;
  },
  'no student is told to start with an observership': (result, answers) => {
    if (!STUDENTS.includes(stageOf(answers))) return undefined;
    if (result.plan.now.some((s) => s.type === 'observership')) return 'observership now';
    return undefined;
  },
  'no reader who lives in the US gets travel or housing reasons': (result, answers) => {
    if (!LIVES_IN_US.includes(statusOf(answers))) return undefined;
    const found = allTexts(result).find((text) => /travel|housing/i.test(text));
    return found;
  },
  'every result carries the broker and fee warning, whatever the optional answers': (result) =>
    warnings(result).includes(FEES) ? undefined : 'no fee warning',
  'every result whose first step is in person carries the broker and fee warning first': (result) => {
    const first = result.plan.now[0]?.type;
    if (first === undefined || !IN_PERSON.includes(first)) return undefined;
    return warnings(result)[0] === FEES ? undefined : 'fee warning not first';
  },
  'every graduate offered a J-1 research post is told how it can affect the residency visa': (result, answers) => {
    if (!GRADUATES.includes(stageOf(answers))) return undefined;
    const research = stepOf(result, 'research');
    if (research === undefined || !research.text.some((t) => t.includes('J-1'))) return undefined;
    return warnings(result).includes(J1_RESEARCH) ? undefined : 'no J-1 warning';
  },
  'every graduate whose plan includes an externship gets the state-law warning': (result, answers) => {
    if (!GRADUATES.includes(stageOf(answers))) return undefined;
    if (!possibleNow(result, 'hands-on') || stepOf(result, 'hands-on') === undefined) return undefined;
    return warnings(result).includes(STATE_LAW) ? undefined : 'no state-law warning';
  },
  'no student is offered a J-1 research scholar post': (result, answers) => {
    if (!STUDENTS.includes(stageOf(answers))) return undefined;
    return allTexts(result).find((text) => /research scholar/i.test(text));
  },
  'every reader who may need a visitor visa is told of the 2025–26 suspensions and to pay nothing before it': (
    result,
    answers,
  ) => {
    if (!['visitor-visa', 'restricted', 'unsure'].includes(statusOf(answers))) return undefined;
    return warnings(result).includes(VISA_SUSPENSIONS) ? undefined : 'no visa warning';
  },
  'nobody who cannot get a visa in time, or cannot travel, starts with anything in person': (result, answers) => {
    if (!['restricted', 'cannot-travel'].includes(statusOf(answers))) return undefined;
    return result.plan.now.some((s) => IN_PERSON.includes(s.type)) ? 'in person now' : undefined;
  },
  'a graduate with a few hours a week, or no USMLE pass yet, starts with nothing in person': (result, answers) => {
    if (!GRADUATES.includes(stageOf(answers))) return undefined;
    if (answerOf(answers, 'time') !== 'part-time' && answerOf(answers, 'exams') !== 'not-yet') return undefined;
    return result.plan.now.some((s) => IN_PERSON.includes(s.type)) ? 'in person now' : undefined;
  },
  'pre-clinical students hear "exams first" and are not sent to a clerkship': (result, answers) => {
    if (stageOf(answers) !== 'student-early') return undefined;
    if (possibleNow(result, 'hands-on')) return 'clerkship open';
    return result.plan.tips.some((t) => t.text.startsWith('Exams first')) ? undefined : 'no exams-first tip';
  },
  'a blocked graduate hands-on step speaks of residency or of what to do first, never of an externship': (
    result,
    answers,
  ) => {
    if (!GRADUATES.includes(stageOf(answers)) || possibleNow(result, 'hands-on')) return undefined;
    const step = stepOf(result, 'hands-on');
    return step && /externship/i.test([...step.once, ...step.text].join(' '))
      ? 'externship in a blocked step'
      : undefined;
  },
  'never tells a restricted reader that visitors may observe': (result, answers) =>
    statusOf(answers) === 'restricted'
      ? allTexts(result).find((t) => /visitors? may (come to )?observe/i.test(t))
      : undefined,
};

describe('advice: invariants over every combination of answers', function () {
  this.timeout(20_000); // one pass over 172 800 combinations: a few seconds
  let run: ReturnType<typeof checkEveryResult>;
  before(() => {
    run = checkEveryResult(builtInQuiz, invariants);
  });
  for (const name of Object.keys(invariants)) {
    it(name, () => {
      expect(run.problems[name], `${run.totals[name]} of ${run.count} answer sets`).to.deep.equal([]);
    });
  }
});

describe('advice: protection no partner override can remove', () => {
  it('keeps the warnings when an override strips every tip and plan text, and the cost question is skipped', () => {
    const stripped = structuredClone(builtInContent.quiz) as QuizContent;
    for (const question of stripped.questions) {
      for (const option of question.options) option.effects = option.effects.filter((e) => e.kind === 'score');
    }
    const merged = mergeContent(builtInContent, { quiz: { questions: stripped.questions } }) as typeof builtInContent;
    const result = score(
      merged.quiz,
      answersOf({ stage: 'graduate', status: 'us-work', time: 'weeks', timing: 'this-cycle' }),
    );
    expect(result.suggestion).to.equal('hands-on');
    expect(warnings(result)).to.include.members([FEES, STATE_LAW]);
  });

  it('keeps externships closed to a visitor graduate even when an override lifts hands-on work', () => {
    const quiz = structuredClone(builtInQuiz);
    quiz.questions[1]!.options.find((o) => o.id === 'visitor-visa')!.effects.push({
      kind: 'score',
      type: 'hands-on',
      points: 50,
      reason: 'Book your externship with us.',
    });
    const result = score(
      quiz,
      answersOf({ stage: 'graduate', status: 'visitor-visa', time: 'weeks', timing: 'later' }),
    );
    expect(possibleNow(result, 'hands-on')).to.equal(false);
    expect(result.suggestion).to.not.equal('hands-on');
  });
});
