import type { SectionId } from '../../content/select.js';

/**
 * What a widget renders after its sections, a turn each, so that no turn
 * does the work of two: the table's other form (UsceTable.forms), then the
 * bodies of the closed cards (UsceCards.closedBodies), then the "before you
 * apply" topics inside their closed fold. Until then each is left out, and
 * nobody can tell: the other form is hidden at this width, and closed
 * bodies are hidden too. Whatever the reader opens renders at once.
 */
const LATER = [
  { part: 'table-forms', after: 'table' },
  { part: 'card-bodies', after: 'cards' },
  { part: 'apply-topics', after: 'before-you-apply' },
] as const;

export type LaterPart = (typeof LATER)[number]['part'];

/** The parts that follow `sections`, in the order of their turns. */
export function laterParts(sections: readonly SectionId[]): LaterPart[] {
  return LATER.filter(({ after }) => sections.includes(after)).map(({ part }) => part);
}

/** The render turns a widget showing `sections` takes: one a section, then one for each later part. */
export function turnsFor(sections: readonly SectionId[]): number {
  return sections.length + laterParts(sections).length;
}

/** Whether `part` has had its turn once `rendered` turns have. */
export function hasTurned(part: LaterPart, sections: readonly SectionId[], rendered: number): boolean {
  const at = laterParts(sections).indexOf(part);
  return at >= 0 && rendered > sections.length + at;
}
