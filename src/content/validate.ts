/**
 * Checks any value against the content schema in `types.ts`. Pure: no DOM,
 * no lit.
 */

import {
  at,
  checkArray,
  checkBoolean,
  checkHttpUrl,
  checkKnownKeys,
  checkNonEmptyString,
  checkObject,
  checkOneOf,
  checkPlaceholders,
  checkPresent,
  checkStringArray,
  checkUniqueId,
  field,
  index,
  isPlainObject,
  item,
  report,
  type Problems,
} from './checks.js';
import { ATTRIBUTE_IDS, RATING_LEVELS, TYPE_IDS, type Content, type ContentProblem, type UiStrings } from './types.js';
import { validateQuiz } from './validate-quiz.js';
import { isSafeHref } from './url.js';

// Far above what a reader can take in, low enough that an override cannot
// bury the host page under thousands of cards or facts: longer lists are
// refused with a notice instead of rendered.
/** The most items a type's list (pros, cons, eligibility, other names) may hold. */
export const MAX_LIST = 20;
/** The most facts the content may hold. */
export const MAX_FACTS = 50;

const CONTENT_KEYS = [
  'version',
  'lang',
  'ui',
  'attributes',
  'types',
  'facts',
  'quiz',
] as const satisfies readonly (keyof Content)[];

// Every key of UiStrings in schema order, with the placeholders its text
// must keep. A `Record` over the interface's keys makes the compiler flag any
// key added to the schema but not here. `ratingLabels` is an object, checked
// on its own.
const UI_PLACEHOLDERS: Record<keyof UiStrings, readonly string[]> = {
  heading: [],
  intro: [],
  tableHeading: [],
  tableCaption: [],
  tableCorner: [],
  tableScrollHint: [],
  cardsHeading: [],
  alsoCalled: [],
  suits: [],
  eligibility: [],
  pros: [],
  cons: [],
  featured: [],
  ratingLabels: [],
  factsHeading: [],
  moreFacts: ['count'],
  source: [],
  dataYear: ['year'],
  datedYear: ['year'],
  undated: [],
  caveat: [],
  noticeHeading: [],
  unknownTypes: ['attribute', 'value', 'valid'],
  unknownValue: ['attribute', 'value', 'valid'],
  contentError: [],
  contentErrorMore: ['count'],
  contentLoadFailed: ['url', 'reason'],
  unsafeLink: ['value'],
  ctaIncomplete: [],
};
const UI_KEYS = Object.keys(UI_PLACEHOLDERS) as (keyof UiStrings)[];

const ATTRIBUTE_KEYS = ['id', 'label', 'description'] as const;
const TYPE_KEYS = [
  'id',
  'name',
  'otherNames',
  'summary',
  'suits',
  'eligibility',
  'pros',
  'cons',
  'cells',
  'cta',
] as const;
const CTA_KEYS = ['label', 'href'] as const;
const CELL_KEYS = ['level', 'text'] as const;
const FACT_KEYS = ['id', 'text', 'source', 'year', 'dated'] as const;
const SOURCE_KEYS = ['title', 'url'] as const;

function checkRatingLabels(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, problems)) return;
  for (const level of RATING_LEVELS) {
    checkNonEmptyString(field(value, level, path, problems), at(path, level), problems);
  }
  checkKnownKeys(value, RATING_LEVELS, path, problems);
}

function checkUi(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, problems)) return;
  for (const key of UI_KEYS) {
    const keyPath = at(path, key);
    const text = field(value, key, path, problems);
    if (key === 'ratingLabels') {
      checkRatingLabels(text, keyPath, problems);
    } else if (checkNonEmptyString(text, keyPath, problems)) {
      checkPlaceholders(text, UI_PLACEHOLDERS[key], keyPath, problems);
    }
  }
  checkKnownKeys(value, UI_KEYS, path, problems);
}

/**
 * Checks that the array at `path` holds an item with each of `required` ids,
 * once; `checkItem` checks one item and returns its id when that id is one
 * of `required`.
 */
function checkIdList(
  value: unknown,
  path: string,
  problems: Problems,
  required: readonly string[],
  checkItem: (value: unknown, path: string, problems: Problems) => string | undefined,
): void {
  const array = checkArray(value, path, problems);
  if (array === undefined) return;
  const seen = new Map<string, string>();
  for (let i = 0; i < array.length; i++) {
    const itemPath = index(path, i);
    const id = checkItem(item(array, i, path, problems), itemPath, problems);
    if (id !== undefined) checkUniqueId(seen, id, itemPath, at(itemPath, 'id'), problems);
  }
  for (const id of required) {
    if (!seen.has(id)) report(problems, path, `must include id ${JSON.stringify(id)}`);
  }
}

function checkAttribute(value: unknown, path: string, problems: Problems): string | undefined {
  if (!checkObject(value, path, problems)) return undefined;
  const id = field(value, 'id', path, problems);
  const known = checkOneOf(id, ATTRIBUTE_IDS, at(path, 'id'), problems);
  checkNonEmptyString(field(value, 'label', path, problems), at(path, 'label'), problems);
  const description = field(value, 'description', path, problems);
  if (description !== undefined) {
    checkNonEmptyString(description, at(path, 'description'), problems);
  }
  checkKnownKeys(value, ATTRIBUTE_KEYS, path, problems);
  return known ? id : undefined;
}

function checkCell(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, problems)) return;
  const level = field(value, 'level', path, problems);
  if (level !== undefined) checkOneOf(level, RATING_LEVELS, at(path, 'level'), problems);
  checkNonEmptyString(field(value, 'text', path, problems), at(path, 'text'), problems);
  checkKnownKeys(value, CELL_KEYS, path, problems);
}

function checkCallToAction(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, problems)) return;
  checkNonEmptyString(field(value, 'label', path, problems), at(path, 'label'), problems);
  const href = field(value, 'href', path, problems);
  if (checkNonEmptyString(href, at(path, 'href'), problems) && !isSafeHref(href)) {
    report(problems, at(path, 'href'), 'must be an http(s) or relative URL');
  }
  checkKnownKeys(value, CTA_KEYS, path, problems);
}

function checkType(value: unknown, path: string, problems: Problems): string | undefined {
  if (!checkObject(value, path, problems)) return undefined;
  const id = field(value, 'id', path, problems);
  const known = checkOneOf(id, TYPE_IDS, at(path, 'id'), problems);
  for (const key of ['name', 'summary', 'suits'] as const) {
    checkNonEmptyString(field(value, key, path, problems), at(path, key), problems);
  }
  checkStringArray(field(value, 'otherNames', path, problems), at(path, 'otherNames'), problems, {
    maxItems: MAX_LIST,
  });
  for (const key of ['eligibility', 'pros', 'cons'] as const) {
    checkStringArray(field(value, key, path, problems), at(path, key), problems, { minItems: 1, maxItems: MAX_LIST });
  }
  const cellsPath = at(path, 'cells');
  const cells = field(value, 'cells', path, problems);
  if (checkObject(cells, cellsPath, problems)) {
    for (const attribute of ATTRIBUTE_IDS) {
      checkCell(field(cells, attribute, cellsPath, problems), at(cellsPath, attribute), problems);
    }
    checkKnownKeys(cells, ATTRIBUTE_IDS, cellsPath, problems);
  }
  const cta = field(value, 'cta', path, problems);
  if (cta !== undefined) checkCallToAction(cta, at(path, 'cta'), problems);
  checkKnownKeys(value, TYPE_KEYS, path, problems);
  return known ? id : undefined;
}

function checkFacts(value: unknown, path: string, problems: Problems): void {
  const array = checkArray(value, path, problems, { maxItems: MAX_FACTS });
  if (array === undefined) return;
  const seen = new Map<string, string>();
  for (let i = 0; i < array.length; i++) {
    const factPath = index(path, i);
    const fact = item(array, i, path, problems);
    if (!checkObject(fact, factPath, problems)) continue;
    const id = field(fact, 'id', factPath, problems);
    if (checkNonEmptyString(id, at(factPath, 'id'), problems)) {
      checkUniqueId(seen, id, factPath, at(factPath, 'id'), problems);
    }
    checkNonEmptyString(field(fact, 'text', factPath, problems), at(factPath, 'text'), problems);
    const sourcePath = at(factPath, 'source');
    const source = field(fact, 'source', factPath, problems);
    if (checkObject(source, sourcePath, problems)) {
      checkNonEmptyString(field(source, 'title', sourcePath, problems), at(sourcePath, 'title'), problems);
      checkHttpUrl(field(source, 'url', sourcePath, problems), at(sourcePath, 'url'), problems);
      checkKnownKeys(source, SOURCE_KEYS, sourcePath, problems);
    }
    checkNonEmptyString(field(fact, 'year', factPath, problems), at(factPath, 'year'), problems);
    const dated = field(fact, 'dated', factPath, problems);
    if (dated !== undefined) checkBoolean(dated, at(factPath, 'dated'), problems);
    checkKnownKeys(fact, FACT_KEYS, factPath, problems);
  }
}

function checkContent(value: unknown, problems: Problems): void {
  // No value at all is still "not an object" here: there is no key to be missing from.
  if (!isPlainObject(value)) {
    report(problems, '', 'must be an object');
    return;
  }
  const version = field(value, 'version', '', problems);
  if (checkPresent(version, 'version', problems) && version !== 1) {
    report(problems, 'version', 'must be 1');
  }
  checkNonEmptyString(field(value, 'lang', '', problems), 'lang', problems);
  checkUi(field(value, 'ui', '', problems), 'ui', problems);
  const attributes = field(value, 'attributes', '', problems);
  checkIdList(attributes, 'attributes', problems, ATTRIBUTE_IDS, checkAttribute);
  checkIdList(field(value, 'types', '', problems), 'types', problems, TYPE_IDS, checkType);
  checkFacts(field(value, 'facts', '', problems), 'facts', problems);
  const quiz = field(value, 'quiz', '', problems);
  if (checkPresent(quiz, 'quiz', problems)) problems.push(...validateQuiz(quiz, 'quiz'));
  checkKnownKeys(value, CONTENT_KEYS, '', problems);
}

/**
 * Checks any value against the content schema and returns every problem
 * found, each with the path of the offending value (`types[2].pros[0]`); an
 * empty list means the value is valid content. Problems with the value as a
 * whole (say, `null`) have the empty path.
 *
 * Never throws: values that cannot be read (throwing getters, hostile
 * proxies) are reported as problems too. Cycles are harmless, as only the
 * fixed depth of the schema is ever visited.
 */
export function validate(value: unknown): ContentProblem[] {
  const problems: Problems = [];
  try {
    checkContent(value, problems);
  } catch {
    // Every read above is already guarded; this is the last line of defence
    // for anything a proxy can still throw from, so the host page never sees it.
    report(problems, '', 'could not be read');
  }
  return problems;
}

/** True when `value` is content that {@link validate} finds no problem with. */
export function isContent(value: unknown): value is Content {
  return validate(value).length === 0;
}
