/**
 * Pure helpers that turn attribute values into what the elements show.
 * No DOM, no lit: tested exhaustively in test/content/select.test.ts.
 */
import { TYPE_IDS, type ClinicalType, type Content, type TypeId } from './types.js';

/** What a `types` attribute picks: the known types in the order given, and the ids it did not know. */
export interface TypeSelection {
  types: ClinicalType[];
  unknown: string[];
}

/** Splits an attribute value on any run of white space, dropping empty pieces. */
export function splitIds(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((id) => id !== '');
}

/** True when `id` names one of the four types. */
export function isTypeId(id: string): id is TypeId {
  return (TYPE_IDS as readonly string[]).includes(id);
}

/**
 * Picks and orders types by a space-separated list of ids. An empty list
 * means all, in content order; a repeated id shows once, at its first place;
 * unknown ids are collected so the element can name them.
 */
export function selectTypes(content: Content, value: string | null | undefined): TypeSelection {
  const ids = splitIds(value);
  if (ids.length === 0) return { types: [...content.types], unknown: [] };
  const types: ClinicalType[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const type = content.types.find((t) => t.id === id);
    if (!type) {
      if (!unknown.includes(id)) unknown.push(id);
    } else if (!types.includes(type)) {
      types.push(type);
    }
  }
  return { types, unknown };
}

/**
 * Resolves a `highlight` attribute: the id when it names a type, otherwise
 * `unknown` holds the trimmed value so the element can name it.
 */
export function selectHighlight(value: string | null | undefined): { id: TypeId | null; unknown: string | null } {
  const id = (value ?? '').trim();
  if (id === '') return { id: null, unknown: null };
  return isTypeId(id) ? { id, unknown: null } : { id: null, unknown: id };
}

/**
 * Fills `{name}` placeholders from `values`. A placeholder with no value is
 * left as written, so a translation with a typo shows the gap instead of
 * throwing.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
