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
import { oneForEach } from './exhaustive.js';
import type { AttributeDef, AttributeId, ClinicalType, Content, TypeId } from './types.js';

export const builtInContent: Content = {
  version: 1,
  lang: 'en',

  ui: {
    heading: 'Which kind of US experience fits you?',
    intro:
      'There are four main kinds of US experience, and programs weigh them differently. Only in-person work around patients is clinical experience: hands-on rotations, and for some programs observerships. Research and virtual rotations can still add to an application. Check what each program asks for.',
    tableHeading: 'The four kinds side by side',
    tableCaption: 'Kinds of US experience, compared point by point',
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
    applyHeading: 'Before you apply',
    applyShow: 'Show what to check before you apply or pay',
    applyAdvice: 'Our advice; no source',
    noticeHeading: "This widget's settings need a fix",
    unknownTypes: 'The {attribute} attribute names "{value}", which is not a type. Use one of: {valid}.',
    unknownValue: '"{value}" is not a valid value for {attribute}. Use one of: {valid}.',
    contentError: 'The custom content has problems, so the built-in content is shown instead:',
    contentErrorMore: '…and {count} more (see the browser console).',
    contentLoadFailed: 'The content at {url} could not be loaded ({reason}), so the built-in content is shown instead.',
    unsafeLink: 'The link "{value}" was left out: only http(s) or relative links are allowed.',
    ctaIncomplete: 'Set both cta-href and cta-label to show a call to action.',
  },

  attributes: oneForEach<AttributeId, AttributeDef>()([
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
  ]),

  types: oneForEach<TypeId, ClinicalType>()([
    {
      id: 'hands-on',
      name: 'Hands-on rotation',
      otherNames: ['Externship (for graduates)', 'Clerkship (for students of a medical school)'],
      summary: 'You take part in patient care, supervised by a US physician, within what state law and the host allow.',
      suits:
        'Students who can take an elective in the US, and graduates already allowed to live and work in the US who find a host offering an externship within the law. Where you can get one, we suggest starting here.',
      eligibility: [
        'A clerkship is for students still enrolled at a medical school, as part of their degree: electives, or for some schools abroad, core rotations the school arranges.',
        'After you graduate, you cannot do a clerkship. Graduates look at externships or observerships instead.',
        "Some US schools take students from abroad through VSLO, the AAMC's application service, if the home school takes part. Ask each host how to apply.",
        'Externships are limited by the law of each US state on practice without a licence. You may not be allowed to do everything a resident does. Ask the host what you will do.',
        'A visitor visa (B-1/B-2 or ESTA) lets a graduate observe only. For most graduates who may not live and work in the US, hands-on care in the US begins with residency.',
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
        'Graduates: a visitor visa allows observing only, and the J-1 for clinical training covers residency, not externships.',
        'Each host sets its own places, length and fees.',
      ],
      cells: {
        'patient-contact': {
          level: 'moderate',
          text: 'Students: supervised care. Graduates: limited by state law',
        },
        letters: { level: 'strong', text: 'Letters based on your clinical work' },
        'program-weight': { level: 'strong', text: 'Some programs require this kind' },
        'visa-travel': { text: 'In the US; B-1 covers student electives only' },
        eligibility: { text: 'Students: clerkships. Graduates: externships, within state law' },
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
      ],
      cons: [
        'You do not care for patients.',
        'Many programs value it less than hands-on experience.',
        'Letters may carry less weight, as the writer did not see you treat patients.',
        'Some programs do not count it as clinical experience.',
        "Not regulated, and fees vary widely: the AMA's guideline against running them for profit is not a rule. Ask what a fee covers.",
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
      summary: 'You work on clinical or lab research with a US team, on site or remotely.',
      suits:
        'People aiming at research-minded specialties who have months to give. We suggest it alongside clinical experience, not in place of it.',
      eligibility: [
        'Research scholars do non-clinical work: research, teaching, observing and consulting. Patient contact is none, or only incidental.',
        'A visitor visa does not allow research work in person. On site you need the visa the host sponsors, usually a J-1 research scholar visa; some teams take remote help.',
        "The host usually sponsors that J-1 itself; ECFMG does so only where the host cannot. It needs no ECFMG certificate, and a two-year home-residency rule may apply: ask the host's international office.",
        'Research does not count as patient-care experience.',
      ],
      pros: [
        'It can add publications and conference talks to your CV.',
        'It shows programs your analytical and academic skills.',
        'It can help you with programs at academic hospitals.',
        'We suggest it most for research-minded fields, such as radiology, dermatology and surgery.',
      ],
      cons: [
        'It is not clinical experience and does not replace it.',
        'Results you can cite often take months.',
        'You have little or no contact with patients.',
        'Agree in writing what you will do and how your work will be credited.',
      ],
      cells: {
        'patient-contact': { level: 'none', text: 'Non-clinical; incidental contact at most' },
        letters: { text: 'Speaks to your research, not patient care' },
        'program-weight': {
          level: 'moderate',
          text: 'Helps a CV; not clinical experience',
        },
        'visa-travel': {
          text: 'On site: a visa the host sponsors (often J-1), not a visitor visa; much can be remote',
        },
        eligibility: { text: 'Set by each lab or institution' },
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
        'It can help you prepare for work in person later.',
        'It can lead to a letter if your supervisor knows your work well.',
      ],
      cons: [
        'It is not clinical experience, and not the same as working in person.',
        'It is less immersive than time in a US hospital.',
        'Not every program counts it, so check each one.',
      ],
      cells: {
        'patient-contact': { level: 'none', text: 'Observation online at most; no patient care' },
        letters: { level: 'limited', text: 'Possible if your supervisor knows your work' },
        'program-weight': { text: 'Acceptance varies; check each program' },
        'visa-travel': { text: 'From home; no travel to the US' },
        eligibility: { text: 'Set by each host' },
        format: { text: 'Online: case talks, telehealth, lessons' },
      },
    },
  ]),

  // The most protective facts come first: only the first four show unfolded.
  facts: [
    {
      id: 'observership-brokers',
      text: 'Observerships are not regulated. A 2016 article found prices from nothing to about $5,000 a month, and a paid service that promised a letter of recommendation. Be wary of any program that guarantees a letter or a match, or offers hands-on work on a visitor visa.',
      source: {
        title: 'Academic Medicine: Postgraduate clinical observerships for IMGs (Mavani and Xu, 2016)',
        url: 'https://journals.lww.com/academicmedicine/fulltext/2016/05000/Postgraduate_Clinical_Observerships_for.8.aspx',
      },
      year: '2016',
      dated: true,
    },
    {
      id: 'externship-state-law',
      text: "State law limits what a graduate without a US licence may do. California's medical board warned that externships for IMGs in private offices are legal only for tasks a medical assistant may do, and that letters praising such hands-on work were going to its enforcement staff. Check the rules of the host's state.",
      source: {
        title:
          'HealthLeaders Media: California cracks down on unlicensed medical practice (Cal. Bus. & Prof. Code §2052)',
        url: 'https://www.healthleadersmedia.com/physician-leaders/california-cracks-down-unlicensed-medical-practice',
      },
      year: '2010',
      dated: true,
    },
    {
      id: 'gme-not-observation',
      text: 'The J-1 visa that ECFMG sponsors for clinical training is for graduate medical education: residency or fellowship. Observation, research or teaching with no, or only incidental, patient care is not graduate medical education.',
      source: {
        title: 'ECFMG: Roles in exchange visitor sponsorship (22 CFR 62.2)',
        url: 'https://ecfmg.org/evsp/roles.html',
      },
      year: 'current',
    },
    {
      id: 'research-visa',
      text: 'A visitor (B-1/B-2 visa or visa waiver) may not do research work at a US institution, paid or unpaid. Research in person needs the visa the host sponsors, often a J-1 research scholar visa.',
      source: {
        title: 'Temple University ISSS: Medical activities',
        url: 'https://isss.temple.edu/faculty-staff-and-researchers/temple-links/medical-activities',
      },
      year: 'undated',
    },
    {
      id: 'clerkship-students-only',
      text: "On a B-1 visa, an elective clerkship is open only to third- or fourth-year students of a medical school abroad: unpaid, at a US medical school's hospital, as an approved part of their degree. It does not cover doctors who have already graduated.",
      source: {
        title: 'Temple University ISSS: Medical activities (quoting 9 FAM 402.2-5)',
        url: 'https://isss.temple.edu/faculty-staff-and-researchers/temple-links/medical-activities',
      },
      year: 'undated',
    },
    {
      id: 'observer-visa',
      text: 'A physician may come on a visitor visa (B-1/B-2 or visa waiver) to observe US medical practice, as long as no US source pays them and they do not care for patients.',
      source: {
        title: 'UT Health San Antonio: Physician observer (quoting 9 FAM 402.2-5)',
        url: 'https://wp.uthscsa.edu/ois/immigration/b-1/physician-observer/',
      },
      year: '2017',
      dated: true,
    },
    {
      id: 'vslo-students',
      text: "Students apply for electives at many US schools through the AAMC's VSLO service, if their home school takes part. The home school checks and confirms the application, and each host decides whom it takes.",
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
      dated: true,
    },
    {
      id: 'observership-length',
      text: "Observerships usually last two to four weeks for each rotation or specialty. The AMA's guidelines say hosts should not run them for profit and should charge only actual costs, listed item by item. These are guidelines, not rules.",
      source: {
        title: 'AMA: Establish an observership for international medical graduates',
        url: 'https://www.ama-assn.org/member-groups-sections/international-medical-graduates/establish-observership-international-medical',
      },
      year: 'current',
    },
    {
      id: 'observership-optional',
      text: 'No national rule requires an observership before the Match. But some programs ask for US clinical experience, and some of those accept only hands-on work.',
      source: {
        title: 'Illinois State Medical Society: Observership for international medical graduates',
        url: 'https://www.isms.org/membership/who-am-i/rfs-and-international/observership-for-international-medical-graduates',
      },
      year: 'about 2015',
      dated: true,
    },
    {
      id: 'ama-observership-advice',
      text: 'The AMA strongly encourages IMGs to do an observership in a clinical setting before they apply. One reason: you meet doctors who can later act as your references.',
      source: {
        title: 'AMA: Residency program requirements for international medical graduates',
        url: 'https://www.ama-assn.org/education/international-medical-education/residency-program-requirements-international-medical',
      },
      year: '2024',
      dated: true,
    },
    {
      id: 'j1-research',
      text: 'A J-1 research scholar visa allows up to five years of non-clinical work (research, teaching, observing, consulting), with no patient contact or only incidental contact, and needs no ECFMG certificate. The host usually sponsors it; ECFMG does so only for hosts without a J-1 program of their own. A two-year home-residency rule may apply.',
      source: {
        title: 'ECFMG: Research scholar (J-1 visa sponsorship)',
        url: 'https://ecfmg.org/evsp/applying-types-research-scholar.html',
      },
      year: 'current',
    },
    {
      id: 'lor-specialty',
      text: 'Program directors rate letters from doctors in the specialty you apply to, especially structured ones, above general letters.',
      source: {
        title: 'Journal of Graduate Medical Education: Hartman et al., 2019',
        url: 'https://meridian.allenpress.com/jgme/article/11/3/268/421170',
      },
      year: '2019',
      dated: true,
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

  beforeYouApply: [
    {
      id: 'host-papers',
      title: 'What hosts ask for',
      points: [
        'Graduates: your USMLE results and an ECFMG status report or certificate.',
        "Students applying through VSLO: immunisation records, often on the AAMC's standard form.",
        'Be ready, too, for questions about health insurance, a background check and, for students, a letter of good standing from your school. Ask each host for its full list.',
      ],
      sources: [
        {
          title: 'AMA: Establish an observership for international medical graduates',
          url: 'https://www.ama-assn.org/member-groups-sections/international-medical-graduates/establish-observership-international-medical',
          year: 'current',
        },
        {
          title: 'AAMC: Frequently asked questions about VSLO',
          url: 'https://students-residents.aamc.org/attending-medical-school/faq/frequently-asked-questions-about-vslo',
          year: '2024-25',
          dated: true,
        },
      ],
    },
    {
      id: 'lead-time',
      title: 'How far ahead',
      points: [
        'We suggest starting months ahead: hosts need time to check your papers, and a US visa interview may take long to get.',
        'Ask each host for its deadline before you plan travel.',
      ],
      sources: [],
    },
    {
      id: 'finding-programs',
      title: 'Finding a sound program',
      points: [
        'Students: VSLO is a network of more than 300 medical schools and teaching hospitals, and each host sets its own places, length and fee.',
        'Graduates: ask the international or visiting-physician office of a US hospital or university.',
        'Observerships are not regulated; in 2016 prices ran from nothing to about $5,000 a month. Be wary of a guaranteed letter or match, hands-on work on a visitor visa, or a fee without a list of what it covers.',
      ],
      sources: [
        {
          title: 'AAMC: VSLO for institutions',
          url: 'https://www.aamc.org/services/vslo-institutions/join-vslo-schools',
          year: 'current',
        },
        {
          title: 'Academic Medicine: Postgraduate clinical observerships for IMGs (Mavani and Xu, 2016)',
          url: 'https://journals.lww.com/academicmedicine/fulltext/2016/05000/Postgraduate_Clinical_Observerships_for.8.aspx',
          year: '2016',
          dated: true,
        },
      ],
    },
    {
      id: 'graduation-year',
      title: 'How recently you graduated',
      points: [
        'Some programs weigh how long ago you graduated and how recent your clinical work is. We know of no common rule, so check each program on your list.',
      ],
      sources: [],
    },
    {
      id: 'visitor-visas',
      title: 'Visitor visas',
      points: [
        'Visitor-visa rules changed in 2025 for some nationalities, and may have changed again since. Check the current rules for your country before you book or pay.',
        'A student elective falls under the B-1 rule: ask the host which visa to travel on.',
      ],
      sources: [
        {
          title: 'US Department of State: Visitor visa (current rules)',
          url: 'https://travel.state.gov/content/travel/en/us-visas/tourism-visit/visitor.html',
          year: '2025',
          dated: true,
        },
      ],
    },
    {
      id: 'certification',
      title: 'Experience is not certification',
      points: ["None of the four replaces ECFMG certification or the USMLE. Check ECFMG's current requirements."],
      sources: [
        {
          title: 'ECFMG: certification requirements',
          url: 'https://www.ecfmg.org/',
          year: 'current',
        },
      ],
    },
  ],

  quiz: builtInQuiz,
};
