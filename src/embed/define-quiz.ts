import { UsceQuiz } from '../components/usce-quiz/usce-quiz.js';
import { define } from '../define-one.js';

define('usce-quiz', UsceQuiz);
