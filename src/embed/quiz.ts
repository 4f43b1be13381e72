// The drop-in file dist/usce-quiz.js for partner pages: registers only <usce-quiz>.
//
// As in compare.ts, the code runs only when no copy has defined the element
// yet, and a failure is logged rather than thrown into the page.
import { define } from '../define-one.js';

if (!customElements.get('usce-quiz')) {
  import('../components/usce-quiz/usce-quiz.js')
    .then(({ UsceQuiz }) => define('usce-quiz', UsceQuiz))
    .catch((error: unknown) => console.warn('usce-compare: could not start the quiz.', error));
}
