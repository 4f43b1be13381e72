/**
 * Turns a content override from any source into the content to show, or the
 * problems that stop it being used. Pure: the element decides how to show
 * the problems and which event to fire.
 */
import { isPlainObject } from './checks.js';
import { mergeContent } from './merge.js';
import { PROTECTED_FACT_IDS } from './protected.js';
import type { Content, ContentProblem } from './types.js';
import { validate, type ValidationScope } from './validate.js';

/** What an override gives: the content to use, and the problems (empty when the override was used). */
export interface Resolved {
  content: Content;
  problems: ContentProblem[];
}

/**
 * Merges `override` onto `base` and validates the result. Invalid content
 * falls back to `base` whole, never to a half-merged mix. `scope` says which
 * part of the result must be valid (see `validate`).
 */
export function applyOverride(base: Content, override: unknown, scope: ValidationScope = 'all'): Resolved {
  let isObject = false;
  try {
    isObject = isPlainObject(override);
  } catch {
    // A value that cannot even be inspected is not content.
  }
  if (!isObject) return { content: base, problems: [{ path: '', message: 'must be an object' }] };
  const merged = mergeContent(base, override);
  const problems = validate(merged, scope);
  return problems.length === 0
    ? { content: keepProtectedFacts(base, merged as Content), problems }
    : { content: base, problems };
}

/**
 * `content` with every protected fact of `base` that it lost put back first,
 * in `base`'s order. An override that keeps a protected fact's id (a
 * translation) keeps its own words.
 */
function keepProtectedFacts(base: Content, content: Content): Content {
  // Content validated for the quiz alone may carry facts it never checked.
  if (!Array.isArray(base.facts) || !Array.isArray(content.facts)) return content;
  const missing = base.facts.filter(
    (fact) => PROTECTED_FACT_IDS.includes(fact.id) && !content.facts.some((kept) => kept.id === fact.id),
  );
  return missing.length === 0 ? content : { ...content, facts: [...missing, ...content.facts] };
}
