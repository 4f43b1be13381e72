// The drop-in file dist/usce-compare.js: one script tag registers every element.
//
// The elements' code runs only when this file is the first to define them:
// a second copy on the page (the snippet pasted twice, a theme and a block
// both adding it) then costs nothing and creates no second Trusted Types
// policy. Anything that still goes wrong is logged, never thrown into the
// page; the author's fallback text then stays in place.
if (!customElements.get('usce-compare')) {
  import('../define.js').catch((error: unknown) => console.warn('usce-compare: could not start.', error));
}
