/**
 * The built-in content of usce-compare: every word the widget shows in
 * English, in the shape described by `types.ts`.
 *
 * Rules for editing:
 * - Each fact in `facts` keeps its source title, link and data year; the
 *   widget shows them next to the fact. Keep them when you translate or edit.
 * - Facts from old sources carry `dated: true`, so the widget says "as of
 *   {year}" and they are not read as current.
 * - State nothing as fact without a source. Advice is phrased as advice
 *   ("we suggest").
 *
 * To cite a fact, cite its source (title and URL below), not this file.
 */
import { builtInQuiz } from './quiz-questions.js';
import type { Content } from './types.js';

export const builtInContent: Content = {
  version: 1,
  lang: 'en',

  ui: {
    heading: 'Which kind of US clinical experience fits you?',
    intro:
      'There are four main kinds of US clinical experience. They differ in patient contact, in letters, and in who can take part. Compare them here. Then check what each program you apply to asks for.',
    tableHeading: 'The four kinds side by side',
    tableCaption: 'Kinds of US clinical experience, compared point by point',
    tableCorner: 'Compared on',
    tableScrollHint: 'Scroll sideways to see every type.',
    cardsHeading: 'Each kind in more detail',
    alsoCalled: 'Also called',
    suits: 'Who it suits',
    eligibility: 'Who can take part',
    pros: 'Pros',
    cons: 'Cons',
    featured: 'Featured',
    ratingLabels: {
      strong: 'Strong',
      moderate: 'Moderate',
      limited: 'Limited',
      none: 'None',
    },
    factsHeading: 'Good to know',
    moreFacts: 'Show {count} more facts',
    source: 'Source',
    dataYear: 'Data: {year}',
    datedYear: 'As of {year}; may have changed',
    undated: 'Undated',
    caveat:
      'Every residency program sets its own rules. Some want hands-on experience. Some count observerships. Some ask for no US experience at all. Check what each program you apply to asks for. Nothing here can promise a match.',
    noticeHeading: "This widget's settings need a fix",
    unknownTypes: 'The {attribute} attribute names "{value}", which is not a type. Use one of: {valid}.',
    unknownValue: '"{value}" is not a valid value for {attribute}. Use one of: {valid}.',
    contentError: 'The custom content has problems, so the built-in content is shown instead:',
    contentErrorMore: '…and {count} more (see the browser console).',
    contentLoadFailed: 'The content at {url} could not be loaded ({reason}), so the built-in content is shown instead.',
    unsafeLink: 'The link "{value}" was left out: only http(s) or relative links are allowed.',
    ctaIncomplete: 'Set both cta-href and cta-label to show a call to action.',
  },

  attributes: [
    {
      id: 'patient-contact',
      label: 'Patient contact',
      description: 'How much you take part in caring for patients.',
    },
    {
      id: 'letters',
      label: 'Letters',
      description: 'How likely it is to lead to a useful letter.',
    },
    {
      id: 'program-weight',
      label: 'Weight with residency programs',
      description: 'How programs tend to see it. Each program sets its own rules.',
    },
    {
      id: 'visa-travel',
      label: 'Visa and travel',
      description: 'Whether you must come to the US, and what your visa allows.',
    },
    {
      id: 'eligibility',
      label: 'Who can take part',
      description: 'Students, graduates, or both.',
    },
    {
      id: 'format',
      label: 'Format',
      description: 'Where and how it takes place.',
    },
  ],

  types: [
    {
      id: 'hands-on',
      name: 'Hands-on rotation',
      otherNames: ['Externship (for graduates)', 'Clerkship (for students of a medical school)'],
      summary: 'You help care for patients, supervised by a US physician.',
      suits:
        'Students who can take an elective in the US, and graduates who can travel and find a host that offers an externship within the law. If you can get one, we suggest starting here.',
      eligibility: [
        'A clerkship is only for students of a medical school, taking an elective as part of their degree.',
        'After you graduate, you cannot do a clerkship. Graduates look at externships or observerships instead.',
        "Students usually apply through VSLO, the AAMC's application service, if their home school takes part. The home school confirms the application.",
        'Externships are limited by the law of each US state on practice without a licence. You may not be allowed to do everything a resident does. Ask the host what you will do.',
        'On a visitor visa (B-1/B-2), a graduate may only observe, not treat patients.',
      ],
      pros: [
        'It shows programs that you can work in a US clinical setting.',
        'Your supervisors see your work, so their letters can be detailed.',
        'You practise electronic records, examining patients and presenting cases.',
        'You build medical English and teamwork with real patients and staff.',
      ],
      cons: [
        'Clerkships are closed to people who have already graduated.',
        'What a graduate may do depends on state law.',
        'You must be in the US, with a visa that allows it.',
        'Each host sets its own places, length and fees.',
      ],
      cells: {
        'patient-contact': {
          level: 'strong',
          text: 'Supervised patient care; state law sets limits',
        },
        letters: { level: 'strong', text: 'Letters based on your clinical work' },
        'program-weight': { level: 'strong', text: 'Some programs require this kind' },
        'visa-travel': { text: 'In the US; B-1 covers student electives only' },
        eligibility: { text: 'Students: clerkships. Graduates: externships.' },
        format: { text: 'In person, in a US hospital or clinic' },
      },
    },
    {
      id: 'observership',
      name: 'Observership',
      otherNames: ['Clinical observership', 'Shadowing'],
      summary: 'You watch a US physician at work, without caring for patients.',
      suits:
        'People new to US medicine, or whose visa allows only a visit. We suggest it as a first step, or when hands-on work is not open to you yet.',
      eligibility: [
        'You watch and learn. You do not care for patients.',
        'A visitor (B-1/B-2 visa or visa waiver) may come to observe, paying their own costs.',
        'Each host decides who may apply.',
      ],
      pros: [
        'Possible on a visitor visa.',
        'A good first look at how US hospitals work.',
        'Some hosts give a letter of recommendation.',
        'Usually short: often two to four weeks per rotation.',
        'Hosts are not meant to run them for profit.',
      ],
      cons: [
        'You do not care for patients.',
        'It is less competitive than hands-on experience.',
        'Letters may carry less weight, as the writer did not see you treat patients.',
        'Some programs do not count it as clinical experience.',
      ],
      cells: {
        'patient-contact': { level: 'none', text: 'You observe only; no patient care' },
        letters: { level: 'limited', text: 'Some hosts give one; may weigh less' },
        'program-weight': { level: 'moderate', text: 'Some programs count it; some do not' },
        'visa-travel': { text: 'In the US; a visitor visa allows observing' },
        eligibility: { text: 'Set by each host' },
        format: { text: 'In person; often two to four weeks' },
      },
    },
    {
      id: 'research',
      name: 'Research',
      otherNames: ['Research experience', 'Research scholar position'],
      summary: 'You work on clinical or lab research at a US institution.',
      suits:
        'People aiming at research-minded specialties who have months to give. We suggest adding it alongside clinical experience, not in place of it.',
      eligibility: [
        'Research scholars do non-clinical work: research, teaching, observing and consulting. Patient contact is none, or only incidental.',
        'ECFMG can sponsor a J-1 visa for research scholars for up to five years. ECFMG certification is not needed for this.',
        'Research does not count as patient-care experience.',
      ],
      pros: [
        'It can add publications and conference talks to your CV.',
        'It shows programs your analytical and academic skills.',
        'It can help you with programs at academic hospitals.',
        'It helps most in research-minded fields, such as radiology, dermatology and surgery.',
      ],
      cons: [
        'It is not clinical experience and does not replace it.',
        'Results you can cite often take months.',
        'You have little or no contact with patients.',
      ],
      cells: {
        'patient-contact': { level: 'none', text: 'Non-clinical; incidental contact at most' },
        letters: { text: 'Speaks to your research, not patient care' },
        'program-weight': {
          level: 'moderate',
          text: 'Helps a CV; not clinical experience',
        },
        'visa-travel': { text: 'J-1 research scholar visa; some work remote' },
        eligibility: { text: 'J-1 scholars need no ECFMG certificate' },
        format: { text: 'Usually months; on site or remote' },
      },
    },
    {
      id: 'virtual',
      name: 'Virtual rotation',
      otherNames: ['Telemedicine rotation', 'Online rotation'],
      summary: 'You learn online from US physicians: case talks, telehealth, lessons.',
      suits:
        'People who cannot travel to the US yet, because of a visa or for other reasons. We suggest it as a start before in-person work.',
      eligibility: [
        'Each host decides who may join.',
        'You take part online, so you do not need to travel to the US.',
        'Programs differ on whether they count virtual work. Check each program you plan to apply to.',
      ],
      pros: [
        'You do not need to travel to the US.',
        'It helps when a visa or travel is the obstacle.',
        'It is good preparation for hands-on work later.',
        'It can lead to a letter if your supervisor knows your work well.',
      ],
      cons: [
        'It is not the same as working in person.',
        'It is less immersive than time in a US hospital.',
        'Not every program counts it, so check each one.',
      ],
      cells: {
        'patient-contact': { level: 'limited', text: 'Remote only; no in-person care' },
        letters: { level: 'limited', text: 'Possible if your supervisor knows your work' },
        'program-weight': { text: 'Acceptance varies; check each program' },
        'visa-travel': { text: 'From home; no travel to the US' },
        eligibility: { text: 'Set by each host' },
        format: { text: 'Online: case talks, telehealth, lessons' },
      },
    },
  ],

  facts: [
    {
      id: 'clerkship-students-only',
      text: 'On a B-1 visa, an elective clerkship is open only to students of a medical school abroad, doing a third- or fourth-year elective for their degree. It does not cover doctors who have already graduated.',
      source: {
        title: 'Temple University ISSS: Medical activities (quoting 9 FAM 402.2-5)',
        url: 'https://isss.temple.edu/faculty-staff-and-researchers/temple-links/medical-activities',
      },
      year: 'undated',
    },
    {
      id: 'vslo-students',
      text: "Students apply for clerkships at US schools through the AAMC's VSLO service, if their home school takes part. The home school checks and confirms the application.",
      source: {
        title: 'AAMC: Visiting Student Learning Opportunities',
        url: 'https://students-residents.aamc.org/visiting-student-learning-opportunities/seeking-global-opportunity',
      },
      year: 'current',
    },
    {
      id: 'vslo-fee',
      text: 'VSLO charges $15 for each elective you apply to. The host may charge its own fee as well.',
      source: {
        title: 'AAMC: Frequently asked questions about VSLO',
        url: 'https://students-residents.aamc.org/attending-medical-school/faq/frequently-asked-questions-about-vslo',
      },
      year: '2024-25',
    },
    {
      id: 'observer-visa',
      text: 'A visitor (B-1/B-2 visa or visa waiver) may come to the US only to watch doctors at work, and pays their own costs. Observers do not care for patients.',
      source: {
        title: 'UT Health San Antonio: B-1 non-physician observer',
        url: 'https://wp.uthscsa.edu/ois/immigration/b-1/non-physician-observer/',
      },
      year: 'undated',
    },
    {
      id: 'externship-state-law',
      text: "State law limits what a graduate without a US licence may do. California's medical board warned that externships for IMGs in private offices are legal only for tasks a medical assistant may do. Check the rules of the host's state.",
      source: {
        title: 'HealthLeaders Media: California cracks down on unlicensed medical practice',
        url: 'http://www.healthleadersmedia.com/physician-leaders/california-cracks-down-unlicensed-medical-practice',
      },
      year: '2010',
      dated: true,
    },
    {
      id: 'observership-length',
      text: 'Observerships usually last two to four weeks for each rotation or specialty. They are not meant to make a profit, but observers may be asked to pay actual costs, listed item by item.',
      source: {
        title: 'AMA: Establish an observership for international medical graduates',
        url: 'https://www.ama-assn.org/member-groups-sections/international-medical-graduates/establish-observership-international-medical',
      },
      year: 'current',
    },
    {
      id: 'observership-optional',
      text: 'An observership is optional. You do not need one in order to match.',
      source: {
        title: 'Illinois State Medical Society: Observership for international medical graduates',
        url: 'https://www.isms.org/membership/who-am-i/rfs-and-international/observership-for-international-medical-graduates',
      },
      year: 'about 2015',
    },
    {
      id: 'ama-observership-advice',
      text: 'The AMA encourages IMGs to do an observership in a clinical setting before they apply. One reason: you meet doctors who can later act as your references.',
      source: {
        title: 'AMA: Residency program requirements for international medical graduates',
        url: 'https://www.ama-assn.org/education/international-medical-education/residency-program-requirements-international-medical',
      },
      year: '2024',
    },
    {
      id: 'j1-research',
      text: 'ECFMG sponsors J-1 visas for research scholars for up to five years. The work is non-clinical (research, teaching, observing, consulting), with no patient contact or only incidental contact. ECFMG certification is not needed.',
      source: {
        title: 'ECFMG: Research scholar (J-1 visa sponsorship)',
        url: 'https://ecfmg.org/evsp/applying-types-research-scholar.html',
      },
      year: 'current',
    },
    {
      id: 'lor-specialty',
      text: 'Letters from doctors in the specialty you apply to count for more than general letters.',
      source: {
        title: 'Journal of Graduate Medical Education: Hartman et al., 2019',
        url: 'https://meridian.allenpress.com/jgme/article/11/3/268/421170',
      },
      year: '2019',
    },
    {
      id: 'usce-common',
      text: 'More than 90% of IMGs who matched said they had some US clinical experience. An observership was the most common kind.',
      source: {
        title: 'Academic Medicine: Postgraduate clinical observerships for IMGs (2016)',
        url: 'https://journals.lww.com/academicmedicine/fulltext/2016/05000/Postgraduate_Clinical_Observerships_for.8.aspx',
      },
      year: 'about 2013',
      dated: true,
    },
  ],

  quiz: builtInQuiz,
};
