import type { SectionId } from '../../content/select.js';

/**
 * The order of a widget's render turns, one part each, so that no turn does
 * the work of two. Each section has a turn, and the cards and the quiz a
 * second right after it: the first adds the element (its shadow root and
 * styles), the second renders it (UsceElement.held). After the sections
 * come the table's other form (UsceTable.forms), the bodies of the closed
 * cards (UsceCards.closedBodies) and the "before you apply" topics inside
 * their closed fold. Until their turn these are left out, and nobody can
 * tell: the other form is hidden at this width, and closed bodies are
 * hidden too. Whatever the reader opens renders at once.
 */
const LATER = [
  { part: 'table-forms', after: 'table' },
  { part: 'card-bodies', after: 'cards' },
  { part: 'apply-topics', after: 'before-you-apply' },
] as const;

export type LaterPart = 'cards-render' | 'quiz-render' | (typeof LATER)[number]['part'];
export type Turn = SectionId | LaterPart;

/** Every turn a widget showing `sections` takes, in order. */
export function turnPlan(sections: readonly SectionId[]): Turn[] {
  const turns = sections.flatMap((section): Turn[] =>
    section === 'cards' || section === 'quiz' ? [section, `${section}-render`] : [section],
  );
  for (const { part, after } of LATER) if (sections.includes(after)) turns.push(part);
  return turns;
}

/** The render turns a widget showing `sections` takes. */
export function turnsFor(sections: readonly SectionId[]): number {
  return turnPlan(sections).length;
}

/** Whether `turn` is among the first `rendered` turns of a widget showing `sections`. */
export function hasTurned(turn: Turn, sections: readonly SectionId[], rendered: number): boolean {
  const at = turnPlan(sections).indexOf(turn);
  return at >= 0 && at < rendered;
}
