import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { builtInContent } from '../../src/content/content.js';
import type { UsceCompare } from '../../src/components/usce-compare/usce-compare.js';
import type { UsceQuiz } from '../../src/components/usce-quiz/usce-quiz.js';
import { finishQuiz } from '../helpers/quiz-driver.js';
import { all, deepElements, one, settle, shadow, text } from '../helpers/dom.js';

/** The shadow roots inside `host`, its own first. */
function shadowRoots(host: Element): ShadowRoot[] {
  const roots = [shadow(host)];
  for (const el of deepElements(shadow(host))) if (el.shadowRoot) roots.push(el.shadowRoot);
  return roots;
}

/**
 * Lays the widget out as for paper. Where the engine's driver can emulate
 * print media it does; elsewhere (WebDriver has no such command) the
 * widget's own `@media print` rules are applied to the screen, unchanged,
 * after its other rules as they stand in print. Returns the undo.
 */
async function printView(host: Element): Promise<() => Promise<void>> {
  try {
    await emulateMedia({ media: 'print' });
  } catch {
    // Not supported by this browser's driver: fall through.
  }
  if (window.matchMedia('print').matches) return async () => void (await emulateMedia({ media: 'screen' }));
  const undo: Array<() => void> = [];
  for (const root of shadowRoots(host)) {
    const sheets = [...root.adoptedStyleSheets, ...root.styleSheets];
    const print = new CSSStyleSheet();
    for (const sheet of sheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')) {
          for (const inner of rule.cssRules) print.insertRule(inner.cssText, print.cssRules.length);
        }
      }
    }
    const before = [...root.adoptedStyleSheets];
    root.adoptedStyleSheets = [...before, print];
    undo.push(() => (root.adoptedStyleSheets = before));
  }
  return async () => undo.forEach((restore) => restore());
}

describe('layout in an article', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 375]) {
    it(`does not make a ${width} px wide page scroll sideways, with a card and the facts open`, async () => {
      await setViewport({ width, height: 700 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="padding: 0 16px; font: 18px/1.6 serif">
          <usce-compare highlight="hands-on" cta-href="/apply" cta-label="Apply"></usce-compare>
        </div>`,
      );
      const el = wrapper.querySelector<UsceCompare>('usce-compare')!;
      await settle(wrapper);
      one(el, '.more-facts .fold-toggle').click();
      await el.updateComplete;
      const table = one(el, 'usce-table');
      // The phone view is the point-by-point list, not a table to scroll.
      expect(one(table, '.points').checkVisibility()).to.equal(true);
      expect(one(table, 'table').checkVisibility()).to.equal(false);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      const right = el.getBoundingClientRect().right;
      for (const node of deepElements(shadow(el))) {
        const box = node.getBoundingClientRect();
        if (box.width === 0 || node.closest('.visually-hidden')) continue;
        expect(box.right, `${node.localName}.${node.className}`).to.be.at.most(right + 1);
      }
    });
  }

  // A 680 px article column with a 19 px serif body, a featured type named:
  // the widget stays within a few screens on a phone and on a desktop.
  for (const [width, most] of [
    [1280, 3000],
    [375, 5000],
  ]) {
    it(`stays at most ${most} px tall at ${width} px wide, with a featured type`, async () => {
      await setViewport({ width, height: 800 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div
          style="max-width: 680px; margin: 0 auto; padding: 0 16px; font: 19px/1.6 Georgia, 'DejaVu Serif', serif"
        >
          <usce-compare highlight="hands-on"></usce-compare>
        </div>`,
      );
      const el = wrapper.querySelector<UsceCompare>('usce-compare')!;
      await settle(wrapper);
      await document.fonts.ready;
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(most / 2);
      expect(height).to.be.at.most(most);
    });
  }

  it('prints everything unfolded: the table, every card and list, every fact, with link targets', async () => {
    const el = await fixture<UsceCompare>(html`<usce-compare style="width: 640px"></usce-compare>`);
    await settle(el);
    const table = one(el, 'usce-table');
    const cards = one(el, 'usce-cards');
    // On screen, most of it is folded.
    expect(all(cards, 'ul.list li').some((li) => li.checkVisibility())).to.equal(false);

    const restore = await printView(el);
    try {
      // The table, with what each point means.
      expect(one(table, 'table').checkVisibility()).to.equal(true);
      expect(one(table, '.points').checkVisibility()).to.equal(false);
      expect(all(table, '.notes-list dd').every((dd) => dd.checkVisibility())).to.equal(true);
      // Every card's lists, and every fact.
      const items = all(cards, 'ul.list li');
      const listed = builtInContent.types.reduce((n, t) => n + t.pros.length + t.cons.length + t.eligibility.length, 0);
      expect(items).to.have.length(listed);
      expect(items.filter((li) => !li.checkVisibility()).map(text)).to.deep.equal([]);
      expect(all(el, '.fact').filter((li) => !li.checkVisibility())).to.have.length(0);
      expect(all(el, '.fact')).to.have.length(builtInContent.facts.length);
      // The "before you apply" topics, folded on screen.
      expect(all(el, '.topic')).to.have.length(builtInContent.beforeYouApply.length);
      expect(all(el, '.topic li').filter((li) => !li.checkVisibility())).to.have.length(0);
      // No button that cannot be pressed on paper; link targets written out.
      expect(one(el, '.more-facts .fold-toggle').checkVisibility()).to.equal(false);
      expect(one(el, '.apply .fold-toggle').checkVisibility()).to.equal(false);
      const link = one<HTMLAnchorElement>(el, '.fact a');
      const after = getComputedStyle(link, '::after').content;
      // Firefox gives the computed value with attr() as written; the others resolve it.
      expect(after.includes(link.getAttribute('href')!) || after.includes('attr(href)'), after).to.equal(true);
    } finally {
      await restore();
    }
    // Back on screen, the folds are as they were.
    expect(all(cards, 'ul.list li').some((li) => li.checkVisibility())).to.equal(false);
  });

  it('prints a quiz result with every reason unfolded, each type\'s "Why" included', async () => {
    const quiz = await fixture<UsceQuiz>(html`<usce-quiz style="width: 640px"></usce-quiz>`);
    await finishQuiz(quiz);
    const folds = all(quiz, '.result details');
    expect(folds.length).to.be.greaterThan(0);
    const reasonsShown = () =>
      folds.filter((d) => [...d.children].every((child) => child.localName === 'summary' || child.checkVisibility()));
    // On screen they are folded.
    expect(reasonsShown()).to.have.length(0);
    const restore = await printView(quiz);
    try {
      expect(reasonsShown()).to.have.length(folds.length);
    } finally {
      await restore();
    }
    expect(reasonsShown()).to.have.length(0);
  });
});
