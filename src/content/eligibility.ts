/**
 * Who may do what: the reader model and the one table of eligibility rules
 * the scorer reads. A rule rules a type out for now for some readers, says
 * why, and says what would open it ("Once …").
 *
 * These rules are the package's, not the content's: a partner's content
 * override cannot remove or loosen them. They key on the option ids of the
 * built-in `stage` and `status` questions; a reader who skipped either (or a
 * quiz without them) is read cautiously, as a graduate not sure of their
 * status, the reading with the fewest doors open.
 *
 * Sources: the facts `clerkship-students-only`, `observer-visa`,
 * `research-visa`, `externship-state-law`, `visa-suspension-2026` (see
 * `content.ts` for the shown facts with their links). The rest is advice,
 * worded as advice.
 */

import type { Condition } from './quiz-types.js';
import type { TypeId } from './type-ids.js';

/** The question that says where the reader is in their training. */
export const STAGE_QUESTION = 'stage';
/** The question that says where the reader lives and what their status allows. */
export const STATUS_QUESTION = 'status';

/** The options of the stage question. */
export const STAGES = ['student-early', 'student-clinical', 'student-us-cores', 'graduate', 'graduate-older'] as const;
export type StageId = (typeof STAGES)[number];

/** The options of the status question. */
export const STATUSES = [
  'us-work',
  'us-no-work',
  'abroad-us',
  'visa-free',
  'visitor-visa',
  'restricted',
  'cannot-travel',
  'unsure',
] as const;
export type StatusId = (typeof STATUSES)[number];

export const STUDENTS: readonly StageId[] = ['student-early', 'student-clinical', 'student-us-cores'];
export const GRADUATES: readonly StageId[] = ['graduate', 'graduate-older'];
/** Students whose degree includes clinical work they could do in the US now. */
const CLINICAL_STUDENTS: readonly StageId[] = ['student-clinical', 'student-us-cores'];

/** Statuses of readers who live in the US: travel and housing cost them nothing extra. */
export const LIVES_IN_US: readonly StatusId[] = ['us-work', 'us-no-work'];
/** Statuses that allow work in the US (citizens, permanent residents, work permits). */
export const MAY_WORK: readonly StatusId[] = ['us-work', 'abroad-us'];

/** The stage a reader counts as when the stage question has no known answer. */
export const CAUTIOUS_STAGE: StageId = 'graduate';
/** The status a reader counts as when the status question has no known answer. */
export const CAUTIOUS_STATUS: StatusId = 'unsure';

/** One row of the eligibility table. */
export interface EligibilityRule {
  /** Stable name, for tests and messages. */
  id: string;
  type: TypeId;
  /** The rule applies to readers at one of these stages… */
  stages: readonly StageId[];
  /** …with one of these statuses… */
  statuses: readonly StatusId[];
  /** …and, if given, these other answers (a skipped question counts as "none of them"). */
  when?: readonly Condition[];
  /** Why the type is not for now, addressed to the reader. */
  reason: string;
  /** What would open it; opens with "Once" so it reads as a later plan step. */
  unlockedBy: string;
}

// For most graduates who may not live and work in the US, hands-on care
// begins with residency: the clinical J-1 is for residency, and a visitor may
// observe only.
const RESIDENCY_NOTE =
  'For most graduates who are not US citizens or permanent residents, hands-on care in the US begins with residency.';

const NO_WORK_UNLOCK =
  'Once you have a work permit (for example an H-4 or J-2 EAD), or an immigration attorney confirms in writing that your status allows it.';

const IN_PERSON: readonly TypeId[] = ['hands-on', 'observership'];

/**
 * The eligibility table. Read it as "for `type`, readers at `stages` with
 * `statuses` (and `when`) are ruled out for now, because `reason`".
 */
export const ELIGIBILITY: readonly EligibilityRule[] = [
  // Hands-on work: clerkships for students in the clinical years, externships
  // for graduates who may work in the US.
  {
    id: 'clerkship-needs-clinical-years',
    type: 'hands-on',
    stages: ['student-early'],
    statuses: STATUSES,
    reason: 'Elective clerkships are for students in the clinical years of their degree.',
    unlockedBy: 'Once you reach the clinical years of your degree, you may be able to apply for elective clerkships.',
  },
  {
    id: 'externship-needs-work-permission',
    type: 'hands-on',
    stages: GRADUATES,
    statuses: ['us-no-work'],
    reason:
      'Your status does not allow work in the US, and an externship can count as work even when it is unpaid. Unauthorised work can put your status at risk.',
    unlockedBy: NO_WORK_UNLOCK,
  },
  {
    id: 'visitors-observe-only',
    type: 'hands-on',
    stages: GRADUATES,
    statuses: ['visa-free', 'visitor-visa'],
    reason:
      'A visitor may observe in the US but not take part in patient care. The exception for elective clerkships covers only students taking one as part of their degree.',
    unlockedBy: `Once you are allowed to live and work in the US. ${RESIDENCY_NOTE}`,
  },
  {
    id: 'externship-visa-suspended',
    type: 'hands-on',
    stages: GRADUATES,
    statuses: ['restricted'],
    reason:
      'Hands-on care is not open to a graduate who comes on a visitor visa, and visas for your nationality may be suspended or slow to come.',
    unlockedBy: `Once you are allowed to live and work in the US. ${RESIDENCY_NOTE}`,
  },
  {
    id: 'externship-cannot-travel',
    type: 'hands-on',
    stages: GRADUATES,
    statuses: ['cannot-travel'],
    reason:
      'Hands-on rotations take place in person, and you cannot travel now. Even then, a visitor may only observe.',
    unlockedBy: `Once you are allowed to live and work in the US. ${RESIDENCY_NOTE}`,
  },
  {
    id: 'externship-status-unknown',
    type: 'hands-on',
    stages: GRADUATES,
    statuses: ['unsure'],
    reason: 'An externship needs you to be allowed to live and work in the US; a visitor may only observe.',
    unlockedBy: `Once you know you may live and work in the US. ${RESIDENCY_NOTE}`,
  },
  {
    id: 'clerkship-visa-suspended',
    type: 'hands-on',
    stages: CLINICAL_STUDENTS,
    statuses: ['restricted'],
    reason:
      'Visitor and exchange visas are suspended for some nationalities, and interview waits can run to months, so an elective in the US may not be possible in time.',
    unlockedBy: 'Once you hold a visa that allows it. Pay nothing that cannot be refunded before then.',
  },
  {
    id: 'clerkship-cannot-travel',
    type: 'hands-on',
    stages: CLINICAL_STUDENTS,
    statuses: ['cannot-travel'],
    reason: 'Clerkships take place in person, and you cannot travel now.',
    unlockedBy:
      'Once you can travel to the US. A student may take an elective that is part of the degree as a business visitor (B-1).',
  },

  // Observerships: in person, and for graduates.
  {
    id: 'observership-for-graduates',
    type: 'observership',
    stages: STUDENTS,
    statuses: STATUSES,
    reason:
      'Many hosts take only graduates as observers, and a letter written now would be old by the time you apply. As a student, electives let you take part in care, which observing does not.',
    unlockedBy: 'Once you have graduated, if you still want to see a US department at work.',
  },
  {
    id: 'observership-visa-suspended',
    type: 'observership',
    stages: GRADUATES,
    statuses: ['restricted'],
    reason:
      'Where visitor visas are suspended for your nationality you cannot get one now, and where the interview wait is long the visa may come too late for your letters.',
    unlockedBy:
      'Once you hold a visitor visa. Pay nothing that cannot be refunded before it is issued, and get the refund terms in writing.',
  },
  {
    id: 'observership-cannot-travel',
    type: 'observership',
    stages: GRADUATES,
    statuses: ['cannot-travel'],
    reason: 'Observerships take place in person, and you cannot travel now.',
    unlockedBy:
      'Once you can travel to the US: a visitor visa or ESTA allows observing, where your nationality can get one.',
  },

  // Research is work.
  {
    id: 'research-needs-work-permission',
    type: 'research',
    stages: STAGES,
    statuses: ['us-no-work'],
    reason:
      'Your status does not allow work in the US, and research for a US team can count as work even when it is unpaid or done from home.',
    unlockedBy: NO_WORK_UNLOCK,
  },

  // What the other answers rule out.
  {
    id: 'in-person-needs-weeks',
    type: 'hands-on',
    stages: GRADUATES,
    statuses: STATUSES,
    when: [{ question: 'time', anyOf: ['part-time'] }],
    reason: 'A rotation in person needs you at the host full-time, usually for weeks.',
    unlockedBy: 'Once you can free two to four weeks in one stretch.',
  },
  {
    id: 'observership-needs-weeks',
    type: 'observership',
    stages: GRADUATES,
    statuses: STATUSES,
    when: [{ question: 'time', anyOf: ['part-time'] }],
    reason: 'An observership needs you at the host full-time, usually for weeks.',
    unlockedBy: 'Once you can free two to four weeks in one stretch.',
  },
  ...IN_PERSON.map((type): EligibilityRule => ({
    id: `${type}-needs-usmle`,
    type,
    stages: GRADUATES,
    statuses: STATUSES,
    when: [{ question: 'exams', anyOf: ['not-yet'] }],
    reason: 'Hosts ask graduates for their USMLE results before they accept them.',
    unlockedBy: 'Once you have passed USMLE Step 1, and Step 2 CK where a host asks for it.',
  })),
];

/**
 * A warning the package shows on every result it applies to. Like the
 * eligibility rules these are the package's: an override cannot remove them.
 */
export interface Safeguard {
  id: string;
  text: string;
  /** Applies to readers at these stages (all when absent). */
  stages?: readonly StageId[];
  /** Applies to readers with these statuses (all when absent). */
  statuses?: readonly StatusId[];
  /** Applies only when the plan suggests this type, now or next, as open to the reader. */
  whenPlanned?: TypeId;
  /** Where a reader can check it, shown as a link after the text. */
  source?: { title: string; url: string };
}

/** The protective warnings, most important first. */
export const SAFEGUARDS: readonly Safeguard[] = [
  {
    id: 'fees-and-brokers',
    text: 'Before you pay a host or an agency, get in writing what you will do, who will supervise you, the fee, and the refund terms, including if a visa is refused. Avoid anyone who guarantees a letter or a match, or sells hands-on work to visitors. Observerships are not regulated.',
  },
  {
    id: 'externship-state-law',
    text: "In some states a graduate without a US licence may do no more than a medical assistant: California's medical board warned in 2010 that letters praising such hands-on work were referred to its enforcement staff. Check the state medical board's rules yourself, not only the host's word.",
    stages: GRADUATES,
    whenPlanned: 'hands-on',
    source: {
      title: 'HealthLeaders Media, 2010',
      url: 'https://www.healthleadersmedia.com/physician-leaders/california-cracks-down-unlicensed-medical-practice',
    },
  },
  {
    id: 'visa-suspensions',
    text: "Since 1 January 2026, visitor (B) and exchange (J) visas have been suspended for nationals of many countries, and since September 2025 you are expected to interview in your country of nationality or residence; fees for an interview booked elsewhere are not refunded. Check the State Department's current list before you pay for anything, and pay nothing that cannot be refunded before your visa is issued.",
    statuses: ['visitor-visa', 'restricted', 'unsure'],
    source: {
      title: 'US Department of State: the current suspensions',
      url: 'https://travel.state.gov/content/travel/en/News/visas-news/suspension-of-visa-issuance-to-foreign-nationals-to-protect-the-security-of-the-united-states.html',
    },
  },
  {
    id: 'j1-research-residency',
    text: 'Before you accept a J-1 research post, ask ECFMG or an immigration attorney how it affects your visa for residency. Moving from one J category to another can count against ECFMG sponsoring your clinical J-1, and a two-year home-residency rule can bar an H-1B until it is met or waived.',
    stages: GRADUATES,
    statuses: ['visa-free', 'visitor-visa', 'restricted', 'unsure'],
    whenPlanned: 'research',
    source: { title: 'ECFMG: J-1 sponsorship requirements', url: 'https://www.ecfmg.org/evsp/requirements.html' },
  },
  {
    id: 'residency-visa',
    text: 'Unless you are a US citizen or permanent resident, you will need a visa for residency itself, usually the J-1 that ECFMG sponsors or an H-1B. It is a separate hurdle from these experiences: check early that you can get one.',
    statuses: ['us-work', 'us-no-work', 'visa-free', 'visitor-visa', 'unsure', 'cannot-travel'],
  },
  {
    id: 'residency-visa-restricted',
    text: 'Where your nationality is under the 2026 suspension, the J-1 for residency is suspended too, and since September 2025 a new H-1B petition for someone outside the US carries a $100,000 fee, waived only case by case. Check both routes before you spend money on US experience.',
    statuses: ['restricted'],
  },
];
