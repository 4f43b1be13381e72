import { UsceCards } from './components/usce-cards/usce-cards.js';
import { UsceCompare } from './components/usce-compare/usce-compare.js';
import { UsceTable } from './components/usce-table/usce-table.js';

/** Every element by its tag name. */
export const ELEMENTS = {
  'usce-compare': UsceCompare,
  'usce-table': UsceTable,
  'usce-cards': UsceCards,
} as const;

/**
 * Registers `tag` unless some script on the page already did. The drop-in
 * file loaded twice, or beside an npm build, must not throw: the first
 * definition wins and later ones are no-ops.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch {
    // Another script defined the tag between our check and our call, or the
    // constructor was registered under another name: either way, a working
    // definition exists and there is nothing to report to the page.
  }
}

/** Registers all the elements. Safe to call any number of times. */
export function defineAll(): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) define(tag, element);
}

defineAll();

declare global {
  interface HTMLElementTagNameMap {
    'usce-compare': UsceCompare;
    'usce-table': UsceTable;
    'usce-cards': UsceCards;
  }
}
