import { format } from '../../content/select.js';
import type { ContentProblem, UiStrings } from '../../content/types.js';
import { toHeadingLevel } from './heading.js';

/** How many content problems the notice lists before it says how many more there are. */
export const NOTICE_LIMIT = 5;

/** The first content problems as notice lines (`path: message`), then how many more. */
export function contentProblemLines(problems: readonly ContentProblem[], ui: UiStrings): string[] {
  const lines = problems.slice(0, NOTICE_LIMIT).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  if (problems.length > NOTICE_LIMIT)
    lines.push(format(ui.contentErrorMore, { count: problems.length - NOTICE_LIMIT }));
  return lines;
}

/** A notice line for a `heading-level` that is not 2 to 6, or null when it is fine. */
export function headingLevelProblem(value: unknown, ui: UiStrings): string | null {
  if (value === null || value === undefined || value === '') return null;
  const ok = toHeadingLevel(value, 2) === Number(value);
  return ok
    ? null
    : format(ui.unknownValue, { attribute: 'heading-level', value: String(value), valid: '2, 3, 4, 5, 6' });
}
