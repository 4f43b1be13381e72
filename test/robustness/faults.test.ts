import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { builtInContent } from '../../src/content/content.js';
import type { UsceCompare } from '../../src/components/usce-compare/usce-compare.js';
import type { UsceQuiz } from '../../src/components/usce-quiz/usce-quiz.js';
import { all, captureWarnings, noticeText, one, settle, shadow, text } from '../helpers/dom.js';
import { answer, finishQuiz as finish } from '../helpers/quiz-driver.js';

/**
 * Faults that come from the page around the widget: scripts loaded twice,
 * elements moved or removed mid-use, storage that throws, content sources
 * that change under it, patched or polluted built-ins, frozen input, and
 * many instances side by side. None may reach the page as an error, and the
 * widget always shows something sensible.
 */

const quizUi = builtInContent.quiz.ui;
const total = builtInContent.quiz.questions.length;
const title = (el: Element) => text(shadow(el).querySelector('.title'));
const innerQuiz = (el: Element) => shadow(el).querySelector('usce-quiz') as UsceQuiz;
const progress = (quiz: Element) => text(shadow(quiz).querySelector('.progress-text'));
const checked = (quiz: Element) => all<HTMLInputElement>(quiz, 'input[type="radio"]').find((r) => r.checked)?.value;

/** Errors and unhandled rejections that reach this page during a test. */
const pageErrors: unknown[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);

describe('faults around the widget', () => {
  beforeEach(() => {
    pageErrors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    localStorage.clear();
    expect(pageErrors, 'errors that reached the page').to.deep.equal([]);
  });

  describe('the drop-in file loaded twice', () => {
    interface FrameWindow extends Window {
      pageErrors: string[];
    }
    const frames: HTMLIFrameElement[] = [];
    afterEach(() => {
      for (const frame of frames.splice(0)) frame.remove();
    });

    /** An empty same-origin page of its own, so the drop-in file registers the elements there. */
    async function emptyPage(): Promise<{ win: FrameWindow; doc: Document }> {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 900px; height: 900px; border: 0';
      const loaded = oneEvent(frame, 'load');
      frame.src = '/test/robustness/fixtures/blank.html';
      document.body.append(frame);
      frames.push(frame);
      await loaded;
      return { win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
    }

    /** Adds a script to `doc` and resolves once it ran. */
    function load(doc: Document, src: string, type?: 'module'): Promise<unknown> {
      const script = doc.createElement('script');
      if (type) script.type = type;
      script.src = src;
      const done = new Promise((resolve, reject) => {
        script.addEventListener('load', resolve, { once: true });
        script.addEventListener('error', () => reject(new Error(`could not load ${src}; run npm run build`)), {
          once: true,
        });
      });
      doc.head.append(script);
      return done;
    }

    /** Adds one of each element to `doc` and returns them. */
    function addElements(doc: Document): LitElement[] {
      return ['usce-compare', 'usce-table', 'usce-cards', 'usce-quiz'].map((tag) => {
        const el = doc.createElement(tag);
        if (tag === 'usce-compare') el.setAttribute('sections', 'table cards');
        doc.body.append(el);
        return el as LitElement;
      });
    }

    async function expectRendered(elements: LitElement[]): Promise<void> {
      for (const el of elements) {
        // The drop-in files register the elements a task after they run.
        await el.ownerDocument.defaultView!.customElements.whenDefined(el.localName);
        expect(el.shadowRoot, `<${el.localName}> was not upgraded`).to.exist;
        await el.updateComplete;
      }
      const [compare, table, cards, quiz] = elements;
      await settle(compare);
      expect(title(compare)).to.equal(builtInContent.ui.heading);
      expect(
        shadow(shadow(compare).querySelector('usce-table')!).querySelectorAll('thead th[data-type]'),
      ).to.have.length(4);
      expect(shadow(table).querySelectorAll('thead th[data-type]')).to.have.length(4);
      expect(shadow(cards).querySelectorAll('.card')).to.have.length(4);
      expect(text(shadow(quiz).querySelector('.quiz-heading'))).to.equal(quizUi.heading);
    }

    it('upgrades elements already in the page, loaded as a classic script and then as a module', async () => {
      const { win, doc } = await emptyPage();
      const before = addElements(doc);
      await load(doc, '/dist/usce-compare.js');
      await load(doc, '/dist/usce-compare.js#again', 'module');
      await expectRendered(before);
      await expectRendered(addElements(doc));
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('renders elements created after it was loaded twice, as a module first this time', async () => {
      const { win, doc } = await emptyPage();
      await load(doc, '/dist/usce-compare.js#first', 'module');
      await load(doc, '/dist/usce-compare.js');
      await expectRendered(addElements(doc));
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('works beside the quiz-only file, in either order', async () => {
      for (const order of [
        ['/dist/usce-quiz.js', '/dist/usce-compare.js'],
        ['/dist/usce-compare.js', '/dist/usce-quiz.js'],
      ]) {
        const { win, doc } = await emptyPage();
        const before = addElements(doc);
        for (const src of order) await load(doc, src);
        await expectRendered(before);
        expect(await finish(before[3])).not.to.equal('');
        expect(win.pageErrors, order.join(' then ')).to.deep.equal([]);
      }
    });
  });

  describe('an element moved or removed mid-quiz', () => {
    it('keeps the answers when the quiz moves, and stays usable', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <section id="a"><usce-quiz></usce-quiz></section>
          <section id="b"></section>
        </div>`,
      );
      const quiz = page.querySelector('usce-quiz')!;
      await answer(quiz);
      await answer(quiz);
      page.querySelector('#b')!.append(quiz);
      await quiz.updateComplete;
      // Still on the third question, and the earlier answers are there on the way back.
      expect(progress(quiz)).to.equal(`Question 3 of ${total}`);
      one(quiz, 'button.secondary').click(); // Back
      await quiz.updateComplete;
      expect(checked(quiz)).to.equal(builtInContent.quiz.questions[1].options[0].id);
      expect(await finish(quiz)).not.to.equal('');
    });

    it('survives removal mid-quiz and carries on when put back', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><usce-quiz></usce-quiz></div>`);
      const quiz = page.querySelector('usce-quiz')!;
      await answer(quiz);
      quiz.remove();
      await quiz.updateComplete;
      page.append(quiz);
      await quiz.updateComplete;
      expect(progress(quiz)).to.equal(`Question 2 of ${total}`);
      expect(await finish(quiz)).not.to.equal('');
    });

    it('keeps the quiz inside usce-compare going, with its content, when the whole widget moves', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <div id="a"></div>
          <div id="b"></div>
        </div>`,
      );
      const compare = document.createElement('usce-compare') as UsceCompare;
      compare.content = { quiz: { ui: { heading: 'Moved quiz' } } };
      page.querySelector('#a')!.append(compare);
      await settle(compare);
      await answer(innerQuiz(compare));
      page.querySelector('#b')!.append(compare);
      await settle(compare);
      expect(text(shadow(innerQuiz(compare)).querySelector('.quiz-heading'))).to.equal('Moved quiz');
      expect(progress(innerQuiz(compare))).to.equal(`Question 2 of ${total}`);
      compare.remove();
      await compare.updateComplete;
      page.append(compare);
      await settle(compare);
      expect(await finish(innerQuiz(compare))).not.to.equal('');
      expect(shadow(compare).querySelectorAll('usce-table, usce-cards')).to.have.length(2);
    });
  });

  describe('storage that fails, with remember', () => {
    const ownStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
    function restoreStorage(): void {
      // Window attributes live on the window itself in every engine we run,
      // but fall back to deleting our own property should one keep it on the prototype.
      if (ownStorage) Object.defineProperty(window, 'localStorage', ownStorage);
      else delete (window as { localStorage?: Storage }).localStorage;
    }

    it('works without remembering when reading localStorage throws', async () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      try {
        const quiz = await fixture<UsceQuiz>(html`<usce-quiz remember></usce-quiz>`);
        expect(await finish(quiz)).not.to.equal('');
        one(quiz, '.result > .actions button').click(); // Start again
        await quiz.updateComplete;
        expect(progress(quiz)).to.equal(`Question 1 of ${total}`);
      } finally {
        restoreStorage();
      }
      expect(localStorage.getItem('usce-quiz:v1')).to.equal(null);
    });

    it('works without remembering when localStorage is full', async () => {
      const setItem = Storage.prototype.setItem;
      let refused = 0;
      Storage.prototype.setItem = function () {
        refused++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        const quiz = await fixture<UsceQuiz>(html`<usce-quiz remember></usce-quiz>`);
        expect(await finish(quiz)).not.to.equal('');
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(refused).to.be.greaterThan(0);
      expect(localStorage.getItem('usce-quiz:v1')).to.equal(null);
    });

    it('starts fresh when the remembered answers are garbage', async () => {
      for (const stored of [
        'not json',
        '{"code": 5, "step": "x"}',
        '{"code": "v1.zzzz.999", "step": 2}',
        'null',
        '[]',
      ]) {
        localStorage.setItem('usce-quiz:v1', stored);
        const quiz = await fixture<UsceQuiz>(html`<usce-quiz remember></usce-quiz>`);
        expect(progress(quiz), stored).to.equal(`Question 1 of ${total}`);
        expect(await finish(quiz), stored).not.to.equal('');
      }
    });
  });

  describe('content-src changed quickly', () => {
    /** Resolves once the page has received the whole response for `url`. */
    const arrived = (url: string) =>
      waitUntil(
        () => performance.getEntriesByName(new URL(url, location.href).href).length > 0,
        `${url} never arrived`,
        {
          timeout: 8000,
        },
      );

    it('shows only the last content-src when it changes twice while the first is loading', async function () {
      const run = Date.now();
      // The server holds the first two until they are released below; the last answers at once.
      const first = `/__held__/first-${run}.json`;
      const second = `/__held__/second-${run}.json`;
      const last = `/test/robustness/fixtures/content-last.json?run=${run}`;
      const el = document.createElement('usce-compare') as UsceCompare;
      el.innerHTML = '<p>Fallback text</p>';
      el.contentSrc = first;
      await fixture(html`<div></div>`).then((div) => div.append(el));
      await el.updateComplete;
      el.contentSrc = second;
      await el.updateComplete;
      el.contentSrc = last;
      await el.updateComplete;
      await waitUntil(() => title(el) === 'Heading from the last content-src', 'the last content-src never showed');
      // The earlier answers come in afterwards and change nothing.
      await fetch(`/__release__/first-${run}.json`);
      await fetch(`/__release__/second-${run}.json`);
      await arrived(first);
      await arrived(second);
      await new Promise((resolve) => setTimeout(resolve, 0)); // one task, for the element's own response handling
      await settle(el);
      expect(title(el)).to.equal('Heading from the last content-src');
      expect(noticeText(el)).to.equal('');
    });

    it('shows the built-in content when content-src is removed while it loads', async function () {
      const name = `removed-${Date.now()}.json`;
      const slow = `/__held__/${name}`;
      const el = document.createElement('usce-compare') as UsceCompare;
      el.setAttribute('content-src', slow);
      await fixture(html`<div></div>`).then((div) => div.append(el));
      await el.updateComplete;
      el.removeAttribute('content-src');
      expect(el.contentSrc).to.equal(null);
      await settle(el);
      expect(title(el)).to.equal(builtInContent.ui.heading);
      await fetch(`/__release__/${name}`);
      await arrived(slow);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settle(el);
      expect(title(el)).to.equal(builtInContent.ui.heading);
      expect(noticeText(el)).to.equal('');
    });
  });

  describe('a host page that changes built-ins', () => {
    it('renders every widget when requestIdleCallback throws', async () => {
      const original = window.requestIdleCallback;
      let calls = 0;
      window.requestIdleCallback = () => {
        calls++;
        throw new Error('requestIdleCallback is broken on this page');
      };
      let shown: string[] = [];
      try {
        // Enough widgets that the ones further down wait for an idle moment.
        const page = await fixture<HTMLElement>(
          html`<div>
            ${Array.from({ length: 8 }, () => html`<usce-compare sections="table"><p>Fallback</p></usce-compare>`)}
          </div>`,
        );
        const widgets = [...page.querySelectorAll<UsceCompare>('usce-compare')];
        for (const el of widgets) await el.updateComplete;
        shown = widgets.map((el) => (shadow(el).querySelector('usce-table') ? 'table' : 'fallback'));
      } finally {
        window.requestIdleCallback = original;
      }
      expect(shown).to.deep.equal(Array(8).fill('table'));
      // The broken function was really called, and its error stayed inside.
      expect(calls).to.be.greaterThan(0);
    });

    it('works when Array.prototype methods are wrapped', async () => {
      const methods = ['map', 'filter', 'includes', 'find', 'forEach'] as const;
      const originals = methods.map((name) => [name, Array.prototype[name]] as const);
      const calls: Record<string, number> = {};
      for (const [name, original] of originals) {
        calls[name] = 0;
        // Wrapped like analytics and polyfill scripts do: counted, then passed on.
        Object.defineProperty(Array.prototype, name, {
          configurable: true,
          writable: true,
          value: function (this: unknown[], ...args: unknown[]) {
            calls[name]++;
            return (original as (...a: unknown[]) => unknown).apply(this, args);
          },
        });
      }
      let suggestion = '';
      let cards = 0;
      try {
        const el = await fixture<UsceCompare>(html`<usce-compare highlight="research"></usce-compare>`);
        el.content = { ui: { heading: 'Patched page' } };
        await settle(el);
        cards = shadow(shadow(el).querySelector('usce-cards')!).querySelectorAll('.card').length;
        suggestion = await finish(innerQuiz(el));
        expect(title(el)).to.equal('Patched page');
      } finally {
        for (const [name, original] of originals) {
          Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: original });
        }
      }
      expect(cards).to.equal(4);
      expect(suggestion).not.to.equal('');
      // The wrappers were really in place while the widget ran.
      expect(calls['map']).to.be.greaterThan(0);
    });

    it('works when Array.prototype and Object.prototype have enumerable additions', async () => {
      const seen: { title: string; cards: number; headers: number; suggestion: string; text: string } = {
        title: '',
        cards: 0,
        headers: 0,
        suggestion: '',
        text: '',
      };
      const protoArray = Array.prototype as unknown as Record<string, unknown>;
      const protoObject = Object.prototype as unknown as Record<string, unknown>;
      protoArray['evil'] = 1;
      protoObject['polluted'] = 1;
      try {
        const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
        el.content = JSON.parse(
          '{"ui": {"heading": "Polluted page"}, "types": [{"id": "virtual", "pros": ["One", "Two"]}]}',
        ) as unknown;
        await settle(el);
        const cards = shadow(el).querySelector('usce-cards')!;
        const table = shadow(el).querySelector('usce-table')!;
        seen.title = title(el);
        seen.cards = shadow(cards).querySelectorAll('.card').length;
        seen.headers = shadow(table).querySelectorAll('thead th[data-type]').length;
        seen.suggestion = await finish(innerQuiz(el));
        seen.text = [el, cards, table, innerQuiz(el)].map((e) => shadow(e).textContent).join(' ');
      } finally {
        delete protoArray['evil'];
        delete protoObject['polluted'];
      }
      expect(seen.title).to.equal('Polluted page');
      expect(seen.cards).to.equal(4);
      expect(seen.headers).to.equal(4);
      expect(seen.suggestion).not.to.equal('');
      expect(seen.text).not.to.match(/\bevil\b|\bpolluted\b|undefined|\[object Object\]/);
    });

    it('takes a deep-frozen content override', async () => {
      const deepFreeze = <T>(value: T): T => {
        if (value && typeof value === 'object') {
          for (const item of Object.values(value)) deepFreeze(item);
          Object.freeze(value);
        }
        return value;
      };
      const partial = deepFreeze({
        ui: { heading: 'Frozen heading' },
        types: [{ id: 'virtual', name: 'Frozen virtual', pros: ['Frozen pro'], cta: { label: 'Go', href: '/go' } }],
        quiz: { ui: { heading: 'Frozen quiz' } },
      });
      const whole = deepFreeze(JSON.parse(JSON.stringify(builtInContent)) as unknown);
      for (const content of [partial, whole]) {
        const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
        const warnings = await captureWarnings(async () => {
          el.content = content;
          await settle(el);
        });
        expect(warnings).to.deep.equal([]);
        expect(noticeText(el)).to.equal('');
        expect(await finish(innerQuiz(el))).not.to.equal('');
        // Using it again, after a restart, changes nothing either.
        one(innerQuiz(el), '.result > .actions button').click(); // Start again
        await innerQuiz(el).updateComplete;
        expect(await finish(innerQuiz(el))).not.to.equal('');
      }
      const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
      el.content = partial;
      await settle(el);
      expect(title(el)).to.equal('Frozen heading');
      const cards = shadow(el).querySelector('usce-cards')!;
      expect(text(one(cards, '.card[data-type="virtual"] a.cta'))).to.equal('Go');
      expect(Object.isFrozen(partial.types[0].pros)).to.equal(true);
    });
  });

  it('renders 20 instances with different settings, each with its own', async function () {
    this.timeout(30_000);
    const typeIds = builtInContent.types.map((t) => t.id);
    const sectionNames = ['table', 'cards', 'quiz', 'before-you-apply', 'facts'];
    const page = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const expected: (() => void)[] = [];
    const elements: LitElement[] = [];
    for (let i = 0; i < 20; i++) {
      const kind = ['usce-compare', 'usce-table', 'usce-cards', 'usce-quiz'][i % 4];
      const el = document.createElement(kind) as LitElement;
      const types = typeIds.filter((_, t) => (i + t) % 3 !== 0);
      const highlight = types[i % types.length];
      if (kind === 'usce-compare') {
        const sections = sectionNames.filter((_, s) => (i + s) % 2 === 0);
        el.setAttribute('heading', `Widget ${i}`);
        el.setAttribute('sections', sections.join(' '));
        el.setAttribute('types', types.join(' '));
        el.setAttribute('theme', ['light', 'dark', 'auto'][i % 3]);
        expected.push(() => {
          expect(title(el), `#${i}`).to.equal(`Widget ${i}`);
          const shown = [
            ...shadow(el).querySelectorAll(
              'usce-table, usce-cards, usce-quiz, [part="before-you-apply"], [part="facts"]',
            ),
          ].map((n) => (n.localName === 'div' ? n.getAttribute('part') : n.localName.replace('usce-', '')));
          expect(shown, `#${i}`).to.deep.equal(sections);
        });
      } else if (kind === 'usce-table') {
        el.setAttribute('types', types.join(' '));
        el.setAttribute('highlight', highlight);
        expected.push(() => {
          expect(
            all(el, 'thead th[data-type]').map((th) => th.dataset.type),
            `#${i}`,
          ).to.deep.equal(types);
          expect(
            all(el, 'thead th.featured').map((th) => th.dataset.type),
            `#${i}`,
          ).to.deep.equal([highlight]);
        });
      } else if (kind === 'usce-cards') {
        el.setAttribute('types', types.join(' '));
        el.setAttribute('cta-href', `/apply/${i}`);
        el.setAttribute('cta-label', `Apply ${i}`);
        expected.push(() => {
          expect(
            all(el, '.card').map((c) => c.dataset.type),
            `#${i}`,
          ).to.deep.equal(types);
          expect(
            all<HTMLAnchorElement>(el, 'a.cta').map((a) => a.getAttribute('href')),
            `#${i}`,
          ).to.deep.equal(types.map(() => `/apply/${i}`));
        });
      } else {
        const level = 2 + (i % 5);
        el.setAttribute('heading-level', String(level));
        (el as UsceQuiz).content = { quiz: { ui: { heading: `Quiz ${i}` } } };
        expected.push(() => {
          const heading = one(el, '.quiz-heading');
          expect(heading.localName, `#${i}`).to.equal(`h${level}`);
          expect(text(heading), `#${i}`).to.equal(`Quiz ${i}`);
        });
      }
      elements.push(el);
    }
    page.append(...elements);
    for (const el of elements) await settle(el);
    for (const check of expected) check();
    // Answering one quiz leaves the others where they were.
    const quizzes = elements.filter((el) => el.localName === 'usce-quiz');
    await answer(quizzes[0]);
    expect(progress(quizzes[0])).to.equal(`Question 2 of ${total}`);
    expect(quizzes.slice(1).map(progress)).to.deep.equal(quizzes.slice(1).map(() => `Question 1 of ${total}`));
  });
});
