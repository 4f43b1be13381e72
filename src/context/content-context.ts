import { createContext } from '@lit/context';
import type { Content } from '../content/types.js';

/**
 * The one context key for the content object. A string rather than a
 * Symbol so that a provider and a consumer from two different bundles on one
 * page (the drop-in script loaded beside an npm build) still find each other.
 */
export const contentContext = createContext<Content>('usce-compare/content@1');
