// The drop-in file dist/usce-quiz.js for partner pages: registers only <usce-quiz>.
//
// As in compare.ts, the build runs this code only when no copy has run or
// defined the element yet, a failure is logged rather than thrown into the
// page, and the element is registered in the task after the file runs.
import { UsceQuiz } from '../components/usce-quiz/usce-quiz.js';
import { define } from '../define-one.js';
import { registerSoon } from './register-soon.js';

registerSoon(() => define('usce-quiz', UsceQuiz));
