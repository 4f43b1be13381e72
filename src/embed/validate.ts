// The validator file dist/usce-validate-<version>.js: an ES module that the
// drop-in files import() the first time a page overrides the content (see
// validator.ts). It receives the base content from the drop-in, so it holds
// no text of its own.
export { applyOverride } from '../content/resolve.js';
