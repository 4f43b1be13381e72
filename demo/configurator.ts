// The embed configurator: a form that sets the attributes of two preview
// widgets (light and dark article) and prints the matching snippet.
//
// The pre-rendered snippet is made here without a server: a third widget,
// out of sight and never touched by the reader, renders the same attributes,
// and its shadow roots are written out as declarative shadow DOM. The text
// around it (style, script line, plain-HTML copy, content fingerprint) comes
// from the same modules the `usce-compare snippet` command uses, so both
// print the same format.
//
// The script line names one exact version with the integrity of its built
// file. Both come from the page itself (`#usce-release`), which the dev
// server fills in from dist/ on each load and the site build once; see
// build/release.js.
import '../src/define.js';
import { render, type CSSResultOrNative, type LitElement } from 'lit';
import { quizPlaceholder } from '../src/components/usce-compare/quiz-placeholder.js';
import { toHeadingLevel } from '../src/components/shared/heading.js';
import type { ReleaseInfo } from '../build/release.js';
import { builtInContent } from '../src/content/content.js';
import { contentFingerprint } from '../src/content/fingerprint.js';
import { SECTION_IDS } from '../src/content/select.js';
import { isSafeHref } from '../src/content/url.js';
import { lightCopy } from '../src/snippet/light-copy.js';
import {
  escapeAttribute,
  escapeText,
  fallbackParagraph,
  snippetText,
  tidyMarkup,
  type SnippetAttributes,
} from '../src/snippet/markup.js';
import { cdnUrl, integrityByDefault, isSameSiteUrl } from '../src/snippet/release.js';

/** The page's element for `selector`; the page is ours, so a missing one is a bug worth a clear error. */
function required<T extends Element>(selector: string, scope: ParentNode = document): T {
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`configurator: no element matches ${selector}`);
  return found;
}

const form = required<HTMLFormElement>('#settings');
const output = required<HTMLTextAreaElement>('#snippet');
const sizeLine = required<HTMLElement>('#snippet-size');
const copyButton = required<HTMLButtonElement>('#copy');
const copyStatus = required<HTMLElement>('#copy-status');
const ctaProblem = required<HTMLElement>('#cta-problem');
const srcProblem = required<HTMLElement>('#src-problem');
const integrityHint = required<HTMLElement>('#integrity-hint');
const release = readRelease();
const previews = [...document.querySelectorAll<LitElement>('usce-compare[data-preview]')];
const serializer = required<LitElement>('usce-compare[data-serializer]');
const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as unknown as T;

const SECTION_NAMES: Record<string, string> = {
  table: 'Comparison table',
  cards: 'Pros and cons cards',
  quiz: 'Quiz',
  'before-you-apply': 'Before you apply (folded)',
  facts: 'Good to know (sourced facts)',
};

/** The release this page describes: version, integrity of each built drop-in file, and where this site serves them. */
function readRelease(): ReleaseInfo {
  const text = document.getElementById('usce-release')?.textContent;
  if (!text) {
    throw new Error(
      'configurator: the page names no release (#usce-release): open it with `npm start`, or build the site',
    );
  }
  return JSON.parse(text) as ReleaseInfo;
}

/** This site's copy of the drop-in file, as an address that works from any other page. */
function siteCopy(): string {
  return new URL(`${release.folder}usce-compare.js`, document.baseURI).href;
}

function buildChoices(): void {
  const groups = {
    types: builtInContent.types.map((type) => [type.id, type.name] as const),
    sections: SECTION_IDS.map((id) => [id, SECTION_NAMES[id] ?? id] as const),
  };
  for (const [group, items] of Object.entries(groups)) {
    const box = required<HTMLElement>(`[data-choices="${group}"]`, form);
    for (const [id, label] of items) {
      const wrapper = document.createElement('label');
      const input = document.createElement('input');
      Object.assign(input, { type: 'checkbox', name: group, value: id, checked: true });
      wrapper.append(input, label);
      box.append(wrapper);
    }
  }
  const highlight = field<HTMLSelectElement>('highlight');
  for (const type of builtInContent.types) highlight.add(new Option(type.name, type.id));
  field<HTMLInputElement>('heading').placeholder = builtInContent.ui.heading;
  required<HTMLElement>('[data-address="cdn"]', form).textContent = cdnUrl(release.version);
  required<HTMLElement>('[data-address="site"]', form).textContent = siteCopy();
}

/** Where the snippet loads the script from, and whether it checks it. */
function readScript(): { src: string; integrity?: string } {
  const kind = (form.querySelector<HTMLInputElement>('input[name="src-kind"]:checked')?.value ?? 'cdn') as
    'cdn' | 'site' | 'own';
  const typed = field<HTMLInputElement>('src').value.trim();
  let src = kind === 'site' ? siteCopy() : cdnUrl(release.version);
  let problem = '';
  if (kind === 'own') {
    if (typed === '') problem = "Type your file's address; until then the snippet uses the CDN.";
    else if (!isSafeHref(typed)) problem = 'Use an http(s) address or a relative link.';
    else src = typed;
  }
  srcProblem.textContent = problem;
  field<HTMLInputElement>('src').setAttribute('aria-invalid', String(problem !== '' && typed !== ''));
  const file = release.files['usce-compare.js'];
  const wanted = field<HTMLInputElement>('integrity').checked;
  if (!file) {
    integrityHint.textContent = 'dist/usce-compare.js is not built yet: run `npm run build`, then reload this page.';
    return { src };
  }
  if (!wanted) {
    integrityHint.textContent = 'Off: the browser runs whatever file is at that address.';
    return { src };
  }
  integrityHint.textContent =
    `The browser runs the file only if it is byte for byte version ${release.version} (${kB(file.bytes)}).` +
    (kind === 'cdn' || isSameSiteUrl(src)
      ? ''
      : ' A host other than the page must send Access-Control-Allow-Origin for it; untick this if yours does not.');
  return { src, integrity: file.integrity };
}

/**
 * After a change of where the script comes from, the integrity box takes
 * that address's default, as the command does: on for the pinned CDN file,
 * this site's copy and a relative address; off for a file on another host.
 */
function resetIntegrity(): void {
  const kind = form.querySelector<HTMLInputElement>('input[name="src-kind"]:checked')?.value;
  const typed = field<HTMLInputElement>('src').value.trim();
  field<HTMLInputElement>('integrity').checked =
    kind !== 'own' || typed === '' || integrityByDefault(typed, release.version);
}

/** The attributes the form describes; absent ones are left at their defaults. */
function readAttributes(): SnippetAttributes {
  const attributes: SnippetAttributes = {};
  const checked = (group: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)].filter((i) => i.checked);
  for (const group of ['types', 'sections'] as const) {
    const all = form.querySelectorAll(`input[name="${group}"]`).length;
    const picked = checked(group).map((input) => input.value);
    // All picked is the default; none picked would also show all, so it is kept as all.
    if (picked.length > 0 && picked.length < all) attributes[group] = picked.join(' ');
  }
  const highlight = field<HTMLSelectElement>('highlight').value;
  if (highlight) attributes.highlight = highlight;
  const heading = field<HTMLInputElement>('heading').value.trim();
  if (field<HTMLInputElement>('no-heading').checked) attributes.heading = '';
  else if (heading) attributes.heading = heading;
  const theme = field<HTMLSelectElement>('theme').value;
  if (theme) attributes.theme = theme;
  const href = field<HTMLInputElement>('cta-href').value.trim();
  const label = field<HTMLInputElement>('cta-label').value.trim();
  let problem = '';
  if (href && !isSafeHref(href)) problem = 'Use an http(s) address or a relative link.';
  else if (href && !label) problem = 'Add the link text too.';
  else if (label && !href) problem = 'Add the link address too.';
  else if (href && label) Object.assign(attributes, { 'cta-href': href, 'cta-label': label });
  ctaProblem.textContent = problem;
  field<HTMLInputElement>('cta-href').setAttribute('aria-invalid', String(problem !== '' && href !== ''));
  return attributes;
}

function applyTo(widget: Element, attributes: SnippetAttributes): void {
  for (const name of ['types', 'sections', 'highlight', 'heading', 'theme', 'cta-href', 'cta-label'] as const) {
    const value = attributes[name];
    if (value === undefined) widget.removeAttribute(name);
    else widget.setAttribute(name, value);
  }
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);

function cssOf(element: Element): string {
  const styles = (element.constructor as { elementStyles?: CSSResultOrNative[] }).elementStyles ?? [];
  return styles
    .map((style) =>
      'cssText' in style ? style.cssText : [...(style as CSSStyleSheet).cssRules].map((r) => r.cssText).join(''),
    )
    .join('');
}

/** An element's shadow root as declarative shadow DOM, with its styles inside. */
function shadowTemplate(element: Element): string {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root to copy`);
  return `<template shadowrootmode="open"><style>${cssOf(element)}</style>${[...root.childNodes].map(serialize).join('')}</template>`;
}

function serialize(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) {
    // A style's text is CSS, written as it is (escaped, a child combinator would break).
    const data = (node as Text).data;
    return node.parentElement?.localName === 'style' ? data : escapeText(data);
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const quiz = element.matches('.section')
    ? element.querySelector<LitElement & { headingLevel: unknown }>(':scope > usce-quiz')
    : null;
  if (quiz) return placeholderFor(quiz);
  const tag = element.localName;
  // Inline styles are set through the CSSOM from the live page (the detected
  // background); the pre-rendered copy leaves them to the script.
  const attributes = [...element.attributes]
    .filter((a) => a.name !== 'style')
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttribute(a.value)}"`))
    .join('');
  if (VOID.has(tag)) return `<${tag}${attributes}>`;
  const shadow = element.shadowRoot ? shadowTemplate(element) : '';
  return `<${tag}${attributes}>${shadow}${[...element.childNodes].map(serialize).join('')}</${tag}>`;
}

/** The quiz's place as the server writes it: the placeholder, not the quiz (see quiz-placeholder.ts). */
function placeholderFor(quiz: { headingLevel: unknown }): string {
  const container = document.createElement('div');
  render(quizPlaceholder(builtInContent.quiz, toHeadingLevel(quiz.headingLevel, 2)), container);
  return [...container.childNodes].map(serialize).join('');
}

async function snippetFor(attributes: SnippetAttributes): Promise<string> {
  const { src, integrity } = readScript();
  const script = field<HTMLInputElement>('script-tag').checked ? 'tag' : 'loader';
  if (field<HTMLInputElement>('kind-plain').checked) {
    return snippetText({ src, integrity, script, attributes, light: fallbackParagraph(builtInContent.ui.intro) });
  }
  applyTo(serializer, attributes);
  await serializer.updateComplete;
  const shadow = tidyMarkup(shadowTemplate(serializer));
  const light = field<HTMLInputElement>('kind-plain-copy').checked
    ? lightCopy(builtInContent, {
        types: attributes.types,
        highlight: attributes.highlight,
        sections: attributes.sections,
        heading: attributes.heading,
        ctaHref: attributes['cta-href'],
        ctaLabel: attributes['cta-label'],
      })
    : fallbackParagraph(builtInContent.ui.intro);
  return snippetText({
    src,
    integrity,
    script,
    attributes,
    shadow,
    fingerprint: contentFingerprint(builtInContent),
    light,
  });
}

async function gzipSize(text: string): Promise<number | null> {
  if (typeof CompressionStream !== 'function') return null;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
let generation = 0;

async function refresh(): Promise<void> {
  const mine = ++generation;
  const attributes = readAttributes();
  for (const widget of previews) applyTo(widget, attributes);
  const text = await snippetFor(attributes);
  const gzip = await gzipSize(text);
  if (mine !== generation) return; // A later change has taken over.
  output.value = text;
  const raw = new TextEncoder().encode(text).byteLength;
  sizeLine.textContent = `${kB(raw)}${gzip === null ? '' : `, ${kB(gzip)} compressed (gzip), as a server sends it`}.`;
  copyStatus.textContent = '';
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(output.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard access (an insecure origin, a denied permission): select the text instead.
    output.focus();
    output.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (Cmd+C on a Mac) to copy.';
  }
}

buildChoices();
let pending = 0;
form.addEventListener('input', (event) => {
  const name = (event.target as HTMLInputElement).name;
  // Typing an address means using it.
  if (name === 'src') field<HTMLInputElement>('src-own').checked = true;
  if (name === 'src-kind' || name === 'src') resetIntegrity();
  clearTimeout(pending);
  pending = window.setTimeout(() => void refresh(), 150);
});
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', () => void copy());
void refresh();
