// The drop-in file dist/usce-quiz.js for partner pages: registers only <usce-quiz>.
import { UsceQuiz } from '../components/usce-quiz/usce-quiz.js';
import { define } from '../define-one.js';

define('usce-quiz', UsceQuiz);
