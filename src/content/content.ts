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
    tableNotes: 'What each point means',
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
        "Externships are limited by the law of each US state on practice without a licence. In some states an unlicensed graduate may do no more than a medical assistant: check the state medical board's rules, not only the host's word.",
        'A visitor visa or ESTA (visa waiver) lets a graduate observe only. For most graduates who may not live and work in the US, hands-on care in the US begins with residency.',
        'TN status, open to Canadian citizens, covers teaching and research, not patient care, so it does not open an externship.',
      ],
      pros: [
        'It shows programs that you can work in a US clinical setting.',
        'Your supervisors see your work, so their letters can be detailed.',
        'Students: you practise electronic records, examining patients and presenting cases.',
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
        letters: {
          text: 'Students: strong. Graduates: only as strong as what the host may lawfully let you do',
        },
        'program-weight': { level: 'strong', text: 'Some programs require this kind' },
        'visa-travel': {
          text: 'In the US. Students from abroad: B-1 for electives. Graduates: only if allowed to work in the US',
        },
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
        'A visitor (visitor visa or ESTA) may come to observe, paying their own costs, where their nationality can still get a visa: since January 2026 visitor visas are suspended for nationals of many countries.',
        'Each host decides who may apply.',
      ],
      pros: [
        'Possible on a visitor visa or ESTA, where your nationality can get one.',
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
        'visa-travel': {
          text: 'In the US; a visitor visa or ESTA allows observing, where your nationality can get one',
        },
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
        'A visitor visa does not allow research work in person. On site you need a status the host sponsors: usually a J-1 research scholar visa (for students, the J-1 category for visiting students), an H-1B for a paid post, or TN for Canadian citizens. Some teams take remote help.',
        'The host usually sponsors that J-1, and it needs no ECFMG certificate. Before you accept one, ask ECFMG or an immigration attorney how it affects your visa for residency: moving between J categories can count against ECFMG sponsoring your clinical J-1, and a two-year home-residency rule can bar an H-1B until it is met or waived.',
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
          text: 'On site: a status the host sponsors (often J-1), not a visitor visa; much can be remote',
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
        'A letter is possible, but many programs give letters from virtual rotations less weight than letters from in-person work.',
      ],
      cons: [
        'It is not clinical experience, and not the same as working in person.',
        'It is less immersive than time in a US hospital.',
        'Not every program counts it, so check each one.',
        'Many are paid products: ask what you will do and who supervises you before you pay.',
      ],
      cells: {
        'patient-contact': { level: 'none', text: 'Observation online at most; no patient care' },
        letters: { level: 'limited', text: 'Possible; many programs weigh them less' },
        'program-weight': { text: 'Acceptance varies; check each program' },
        'visa-travel': { text: 'From home; no travel to the US' },
        eligibility: { text: 'Set by each host' },
        format: { text: 'Online: case talks, telehealth, lessons' },
      },
    },
  ]),

  // The most protective facts come first: the first ones show unfolded, the
  // rest behind "Show more facts".
  facts: [
    {
      id: 'observership-brokers',
      text: 'Observerships are not regulated. A 2016 letter in Academic Medicine reported prices from nothing to about $5,000 a month, and a paid service that promised a letter of recommendation. Be wary of any program that guarantees a letter or a match, or offers hands-on work on a visitor visa.',
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
        title: 'HealthLeaders Media: California cracks down on unlicensed medical practice',
        url: 'https://www.healthleadersmedia.com/physician-leaders/california-cracks-down-unlicensed-medical-practice',
      },
      year: '2010',
      dated: true,
    },
    {
      id: 'visa-suspension-2026',
      text: "Since 1 January 2026, under Presidential Proclamation 10998, the US has fully or partly suspended visa issuance for nationals of 39 countries. The partial suspensions cover visitor (B-1/B-2), student and exchange (J) visas, so they reach observerships and the J-1 used for residency. Check the State Department's current list before you pay for anything.",
      source: {
        title: 'US Department of State: Suspension of visa issuance to foreign nationals (Proclamation 10998)',
        url: 'https://travel.state.gov/content/travel/en/News/visas-news/suspension-of-visa-issuance-to-foreign-nationals-to-protect-the-security-of-the-united-states.html',
      },
      year: 'January 2026',
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
      id: 'j-category-changes',
      text: 'ECFMG warns that the State Department has advised it against sponsoring people who held J status and switched to another visa or J category, and that a history of such changes may cost you its sponsorship of the clinical J-1 for residency.',
      source: {
        title: 'ECFMG: Eligibility and basic requirements of the J-1 exchange visitor program',
        url: 'https://www.ecfmg.org/evsp/requirements.html',
      },
      year: '2016',
      dated: true,
    },
    {
      id: 'tn-physicians',
      text: 'TN status lets a Canadian physician teach or do research in the US, with patient care only incidental to that work. It covers neither residency nor direct patient care.',
      source: {
        title: 'Irvine Legal: TN visa for physicians (8 CFR 214.6(c))',
        url: 'https://irvine-legal.com/irvine-articles/2019/10/31/tn-visa-physician',
      },
      year: '2019',
      dated: true,
    },
    {
      id: 'interview-location',
      text: 'Since 6 September 2025, visitor and other non-immigrant visa applicants are expected to interview in their country of nationality or residence. An interview booked elsewhere may be harder to pass, and its fee is neither refunded nor transferred.',
      source: {
        title:
          'UC Berkeley International Office: Visa application guidance update (on the State Department notice of 6 September 2025)',
        url: 'https://internationaloffice.berkeley.edu/news/visa-application-guidance-update-department-state',
      },
      year: 'September 2025',
      dated: true,
    },
    {
      id: 'h1b-fee',
      text: 'A proclamation of 19 September 2025 put a $100,000 fee on new H-1B petitions, which the government may waive case by case. The AMA and other physician groups asked for physicians, residents and fellows to be exempt.',
      source: {
        title: 'AMA: Waiving $100,000 H-1B fee for IMGs serves national interest',
        url: 'https://www.ama-assn.org/education/international-medical-education/waiving-100000-h-1b-fee-imgs-serves-national-interest',
      },
      year: 'September 2025',
      dated: true,
    },
    {
      id: 'pathway-certificate-expiry',
      text: 'An ECFMG certificate issued through the Pathways can expire. It becomes valid indefinitely once you complete 12 months of training in an eligible US graduate medical education program.',
      source: {
        title: 'ECFMG: Obtaining permanent validation of ECFMG certificate',
        url: 'https://ecfmg.org/certification-pathways/permanent-validation.html',
      },
      year: 'current',
    },
    {
      id: 'ny-12-week-rule',
      text: "New York does not let a graduate of a school abroad that is not LCME-accredited train there if more than 12 weeks of the degree's required clerkships took place outside the school's country, unless the school is on the state's approved list.",
      source: {
        title: 'University at Buffalo GME: NYSED approved schools (12-week rule)',
        url: 'https://medicine.buffalo.edu/offices/gme/residents/prospectives/nysed-approved.html',
      },
      year: 'undated',
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
      text: "VSLO charged $15 for each elective you applied to; check this season's fee. The host may charge its own fee as well.",
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
      text: "No national rule requires an observership before the Match: the AMA's guidelines treat it as optional, not a required step. Whether a program wants US experience is up to each program.",
      source: {
        title: 'AMA: Establish an observership for international medical graduates',
        url: 'https://www.ama-assn.org/member-groups-sections/international-medical-graduates/establish-observership-international-medical',
      },
      year: 'current',
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
      text: 'A J-1 research scholar visa allows up to five years of non-clinical work (research, teaching, observing, consulting), with no patient contact or only incidental contact, and needs no ECFMG certificate. A two-year home-residency rule may apply.',
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
        title: 'Academic Medicine: Postgraduate clinical observerships for IMGs (Mavani and Xu, 2016)',
        url: 'https://journals.lww.com/academicmedicine/fulltext/2016/05000/Postgraduate_Clinical_Observerships_for.8.aspx',
      },
      year: 'about 2013',
      dated: true,
    },
  ],

  // The topics that can save a reader money or a visa come first.
  beforeYouApply: [
    {
      id: 'visitor-visas',
      title: 'Visas in 2025–26',
      points: [
        "Since 1 January 2026, visitor (B) and exchange (J) visas have been suspended, fully or partly, for nationals of many countries. That includes the J-1 used for residency. Check the State Department's current list before you pay for anything.",
        'Since September 2025 you are expected to interview in your country of nationality or residence; an interview booked elsewhere may be refused, and its fee is not refunded.',
        "Pay nothing that cannot be refunded before your visa is issued, and get the host's refund terms for a refused visa in writing.",
        'A student elective falls under the B-1 rule: ask the host which visa to travel on.',
      ],
      sources: [
        {
          title: 'US Department of State: Suspension of visa issuance to foreign nationals (Proclamation 10998)',
          url: 'https://travel.state.gov/content/travel/en/News/visas-news/suspension-of-visa-issuance-to-foreign-nationals-to-protect-the-security-of-the-united-states.html',
          year: 'January 2026',
          dated: true,
        },
        {
          title: 'UC Berkeley International Office: Visa application guidance update',
          url: 'https://internationaloffice.berkeley.edu/news/visa-application-guidance-update-department-state',
          year: 'September 2025',
          dated: true,
        },
      ],
    },
    {
      id: 'residency-visa',
      title: 'Your visa for residency comes first',
      points: [
        'Unless you are a US citizen or permanent resident, residency itself needs a visa: usually the J-1 that ECFMG sponsors, or an H-1B. Check that you can get one before you spend on US experience.',
        'Since September 2025 a new H-1B petition carries a $100,000 fee unless it is waived case by case, and the 2026 suspensions reach J visas too.',
        'A J-1 research post can count against ECFMG sponsoring your clinical J-1 later: ask ECFMG or an immigration attorney before you accept one.',
      ],
      sources: [
        {
          title: 'AMA: Waiving $100,000 H-1B fee for IMGs serves national interest',
          url: 'https://www.ama-assn.org/education/international-medical-education/waiving-100000-h-1b-fee-imgs-serves-national-interest',
          year: 'September 2025',
          dated: true,
        },
        {
          title: 'ECFMG: Eligibility and basic requirements of the J-1 exchange visitor program',
          url: 'https://www.ecfmg.org/evsp/requirements.html',
          year: '2016',
          dated: true,
        },
      ],
    },
    {
      id: 'checking-a-host',
      title: 'Checking a host before you pay',
      points: [
        "The host is a hospital or university with accredited residency programs at that site (ACGME's public program search shows them).",
        "The physician who will supervise you holds an active licence (the state medical board's lookup shows it).",
        'You pay the institution, not a person or an agent.',
        'A written agreement lists what you will do, who supervises you, the fee and the refund terms, including if your visa is refused.',
        'No letter or match is promised, and past participants can be contacted.',
      ],
      sources: [],
    },
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
        "Letters help only if they reach ERAS before programs start reviewing applications. Check this season's ERAS dates and count back from them, allowing for visa waits.",
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
      id: 'letters',
      title: 'What letters are worth',
      points: [
        'As advisers commonly rank them: a US faculty physician in your specialty who supervised your work at a teaching hospital; then an observership supervisor at an academic program; then a research mentor, valued most in academic fields; then letters from home.',
        "Letters from virtual rotations and from paid 'externships' in private offices are often given little weight, and a letter praising hands-on work an unlicensed graduate was not allowed to do can harm you.",
        'ERAS limits how many letters each program receives from you: check the current rules.',
      ],
      sources: [],
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
      id: 'certification',
      title: 'Experience is not certification',
      points: [
        "None of the four replaces ECFMG certification or the USMLE. Certification needs Step 1 and Step 2 CK, and for recent Match years a Pathway that includes OET Medicine: check ECFMG's rules for your Match year.",
        'A certificate issued through a Pathway can expire: it becomes permanent only after 12 months of training in an eligible US program.',
        'On a visitor visa you may not examine patients in the US, so be wary of packages that sell clinical skills evaluations with an observership.',
      ],
      sources: [
        {
          title: 'ECFMG: Certification news and Pathways announcements',
          url: 'https://www.ecfmg.org/news/category/ecfmg-certification/',
          year: 'current',
        },
        {
          title: 'ECFMG: Obtaining permanent validation of ECFMG certificate',
          url: 'https://ecfmg.org/certification-pathways/permanent-validation.html',
          year: 'current',
        },
      ],
    },
  ],

  quiz: builtInQuiz,
};
