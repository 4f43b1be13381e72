/**
 * The part of the content that `<usce-quiz>` shows on its own: its
 * questions and strings, the names of the types, the notices. The drop-in
 * file dist/usce-quiz.js ships only this part (the build derives it from
 * `content.ts` with {@link quizOnly}), and a content override given to the
 * quiz is checked only against this part (`validate(value, 'quiz')`).
 *
 * Pure: no DOM, no lit.
 */
import type { ClinicalType, Content, UiStrings } from './types.js';

/**
 * Interface strings only the comparison (table, cards, facts) shows. Every
 * other string stays with the quiz, so a string added to the schema later is
 * kept unless it is listed here.
 */
export const COMPARISON_UI_KEYS = [
  'heading',
  'intro',
  'tableHeading',
  'tableCaption',
  'tableCorner',
  'tableScrollHint',
  'tableNotes',
  'cardsHeading',
  'alsoCalled',
  'suits',
  'eligibility',
  'pros',
  'cons',
  'featured',
  'ratingLabels',
  'factsHeading',
  'moreFacts',
  'source',
  'dataYear',
  'datedYear',
  'undated',
  'caveat',
  'unknownTypes',
  'applyHeading',
  'applyShow',
  'applyAdvice',
] as const satisfies readonly (keyof UiStrings)[];

/** What the quiz reads of a type: its name in the result, and its own call to action. */
export const QUIZ_TYPE_KEYS = ['id', 'name', 'cta'] as const satisfies readonly (keyof ClinicalType)[];

/**
 * `content` without what only the comparison shows: no table rows, cards,
 * facts or before-you-apply topics, and no comparison strings. The result is not valid content as a
 * whole, only as far as the quiz reads it; it is typed as `Content` so the
 * quiz can take either.
 */
export function quizOnly(content: Content): Content {
  const dropped = new Set<string>(COMPARISON_UI_KEYS);
  const ui = Object.fromEntries(Object.entries(content.ui).filter(([key]) => !dropped.has(key)));
  const types = content.types.map((type) => {
    const kept: Partial<ClinicalType> = {};
    for (const key of QUIZ_TYPE_KEYS) if (type[key] !== undefined) Object.assign(kept, { [key]: type[key] });
    return kept;
  });
  return { ...content, ui, types, attributes: [], facts: [], beforeYouApply: [] } as unknown as Content;
}
