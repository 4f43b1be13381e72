import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { builtInContent } from '../../src/content/content.js';
import { MAX_FACTS, MAX_LIST } from '../../src/content/validate.js';
import { applyOverride } from '../../src/content/resolve.js';
import type { UsceCompare } from '../../src/components/usce-compare/usce-compare.js';
import type { UsceQuiz } from '../../src/components/usce-quiz/usce-quiz.js';
import type { ContentErrorDetail } from '../../src/events.js';
import { captureWarnings, noticeText, settle, shadow, text } from '../helpers/dom.js';
import { finishQuiz as completeQuiz } from '../helpers/quiz-driver.js';

/**
 * Content overrides and attribute values written by someone hostile or
 * careless. Whatever comes in: nothing runs, no element the content names
 * is created, every link stays http(s), the widget stays inside its
 * container, the page stays responsive, and bad input is named in the
 * widget's notice and in a `usce-content-error` event.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

// ---- what must never run ----

/** Every payload calls this (or `alert`) if it ever runs. */
const ran: string[] = [];
const hostileWindow = window as unknown as Record<string, unknown>;

const PAYLOADS = [
  `<img src=x onerror="__hostile('img')">`,
  `</script><script>__hostile('script')</script>`,
  `<svg onload="__hostile('svg')"><circle r="1"/></svg>`,
  `<iframe srcdoc="<script>parent.__hostile('iframe')</script>"></iframe>`,
  `{{constructor.constructor('__hostile("template")')()}}`,
  '${alert(1)}',
  `"><img src=x onerror=alert(1)><"`,
  `<a href="javascript:__hostile('a')">link</a><style>*{display:none}</style>`,
];

// ---- text that is valid, but awkward ----

const LONG_TEXT = 'Clinical experience counts. '.repeat(3572).slice(0, 100_000);
const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2223).slice(0, 100_000);
const AWKWARD_TEXTS: Record<string, string> = {
  'a 100 000-character text': LONG_TEXT,
  'a 100 000-character word': LONG_WORD,
  'a long URL-like word': `https://example.org/${'a/'.repeat(2000)}`,
  Arabic: 'التجربة السريرية في الولايات المتحدة للخريجين الدوليين',
  Hebrew: 'ניסיון קליני בארצות הברית לבוגרים בינלאומיים',
  'bidi overrides': '\u202Eevil\u202C text \u2067isolated\u2069 \u200F',
  'zero-width characters': '\u200B\u200C\u200D\uFEFFzero\u200Bwidth\u2060',
  emoji: '👩🏽‍⚕️🩺🏥 👨‍👩‍👧‍👦 🇺🇸 ✔︎',
  'combining marks': `Z${'\u0336\u0337\u0338\u0334'.repeat(50)}algo`,
};

// ---- links ----

/** Link values to put in every link field and link attribute. */
const LINKS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'javascript :alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript://%0aalert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript&#x3A;alert(1)',
  '%6Aavascript:alert(1)',
  '\u200Bjavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/1234',
  'mailto:someone@example.org',
  '//evil.example/path',
  'https://example.org/<img src=x onerror=alert(1)>',
];

/** True when a browser, given `value` as an href, would go somewhere other than an http(s) page. */
function dangerousLink(value: string): boolean {
  try {
    return !['http:', 'https:'].includes(new URL(value, location.href).protocol);
  } catch {
    return false; // not a URL at all: it can only ever be refused or be relative
  }
}

// ---- helpers: walking the widget ----

/** Every element inside `host`'s shadow root and the shadow roots within, however deep. */
function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

/** Collects every usce-content-error `el` fires until `stop()` is called. */
function collectErrors(el: Element) {
  const heard: ContentErrorDetail[] = [];
  const listener = (event: Event) => heard.push((event as CustomEvent<ContentErrorDetail>).detail);
  el.addEventListener('usce-content-error', listener);
  return { heard, stop: () => el.removeEventListener('usce-content-error', listener) };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * A `setTimeout(0)` round trip, in milliseconds. With `afterPaint`, measured
 * once the render has been painted (two frames on), so that for very large
 * content it measures work the widget keeps doing, not the one-off cost of
 * painting a very large DOM.
 */
async function roundTrip(afterPaint: boolean): Promise<number> {
  if (afterPaint) {
    await nextFrame();
    await nextFrame();
  }
  const start = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return performance.now() - start;
}

/** The innermost elements that reach past the container's right edge, for the failure message. */
function sticksOut(host: Element, container: Element): string {
  const edge = container.getBoundingClientRect().right + 0.5;
  const scrolls = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
  const inFrame = (el: Element): boolean => {
    for (
      let node = el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host;
      node && node !== host;
      node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host
    ) {
      if (scrolls(node)) return true;
    }
    return false;
  };
  const out = shadowElements(host).filter((el) => el.getBoundingClientRect().right > edge && !inFrame(el));
  const innermost = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
  return innermost
    .slice(0, 3)
    .map(
      (el) =>
        `<${el.localName} class="${el.getAttribute('class') ?? ''}" part="${el.getAttribute('part') ?? ''}"> (${Math.round(el.getBoundingClientRect().right)}px)`,
    )
    .join(', ');
}

/** Every check that must hold whatever the input. */
async function expectSafe(host: LitElement, label: string, { large = false } = {}): Promise<void> {
  const inside = shadowElements(host);
  expect(
    inside
      .filter((el) => ['img', 'script', 'iframe', 'svg', 'object', 'embed', 'style', 'link'].includes(el.localName))
      .map((el) => el.localName),
    `${label}: elements created from content`,
  ).to.deep.equal([]);
  expect(
    inside.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.localName),
    `${label}: inline handlers`,
  ).to.deep.equal([]);
  for (const a of inside.filter((el): el is HTMLAnchorElement => el.localName === 'a')) {
    if (a.getAttribute('href') === null) continue;
    expect(new URL(a.href).protocol, `${label}: link ${a.getAttribute('href')}`).to.be.oneOf(['http:', 'https:']);
  }
  expect(ran, `${label}: something ran`).to.deep.equal([]);
  expect(Object.keys(Object.prototype), `${label}: Object.prototype polluted`).to.deep.equal([]);
  expect(({} as Record<string, unknown>)['polluted'], `${label}: Object.prototype polluted`).to.equal(undefined);
  // Nothing sticks out of the container; scrolling frames inside the widget are allowed.
  const container = host.parentElement!;
  expect(host.getBoundingClientRect().right, `${label}: wider than its container`).to.be.at.most(
    container.getBoundingClientRect().right + 0.5,
  );
  // The culprits are looked for only on failure: the walk reads every element's layout.
  if (container.scrollWidth > container.clientWidth + 1) {
    expect.fail(`${label}: content overflows the container: ${sticksOut(host, container)}`);
  }
  expect(await roundTrip(large), `${label}: page unresponsive after the render`).to.be.below(1000);
}

/** A `<usce-compare>` (or another widget) in a 360px-wide container, rendered. */
async function mount<T extends LitElement>(tag: 'usce-compare' | 'usce-quiz' = 'usce-compare'): Promise<T> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
  const el = document.createElement(tag) as unknown as T;
  container.append(el);
  await settle(el);
  return el;
}

/**
 * One widget for every case of the calling `describe` block, mounted before
 * the first and removed after the last: mounting costs more than a case's own
 * checks. Each case starts from no override (so a problem named by the case
 * before is not taken for one already reported), and sets all it tests.
 */
function sharedWidget<T extends LitElement & { content: unknown }>(
  tag: 'usce-compare' | 'usce-quiz' = 'usce-compare',
): () => T {
  let container: HTMLDivElement | undefined;
  let el: T | undefined;
  before(async () => {
    container = document.createElement('div');
    container.style.width = '360px';
    document.body.append(container);
    el = document.createElement(tag) as unknown as T;
    container.append(el);
    await settle(el);
  });
  beforeEach(async () => {
    el!.content = null;
    el!.removeAttribute('content-src');
    await settle(el!);
  });
  after(() => container?.remove());
  return () => el!;
}

/** Sets `override` as the element's content and waits for everything to render. */
async function override(el: LitElement & { content: unknown }, value: unknown) {
  const errors = collectErrors(el);
  try {
    await captureWarnings(async () => {
      el.content = value;
      await settle(el);
    });
  } finally {
    errors.stop();
  }
  return errors.heard;
}

const innerQuiz = (el: Element) => shadow(el).querySelector('usce-quiz') as UsceQuiz;

function expectRefused(el: Element, errors: ContentErrorDetail[], label: string): void {
  expect(errors.length, `${label}: usce-content-error`).to.be.greaterThan(0);
  expect(errors[0].problems.length, `${label}: problems in the event`).to.be.greaterThan(0);
  expect(noticeText(el), `${label}: notice`).not.to.equal('');
  // The built-in content is kept.
  expect(text(shadow(el).querySelector('.title')), `${label}: heading`).to.equal(builtInContent.ui.heading);
}

function expectAccepted(el: Element, errors: ContentErrorDetail[], label: string): void {
  expect(
    errors.map((e) => e.problems),
    `${label}: refused`,
  ).to.deep.equal([]);
  expect(noticeText(el), `${label}: notice`).to.equal('');
}

// ---- helpers: the content tree ----

/** Keys whose string values are ids or names of other things, not text: a changed value is invalid. */
const REFERENCE_KEYS = new Set(['id', 'type', 'staysBelow', 'kind', 'question', 'level', 'version']);
/** Keys whose values are links. */
const LINK_KEYS = new Set(['url', 'href']);

/** The path and value of every string in `value`. */
function stringLeaves(value: unknown, path: Path = []): [Path, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  }
  return [];
}

/**
 * What a string at `path` is: free text (any text is valid), a reference to
 * an id or a fixed value (a changed one is invalid), or either: a link (valid
 * while it stays http(s)) or the id of a fact, question or option (a changed
 * one adds a new item, valid unless something else needed the old one).
 */
function kindOf(path: Path): 'text' | 'reference' | 'either' {
  const names = path.filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1];
  if (LINK_KEYS.has(last)) return 'either';
  if (last === 'id' && path[0] !== 'types' && path[0] !== 'attributes') return 'either';
  // Conditions list option ids: `when: [{ question, anyOf: ['id', …] }]`.
  if (REFERENCE_KEYS.has(last) || last === 'anyOf' || last === 'noneOf') return 'reference';
  return 'text';
}

/** A fresh copy of the built-in content, as plain JSON. */
const copy = (): { [key: string]: Json } => JSON.parse(JSON.stringify(builtInContent)) as { [key: string]: Json };

/** `content` with the value at `path` replaced by `make(old value)`. */
function setAt(content: { [key: string]: Json }, path: Path, make: (old: string) => Json) {
  let node: Json = content;
  for (const key of path.slice(0, -1)) node = (node as Record<string, Json>)[key as string];
  const last = path[path.length - 1] as string;
  (node as Record<string, Json>)[last] = make((node as Record<string, Json>)[last] as string);
  return content;
}

const leaves = stringLeaves(builtInContent);
const textLeaves = leaves.filter(([path]) => kindOf(path) === 'text');

// ---- the tests ----

describe('hostile input', () => {
  before(() => {
    hostileWindow['__hostile'] = (what: string) => ran.push(what);
    hostileWindow['__originalAlert'] = window.alert;
    window.alert = (message?: unknown) => void ran.push(`alert(${String(message)})`);
  });
  after(() => {
    window.alert = hostileWindow['__originalAlert'] as typeof window.alert;
    delete hostileWindow['__hostile'];
    delete hostileWindow['__originalAlert'];
  });
  afterEach(() => {
    localStorage.clear();
  });

  it('has text, reference and link fields to attack', () => {
    // Guards the corpus itself: the walk found the fields it means to attack.
    expect(textLeaves.length).to.be.greaterThan(100);
    expect(leaves.filter(([path]) => LINK_KEYS.has(String(path[path.length - 1]))).length).to.be.greaterThan(2);
    expect(leaves.filter(([path]) => kindOf(path) === 'reference').length).to.be.greaterThan(20);
  });

  describe('markup and script in every string field, one field at a time', () => {
    // Each field is judged alone by the same merge and validation the widget
    // runs (text taken, a changed id refused); then everything taken is
    // rendered at once, and everything refused at once, so the sweep renders
    // twice per section instead of once per field.
    for (const section of ['ui', 'attributes', 'types', 'facts', 'beforeYouApply', 'quiz']) {
      it(`takes every ${section} string as text, refuses changed ids, and renders both safely`, async function () {
        this.timeout(20_000);
        const inSection = leaves.filter(([path]) => path[0] === section);
        expect(inSection.length).to.be.greaterThan(0);
        const taken = copy();
        const refused = copy();
        let takenCount = 0;
        let refusedCount = 0;
        for (const [i, [path]] of inSection.entries()) {
          const payload = PAYLOADS[i % PAYLOADS.length];
          // Appended, not replaced, so placeholders such as {year} stay and valid text stays valid.
          const add = (old: string) => `${old}${payload}`;
          const { problems } = applyOverride(builtInContent, setAt(copy(), path, add));
          const label = `${path.join('.')} + ${payload}`;
          const kind = kindOf(path);
          if (kind === 'text') expect(problems, `${label}: refused`).to.deep.equal([]);
          if (kind === 'reference') expect(problems.length, `${label}: taken`).to.be.greaterThan(0);
          if (problems.length === 0) {
            setAt(taken, path, add);
            takenCount++;
          } else {
            setAt(refused, path, add);
            refusedCount++;
          }
        }
        const el = await mount<UsceCompare>();
        expectAccepted(el, await override(el, taken), `${section}: the ${takenCount} fields taken, at once`);
        await expectSafe(el, `${section}: taken`);
        if (refusedCount > 0) {
          expectRefused(el, await override(el, refused), `${section}: the ${refusedCount} fields refused, at once`);
          await expectSafe(el, `${section}: refused`);
        }
      });
    }
  });

  describe('markup and script in every text field at once', () => {
    for (const payload of PAYLOADS) {
      it(`shows ${payload} as text everywhere, through to the quiz result`, async function () {
        this.timeout(30_000);
        const el = await mount<UsceCompare>();
        const content = copy();
        for (const [path] of textLeaves) setAt(content, path, (old) => `${old}${payload}`);
        const errors = await override(el, content);
        expectAccepted(el, errors, payload);
        expect(text(shadow(el).querySelector('.title'))).to.equal(`${builtInContent.ui.heading}${payload}`);
        const quiz = innerQuiz(el);
        await completeQuiz(quiz);
        await settle(el);
        expect(text(shadow(quiz).querySelector('.result-heading'))).to.contain(payload);
        await expectSafe(el, payload);
      });
    }
  });

  describe('awkward text', () => {
    for (const [name, value] of Object.entries(AWKWARD_TEXTS)) {
      it(`keeps ${name} inside the widget`, async function () {
        this.timeout(30_000);
        const el = await mount<UsceCompare>();
        // The quiz is answered first, so the text is laid out once in the
        // result view instead of again at every step (seconds in WebKit).
        const quiz = innerQuiz(el);
        await completeQuiz(quiz);
        const errors = await override(el, {
          ui: { heading: value, intro: value },
          types: [{ id: 'research', name: value, summary: value, pros: [value, 'short'], cons: [value] }],
          facts: [{ id: builtInContent.facts[0].id, text: value, source: { title: value } }],
          quiz: {
            ui: { heading: value },
            questions: [
              {
                id: builtInContent.quiz.questions[0].id,
                prompt: value,
                options: [{ id: builtInContent.quiz.questions[0].options[0].id, label: value }],
              },
            ],
          },
        });
        expectAccepted(el, errors, name);
        expect(text(shadow(el).querySelector('.title'))).to.equal(value.replace(/\s+/g, ' ').trim());
        expect(shadow(quiz).querySelector('.result'), 'the result, after the new content').not.to.equal(null);
        await expectSafe(el, name, { large: true });
      });
    }
  });

  describe('links', () => {
    // One widget takes every link in turn: mounting one per link cost more than the checks.
    it('refuses each link that is not http(s) as a fact source or a call to action', async () => {
      const el = await mount<UsceCompare>();
      for (const link of LINKS) {
        const name = JSON.stringify(link);
        for (const value of [
          { facts: [{ id: builtInContent.facts[0].id, source: { url: link } }] },
          { types: [{ id: 'virtual', cta: { label: 'Go', href: link } }] },
        ]) {
          const errors = await override(el, value);
          if (dangerousLink(link)) expectRefused(el, errors, name);
          await expectSafe(el, name);
        }
      }
    });

    it('refuses each link that is not http(s) as the cta-href attribute', async () => {
      const el = await mount<UsceCompare>();
      for (const link of LINKS) {
        const name = JSON.stringify(link);
        await captureWarnings(async () => {
          el.setAttribute('cta-href', link);
          el.setAttribute('cta-label', 'Go');
          await settle(el);
        });
        if (dangerousLink(link)) {
          expect(noticeText(el), name).to.contain(builtInContent.ui.unsafeLink.split('{')[0].trim());
          const cards = shadow(el).querySelector('usce-cards')!;
          expect(cards.shadowRoot!.querySelectorAll('a'), name).to.have.length(0);
        }
        await expectSafe(el, name);
      }
    });

    describe('as content-src', () => {
      const compare = sharedWidget<UsceCompare>();
      const quiz = sharedWidget<UsceQuiz>('usce-quiz');
      for (const link of LINKS) {
        const name = JSON.stringify(link);
        it(`reports ${name} without running anything`, async () => {
          // Every one of these is refused or fails to load: each must be named.
          for (const el of [compare(), quiz()]) {
            el.contentTimeout = 2000;
            const errors = collectErrors(el);
            const heard = new Promise((resolve) => el.addEventListener('usce-content-error', resolve, { once: true }));
            await captureWarnings(async () => {
              el.setAttribute('content-src', link);
              await heard;
              await settle(el);
            });
            errors.stop();
            expect(errors.heard[0].source, name).to.equal('url');
            expect(noticeText(el), name).not.to.equal('');
            await expectSafe(el, name);
          }
        });
      }
    });
  });

  describe('sizes', () => {
    const many = (n: number, make: (i: number) => Json) => Array.from({ length: n }, (_, i) => make(i));
    const cases: [string, () => Json, 'accepted' | 'refused'][] = [
      ['10 000 pros', () => ({ types: [{ id: 'virtual', pros: many(10_000, (i) => `Pro ${i}`) }] }), 'refused'],
      [
        '10 000 other names',
        () => ({ types: [{ id: 'virtual', otherNames: many(10_000, (i) => `Name ${i}`) }] }),
        'refused',
      ],
      [
        '10 000 facts',
        () => ({
          facts: many(10_000, (i) => ({
            id: `fact-${i}`,
            text: `Fact ${i}`,
            source: { title: 'Source', url: 'https://example.org/' },
            year: '2024',
          })),
        }),
        'refused',
      ],
      [
        '10 000 answers to one question',
        () => ({
          quiz: {
            questions: [
              {
                id: builtInContent.quiz.questions[0].id,
                options: many(10_000, (i) => ({ id: `o${i}`, label: `Answer ${i}`, effects: [] })),
              },
            ],
          },
        }),
        'refused',
      ],
      [
        'the longest list of pros allowed',
        () => ({ types: [{ id: 'virtual', pros: many(MAX_LIST, (i) => `Pro ${i}`) }] }),
        'accepted',
      ],
      [
        'the most facts allowed',
        // New ids are added after the built-in facts, which count towards the limit.
        () => ({
          facts: many(MAX_FACTS - builtInContent.facts.length, (i) => ({
            id: `fact-${i}`,
            text: `Fact ${i}`,
            source: { title: 'Source', url: 'https://example.org/' },
            year: '2024',
          })),
        }),
        'accepted',
      ],
      ['an empty list of pros', () => ({ types: [{ id: 'virtual', pros: [] }] }), 'refused'],
      ['an empty list of types', () => ({ types: [] }), 'refused'],
      ['an empty list of attributes', () => ({ attributes: [] }), 'refused'],
      ['an empty list of questions', () => ({ quiz: { questions: [] } }), 'refused'],
      ['an empty list of facts', () => ({ facts: [] }), 'accepted'],
    ];
    const widget = sharedWidget<UsceCompare>();
    for (const [name, make, expected] of cases) {
      it(`handles ${name} and stays responsive`, async function () {
        this.timeout(30_000);
        const el = widget();
        const start = performance.now();
        const errors = await override(el, make());
        expect(performance.now() - start, `${name}: render time`).to.be.below(10_000);
        if (expected === 'accepted') expectAccepted(el, errors, name);
        else expectRefused(el, errors, name);
        await expectSafe(el, name, { large: true });
      });
    }
  });

  describe('wrong types', () => {
    const cases: [string, unknown][] = [
      ['a number', 42],
      ['a string', '{"ui": {}}'],
      ['true', true],
      ['an array', [{ ui: { heading: 'x' } }]],
      ['a Date', new Date()],
      ['a Map', new Map([['ui', { heading: 'x' }]])],
      ['a function', () => ({ ui: { heading: 'x' } })],
      ['null ui', { ui: null }],
      ['ui as an array', { ui: ['heading'] }],
      ['a number for a heading', { ui: { heading: 5 } }],
      ['an object for a heading', { ui: { heading: { text: 'x' } } }],
      ['types as an object', { types: { virtual: { name: 'x' } } }],
      ['types as a string', { types: 'virtual' }],
      ['null in types', { types: [null] }],
      ['numbers as pros', { types: [{ id: 'virtual', pros: [1, 2] }] }],
      ['a string for pros', { types: [{ id: 'virtual', pros: 'many' }] }],
      ['cells as an array', { types: [{ id: 'virtual', cells: [] }] }],
      ['an unknown level', { types: [{ id: 'virtual', cells: { cost: { level: 'extreme', text: 'x' } } }] }],
      ['a number as a fact source', { facts: [{ id: builtInContent.facts[0].id, source: 7 }] }],
      ['a boolean as a fact year', { facts: [{ id: builtInContent.facts[0].id, year: true }] }],
      ['questions as an object', { quiz: { questions: {} } }],
      ['null quiz', { quiz: null }],
      ['a string version', { version: '1' }],
      ['version 2', { version: 2 }],
      ['an unknown key', { extra: true }],
      [
        'NaN and Infinity',
        { version: Number.NaN, quiz: { questions: [{ id: builtInContent.quiz.questions[0].id, optional: Infinity }] } },
      ],
      ['a cta without href', { types: [{ id: 'virtual', cta: { label: 'Go' } }] }],
    ];
    const widget = sharedWidget<UsceCompare>();
    for (const [name, value] of cases) {
      it(`names ${name} in the notice and keeps the built-in content`, async () => {
        const el = widget();
        const errors = await override(el, value);
        expectRefused(el, errors, name);
        await expectSafe(el, name);
      });
    }

    it('treats null and undefined as no override, clearing what an earlier one named', async () => {
      const el = widget();
      await override(el, 42);
      expect(noticeText(el)).not.to.equal('');
      for (const value of [null, undefined]) {
        const errors = await override(el, value);
        expectAccepted(el, errors, String(value));
        expect(text(shadow(el).querySelector('.title'))).to.equal(builtInContent.ui.heading);
      }
    });

    it('names wrong types given to the quiz alone', async () => {
      const el = await mount<UsceQuiz>('usce-quiz');
      const errors = await override(el, { quiz: { ui: { heading: 1 }, questions: 'none' } });
      expect(errors.length).to.be.greaterThan(0);
      expect(noticeText(el)).not.to.equal('');
      expect(text(shadow(el).querySelector('.quiz-heading'))).to.equal(builtInContent.quiz.ui.heading);
      await expectSafe(el, 'quiz alone');
    });
  });

  describe('prototype pollution', () => {
    const sources = [
      '{"__proto__": {"polluted": 1}}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
      '{"ui": {"__proto__": {"polluted": 1}, "heading": "Still fine"}}',
      '{"types": [{"id": "virtual", "__proto__": {"polluted": 1}}]}',
      '{"types": [{"id": "__proto__", "name": "x"}]}',
      '{"quiz": {"questions": [{"id": "constructor"}]}}',
      '{"facts": [{"id": "prototype", "__proto__": {"polluted": 1}}]}',
      '{"prototype": {"polluted": 1}, "constructor": {"polluted": 1}}',
    ];
    const widget = sharedWidget<UsceCompare>();
    for (const source of sources) {
      it(`is not polluted by ${source}`, async () => {
        const el = widget();
        await override(el, JSON.parse(source));
        await expectSafe(el, source);
        // Whatever was made of it, the widget shows its content.
        expect(text(shadow(el).querySelector('.title'))).not.to.equal('');
        expect(shadowElements(el).filter((e) => e.localName === 'usce-table')).to.have.length(1);
      });
    }

    it('is not polluted through an inline JSON child or content-src', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
      const inline = document.createElement('usce-compare') as UsceCompare;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"__proto__": {"polluted": 1}, "ui": {"constructor": {"prototype": {"polluted": 1}}}}';
      inline.append(script);
      const fromUrl = document.createElement('usce-compare') as UsceCompare;
      fromUrl.contentSrc = '/test/robustness/fixtures/prototype-pollution.json';
      const loaded = new Promise((resolve) => fromUrl.addEventListener('usce-content-error', resolve, { once: true }));
      await captureWarnings(async () => {
        container.append(inline, fromUrl);
        await loaded;
        await settle(inline);
        await settle(fromUrl);
      });
      await expectSafe(inline, 'inline');
      await expectSafe(fromUrl, 'content-src');
    });
  });

  describe('attribute values', () => {
    const attributes = [
      'types',
      'highlight',
      'sections',
      'heading',
      'heading-level',
      'theme',
      'cta-label',
      'cta-params',
      'content-timeout',
    ];
    for (const attribute of attributes) {
      it(`renders markup in ${attribute} as text, at most naming it`, async () => {
        const el = await mount<UsceCompare>();
        for (const payload of [...PAYLOADS, LONG_WORD, AWKWARD_TEXTS['bidi overrides']]) {
          await captureWarnings(async () => {
            el.setAttribute('cta-href', '/apply');
            el.setAttribute(attribute, payload);
            await settle(el);
          });
          // Attributes with a fixed set of values name the bad value in the notice.
          if (['types', 'highlight', 'sections', 'heading-level', 'theme'].includes(attribute)) {
            expect(noticeText(el), `${attribute}=${payload}`).to.contain(payload.trim().split(/\s+/)[0].slice(0, 50));
          }
          if (attribute === 'heading')
            expect(text(shadow(el).querySelector('.title'))).to.equal(payload.replace(/\s+/g, ' ').trim());
          await expectSafe(el, `${attribute}=${payload.slice(0, 80)}`);
        }
      });
    }
  });
});
