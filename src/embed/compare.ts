// The drop-in file dist/usce-compare.js: one script tag registers every element.
//
// The build wraps this file's code in a check (see `onlyOnce` in
// vite.config.ts): it runs only when no copy has run or defined the elements
// yet, so a second copy on the page (the snippet pasted twice, a theme and a
// block both adding it) costs nothing and creates no second Trusted Types
// policy. Anything that still goes wrong while it starts is logged, never
// thrown into the page; the author's fallback text then stays in place.
import { defineAll } from '../elements.js';
import { registerSoon } from './register-soon.js';

registerSoon(defineAll);
