import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { UsceCompare } from '../../src/components/usce-compare/usce-compare.js';
import type { UsceCards } from '../../src/components/usce-cards/usce-cards.js';
import { all, deepActive, deepElements, one, shadow } from '../helpers/dom.js';

describe('keyboard and viewport', () => {
  const realMatchMedia = window.matchMedia;
  afterEach(async () => {
    window.matchMedia = realMatchMedia;
    await setViewport({ width: 800, height: 600 });
  });

  it('reaches every control of <usce-compare> with Tab, each with a visible focus ring', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button>
        <usce-compare
          cta-href="/apply"
          cta-label="Apply"
          highlight="research"
          share
          style="width: 700px"
        ></usce-compare>
        <button id="after">after</button>
      </div>`,
    );
    const el = wrapper.querySelector<UsceCompare>('usce-compare')!;
    await el.updateComplete;
    // One card opened, so its call to action is in the tab order.
    await one<UsceCards>(el, 'usce-cards').revealType('research');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: Element[] = [];
    for (let i = 0; i < 200; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (!active || active.id === 'after') break;
      reached.push(active);
      const style = getComputedStyle(active);
      expect(style.outlineStyle, `${active.localName}.${active.className}`).not.to.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
    // Every link, button, radio and field the widget shows is in the tab order.
    const focusable = deepElements(shadow(el)).filter(
      (e) => e.matches('a[href], button, input, summary, [tabindex="0"]') && e.checkVisibility(),
    );
    const radios = focusable.filter((e) => (e as HTMLInputElement).type === 'radio');
    // A radio group is one tab stop.
    const expected =
      focusable.filter((e) => (e as HTMLInputElement).type !== 'radio').length + (radios.length > 0 ? 1 : 0);
    expect(reached.length).to.equal(expected);
    // The open card's call to action is reachable.
    expect(reached.some((e) => e.matches('a.cta'))).to.equal(true);
    expect(reached.some((e) => e.matches('.card-toggle'))).to.equal(true);
    expect(reached.some((e) => e.matches('.fact a'))).to.equal(true);
    expect(reached.some((e) => e.matches('button[type="submit"]'))).to.equal(true);
  });

  it('fits a 320 px wide screen: nothing is clipped or sticks out of the page', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<UsceCompare>(html`<usce-compare cta-href="/apply" cta-label="Apply"></usce-compare>`);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const right = el.getBoundingClientRect().right;
    for (const node of deepElements(shadow(el))) {
      // Inside the table's frame things scroll sideways on purpose.
      if (
        node.closest('.frame') ||
        (node.getRootNode() !== shadow(el) &&
          (node.getRootNode() as ShadowRoot).host.localName === 'usce-table' &&
          node.closest('.frame'))
      )
        continue;
      const box = node.getBoundingClientRect();
      if (box.width === 0 || node.closest('.visually-hidden')) continue;
      expect(box.right, `${node.localName}.${node.className}`).to.be.at.most(right + 1);
    }
    const quiz = shadow(el).querySelector('usce-quiz')!;
    for (const button of all(quiz, 'button')) expect(button.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('scrolls to a type without animation when the reader prefers reduced motion', async () => {
    // The reader's setting, as the page sees it (not every engine's driver can emulate media).
    window.matchMedia = (query: string) =>
      ({
        ...realMatchMedia.call(window, query),
        matches: query.includes('prefers-reduced-motion: reduce'),
      }) as MediaQueryList;
    const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
    const quiz = shadow(el).querySelector('usce-quiz')!;
    await quiz.updateComplete;
    for (let i = 0; i < 10 && all(quiz, '.result').length === 0; i++) {
      all<HTMLInputElement>(quiz, 'input[type="radio"]')[0].click();
      await quiz.updateComplete;
      all(quiz, 'button[type="submit"]')[0].click();
      await quiz.updateComplete;
    }
    const before = window.scrollY;
    all(quiz, '.type-links button')[1].click();
    const cards = shadow(el).querySelector('usce-cards')!;
    await cards.updateComplete;
    await Promise.resolve();
    // With smooth scrolling the page would only have started moving; it must already be there.
    const card = deepActive()!;
    expect(card.classList.contains('card-toggle')).to.equal(true);
    const top = card.getBoundingClientRect().top;
    expect(window.scrollY).not.to.equal(before);
    expect(top).to.be.within(0, window.innerHeight);
  });
});
