/**
 * The built-in quiz: its questions, what each answer does to the four types,
 * and the strings of the quiz and result views, in English.
 *
 * Rules for editing:
 * - Ids of questions and options are used in share codes. Renaming,
 *   reordering or adding them makes earlier links read as outdated (they are
 *   detected, not misread); editing or translating text does not.
 * - Advice is phrased as advice ("we suggest"). State no price, percentage
 *   or length of time, apart from the sourced "observerships commonly run
 *   2–4 weeks".
 * - A rule-out's `unlockedBy` opens with "Once …": it is shown both under
 *   "What would change that" and as the start of a later plan step.
 */
import type { Effect, QuizContent } from './quiz-types.js';

// Shared by every option that names a specialty.
const specialtyLettersTip: Effect = {
  kind: 'tip',
  text: 'Aim your rotations at your target specialty: letters from physicians in that specialty carry more weight.',
};

// Options of the "experience" question that already brought US clinical
// contacts; the others (and skipping) are treated as "no US letters yet".
const HAS_CLINICAL_EXPERIENCE = ['observed', 'hands-on-done'];

export const builtInQuiz: QuizContent = {
  ui: {
    heading: 'Find the kind of US clinical experience that fits you',
    intro:
      'Answer a few questions about where you stand. We will rank the four kinds for you, explain why, and suggest a plan.',
    progress: 'Question {n} of {total}',
    optionalLabel: 'Optional',
    next: 'Next',
    back: 'Back',
    skip: 'Skip this question',
    seeResult: 'See my result',
    chooseAnswer: 'Choose an answer to go on. This question cannot be skipped.',
    restart: 'Start again',
    resultHeading: 'Your result',
    suggestion: 'Our suggestion',
    noSuggestion: 'None of the four is open to you right now. The plan below shows what would change that.',
    why: 'Why',
    noReasons: 'None of your answers changed this one.',
    becauseAnswer: 'your answer: {answer}',
    fullRanking: 'Full ranking',
    rankItem: '{rank}. {type}',
    scoreLabel: 'Score: {score}',
    notPossibleNow: 'Not possible now',
    whatWouldChange: 'What would change that',
    plan: 'Your plan',
    planNow: 'Now',
    planNext: 'Next',
    planTips: 'Also keep in mind',
    alongside: 'Alongside: {type}',
    share: 'Share your result',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'The link could not be copied. Copy it from the address bar instead.',
    restoreFailed: 'Your answers were not restored because the link is outdated or damaged.',
    ignoredAnswers: 'Some answers were not recognised and were left out.',
    caveat:
      'Take this as advice, not a verdict. Every residency program decides for itself: one may insist on hands-on work, another may accept observerships, a third may not ask for US experience at all. Look up the requirements of each program on your list.',
    seeInTable: 'See it in the table',
    seeCard: 'See its card',
  },

  questions: [
    {
      id: 'stage',
      prompt: 'Where are you in your medical training?',
      options: [
        {
          id: 'student-clinical',
          label: 'A medical student in the clinical years of my degree',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 3,
              reason:
                'Hands-on work is the strongest kind of US experience, and as a student in your clinical years you can take elective clerkships.',
            },
            {
              kind: 'plan',
              type: 'hands-on',
              text: 'Apply for an elective clerkship in your target specialty, through VSLO if your medical school takes part.',
            },
          ],
        },
        {
          id: 'student-early',
          label: 'A medical student before my clinical years',
          effects: [
            {
              kind: 'rule-out',
              type: 'hands-on',
              reason: 'Elective clerkships are for students in the clinical years of their degree.',
              unlockedBy: 'Once you reach the clinical years of your degree, you can apply for elective clerkships.',
            },
            {
              kind: 'score',
              type: 'research',
              points: 1,
              reason: 'Research can start early and grow in the years before you apply.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: 1,
              reason: 'A virtual rotation is an easy start that fits around your studies.',
            },
          ],
        },
        {
          id: 'graduate',
          label: 'A graduate of a medical school',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 2,
              reason:
                'Hands-on work is still the strongest kind of US experience. Clerkships are for students only, so as a graduate your way in is an externship.',
            },
            {
              kind: 'plan',
              type: 'hands-on',
              text: 'Look for an externship in your target specialty. What an externship may include depends on the law of the state it is in, so check with the host which tasks you may take on.',
            },
          ],
        },
      ],
    },

    {
      id: 'travel',
      prompt: 'Could you travel to the US and stay there for a rotation now?',
      help: 'Think of the visa or status you hold, or could get soon. Check the rules with the host before you book.',
      options: [
        {
          id: 'us-status',
          label: 'Yes: I am a US citizen or permanent resident, or hold a status that allows clinical training',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              reason:
                'Your status does not limit you to observing, so hands-on rotations are open to you wherever you are eligible.',
            },
          ],
        },
        {
          id: 'visitor',
          label: 'Yes, but only as a visitor (B-1/B-2 visa or ESTA)',
          effects: [
            {
              kind: 'score',
              type: 'observership',
              points: 1,
              reason: 'Visitors may come to the US to observe, so an observership fits your status.',
            },
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              when: [{ question: 'stage', anyOf: ['student-clinical'] }],
              reason:
                'As a student you may take an elective clerkship that is part of your degree on a B-1 visa. Check which visa each host asks for.',
            },
            {
              kind: 'rule-out',
              type: 'hands-on',
              when: [{ question: 'stage', noneOf: ['student-clinical', 'student-early'] }],
              reason:
                'A visitor may observe in the US but not take part in patient care. The exception for elective clerkships covers only students taking one as part of their degree.',
              unlockedBy:
                'Once you hold a US status that allows clinical training. Even then, what an externship may include depends on the law of its state.',
            },
          ],
        },
        {
          id: 'cannot-travel',
          label: 'No, I cannot travel to the US for now',
          effects: [
            {
              kind: 'rule-out',
              type: 'hands-on',
              when: [{ question: 'stage', anyOf: ['graduate'] }],
              reason: 'Hands-on rotations take place in person, and you cannot travel now.',
              unlockedBy:
                'Once you can travel and hold a US status that allows clinical training; a visitor visa allows observing only. What an externship may include also depends on the law of its state.',
            },
            {
              kind: 'rule-out',
              type: 'hands-on',
              when: [{ question: 'stage', noneOf: ['graduate'] }],
              reason: 'Hands-on rotations take place in person, and you cannot travel now.',
              unlockedBy:
                'Once you can travel to the US. A student may take an elective clerkship that is part of the degree on a B-1 visa.',
            },
            {
              kind: 'score',
              type: 'hands-on',
              points: -3,
              when: [{ question: 'stage', anyOf: ['graduate'] }],
              reason:
                'Even once you can travel, a visitor visa would let you observe only, so hands-on work may take longer to reach.',
            },
            {
              kind: 'rule-out',
              type: 'observership',
              reason: 'Observerships take place in person, and you cannot travel now.',
              unlockedBy: 'Once you can travel to the US. A visitor visa (B-1/B-2) or ESTA allows observing.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: 2,
              reason:
                'Once you can travel, an observership is open even on a visitor visa, so we suggest it as your first step in person.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: 4,
              reason: 'A virtual rotation needs no travel, and it can prepare you for work in person later.',
            },
            {
              kind: 'score',
              type: 'research',
              points: 1,
              reason: 'Research can be done remotely with a US team, for example data analysis and writing.',
            },
            {
              kind: 'plan',
              type: 'research',
              text: 'Join a US research team remotely, for example to help with data analysis or writing.',
            },
          ],
        },
        {
          id: 'unsure',
          label: "I'm not sure yet",
          effects: [
            {
              kind: 'score',
              type: 'virtual',
              points: 1,
              reason: 'While your travel plans are unclear, a virtual rotation is a step you can take right away.',
            },
            {
              kind: 'tip',
              text: 'Before you book anything in person, find out which visa it needs. Hosts can tell you what they ask for.',
            },
          ],
        },
      ],
    },

    {
      id: 'time',
      prompt: 'How much time can you give to US experience before you apply?',
      help: 'Count the time you could spend on it, in the US or from home.',
      options: [
        {
          id: 'part-time',
          label: 'A few hours a week, around other work or study',
          effects: [
            {
              kind: 'score',
              type: 'virtual',
              points: 2,
              reason: 'Virtual rotations and other remote work can fit around your other commitments.',
            },
            {
              kind: 'score',
              type: 'research',
              points: 1,
              reason: 'Remote research can move forward a few hours at a time.',
            },
            {
              kind: 'score',
              type: 'hands-on',
              points: -2,
              reason: 'A hands-on rotation needs you at the host full-time.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: -1,
              reason: 'Observerships also need full days on site, and commonly run 2–4 weeks.',
            },
          ],
        },
        {
          id: 'weeks',
          label: 'A few weeks in one stretch',
          effects: [
            {
              kind: 'score',
              type: 'observership',
              points: 2,
              reason: 'Observerships commonly run 2–4 weeks, which fits the time you have.',
            },
            {
              kind: 'score',
              type: 'research',
              points: -2,
              reason:
                'Research tends to take months before it yields anything you could cite, so a few weeks is short for it.',
            },
            {
              kind: 'tip',
              text: 'Hosts set the length of their rotations. Ask before you plan around one.',
            },
          ],
        },
        {
          id: 'months',
          label: 'Several months or more',
          effects: [
            {
              kind: 'score',
              type: 'research',
              points: 2,
              reason: 'Research tends to take months before it yields anything you could cite, and you have that time.',
            },
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              reason: 'You have room for more than one rotation, which can mean more than one letter.',
            },
          ],
        },
      ],
    },

    {
      id: 'cost',
      prompt: 'How much does cost weigh in your choice?',
      help: 'We quote no prices: they vary widely from host to host.',
      optional: true,
      options: [
        {
          id: 'tight',
          label: 'A lot: I need to keep spending low',
          effects: [
            {
              kind: 'score',
              type: 'virtual',
              points: 2,
              reason: 'Virtual work spares you the cost of travel and housing in the US.',
            },
            {
              kind: 'score',
              type: 'hands-on',
              points: -1,
              reason:
                'A rotation in person adds travel and housing, and some hosts charge fees. We suggest comparing before you commit.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: -1,
              reason:
                'Observerships are not supposed to be profit-making, though a host may ask you to cover its real costs; travel and housing are extra.',
            },
          ],
        },
        {
          id: 'some',
          label: "Somewhat: I'll pay for the right experience",
          effects: [
            {
              kind: 'tip',
              text: 'Ask each host what its fee covers before you pay, and compare a few.',
            },
          ],
        },
        {
          id: 'little',
          label: 'Little: cost will not decide it',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              reason: 'You can choose rotations by their quality and specialty rather than by cost.',
            },
          ],
        },
      ],
    },

    {
      id: 'specialty',
      prompt: 'Which specialty are you aiming for?',
      optional: true,
      options: [
        {
          id: 'research-heavy',
          label: 'Radiology, dermatology or surgery',
          effects: [
            {
              kind: 'score',
              type: 'research',
              points: 3,
              reason: 'Research counts for more in these competitive specialties, so we suggest building some.',
            },
            {
              kind: 'plan',
              type: 'research',
              text: 'Add research in your specialty alongside your clinical work.',
              alongside: true,
            },
            specialtyLettersTip,
          ],
        },
        {
          id: 'primary',
          label: 'Internal medicine, family medicine or pediatrics',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              reason: 'In this field we suggest putting clinical work first.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: 1,
              reason: 'An observership in your field is a way to meet physicians who may later write for you.',
            },
            {
              kind: 'score',
              type: 'research',
              points: -1,
              reason: 'Research helps, but in this field we suggest giving it less of your time than clinical work.',
            },
            specialtyLettersTip,
          ],
        },
        {
          id: 'other',
          label: 'Another specialty',
          effects: [specialtyLettersTip],
        },
        {
          id: 'undecided',
          label: "I haven't decided yet",
          effects: [
            {
              kind: 'score',
              type: 'observership',
              points: 1,
              reason: 'Observing in a few departments can help you choose a specialty.',
            },
            {
              kind: 'tip',
              text: 'We suggest settling on a specialty before you book rotations for letters: letters from physicians in your specialty carry more weight.',
            },
          ],
        },
      ],
    },

    {
      id: 'experience',
      prompt: 'What US experience do you have so far?',
      optional: true,
      options: [
        {
          id: 'none',
          label: 'None yet',
          effects: [
            {
              kind: 'score',
              type: 'observership',
              points: 1,
              reason:
                'With no US experience yet, an observership is a gentle introduction to the daily running of a US hospital.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: 1,
              reason: 'A virtual rotation can prepare you for work in person.',
            },
          ],
        },
        {
          id: 'observed',
          label: 'An observership or a virtual rotation',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 2,
              reason:
                'You have seen US practice already. Hands-on work is the natural next step, and it brings more detailed letters.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: -1,
              reason: 'Another observership would add less than a different kind of experience.',
            },
          ],
        },
        {
          id: 'hands-on-done',
          label: 'A hands-on rotation',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              reason: 'A second rotation in your target specialty can bring another detailed letter.',
            },
            {
              kind: 'score',
              type: 'research',
              points: 1,
              reason: 'Research would round out the clinical experience you already have.',
            },
          ],
        },
        {
          id: 'research-only',
          label: 'Research, but no clinical experience',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 2,
              reason: 'Research does not replace clinical experience, and that is what your application lacks so far.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: 1,
              reason: 'An observership is a first step into US clinical work if hands-on work is out of reach.',
            },
            {
              kind: 'score',
              type: 'research',
              points: -2,
              reason: 'You have research already; clinical work would add more now.',
            },
          ],
        },
      ],
    },

    {
      id: 'timing',
      prompt: 'When do you plan to apply to the Match?',
      options: [
        {
          id: 'this-cycle',
          label: 'In the coming application cycle',
          effects: [
            {
              kind: 'score',
              type: 'research',
              points: -2,
              reason: 'Research is slow to bear fruit, which may be too late for this cycle.',
            },
            {
              kind: 'score',
              type: 'hands-on',
              points: 2,
              when: [{ question: 'experience', noneOf: HAS_CLINICAL_EXPERIENCE }],
              reason: 'You need US letters soon, and hands-on work brings the most detailed ones, if you are eligible.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: 2,
              when: [{ question: 'experience', noneOf: HAS_CLINICAL_EXPERIENCE }],
              reason: 'You need US letters soon. Observerships commonly run 2–4 weeks, and some lead to a letter.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: 1,
              when: [{ question: 'experience', noneOf: HAS_CLINICAL_EXPERIENCE }],
              reason:
                'You need US letters soon. A virtual rotation can lead to a letter when the supervising physician knows your work well.',
            },
            {
              kind: 'tip',
              when: [{ question: 'experience', noneOf: HAS_CLINICAL_EXPERIENCE }],
              text: 'With little time, we suggest choosing whatever can bring you a letter in your specialty soonest, and asking the host about letters before you book.',
            },
          ],
        },
        {
          id: 'next-cycle',
          label: 'In the cycle after that',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              reason: 'You have time to plan a hands-on rotation in your target specialty.',
            },
            {
              kind: 'score',
              type: 'research',
              points: 1,
              reason: 'There is time for research to produce results.',
            },
          ],
        },
        {
          id: 'later',
          label: 'Later, or not sure yet',
          effects: [
            {
              kind: 'score',
              type: 'research',
              points: 2,
              reason: 'With time ahead, research can grow into publications.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: 1,
              reason: 'A virtual rotation is an easy first step to learn how US teams work.',
            },
          ],
        },
      ],
    },
  ],

  steps: {
    'hands-on':
      'A hands-on rotation in your target specialty: a clerkship if you are a student, an externship if you have graduated.',
    observership: 'An observership in your target specialty. Before you start, ask whether a letter is possible.',
    research: 'Research with a US team, in your target specialty if you can.',
    virtual: 'A virtual rotation with US physicians. Ask the programs you apply to whether they count it.',
  },

  orderRules: [
    {
      type: 'research',
      staysBelow: 'hands-on',
      reason:
        'Research counts most alongside clinical work, not instead of it, so we place it after the hands-on work open to you.',
    },
  ],
};
