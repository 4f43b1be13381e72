/**
 * The ids of the four kinds of US clinical experience. A module of its own
 * so that the content schema and the quiz schema can both name a type
 * without importing each other.
 */
export const TYPE_IDS = ['hands-on', 'observership', 'research', 'virtual'] as const;
export type TypeId = (typeof TYPE_IDS)[number];
