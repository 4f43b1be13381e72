import { format, selectTheme, THEMES } from '../../content/select.js';
import type { ContentProblem, UiStrings } from '../../content/types.js';
import { warnOnce } from '../../warn.js';
import { ctaProblems, type CtaSettings } from './cta.js';
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
    : format(ui.unknownValue, { attribute: 'heading-level', value: shownValue(value), valid: '2, 3, 4, 5, 6' });
}

/** A value as a notice names it: strings and numbers as they are, anything else by its kind. */
function shownValue(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : typeof value;
}

/** The attributes the widget and the quiz share, as they were set. */
export interface SharedAttributes {
  theme?: string | null;
  headingLevel?: unknown;
  cta?: CtaSettings;
}

/**
 * Notice lines for the shared attributes that are set but not usable: an
 * unknown `theme`, a `heading-level` that is not 2 to 6, a call to action
 * without its link or label.
 */
export function sharedAttributeProblems(attributes: SharedAttributes, ui: UiStrings): string[] {
  const problems: string[] = [];
  if ('theme' in attributes) {
    const theme = selectTheme(attributes.theme ?? null);
    if (theme.unknown !== null) {
      problems.push(format(ui.unknownValue, { attribute: 'theme', value: theme.unknown, valid: THEMES.join(', ') }));
    }
  }
  const level = headingLevelProblem(attributes.headingLevel, ui);
  if (level) problems.push(level);
  if (attributes.cta) problems.push(...ctaProblems(attributes.cta, ui, format));
  return problems;
}

/** One console warning per problem, named after the element, once per message. */
export function warnProblems(element: Element, problems: readonly string[]): void {
  for (const problem of problems) warnOnce(`<${element.localName}> ${problem}`);
}
