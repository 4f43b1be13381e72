/**
 * Sixteen readers walk through <usce-quiz> on a phone-sized screen, one
 * click at a time, and the test reads what each is told: the suggestion, a
 * close call when there is one, the plan, the tips and what is not possible.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import { builtInContent } from '../../../src/content/content.js';
import type { UsceQuiz } from '../../../src/components/usce-quiz/usce-quiz.js';
import { all, one, shadow, text } from '../../helpers/dom.js';
import { answer, skip } from '../../helpers/quiz-driver.js';

const quiz = builtInContent.quiz;

/** Answers each question as `answers` says, skipping optional questions it leaves out. */
async function walk(el: UsceQuiz, answers: Record<string, string>): Promise<void> {
  for (const question of quiz.questions) {
    expect(text(one(el, '.prompt'))).to.equal(question.prompt);
    const optionId = answers[question.id];
    if (optionId === undefined) await skip(el, quiz.ui.skip);
    else await answer(el, optionId);
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
  /** Text the suggestion, plan, warnings, tips or blocked list must show. */
  says: string[];
  /** Text that must not appear anywhere in the result. */
  never: string[];
  closeCall?: string;
}

// Phrases of the package's warnings (src/content/eligibility.ts).
const FEES = 'Avoid anyone who guarantees a letter or a match';
const STATE_LAW = 'may do no more than a medical assistant';
const SUSPENSIONS = 'Since 1 January 2026, visitor (B) and exchange (J) visas have been suspended';
const J1_RESEARCH = 'Before you accept a J-1 research post, ask ECFMG or an immigration attorney';

const PERSONAS: Persona[] = [
  // The eight readers of the second content review.
  {
    who: '1. a US citizen at a Caribbean school whose clinical years are in US hospitals',
    answers: {
      stage: 'student-us-cores',
      status: 'abroad-us',
      time: 'months',
      cost: 'some',
      experience: 'none',
      timing: 'next-cycle',
    },
    suggestion: 'Hands-on rotation',
    says: [
      'Make the most of your core rotations',
      'more than twelve weeks of clerkships',
      'only from US MD or DO schools',
      FEES,
    ],
    never: ['state law', 'VSLO if your medical school takes part', STATE_LAW],
  },
  {
    who: '2. a pre-clinical student abroad, money no object, with months to give',
    answers: {
      stage: 'student-early',
      status: 'visitor-visa',
      time: 'months',
      cost: 'little',
      specialty: 'undecided',
      experience: 'none',
      timing: 'later',
    },
    suggestion: 'Research',
    says: ['Exams first', 'Spend on US experience later', 'the J-1 category the host uses for visiting students'],
    never: ['research scholar visa', 'Visitors may come to the US to observe'],
  },
  {
    who: '2b. the same student with only a few weeks: never an observership first',
    answers: {
      stage: 'student-early',
      status: 'visitor-visa',
      time: 'weeks',
      cost: 'little',
      specialty: 'undecided',
      experience: 'none',
      timing: 'later',
    },
    suggestion: 'Virtual rotation',
    says: ['Many hosts take only graduates as observers', 'Exams first'],
    never: ['Our suggestion Observership'],
  },
  {
    who: '3. a graduate of nine years in the US on an H-4 without a work permit, little money',
    answers: {
      stage: 'graduate-older',
      status: 'us-no-work',
      time: 'months',
      cost: 'tight',
      specialty: 'primary',
      experience: 'none',
      timing: 'this-cycle',
    },
    suggestion: 'Observership',
    says: [
      'Look for an unpaid observership at a hospital near you',
      'an immigration attorney, to confirm that your status allows it',
      'H-4 EAD',
      'an externship can count as work even when it is unpaid',
      'how recent your clinical work is matters more',
      FEES,
    ],
    never: ['Look for an externship', 'travel', 'housing', 'research posts your work permit allows'],
  },
  {
    who: '4. a graduate in the US on a J-2 with a work permit, cost question skipped, applying this cycle',
    answers: {
      stage: 'graduate',
      status: 'us-work',
      time: 'weeks',
      specialty: 'primary',
      experience: 'none',
      timing: 'this-cycle',
    },
    suggestion: 'Hands-on rotation',
    closeCall:
      'A close call: Hands-on rotation and Observership came out level for your answers, so either is a sound start. Hands-on rotation is listed first only by a fixed order.',
    says: [FEES, STATE_LAW, 'ERAS', 'research coordinator, scribe or medical assistant', 'a visa for residency itself'],
    never: ['travel', 'housing'],
  },
  {
    who: '5. a certified graduate abroad aiming at dermatology, with months and a visitor visa',
    answers: {
      stage: 'graduate',
      status: 'visitor-visa',
      time: 'months',
      cost: 'little',
      specialty: 'research-heavy',
      experience: 'none',
      timing: 'next-cycle',
      exams: 'both',
    },
    suggestion: 'Research',
    says: [J1_RESEARCH, 'two-year home-residency rule', 'when a Pathway certificate expires', "NRMP's Match data"],
    never: ['ECFMG does so only where the host cannot'],
  },
  {
    who: '6a. a graduate abroad with one observership and a few hours a week',
    answers: {
      stage: 'graduate',
      status: 'visitor-visa',
      time: 'part-time',
      specialty: 'primary',
      experience: 'observed',
      timing: 'this-cycle',
    },
    suggestion: 'Research',
    says: ['a case report, an audit or a research project', 'Once you can free two to four weeks in one stretch'],
    never: [],
  },
  {
    who: '6b. the same reader living in the US with a work permit: no full-time rotation first',
    answers: {
      stage: 'graduate',
      status: 'us-work',
      time: 'part-time',
      specialty: 'primary',
      experience: 'observed',
      timing: 'this-cycle',
    },
    suggestion: 'Research',
    says: ['Once you can free two to four weeks in one stretch', 'a case report, an audit or a research project'],
    never: ['travel', 'housing'],
  },
  {
    who: '7. a Canadian citizen who graduated outside Canada and the US',
    answers: {
      stage: 'graduate',
      status: 'visa-free',
      time: 'weeks',
      cost: 'some',
      experience: 'none',
      timing: 'next-cycle',
    },
    suggestion: 'Observership',
    says: ['TN status covers teaching and research, not patient care', 'begins with residency', FEES],
    never: ['B-1/B-2 visa or ESTA', SUSPENSIONS],
  },
  {
    who: '8. a graduate whose nationality is under a visa suspension, applying this cycle',
    answers: { stage: 'graduate', status: 'restricted', time: 'weeks', experience: 'none', timing: 'this-cycle' },
    suggestion: 'Virtual rotation',
    says: [
      SUSPENSIONS,
      'Once you hold a visitor visa. Pay nothing that cannot be refunded',
      'interview wait',
      '$100,000 fee',
    ],
    never: ['Visitors may come to the US to observe', 'A visitor may observe'],
  },

  // Eight more readers the review did not meet.
  {
    who: '9. a US citizen graduate of six years living in the US on a tight budget',
    answers: {
      stage: 'graduate-older',
      status: 'us-work',
      time: 'weeks',
      cost: 'tight',
      specialty: 'primary',
      experience: 'none',
      timing: 'this-cycle',
    },
    suggestion: 'Observership',
    says: ['Look for an observership at a hospital near you', 'Look for an externship', STATE_LAW],
    never: ['travel', 'housing'],
  },
  {
    who: '10. a clinical-years student of a school abroad living in the US as an F-2 dependent',
    answers: {
      stage: 'student-clinical',
      status: 'us-no-work',
      time: 'weeks',
      cost: 'some',
      specialty: 'other',
      experience: 'none',
      timing: 'next-cycle',
    },
    suggestion: 'Hands-on rotation',
    says: [
      'ask your school and an immigration attorney whether your status allows it',
      'research for a US team can count as work',
    ],
    never: ['travel', 'housing', STATE_LAW],
  },
  {
    who: '11. a graduate abroad who has not passed the USMLE yet',
    answers: {
      stage: 'graduate',
      status: 'visitor-visa',
      time: 'months',
      cost: 'some',
      specialty: 'other',
      experience: 'none',
      timing: 'later',
      exams: 'not-yet',
    },
    suggestion: 'Research',
    says: ['Once you have passed USMLE Step 1', J1_RESEARCH],
    never: [],
  },
  {
    who: '12. a graduate under a visa suspension aiming at a research-heavy specialty, applying later',
    answers: {
      stage: 'graduate',
      status: 'restricted',
      time: 'months',
      specialty: 'research-heavy',
      experience: 'none',
      timing: 'later',
    },
    suggestion: 'Research',
    says: ['exchange (J) visas are among those suspended', 'the J-1 for residency is suspended too', SUSPENSIONS],
    never: ['A visitor may observe'],
  },
  {
    who: '13. a pre-clinical student living in the US with a few hours a week',
    answers: { stage: 'student-early', status: 'us-work', time: 'part-time', specialty: 'undecided', timing: 'later' },
    suggestion: 'Research',
    says: ['Look for a research post near you', 'Exams first', 'Once you reach the clinical years'],
    never: ['travel', 'housing'],
  },
  {
    who: '14. a final-year student of a school abroad who travels with ESTA',
    answers: {
      stage: 'student-clinical',
      status: 'visa-free',
      time: 'weeks',
      cost: 'little',
      specialty: 'other',
      experience: 'none',
      timing: 'this-cycle',
    },
    suggestion: 'Hands-on rotation',
    says: ['as a business visitor, if it is unpaid', 'through VSLO', 'more than twelve weeks of clerkships'],
    never: ['TN status', 'research scholar'],
  },
  {
    who: '15. a US permanent resident living abroad with only a few hours a week',
    answers: {
      stage: 'graduate',
      status: 'abroad-us',
      time: 'part-time',
      cost: 'some',
      specialty: 'primary',
      experience: 'none',
      timing: 'next-cycle',
    },
    suggestion: 'Virtual rotation',
    says: ['Many are paid products', 'Once you can free two to four weeks in one stretch', FEES],
    never: [SUSPENSIONS, 'a visa for residency itself'],
  },
  {
    who: '16. a graduate not sure of their status, aiming at a research-heavy specialty, applying this cycle',
    answers: {
      stage: 'graduate',
      status: 'unsure',
      time: 'months',
      specialty: 'research-heavy',
      experience: 'none',
      timing: 'this-cycle',
    },
    suggestion: 'Observership',
    closeCall:
      'A close call: Observership and Research, Virtual rotation came out level for your answers, so either is a sound start. Observership is listed first only by a fixed order.',
    says: ['Once you know you may live and work in the US', J1_RESEARCH, SUSPENSIONS],
    never: ['Look for an externship'],
  },
];

describe('<usce-quiz>: sixteen readers at 375 px', function () {
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
      // The warnings show in the plan, unfolded, whatever the optional answers.
      expect(visible(el, '.warnings')).to.contain(quiz.ui.warnings);
      // Each warning that has a source links it, over https.
      const links = all<HTMLAnchorElement>(el, '.warnings a').map((a) => a.getAttribute('href') ?? '');
      for (const href of links) expect(href).to.match(/^https:\/\//);
      if (persona.says.includes(SUSPENSIONS))
        expect(links.some((h) => h.startsWith('https://travel.state.gov/'))).to.equal(true);
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
