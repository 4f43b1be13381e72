/**
 * The comparison as plain HTML, for the light DOM of a pre-rendered
 * `<usce-compare>`. Browsers show the declarative shadow root and never this
 * copy (it is not slotted, so it is neither painted, nor read out, nor found
 * by find-in-page). Feed readers, e-mail digests and other stripped views
 * drop `<template>` and `<style>`, and would otherwise show nothing: there,
 * this copy is the comparison: heading, table with caption, every type's
 * pros and cons, the facts with their sources and the caveat.
 *
 * No ids, classes or styles: it may appear several times on a page and is
 * styled, if at all, by the page. Every string is escaped; links pass the
 * same http(s)-or-relative check as in the widget. Pure: no DOM, no lit.
 */
import { ctaHref } from '../content/cta.js';
import { format, selectHighlight, selectSections, selectTypes } from '../content/select.js';
import type { CallToAction, ClinicalType, Content, Fact, UiStrings } from '../content/types.js';
import { safeHref } from '../content/url.js';
import { escapeAttribute as attr, escapeText as text } from './markup.js';

export interface LightCopyOptions {
  types?: string;
  highlight?: string;
  sections?: string;
  /** Absent: the content's heading; empty: none. */
  heading?: string;
  headingLevel?: number;
  ctaHref?: string;
  ctaLabel?: string;
  ctaParams?: string;
}

export function lightCopy(content: Content, options: LightCopyOptions = {}): string {
  const ui = content.ui;
  const types = selectTypes(content, options.types).types;
  const featured = selectHighlight(options.highlight).id;
  const level = Math.min(Math.max(Math.trunc(options.headingLevel ?? 2), 2), 6);
  const sub = Math.min(level + 1, 6);
  const h = (n: number, inner: string) => `<h${n}>${inner}</h${n}>`;
  const name = (type: ClinicalType) => text(type.name) + (type.id === featured ? ` (${text(ui.featured)})` : '');
  const title = options.heading === undefined ? ui.heading : options.heading.trim();
  const out: string[] = [];
  if (title) out.push(h(level, text(title)), `<p>${text(ui.intro)}</p>`);

  for (const section of selectSections(options.sections).sections) {
    if (section === 'table') {
      const head = types.map((type) => `<th scope="col">${name(type)}</th>`).join('');
      const rows = content.attributes.map((attribute) => {
        const cells = types.map((type) => {
          const cell = type.cells[attribute.id];
          const level = cell.level ? `${text(ui.ratingLabels[cell.level])}: ` : '';
          return `<td>${level}${text(cell.text)}</td>`;
        });
        return `<tr><th scope="row">${text(attribute.label)}</th>${cells.join('')}</tr>`;
      });
      out.push(
        h(sub, text(ui.tableHeading)),
        `<table><caption>${text(ui.tableCaption)}</caption>` +
          `<thead><tr><th scope="col">${text(ui.tableCorner)}</th>${head}</tr></thead>` +
          `<tbody>${rows.join('')}</tbody></table>`,
      );
    } else if (section === 'cards') {
      out.push(h(sub, text(ui.cardsHeading)));
      const cardLevel = Math.min(sub + 1, 6);
      for (const type of types) {
        const list = (label: string, items: string[]) =>
          items.length ? `<p>${text(label)}</p><ul>${items.map((item) => `<li>${text(item)}</li>`).join('')}</ul>` : '';
        const also = type.otherNames.length ? `<p>${text(ui.alsoCalled)}: ${text(type.otherNames.join('; '))}</p>` : '';
        const cta = callToAction(type, options);
        out.push(
          h(cardLevel, name(type)) +
            also +
            `<p>${text(type.summary)}</p><p>${text(ui.suits)}: ${text(type.suits)}</p>` +
            list(ui.eligibility, type.eligibility) +
            list(ui.pros, type.pros) +
            list(ui.cons, type.cons) +
            (cta ? `<p><a href="${attr(cta.href)}">${text(cta.label)}</a></p>` : ''),
        );
      }
    } else if (section === 'facts' && content.facts.length > 0) {
      out.push(h(sub, text(ui.factsHeading)), `<ul>${content.facts.map((fact) => plainFact(fact, ui)).join('')}</ul>`);
    }
  }
  out.push(`<p>${text(ui.caveat)}</p>`);
  return out.join('\n');
}

/** One fact as a list item: its text, then its source (a link only when http(s) or relative) and year. */
export function plainFact(fact: Fact, ui: UiStrings): string {
  const href = safeHref(fact.source.url);
  const source = href ? `<a href="${attr(href)}">${text(fact.source.title)}</a>` : text(fact.source.title);
  const year =
    fact.year === 'undated' ? ui.undated : format(fact.dated ? ui.datedYear : ui.dataYear, { year: fact.year });
  return `<li>${text(fact.text)} (${text(ui.source)}: ${source} · ${text(year)})</li>`;
}

function callToAction(type: ClinicalType, options: LightCopyOptions): CallToAction | null {
  const label = type.cta?.label ?? options.ctaLabel?.trim() ?? '';
  const raw = type.cta?.href ?? options.ctaHref?.trim() ?? '';
  if (!label || !raw) return null;
  const href = ctaHref(raw, options.ctaParams ?? '');
  return href ? { label, href } : null;
}
