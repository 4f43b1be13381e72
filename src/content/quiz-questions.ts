/**
 * The built-in quiz: its questions, what each answer does to the four types,
 * and the strings of the quiz and result views, in English.
 *
 * Rules for editing:
 * - Ids of questions and options are used in share codes. Renaming,
 *   reordering or adding them makes earlier links read as outdated (they are
 *   detected, not misread); editing or translating text does not.
 * - The ids of the `stage` and `status` options are also read by the
 *   eligibility table (`eligibility.ts`): who may do what lives there, not in
 *   these effects, so that no answer here can open a door the table closes.
 * - Advice is phrased as advice ("we suggest"). State no price, percentage
 *   or length of time, apart from the sourced "observerships commonly run
 *   2–4 weeks"; sourced figures belong in the facts, with their year.
 * - Never suggest that a visa opens hands-on work to a graduate: a visitor
 *   may observe only, and the clinical J-1 is for residency.
 * - A rule-out's `unlockedBy` opens with "Once …": it is shown both under
 *   "What would change that" and as the start of a later plan step.
 */
import { LIVES_IN_US as US_RESIDENTS } from './eligibility.js';
import type { Effect, QuizContent } from './quiz-types.js';

// Mutable copies for the conditions of the schema.
const LIVES_IN_US = [...US_RESIDENTS];

// Shared by every option that names a specialty.
const specialtyLettersTip: Effect = {
  kind: 'tip',
  text: 'Aim your rotations at your target specialty: letters from physicians in that specialty carry more weight.',
};

// Shared by the specialties where few non-US IMGs match.
const competitiveTip: Effect = {
  kind: 'tip',
  text: "Some specialties match few IMGs from outside the US. We suggest looking at NRMP's Match data for yours, and keeping a second specialty in mind.",
};

// Shared by the answers that already brought US clinical contacts.
const lettersFromContactsTip: Effect = {
  kind: 'tip',
  text: 'Ask the physicians who already know your work whether you can help remotely with a case report, an audit or a research project: that can bring a further letter.',
};

// Shared by both graduate answers: a graduate's hands-on route is an
// externship, open only where the eligibility table allows it.
const graduateHandsOn: Effect[] = [
  {
    kind: 'score',
    type: 'hands-on',
    points: 2,
    reason:
      'We suggest hands-on work where you may do it: some programs ask for it. Clerkships are for students only, so as a graduate your way in is an externship.',
  },
  {
    kind: 'plan',
    type: 'hands-on',
    text: 'Look for an externship in your target specialty at a hospital or university, and agree in writing which tasks you will do and who supervises you.',
  },
];

// Options of the "experience" question that already brought US clinical
// contacts; the others (and skipping) are treated as "no US letters yet". A
// virtual rotation is not among them: it is not clinical experience.
const HAS_CLINICAL_EXPERIENCE = ['observed', 'hands-on-done'];

// Who may do what (hands-on work, observing, research) is not decided here:
// the eligibility table in `eligibility.ts` rules types out, and the package
// adds its warnings about fees, state law and visas to every result they fit.
// The options below only weigh the types that are open and say how to go about them.

export const builtInQuiz: QuizContent = {
  ui: {
    heading: 'Find the kind of US experience that fits you',
    intro:
      'Answer a few questions about where you stand. We will rank the four kinds for you, explain why, and suggest a plan.',
    startsWithScript: 'The quiz appears here once the page has loaded its script.',
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
    closeCall:
      'A close call: {first} and {second} came out level for your answers, so either is a sound start. {first} is listed first only by a fixed order.',
    why: 'Why',
    noReasons: 'None of your answers changed this one.',
    becauseAnswer: 'your answer: {answer}',
    fullRanking: 'Full ranking',
    rankItem: '{rank}. {type}',
    scoreLabel: 'Score: {score}',
    notPossibleNow: 'Not for now',
    whatWouldChange: 'What would change that',
    plan: 'Your plan',
    planNow: 'Now',
    planNext: 'Next',
    planTips: 'Also keep in mind',
    warnings: 'Before you pay anyone',
    alongside: 'Alongside: {type}',
    share: 'Share your result',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'The link could not be copied. Copy it from the address bar instead.',
    print: 'Print',
    copyPlan: 'Copy plan',
    planCopied: 'Plan copied. Paste it into your notes or an email.',
    copyPlanManual:
      'This browser did not let us copy. The plan is selected in the box below: press Ctrl+C (Cmd+C on a Mac).',
    planAsText: 'Your plan as text',
    planFrom: 'From {url}',
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
          id: 'student-early',
          label: 'A medical student before my clinical years',
          effects: [
            {
              kind: 'score',
              type: 'research',
              points: 2,
              reason:
                'Research can start early, from home, and grow in the years before you apply; it needs no visa if you help a US team remotely.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: 1,
              reason: 'A virtual rotation is an easy start that fits around your studies.',
            },
            {
              kind: 'tip',
              text: 'Exams first: most hosts ask for USMLE results, so we suggest passing Step 1 before you pay for any US experience.',
            },
            {
              kind: 'tip',
              text: 'Spend on US experience later, not now: find out whether your school takes part in VSLO, and save for two or three electives in your final years. Paid shadowing now brings little, and its letters would be old by the time you apply.',
            },
          ],
        },
        {
          id: 'student-clinical',
          label: 'A medical student in the clinical years, at a school outside the US',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 3,
              reason:
                'We suggest electives first: in your clinical years you may be able to take elective clerkships, within the limits each host sets, and they close once you graduate.',
            },
            {
              kind: 'plan',
              type: 'hands-on',
              text: 'Apply for an elective clerkship in your target specialty through VSLO, or through the visiting-student office of a US medical school or its teaching hospital. If time allows, a second elective can bring a second letter.',
            },
            {
              kind: 'score',
              type: 'research',
              points: 1,
              reason: 'Research with a US team, in person or remotely, can bring a letter from a mentor as well.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: -2,
              reason:
                'In your clinical years, electives in person bring more than a virtual rotation, whose letters many programs count for less.',
            },
            {
              kind: 'tip',
              text: 'Plan your electives before you graduate: clerkships are open only to students. Some hosts take visiting students only from US MD or DO schools, so check before you apply.',
            },
            {
              kind: 'tip',
              text: "New York does not let graduates of most schools abroad train there if their degree included more than twelve weeks of clerkships outside the school's country, unless the school is on the state's approved list. Count your weeks abroad if New York is on your list.",
            },
          ],
        },
        {
          id: 'student-us-cores',
          label: 'A medical student at a school that arranges my clinical years in US hospitals',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 4,
              reason:
                'The core rotations your school arranges in US hospitals are your main US clinical experience, and the physicians there can write your letters.',
            },
            {
              kind: 'plan',
              type: 'hands-on',
              text: 'Make the most of your core rotations: ask the physicians who supervise you for letters, and add electives at teaching hospitals in your target specialty.',
            },
            {
              kind: 'tip',
              text: "Check that your school is approved for US clinical placements in the states where you want to train. New York, for example, keeps a list of schools whose students may do more than twelve weeks of clerkships outside the school's country.",
            },
            {
              kind: 'tip',
              text: 'Some hosts take visiting students only from US MD or DO schools, so ask before you apply for an elective.',
            },
          ],
        },
        {
          id: 'graduate',
          label: 'A graduate of a medical school, within the last five years',
          effects: [
            ...graduateHandsOn,
            {
              kind: 'tip',
              text: 'Some programs weigh how long ago you graduated and how recent your clinical work is. Check the rules of each program on your list.',
            },
          ],
        },
        {
          id: 'graduate-older',
          label: 'A graduate of a medical school, five or more years ago',
          effects: [
            ...graduateHandsOn,
            {
              kind: 'score',
              type: 'observership',
              points: 1,
              reason: 'Recent clinical work in the US can show programs that you are current with practice.',
            },
            {
              kind: 'tip',
              text: 'Some years after graduating, how recent your clinical work is matters more. Many programs look at the year you graduated; we know of no common cutoff, so check each program on your list, and say in your application what you have done since.',
            },
          ],
        },
      ],
    },

    {
      id: 'status',
      prompt: 'Where do you live, and what does your status allow in the US?',
      help: 'Choose the answer that fits you today. If visas for your nationality are suspended, or the interview wait is months, choose that answer: it changes the advice.',
      options: [
        {
          id: 'us-work',
          label: 'I live in the US and may work there (a citizen, a permanent resident, or with a work permit)',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              when: [{ question: 'stage', anyOf: ['graduate', 'graduate-older'] }],
              reason:
                "You may live and work in the US, so hands-on rotations are open to you, within state law and the host's rules.",
            },
            {
              kind: 'score',
              type: 'research',
              points: 1,
              reason:
                'Living in the US with permission to work, you can look for a research post near you; some are paid.',
            },
            {
              kind: 'plan',
              type: 'research',
              text: 'Look for a research post near you, paid or volunteer, and agree in writing what you will do and how you will be credited.',
            },
            {
              kind: 'tip',
              when: [{ question: 'stage', anyOf: ['graduate', 'graduate-older'] }],
              text: 'Paid jobs near patients, such as research coordinator, scribe or medical assistant, can also bring US contacts and letters.',
            },
          ],
        },
        {
          id: 'us-no-work',
          label: 'I live in the US but may not work there (for example on an H-4, F-2 or J-2 without a work permit)',
          effects: [
            {
              kind: 'score',
              type: 'observership',
              points: 2,
              reason:
                'Observing is not caring for patients, so an unpaid observership near home may fit your status. Ask first: see the plan.',
            },
            {
              kind: 'plan',
              type: 'observership',
              text: 'Look for an unpaid observership at a hospital near you. Before you start, ask the host, and an international office or an immigration attorney, to confirm that your status allows it.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: 1,
              reason: 'A virtual rotation is a course you take, from home.',
            },
            {
              kind: 'plan',
              type: 'hands-on',
              when: [{ question: 'stage', anyOf: ['student-clinical', 'student-us-cores'] }],
              text: 'Before you apply for an elective, ask your school and an immigration attorney whether your status allows it.',
            },
            {
              kind: 'tip',
              text: 'Find out whether you qualify for a work permit (for example an H-4 EAD, or a J-2 EAD), and ask an immigration attorney which status you will hold during residency.',
            },
          ],
        },
        {
          id: 'abroad-us',
          label: 'I live abroad, and I am a US citizen or permanent resident',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              when: [{ question: 'stage', anyOf: ['graduate', 'graduate-older'] }],
              reason:
                "You may work in the US, so hands-on rotations are open to you, within state law and the host's rules.",
            },
            {
              kind: 'tip',
              text: 'Living abroad, count the cost of travel and housing in the US, and ask hosts whether they can help with housing.',
            },
          ],
        },
        {
          id: 'visa-free',
          label: 'I live abroad and can visit without a visa (for example as a Canadian citizen, or with ESTA)',
          effects: [
            {
              kind: 'score',
              type: 'observership',
              points: 1,
              reason: 'A visitor may come to observe, with no pay from a US source and no patient care.',
            },
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              when: [{ question: 'stage', anyOf: ['student-clinical'] }],
              reason:
                "As a student you may take an elective as a business visitor, if it is unpaid, at a US medical school's hospital, and an approved part of your degree.",
            },
            {
              kind: 'score',
              type: 'research',
              points: -1,
              reason:
                'A visitor may not do research work in person: you would work remotely, or on a status the host sponsors.',
            },
            {
              kind: 'plan',
              type: 'research',
              when: [{ question: 'stage', noneOf: ['student-early', 'student-clinical', 'student-us-cores'] }],
              text: 'Join a US research team remotely. On site you would need a status the host sponsors: usually a J-1 research scholar visa, or an H-1B for a paid post. Canadian citizens may also qualify for TN status, which covers research and teaching.',
            },
            {
              kind: 'plan',
              type: 'research',
              when: [{ question: 'stage', anyOf: ['student-early', 'student-clinical', 'student-us-cores'] }],
              text: 'Join a US research team remotely, or in person on the J-1 category the host uses for visiting students (for example a student intern). Visiting does not allow research work.',
            },
            {
              kind: 'tip',
              when: [{ question: 'stage', anyOf: ['graduate', 'graduate-older'] }],
              text: 'Canadian citizens: TN status covers teaching and research, not patient care, so it opens neither an externship nor residency. Residency needs the J-1 that ECFMG sponsors or an H-1B.',
            },
          ],
        },
        {
          id: 'visitor-visa',
          label: 'I live abroad and would need a visitor visa (B-1/B-2)',
          effects: [
            {
              kind: 'score',
              type: 'observership',
              points: 1,
              reason:
                'A visitor visa allows observing, with no pay from a US source and no patient care, where your nationality can get one.',
            },
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              when: [{ question: 'stage', anyOf: ['student-clinical'] }],
              reason:
                "As a student you may take an elective on a B-1 visa, as a business visitor rather than a tourist, if it is unpaid, at a US medical school's hospital, and an approved part of your degree.",
            },
            {
              kind: 'score',
              type: 'research',
              points: -1,
              reason:
                'A visitor visa does not allow research work in person: you would work remotely, or on a visa the host sponsors.',
            },
            {
              kind: 'plan',
              type: 'research',
              when: [{ question: 'stage', noneOf: ['student-early', 'student-clinical', 'student-us-cores'] }],
              text: 'Join a US research team remotely. On site you would need a visa the host sponsors: usually a J-1 research scholar visa, or an H-1B for a paid post. A visitor visa does not allow research work.',
            },
            {
              kind: 'plan',
              type: 'research',
              when: [{ question: 'stage', anyOf: ['student-early', 'student-clinical', 'student-us-cores'] }],
              text: 'Join a US research team remotely, or in person on the J-1 category the host uses for visiting students (for example a student intern). A visitor visa does not allow research work.',
            },
            {
              kind: 'tip',
              text: 'An officer may refuse a visitor visa if not convinced that you will return home, and a refusal stays on your record. Prepare for the interview, and book nothing you cannot cancel until the visa is issued.',
            },
          ],
        },
        {
          id: 'restricted',
          label: 'Visas for my nationality are suspended, or the interview wait is months',
          effects: [
            {
              kind: 'score',
              type: 'virtual',
              points: 3,
              reason: 'A virtual rotation needs no visa, so you can start now.',
            },
            {
              kind: 'score',
              type: 'research',
              points: 1,
              reason: 'Research can be done remotely with a US team, with no visa.',
            },
            {
              kind: 'plan',
              type: 'research',
              text: 'Join a US research team remotely, for example to help with data analysis or writing. An on-site post would need a visa the host sponsors, and exchange (J) visas are among those suspended for some nationalities.',
            },
            {
              kind: 'tip',
              text: 'Look up today’s interview wait at the US embassy or consulate in your own country, and plan work you can do from home now. Add time in the US only if the visa can come before you need letters.',
            },
          ],
        },
        {
          id: 'cannot-travel',
          label: 'I cannot travel to the US for now, for another reason',
          effects: [
            {
              kind: 'score',
              type: 'observership',
              points: 2,
              reason:
                'Once you can travel, an observership is open even to visitors, so we suggest it as your first step in person.',
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
              reason: 'While your status is unclear, a virtual rotation is a step you can take right away.',
            },
            {
              kind: 'plan',
              type: 'research',
              text: 'Join a US research team remotely until you know your status. On site you would need a visa or status the host sponsors; a visitor may not do research work.',
            },
            {
              kind: 'tip',
              text: 'Before you book anything in person, find out which visa or status it needs. Hosts can tell you what they ask for.',
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
              points: 1,
              reason: 'Virtual rotations and other remote work can fit around your other commitments.',
            },
            {
              kind: 'score',
              type: 'research',
              points: 1,
              reason: 'Remote research can move forward a few hours at a time.',
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
      help: 'We quote no prices here: they vary widely from host to host.',
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
              when: [{ question: 'status', noneOf: LIVES_IN_US }],
              reason: 'Virtual work spares you the cost of travel and housing in the US.',
            },
            {
              kind: 'score',
              type: 'hands-on',
              points: -1,
              when: [{ question: 'status', noneOf: LIVES_IN_US }],
              reason:
                'A rotation in person adds travel and housing, and some hosts charge fees. We suggest comparing before you commit.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: -1,
              when: [{ question: 'status', noneOf: LIVES_IN_US }],
              reason: 'An observership adds travel and housing, and fees vary widely from host to host.',
            },
            {
              kind: 'score',
              type: 'hands-on',
              points: -1,
              when: [{ question: 'status', anyOf: LIVES_IN_US }],
              reason:
                'Some hosts charge fees for hands-on rotations. We suggest comparing a few near you before you commit.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: 1,
              when: [{ question: 'status', anyOf: LIVES_IN_US }],
              reason:
                'Living in the US, you can look for an observership near home, with nothing extra to pay for getting there. Fees vary, so compare a few.',
            },
            {
              kind: 'plan',
              type: 'observership',
              when: [{ question: 'status', anyOf: ['us-work'] }],
              text: 'Look for an observership at a hospital near you. Before you start, ask what it charges and whether a letter is possible.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: -1,
              when: [{ question: 'status', anyOf: LIVES_IN_US }],
              reason: 'Virtual rotations often charge fees too; near home, an observership may cost you less.',
            },
            {
              kind: 'tip',
              when: [{ question: 'status', anyOf: ['us-work'] }],
              text: 'Living in the US, start with low-cost options near home: observerships at local hospitals, and research posts.',
            },
          ],
        },
        {
          id: 'some',
          label: "Somewhat: I'll pay for the right experience",
          effects: [
            {
              kind: 'tip',
              text: 'Compare what a few hosts charge and what each fee covers before you choose one.',
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
          label: 'One where research weighs heavily, such as radiology, dermatology or surgery',
          effects: [
            {
              kind: 'score',
              type: 'research',
              points: 3,
              reason:
                'In these specialties we suggest building research in the specialty: it adds to clinical experience rather than replacing it.',
            },
            {
              kind: 'plan',
              type: 'research',
              text: 'Choose research in your target specialty, so that it speaks to the programs you apply to.',
              alongside: true,
            },
            specialtyLettersTip,
            competitiveTip,
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
          effects: [specialtyLettersTip, competitiveTip],
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
          label: 'An observership',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 2,
              reason:
                'You have seen US practice already. Hands-on work is the natural next step where you may do it, and it brings more detailed letters.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: -1,
              reason: 'Another observership would add less than a different kind of experience.',
            },
            {
              kind: 'score',
              type: 'research',
              points: 2,
              reason:
                'A remote project with a physician who already knows you (a case report, an audit or research) is a quick route to a further letter.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: -1,
              reason: 'A virtual rotation would add less than a project with a physician who already knows your work.',
            },
            lettersFromContactsTip,
          ],
        },
        {
          id: 'virtual-done',
          label: 'A virtual rotation',
          effects: [
            {
              kind: 'score',
              type: 'hands-on',
              points: 1,
              reason:
                'You have worked with US physicians online. Time in person is the natural next step where you can get it.',
            },
            {
              kind: 'score',
              type: 'observership',
              points: 1,
              reason: 'An observership would show you US practice in person, which online work cannot.',
            },
            {
              kind: 'score',
              type: 'virtual',
              points: -1,
              reason: 'Another virtual rotation would add less than time in person.',
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
            lettersFromContactsTip,
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
          label: 'In the next application cycle to open',
          effects: [
            {
              kind: 'score',
              type: 'research',
              points: -2,
              when: [{ question: 'experience', noneOf: HAS_CLINICAL_EXPERIENCE }],
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
                'You need US letters soon. A virtual rotation can lead to a letter, though many programs give such letters less weight.',
            },
            {
              kind: 'tip',
              when: [{ question: 'experience', noneOf: HAS_CLINICAL_EXPERIENCE }],
              text: 'With little time, we suggest choosing whatever can bring you a letter in your specialty soonest, and asking the host about letters before you book.',
            },
            {
              kind: 'tip',
              text: "Letters help only if they reach ERAS before programs start reviewing applications. Check this season's ERAS dates and count back from them, allowing for visa waits and for hosts to check your papers.",
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

    {
      id: 'exams',
      prompt: 'Have you passed the USMLE?',
      help: 'Hosts often ask for your results before they accept you.',
      optional: true,
      options: [
        {
          id: 'both',
          label: 'Step 1 and Step 2 CK',
          effects: [
            {
              kind: 'tip',
              text: 'ECFMG certification needs more than the exams: check which Pathway and English test (OET Medicine) apply to your Match year, and when a Pathway certificate expires.',
            },
          ],
        },
        {
          id: 'first-only',
          label: 'Step 1 only',
          effects: [
            {
              kind: 'tip',
              text: 'Some hosts ask for Step 2 CK as well. Ask before you apply, and plan the exam around your time in the US.',
            },
          ],
        },
        {
          id: 'not-yet',
          label: 'Not yet',
          effects: [
            {
              kind: 'score',
              type: 'research',
              points: 1,
              reason: 'Remote research can go on while you prepare for the exams.',
            },
            {
              kind: 'tip',
              text: 'We suggest passing Step 1 before you pay for US experience in person: many hosts ask for USMLE results.',
            },
          ],
        },
      ],
    },
  ],

  steps: {
    'hands-on':
      'A hands-on rotation in your target specialty: a clerkship if you are a student, an externship if you have graduated.',
    observership:
      'An observership in your target specialty, at a teaching hospital if you can. Before you start, ask whether a letter is possible.',
    research: 'Research with a US team, in your target specialty if you can.',
    virtual:
      'A virtual rotation with US physicians. Many are paid products: before you pay, ask what you will do, who supervises you, and whether the programs on your list count it.',
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
