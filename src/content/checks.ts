/**
 * Small building blocks for validating untrusted content: each check takes a
 * value, the path it was found at and the list to add problems to, and
 * reports every problem it finds instead of throwing. `validate.ts` is built
 * from these; other sections of the content (such as the quiz) reuse them.
 *
 * Pure: no DOM, no lit.
 */

import type { ContentProblem } from './types.js';
import { isHttpUrl } from './url.js';

/** The list a validation run adds its problems to, in the order found. */
export type Problems = ContentProblem[];

/**
 * Stands for a value that could not be read (its getter or proxy trap threw).
 * Its problem is reported once where it was read; every check then passes
 * over it quietly rather than adding "is missing" on top.
 */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * The most items an array may hold before its items are no longer checked one
 * by one. Far above any real list, it keeps a hostile `length` from tying up
 * the page.
 */
export const MAX_ITEMS = 100_000;

/** Adds one problem. */
export function report(problems: Problems, path: string, message: string): void {
  problems.push({ path, message });
}

// Keys that read well after a dot: identifiers and our kebab-case ids.
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * The path of `key` inside the value at `path`: `at('ui', 'heading')` is
 * `ui.heading`, `at('', 'ui')` is `ui`. Keys that would not read well after a
 * dot are quoted: `at('ui', 'two words')` is `ui["two words"]`.
 */
export function at(path: string, key: string): string {
  if (!PLAIN_KEY.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The path of item `i` of the array at `path`: `index('types', 2)` is `types[2]`. */
export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

/** The list `a, b, c` used in messages that name the valid values. */
export function listOf(values: readonly string[]): string {
  return values.join(', ');
}

/**
 * True for an object literal or JSON object (prototype `Object.prototype` or
 * `null`); false for arrays, class instances, functions and primitives.
 * Never throws, even for a hostile proxy.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (Array.isArray(value)) return false;
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return false;
  }
}

/**
 * Reads the own property `key` of `obj`, or `undefined` when it has none
 * (inherited properties do not count, so `constructor` is never found by
 * accident). A getter that throws is reported as `could not be read` and
 * gives {@link UNREADABLE}.
 */
export function field(obj: Record<string, unknown>, key: string, path: string, problems: Problems): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  } catch {
    report(problems, at(path, key), 'could not be read');
    return UNREADABLE;
  }
}

/**
 * Reads item `i` of `array`, as {@link field} does for object keys; the
 * problem for a throwing getter is reported at `index(path, i)`.
 */
export function item(array: readonly unknown[], i: number, path: string, problems: Problems): unknown {
  try {
    return array[i];
  } catch {
    report(problems, index(path, i), 'could not be read');
    return UNREADABLE;
  }
}

/**
 * Reports `is missing` for `undefined`. Returns true when the value is there
 * to be checked further (neither missing nor unreadable).
 */
export function checkPresent(value: unknown, path: string, problems: Problems): boolean {
  if (value === UNREADABLE) return false;
  if (value === undefined) {
    report(problems, path, 'is missing');
    return false;
  }
  return true;
}

/** Checks that `value` is a plain object (see {@link isPlainObject}). */
export function checkObject(value: unknown, path: string, problems: Problems): value is Record<string, unknown> {
  if (!checkPresent(value, path, problems)) return false;
  if (isPlainObject(value)) return true;
  report(problems, path, 'must be an object');
  return false;
}

/**
 * Checks that `value` is a string with some non-blank text; a string of only
 * spaces counts as empty, since it would show as nothing.
 */
export function checkNonEmptyString(value: unknown, path: string, problems: Problems): value is string {
  if (!checkPresent(value, path, problems)) return false;
  if (typeof value === 'string' && value.trim() !== '') return true;
  report(problems, path, 'must be a non-empty string');
  return false;
}

/** Checks that `value` is `true` or `false`. */
export function checkBoolean(value: unknown, path: string, problems: Problems): value is boolean {
  if (!checkPresent(value, path, problems)) return false;
  if (typeof value === 'boolean') return true;
  report(problems, path, 'must be true or false');
  return false;
}

/** Checks that `value` is exactly one of `allowed`, naming them all if not. */
export function checkOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
  problems: Problems,
): value is T {
  if (!checkPresent(value, path, problems)) return false;
  if ((allowed as readonly unknown[]).includes(value)) return true;
  report(problems, path, `must be one of: ${listOf(allowed)}`);
  return false;
}

/** Checks that `value` is an absolute http(s) URL (see `isHttpUrl` in `url.ts`). */
export function checkHttpUrl(value: unknown, path: string, problems: Problems): value is string {
  if (!checkPresent(value, path, problems)) return false;
  if (isHttpUrl(value)) return true;
  report(problems, path, 'must be an http(s) URL');
  return false;
}

/** Options for {@link checkArray}. */
export interface ArrayOptions {
  /** The fewest items allowed; 0 when not given. */
  minItems?: number;
  /** The most items allowed; {@link MAX_ITEMS} when not given. */
  maxItems?: number;
}

/**
 * Checks that `value` is an array of at least `minItems` and at most
 * `maxItems` (never more than {@link MAX_ITEMS}) items. Returns the array when its items should be checked
 * next, otherwise `undefined`.
 */
export function checkArray(
  value: unknown,
  path: string,
  problems: Problems,
  { minItems = 0, maxItems = MAX_ITEMS }: ArrayOptions = {},
): readonly unknown[] | undefined {
  if (!checkPresent(value, path, problems)) return undefined;
  let length: number;
  try {
    if (!Array.isArray(value)) {
      report(problems, path, 'must be an array');
      return undefined;
    }
    length = value.length;
  } catch {
    report(problems, path, 'could not be read');
    return undefined;
  }
  const most = Math.min(maxItems, MAX_ITEMS);
  if (length > most) {
    report(problems, path, `must have at most ${most} items`);
    return undefined;
  }
  if (length < minItems) {
    report(problems, path, `must have at least ${minItems} ${minItems === 1 ? 'item' : 'items'}`);
  }
  return value as readonly unknown[];
}

/**
 * Checks that `value` is an array of non-empty strings with at least
 * `minItems` items, reporting each bad item at its own path.
 */
export function checkStringArray(
  value: unknown,
  path: string,
  problems: Problems,
  options: ArrayOptions = {},
): value is string[] {
  const before = problems.length;
  const array = checkArray(value, path, problems, options);
  if (array === undefined) return false;
  for (let i = 0; i < array.length; i++) {
    checkNonEmptyString(item(array, i, path, problems), index(path, i), problems);
  }
  return problems.length === before;
}

/**
 * Reports each own key of `obj` that is not in `allowed`, so that a typo such
 * as `sumary` in a partner's content is caught instead of silently ignored.
 */
export function checkKnownKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
  problems: Problems,
): void {
  let keys: string[];
  try {
    keys = Object.keys(obj);
  } catch {
    report(problems, path, 'could not be read');
    return;
  }
  for (const key of keys) {
    if (!allowed.includes(key)) {
      report(problems, at(path, key), `unknown key; expected one of: ${listOf(allowed)}`);
    }
  }
}

/**
 * Records `id`, found in the item at `itemPath`, in `seen`; reports it at
 * `idPath` when an earlier item already had it. Returns true the first time.
 */
export function checkUniqueId(
  seen: Map<string, string>,
  id: string,
  itemPath: string,
  idPath: string,
  problems: Problems,
): boolean {
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, itemPath);
    return true;
  }
  report(problems, idPath, `duplicate id ${JSON.stringify(id)} (also at ${first})`);
  return false;
}

/**
 * Checks that the string at `path` still contains each `{name}` placeholder
 * in `names`, as a translation can easily drop one.
 */
export function checkPlaceholders(value: string, names: readonly string[], path: string, problems: Problems): void {
  for (const name of names) {
    if (!value.includes(`{${name}}`)) {
      report(problems, path, `must contain the placeholder {${name}}`);
    }
  }
}
