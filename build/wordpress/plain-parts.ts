/**
 * The pieces the WordPress plugin assembles its plain copy from: the same
 * HTML as `lightCopy` (src/snippet/light-copy.ts), cut where an author's
 * options change it (which types, in which order, which one is featured,
 * which sections, the heading and its level, the call to action). Every
 * string is escaped here, with the snippet's own escaping; the plugin adds
 * only the author's values, escaped with WordPress's functions.
 *
 * Written to the plugin as `assets/plain-parts.json` by
 * build/wordpress/package.js; `test/wordpress/` checks that the plugin's
 * assembly equals `lightCopy` for the same options.
 */
import { builtInContent } from '../../src/content/content.js';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { SECTION_IDS } from '../../src/content/select.js';
import type { Content } from '../../src/content/types.js';
import { escapeText as text } from '../../src/snippet/markup.js';
import { plainFact } from '../../src/snippet/light-copy.js';

export interface PlainType {
  id: string;
  /** Plain text, for the editor's controls. */
  label: string;
  /** Escaped. */
  name: string;
  /** Escaped HTML: everything on the card between its heading and its call to action. */
  card: string;
  /** One escaped table cell (`<td>…</td>`) per row of `table.rows`, in the same order. */
  cells: string[];
  /** The type's own call to action from the content, if any. */
  cta: { label: string; href: string } | null;
}

export interface PlainParts {
  version: string;
  heading: string;
  /** Escaped. */
  intro: string;
  featured: string;
  tableHeading: string;
  table: { caption: string; corner: string; rows: string[] };
  cardsHeading: string;
  factsHeading: string;
  /** The facts list (`<ul>…</ul>`), or '' when the content has none. */
  facts: string;
  caveat: string;
  types: PlainType[];
  /** Section ids with their headings in plain text, for the editor's controls. */
  sections: { id: string; label: string }[];
  quiz: { heading: string; intro: string };
}

export function plainParts(version: string, content: Content = builtInContent): PlainParts {
  const ui = content.ui;
  const facts = content.facts.map((fact) => plainFact(fact, ui));
  const sectionLabels: Record<string, string> = {
    table: ui.tableHeading,
    cards: ui.cardsHeading,
    quiz: builtInQuiz.ui.heading,
    'before-you-apply': ui.applyHeading,
    facts: ui.factsHeading,
  };
  return {
    version,
    heading: text(ui.heading),
    intro: text(ui.intro),
    featured: text(ui.featured),
    tableHeading: text(ui.tableHeading),
    table: {
      caption: text(ui.tableCaption),
      corner: text(ui.tableCorner),
      rows: content.attributes.map((attribute) => text(attribute.label)),
    },
    cardsHeading: text(ui.cardsHeading),
    factsHeading: text(ui.factsHeading),
    facts: facts.length > 0 ? `<ul>${facts.join('')}</ul>` : '',
    caveat: text(ui.caveat),
    types: content.types.map((type) => {
      const list = (label: string, items: string[]) =>
        items.length ? `<p>${text(label)}</p><ul>${items.map((item) => `<li>${text(item)}</li>`).join('')}</ul>` : '';
      const also = type.otherNames.length ? `<p>${text(ui.alsoCalled)}: ${text(type.otherNames.join('; '))}</p>` : '';
      return {
        id: type.id,
        label: type.name,
        name: text(type.name),
        card:
          also +
          `<p>${text(type.summary)}</p><p>${text(ui.suits)}: ${text(type.suits)}</p>` +
          list(ui.eligibility, type.eligibility) +
          list(ui.pros, type.pros) +
          list(ui.cons, type.cons),
        cells: content.attributes.map((attribute) => {
          const cell = type.cells[attribute.id];
          const level = cell.level ? `${text(ui.ratingLabels[cell.level])}: ` : '';
          return `<td>${level}${text(cell.text)}</td>`;
        }),
        cta: type.cta ? { label: type.cta.label, href: type.cta.href } : null,
      };
    }),
    sections: SECTION_IDS.map((id) => ({ id, label: sectionLabels[id] ?? id })),
    quiz: { heading: text(builtInQuiz.ui.heading), intro: text(builtInQuiz.ui.intro) },
  };
}
