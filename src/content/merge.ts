/**
 * Merges a partner's partial content override onto a base content object.
 * Pure and DOM-free; the result still goes through `validate()` before use.
 *
 * The rules, documented in the README:
 * - objects merge key by key, recursively;
 * - arrays of objects that carry an `id` (types, attributes, facts, quiz
 *   questions and their options) merge item by item, matched by id; an item
 *   with a new id is added at the end;
 * - any other array (pros, cons, eligibility, effects, …) and any other value
 *   replaces the base value whole;
 * - `null` removes an optional key (e.g. a type's `cta`).
 *
 * Keys that could reach an object's prototype (`__proto__`, `constructor`,
 * `prototype`) are dropped, and values that cannot be read are left out, so a
 * hostile override cannot pollute anything or throw from here.
 */

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Deep enough for the schema (content > quiz > questions > options > effects
// > when), shallow enough that a cyclic override cannot recurse forever.
const MAX_DEPTH = 12;

/**
 * `override` merged onto a copy of `base`; neither is changed. Returns
 * `undefined` when the override cannot be read at all (a revoked proxy).
 */
export function mergeContent(base: unknown, override: unknown): unknown {
  try {
    return mergeValue(base, override, 0);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function ownEntries(value: Record<string, unknown>): [string, unknown][] {
  const entries: [string, unknown][] = [];
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return entries;
  }
  for (const key of keys) {
    if (UNSAFE_KEYS.has(key)) continue;
    try {
      entries.push([key, value[key]]);
    } catch {
      // A throwing getter: leave the key out; validation reports what is then missing.
    }
  }
  return entries;
}

function idOf(value: unknown): unknown {
  if (!isRecord(value)) return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(value, 'id') ? value['id'] : undefined;
  } catch {
    return undefined;
  }
}

function hasIds(array: readonly unknown[]): boolean {
  return array.length > 0 && array.every((item) => typeof idOf(item) === 'string');
}

function mergeValue(base: unknown, override: unknown, depth: number): unknown {
  if (override === undefined) return clone(base, depth);
  if (depth > MAX_DEPTH) return undefined;
  if (isRecord(base) && isRecord(override)) return mergeRecords(base, override, depth);
  if (Array.isArray(base) && Array.isArray(override) && hasIds(base) && hasIds(override)) {
    return mergeById(base, override, depth);
  }
  return clone(override, depth);
}

function mergeRecords(base: Record<string, unknown>, override: Record<string, unknown>, depth: number) {
  const result: Record<string, unknown> = {};
  for (const [key, value] of ownEntries(base)) result[key] = clone(value, depth + 1);
  for (const [key, value] of ownEntries(override)) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- null in an override removes the key
    if (value === null) delete result[key];
    else result[key] = mergeValue(base[key], value, depth + 1);
  }
  return result;
}

function mergeById(base: readonly unknown[], override: readonly unknown[], depth: number): unknown[] {
  const result = base.map((item) => clone(item, depth + 1));
  // Where each id first sits in `result`: looked up rather than searched, so
  // a hostile override with thousands of items merges in linear time.
  const positions = new Map<unknown, number>();
  result.forEach((existing, i) => {
    const id = idOf(existing);
    if (!positions.has(id)) positions.set(id, i);
  });
  for (const item of override) {
    const id = idOf(item);
    const at = positions.get(id);
    if (at === undefined) {
      positions.set(id, result.length);
      result.push(clone(item, depth + 1));
    } else {
      result[at] = mergeValue(base[at], item, depth + 1);
    }
  }
  return result;
}

/** A plain deep copy that keeps only own, safe keys; anything deeper than the schema is cut. */
function clone(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    let items: unknown[];
    try {
      items = Array.from(value);
    } catch {
      return [];
    }
    return items.map((item) => clone(item, depth + 1));
  }
  if (isRecord(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of ownEntries(value)) result[key] = clone(item, depth + 1);
    return result;
  }
  return value;
}
