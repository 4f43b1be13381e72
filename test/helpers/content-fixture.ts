/**
 * A small, valid content object for tests: short made-up strings, every type
 * and attribute once, two facts. Each call builds a fresh copy, so a test may
 * mutate it freely.
 */

import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { ATTRIBUTE_IDS, type AttributeId, type Cell, type Content, type TypeId } from '../../src/content/types.js';

function cells(typeId: TypeId): Record<AttributeId, Cell> {
  const result = {} as Record<AttributeId, Cell>;
  for (const attribute of ATTRIBUTE_IDS) {
    // The format row is a plain fact; the others carry a rating.
    result[attribute] =
      attribute === 'format' ? { text: `${typeId} format` } : { level: 'moderate', text: `${typeId} ${attribute}` };
  }
  return result;
}

function type(id: TypeId, name: string) {
  return {
    id,
    name,
    otherNames: [`${name} (other name)`],
    summary: `What a ${name} is.`,
    suits: `Who a ${name} suits.`,
    eligibility: [`Who may do a ${name}.`],
    pros: [`A good thing about a ${name}.`],
    cons: [`A drawback of a ${name}.`],
    cells: cells(id),
  };
}

/** A fresh, valid content object. */
export function contentFixture(): Content {
  return {
    version: 1,
    lang: 'en',
    ui: {
      heading: 'Heading',
      intro: 'Intro.',
      tableHeading: 'Table heading',
      tableCaption: 'Table caption',
      tableCorner: 'Attribute',
      tableScrollHint: 'Scroll sideways',
      cardsHeading: 'Cards heading',
      alsoCalled: 'Also called',
      suits: 'Suits',
      eligibility: 'Eligibility',
      pros: 'Pros',
      cons: 'Cons',
      featured: 'Featured',
      ratingLabels: { strong: 'Strong', moderate: 'Moderate', limited: 'Limited', none: 'None' },
      factsHeading: 'Good to know',
      moreFacts: 'Show {count} more',
      source: 'Source',
      dataYear: 'Data from {year}',
      datedYear: 'As of {year}',
      undated: 'Undated',
      caveat: 'Each program sets its own requirements.',
      noticeHeading: 'Problems with this embed',
      unknownTypes: '{attribute}: unknown {value}; valid: {valid}',
      unknownValue: '{attribute}: unknown {value}; valid: {valid}',
      contentError: 'Content problems:',
      contentErrorMore: 'and {count} more',
      contentLoadFailed: '{url} failed: {reason}',
      unsafeLink: 'unsafe link {value}',
      ctaIncomplete: 'cta needs both',
    },
    attributes: ATTRIBUTE_IDS.map((id) => ({ id, label: `Label ${id}` })),
    types: [
      type('hands-on', 'Hands-on rotation'),
      type('observership', 'Observership'),
      type('research', 'Research position'),
      type('virtual', 'Virtual rotation'),
    ],
    facts: [
      {
        id: 'fact-one',
        text: 'A first fact.',
        source: { title: 'First source', url: 'https://example.org/one' },
        year: '2024',
      },
      {
        id: 'fact-two',
        text: 'A second fact.',
        source: { title: 'Second source', url: 'http://example.org/two' },
        year: '2019',
        dated: true,
      },
    ],
    // The quiz section has its own cases in test/content/validate-quiz.test.ts.
    quiz: structuredClone(builtInQuiz),
  };
}
