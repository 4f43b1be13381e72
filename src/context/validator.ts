/**
 * Where the function that merges and validates a content override comes
 * from. In the library it is simply imported. The drop-in files replace
 * this module at build time with src/embed/validator.ts, which loads the
 * function from a file of its own, only when a page uses an override: most
 * pages never do, and the validator is about a tenth of a drop-in file.
 */
import { applyOverride } from '../content/resolve.js';

/** Merges an override onto the base content and validates the result. */
export type ApplyOverride = typeof applyOverride;

/** The validator, at once, or a promise of it that rejects with a readable message when it cannot load. */
export function loadValidator(): ApplyOverride | Promise<ApplyOverride> {
  return applyOverride;
}
