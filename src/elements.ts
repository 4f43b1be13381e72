// The four elements by tag name, and the function that registers them all.
import { UsceCards } from './components/usce-cards/usce-cards.js';
import { UsceCompare } from './components/usce-compare/usce-compare.js';
import { UsceQuiz } from './components/usce-quiz/usce-quiz.js';
import { UsceTable } from './components/usce-table/usce-table.js';
import { define } from './define-one.js';

export { define };

/** Every element by its tag name. */
export const ELEMENTS = {
  'usce-compare': UsceCompare,
  'usce-table': UsceTable,
  'usce-cards': UsceCards,
  'usce-quiz': UsceQuiz,
} as const;

/** Registers all the elements. Safe to call any number of times. */
export function defineAll(): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) define(tag, element);
}
