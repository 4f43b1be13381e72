/**
 * The library entry for bundler users: classes, types, the built-in content
 * and the pure helpers. Importing it registers nothing; import
 * `usce-compare/define.js` (or call `defineAll()`) to register the elements.
 */
export { UsceCards } from './components/usce-cards/usce-cards.js';
export { UsceCompare } from './components/usce-compare/usce-compare.js';
export { UsceTable } from './components/usce-table/usce-table.js';
export { UsceQuiz } from './components/usce-quiz/usce-quiz.js';
export { score } from './quiz/score.js';
export { encodeAnswers, decodeAnswers } from './quiz/share.js';
export { builtInQuiz } from './content/quiz-questions.js';
export type * from './content/quiz-types.js';
export type * from './events.js';
export { builtInContent } from './content/content.js';
export { validate, isContent } from './content/validate.js';
export { selectTypes, selectHighlight, format } from './content/select.js';
export { isSafeHref, safeHref } from './content/url.js';
export { contentContext } from './context/content-context.js';
export { TOKENS } from './components/shared/tokens.js';
export * from './content/types.js';
