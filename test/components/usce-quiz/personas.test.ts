/**
 * Five typical readers walk through <usce-quiz> on a phone-sized screen, one
 * click at a time, and the test reads what each is told: the suggestion, a
 * close call when there is one, the plan, the tips and what is not possible.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import { builtInContent } from '../../../src/content/content.js';
import type { UsceQuiz } from '../../../src/components/usce-quiz/usce-quiz.js';
import { all, one, shadow, text } from '../../helpers/dom.js';

const quiz = builtInContent.quiz;

/** Answers each question as `answers` says, skipping optional questions it leaves out. */
async function walk(el: UsceQuiz, answers: Record<string, string>): Promise<void> {
  for (const question of quiz.questions) {
    expect(text(one(el, '.prompt'))).to.equal(question.prompt);
    const optionId = answers[question.id];
    if (optionId === undefined) {
      const skip = all<HTMLButtonElement>(el, 'button').find((b) => text(b) === quiz.ui.skip);
      expect(skip, `skip ${question.id}`).to.not.equal(undefined);
      skip!.click();
    } else {
      const radio = all<HTMLInputElement>(el, 'input[type="radio"]').find((r) => r.value === optionId);
      expect(radio, `${question.id}=${optionId}`).to.not.equal(undefined);
      radio!.click();
      await el.updateComplete;
      one(el, 'button[type="submit"]').click();
    }
    await el.updateComplete;
  }
}

/** The visible text of the first element matching `selector`, or '' when none is shown. */
function visible(el: UsceQuiz, selector: string): string {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  return found?.checkVisibility() ? text(found) : '';
}

interface Persona {
  who: string;
  answers: Record<string, string>;
  suggestion: string;
  /** Text the plan, tips or blocked list must show. */
  says: string[];
  /** Text that must not appear anywhere in the result. */
  never: string[];
  closeCall?: string;
}

const PERSONAS: Persona[] = [
  {
    who: '(a) a final-year student free to travel, with money, applying this cycle',
    answers: {
      stage: 'student-clinical',
      travel: 'visitor',
      time: 'weeks',
      cost: 'little',
      specialty: 'other',
      experience: 'none',
      timing: 'this-cycle',
    },
    suggestion: 'Hands-on rotation',
    says: [
      'Apply for an elective clerkship in your target specialty',
      'a second elective can bring a second letter',
      'Plan your electives before you graduate',
      'business visitor rather than a tourist',
      'Avoid programs that guarantee a letter or a match',
    ],
    never: ['An observership in your target specialty'],
  },
  {
    who: '(b) a graduate who cannot travel, aiming at internal medicine, on a tight budget',
    answers: {
      stage: 'graduate',
      travel: 'cannot-travel',
      time: 'part-time',
      cost: 'tight',
      specialty: 'primary',
      experience: 'none',
      timing: 'later',
    },
    suggestion: 'Virtual rotation',
    says: [
      'Ask the programs you apply to whether they count it',
      'Join a US research team remotely',
      'hands-on care in the US begins with residency',
      'how long ago you graduated',
      'current rules for your country',
    ],
    never: ['status that allows clinical training'],
  },
  {
    who: '(c) a graduate aiming at radiology with months to give, on a visitor visa',
    answers: {
      stage: 'graduate',
      travel: 'visitor',
      time: 'months',
      specialty: 'research-heavy',
      timing: 'next-cycle',
    },
    suggestion: 'Research',
    says: [
      'usually a J-1 research scholar visa',
      'A visitor visa does not allow research work',
      'hands-on care in the US begins with residency',
    ],
    never: ['alongside your clinical work', 'status that allows clinical training'],
  },
  {
    who: '(d) a graduate on a visitor visa applying this cycle with no US letters',
    answers: { stage: 'graduate', travel: 'visitor', time: 'weeks', experience: 'none', timing: 'this-cycle' },
    suggestion: 'Observership',
    says: [
      'ask whether a letter is possible',
      'letter in your specialty soonest',
      'applying as early as you can',
      'current rules for your country',
    ],
    never: ['status that allows clinical training'],
  },
  {
    who: '(e) a graduate living in the US with a work permit and little money',
    answers: {
      stage: 'graduate',
      travel: 'us-based',
      time: 'weeks',
      cost: 'tight',
      specialty: 'primary',
      experience: 'none',
      timing: 'this-cycle',
    },
    suggestion: 'Observership',
    says: [
      'Look for an observership at a hospital near you',
      'Look for an externship in your target specialty',
      'low-cost options near home',
      'Avoid programs that guarantee a letter or a match',
    ],
    never: ['housing in the US', 'Visitor-visa rules'],
  },
  {
    who: '(e) the same reader with only a few hours a week: a close call, said in words',
    answers: {
      stage: 'graduate',
      travel: 'us-based',
      time: 'part-time',
      cost: 'tight',
      specialty: 'primary',
      experience: 'none',
      timing: 'this-cycle',
    },
    suggestion: 'Observership',
    closeCall:
      'A close call: Observership and Virtual rotation came out level for your answers, so either is a sound start. Observership is listed first only by a fixed order.',
    says: ['Look for an observership at a hospital near you'],
    never: ['housing in the US'],
  },
];

describe('<usce-quiz>: five typical readers at 375 px', function () {
  this.timeout(30_000);

  before(async () => {
    await setViewport({ width: 375, height: 800 });
  });

  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const persona of PERSONAS) {
    it(persona.who, async () => {
      const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
      await walk(el, persona.answers);
      expect(visible(el, '.result-heading')).to.equal(quiz.ui.resultHeading);
      expect(visible(el, '.suggestion-name')).to.equal(persona.suggestion);
      expect(visible(el, '.close-call')).to.equal(persona.closeCall ?? '');
      const told = [visible(el, '.suggestion'), visible(el, '.plan'), visible(el, '.blocked')].join(' ');
      for (const phrase of persona.says) expect(told, phrase).to.contain(phrase);
      const everything = text(one(el, '.result'));
      for (const phrase of persona.never) expect(everything, phrase).to.not.contain(phrase);
      // Nothing is wider than the phone's screen.
      const result = one(el, '.result');
      expect(result.scrollWidth).to.be.at.most(result.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(375);
      await expect(el).to.be.accessible();
    });
  }
});
