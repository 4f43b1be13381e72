// The drop-in file dist/usce-quiz.js for partner pages: registers only <usce-quiz>.
//
// As in compare.ts, the code runs only when no copy has defined the element
// yet, and a failure is logged rather than thrown into the page.
if (!customElements.get('usce-quiz')) {
  import('./define-quiz.js').catch((error: unknown) => console.warn('usce-compare: could not start the quiz.', error));
}
