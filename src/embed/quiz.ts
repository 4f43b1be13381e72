// The drop-in file dist/usce-quiz.js for partner pages: registers only <usce-quiz>.
//
// As in compare.ts, the build runs this code only when no copy has defined
// the element yet, and a failure is logged rather than thrown into the page.
import { UsceQuiz } from '../components/usce-quiz/usce-quiz.js';
import { define } from '../define-one.js';

define('usce-quiz', UsceQuiz);
