/**
 * The content schema: every word the widget shows comes from an object of
 * this shape. The built-in object lives in `content.ts`; partners may pass
 * their own (edited or translated) object, which `validate()` checks first.
 *
 * This module is types and constants only: no DOM, no lit.
 */

import type { QuizContent } from './quiz-types.js';
import type { TypeId } from './type-ids.js';

/** The four kinds of US clinical experience, by stable id. */
export { TYPE_IDS, type TypeId } from './type-ids.js';

/** The attributes the comparison table shows, one row each, in this order. */
export const ATTRIBUTE_IDS = [
  'patient-contact',
  'letters',
  'program-weight',
  'visa-travel',
  'eligibility',
  'format',
] as const;
export type AttributeId = (typeof ATTRIBUTE_IDS)[number];

/**
 * A rating shown in the table. It is always rendered with its text label
 * (from `ui.ratingLabels`), never by colour or a glyph alone.
 */
export const RATING_LEVELS = ['strong', 'moderate', 'limited', 'none'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** One cell of the comparison table. */
export interface Cell {
  /** A rating, for the attributes that are rated; omitted for plain facts such as format. */
  level?: RatingLevel;
  /** A short phrase that explains the cell in words. */
  text: string;
}

/** One kind of clinical experience. */
export interface ClinicalType {
  id: TypeId;
  /** Display name, e.g. "Hands-on rotation". */
  name: string;
  /** Other names the reader may meet, e.g. "externship (graduates)". */
  otherNames: string[];
  /** One line saying what it is. */
  summary: string;
  /** Who it suits, in one or two sentences. */
  suits: string;
  /** Who may take part, and the limits that apply. */
  eligibility: string[];
  pros: string[];
  cons: string[];
  /** One cell for each attribute the table compares. */
  cells: Record<AttributeId, Cell>;
  /**
   * A partner's own call to action for this type, shown on its card and in
   * the quiz result when it is the suggestion. Overrides the element's
   * `cta-href`/`cta-label` for this type. None in the built-in content.
   */
  cta?: CallToAction;
}

/** A link the embedder adds; `href` must be http(s) or relative. */
export interface CallToAction {
  label: string;
  href: string;
}

/** A row header of the comparison table. */
export interface AttributeDef {
  id: AttributeId;
  label: string;
  /** Optional longer explanation, shown under the label. */
  description?: string;
}

/** A sourced fact, shown in the "Good to know" list with its source and year. */
export interface Fact {
  id: string;
  /** The fact in our own words. */
  text: string;
  source: {
    title: string;
    /** An http(s) URL; anything else is refused by `validate()`. */
    url: string;
  };
  /** The year the data is from, e.g. "2024", or "undated". */
  year: string;
  /**
   * True when the source is old enough that the fact must not be read as
   * current; the widget then says "as of {year}".
   */
  dated?: boolean;
}

/**
 * Every fixed string of the interface. Strings with `{name}` placeholders are
 * filled by `format()` in `select.ts`; the placeholders each string takes are
 * listed beside it.
 */
export interface UiStrings {
  /** Default heading of `<usce-compare>`. */
  heading: string;
  /** A short paragraph under the heading. */
  intro: string;
  tableHeading: string;
  tableCaption: string;
  /** The top-left header cell of the table (over the attribute names). */
  tableCorner: string;
  /** Tells keyboard and touch users that a narrow table scrolls sideways. */
  tableScrollHint: string;
  cardsHeading: string;
  alsoCalled: string;
  suits: string;
  eligibility: string;
  pros: string;
  cons: string;
  /** Marks the type named by `highlight`, visibly and for screen readers. */
  featured: string;
  ratingLabels: Record<RatingLevel, string>;
  factsHeading: string;
  /** Placeholders: {count}. Opens the facts beyond the first few. */
  moreFacts: string;
  source: string;
  /** Placeholders: {year}. */
  dataYear: string;
  /** Placeholders: {year}. Used for facts marked `dated`. */
  datedYear: string;
  /** Shown where the year is "undated". */
  undated: string;
  /** The reminder that every residency program sets its own requirements. */
  caveat: string;
  /** Heading of the notice that lists problems with the embed code. */
  noticeHeading: string;
  /** Placeholders: {attribute}, {value}, {valid}. */
  unknownTypes: string;
  /** Placeholders: {attribute}, {value}, {valid}. */
  unknownValue: string;
  /** Heads the list of problems found in a content override. */
  contentError: string;
  /** Placeholders: {count}. Ends a list of problems cut short. */
  contentErrorMore: string;
  /** Placeholders: {url}, {reason}. A `content-src` that could not be loaded. */
  contentLoadFailed: string;
  /** Placeholders: {value}. A `cta-href` that is not an http(s) or relative URL. */
  unsafeLink: string;
  /** Shown when only one of `cta-href` and `cta-label` is set. */
  ctaIncomplete: string;
}

/** The whole content object. */
export interface Content {
  /** Schema version; bumped when the shape changes incompatibly. */
  version: 1;
  /** BCP 47 language tag of the strings, e.g. "en". */
  lang: string;
  ui: UiStrings;
  attributes: AttributeDef[];
  types: ClinicalType[];
  facts: Fact[];
  /** The quiz's questions, outcome rules and strings. */
  quiz: QuizContent;
}

/** One problem found by `validate()`, with the path of the offending value. */
export interface ContentProblem {
  /** e.g. `types[2].pros[0]` */
  path: string;
  /** e.g. `must be a non-empty string` */
  message: string;
}
