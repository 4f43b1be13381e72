// `usce-compare/define.js` in the npm package: registers every element as
// soon as it is imported. The drop-in files register theirs one task later
// (src/embed/register-soon.ts).
import { defineAll } from './elements.js';

export { define, defineAll, ELEMENTS } from './elements.js';

defineAll();
