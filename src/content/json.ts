/**
 * Reading override JSON, apart from merging and validation (resolve.ts), so
 * the drop-in files can parse an override before the validator has loaded.
 */
import type { ContentProblem } from './types.js';

/** Parses JSON text; a syntax error becomes a problem at the root instead of an exception. */
export function parseJson(text: string): { value: unknown } | { problem: ContentProblem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: { path: '', message: `is not valid JSON (${detail})` } };
  }
}
