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

/** The sections `<usce-compare>` can show, in their default order. */
export const SECTION_IDS = ['table', 'cards', 'quiz', 'before-you-apply', 'facts'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * Picks and orders sections by a space-separated list. An empty value shows
 * all in the default order; unknown names are collected so the element can
 * name them; a list of only unknown names falls back to all sections.
 */
export function selectSections(value: string | null | undefined): { sections: SectionId[]; unknown: string[] } {
  const ids = splitIds(value);
  const sections: SectionId[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    if ((SECTION_IDS as readonly string[]).includes(id)) {
      if (!sections.includes(id as SectionId)) sections.push(id as SectionId);
    } else if (!unknown.includes(id)) {
      unknown.push(id);
    }
  }
  return { sections: sections.length > 0 ? sections : [...SECTION_IDS], unknown };
}

/** Themes an element accepts. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Reads a `theme` attribute: the theme, or `auto` and the bad value. */
export function selectTheme(value: string | null | undefined): { theme: Theme; unknown: string | null } {
  const theme = (value ?? '').trim();
  if (theme === '') return { theme: 'auto', unknown: null };
  return (THEMES as readonly string[]).includes(theme)
    ? { theme: theme as Theme, unknown: null }
    : { theme: 'auto', unknown: theme };
}
