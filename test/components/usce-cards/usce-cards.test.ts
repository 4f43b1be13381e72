import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { builtInContent } from '../../../src/content/content.js';
import { TYPE_IDS, type TypeId } from '../../../src/content/types.js';
import type { UsceCards } from '../../../src/components/usce-cards/usce-cards.js';
import {
  all,
  clickToggle,
  deepActive,
  noticeText,
  one,
  regionOf,
  text,
  warningsOfEachTest,
} from '../../helpers/dom.js';

const typeOf = (id: TypeId) => builtInContent.types.find((t) => t.id === id)!;
const cardTitles = (el: Element) => all(el, '.card-title').map((h) => text(h));
const toggleOf = (el: Element, id: TypeId) => one(el, `.card[data-type="${id}"] button.card-toggle`);
/** The part of a card its title's button opens: who it suits, the lists. */
const bodyOf = (el: Element, id: TypeId) => regionOf(toggleOf(el, id));
const expanded = (el: Element, id: TypeId) => toggleOf(el, id).getAttribute('aria-expanded');
/** Whether the reader sees the card's details (who it suits, the lists). */
const isOpen = (el: Element, id: TypeId) => one(el, `.card[data-type="${id}"] .suits`).checkVisibility();

/** The items of the list labelled `label` inside the card for `id`. */
function listItems(el: Element, id: TypeId, label: string): string[] {
  const card = one(el, `.card[data-type="${id}"]`);
  const list = [...card.querySelectorAll('ul')].find((ul) => {
    const labelledBy = ul.getAttribute('aria-labelledby');
    return labelledBy !== null && text(el.shadowRoot!.getElementById(labelledBy)) === label;
  });
  return [...(list?.querySelectorAll('li') ?? [])].map((li) => text(li));
}

describe('<usce-cards>', () => {
  const warnings = warningsOfEachTest();
  it('alone on a page, reminds the reader to check each program; inside <usce-compare>, leaves that to the widget', async () => {
    const alone = await fixture<UsceCards>(html`<usce-cards></usce-cards>`);
    expect(text(one(alone, '.caveat'))).to.equal(builtInContent.ui.caveat);
    const compare = await fixture<HTMLElement>(html`<usce-compare sections="cards"></usce-compare>`);
    await waitUntil(() => compare.shadowRoot?.querySelector('usce-cards')?.shadowRoot?.querySelector('.card'));
    const inner = one(compare, 'usce-cards');
    expect(all(inner, '.caveat')).to.have.length(0);
    expect(all(compare, '.caveat')).to.have.length(1);
  });

  it('shows one card per type, titled with its name, in content order', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards></usce-cards>`);
    expect(cardTitles(el)).to.deep.equal(TYPE_IDS.map((id) => typeOf(id).name));
    expect(all(el, '.card-title').every((h) => h.localName === 'h3')).to.equal(true);
  });

  it('gives each card its summary, who it suits, and pros and cons as labelled lists', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards></usce-cards>`);
    const { pros, cons } = builtInContent.ui;
    for (const id of TYPE_IDS) {
      const type = typeOf(id);
      const card = one(el, `.card[data-type="${id}"]`);
      expect(text(card.querySelector('.summary'))).to.equal(type.summary);
      expect(text(card.querySelector('.suits'))).to.equal(type.suits);
      expect(listItems(el, id, pros)).to.deep.equal(type.pros);
      expect(listItems(el, id, cons)).to.deep.equal(type.cons);
      expect(listItems(el, id, builtInContent.ui.eligibility)).to.deep.equal(type.eligibility);
    }
  });

  it('tells pros from cons by a sign as well as a label, not by colour alone', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards types="research"></usce-cards>`);
    const signOf = (selector: string) => getComputedStyle(one(el, selector), '::before').content;
    expect(signOf('ul.pros li')).to.contain('+');
    expect(signOf('ul.cons li')).to.contain('\u2212');
  });

  it('names the other names a reader may meet', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards types="hands-on"></usce-cards>`);
    const also = text(one(el, '.card .also'));
    for (const name of typeOf('hands-on').otherNames) expect(also).to.contain(name);
  });

  it('shows only the types named in "types", in that order', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards types="virtual research"></usce-cards>`);
    expect(cardTitles(el)).to.deep.equal([typeOf('virtual').name, typeOf('research').name]);
  });

  it('names unknown ids and still shows the known ones', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards types="research nope" highlight="also-nope"></usce-cards>`);
    expect(noticeText(el)).to.contain('"nope"');
    expect(warnings.join('\n')).to.contain('The types attribute names "nope"');
    expect(noticeText(el)).to.contain('"also-nope"');
    expect(warnings.join('\n')).to.contain('The highlight attribute names "also-nope"');
    expect(noticeText(el)).to.contain('hands-on, observership, research, virtual');
    expect(cardTitles(el)).to.deep.equal([typeOf('research').name]);
  });

  it('marks the highlighted card as featured in its title', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards highlight="virtual"></usce-cards>`);
    const card = one(el, '.card.featured');
    expect(card.dataset.type).to.equal('virtual');
    expect(text(card.querySelector('.card-title'))).to.equal(`${typeOf('virtual').name} ${builtInContent.ui.featured}`);
    expect(all(el, '.card.featured')).to.have.length(1);
  });

  it('uses the heading level it is given, and falls back to 3 for a bad one', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards heading-level="5"></usce-cards>`);
    expect(all(el, '.card-title').every((h) => h.localName === 'h5')).to.equal(true);
    el.setAttribute('heading-level', 'nine');
    await el.updateComplete;
    expect(all(el, '.card-title').every((h) => h.localName === 'h3')).to.equal(true);
  });

  it('shows each card folded to its title, its details one button away and still in the page', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards></usce-cards>`);
    for (const id of TYPE_IDS) {
      const toggle = toggleOf(el, id);
      // The button is in the heading, named by the type.
      expect(toggle.closest('.card-title')).to.not.equal(null);
      expect(text(toggle)).to.equal(typeOf(id).name);
      expect(expanded(el, id)).to.equal('false');
      expect(one(el, `.card[data-type="${id}"] .summary`).checkVisibility()).to.equal(false);
      // Folded text stays in the DOM, where find-in-page can reach it.
      expect(text(bodyOf(el, id))).to.contain(typeOf(id).pros[0]);
      expect(isOpen(el, id)).to.equal(false);
    }
  });

  it('opens and closes a card with its title, and keeps several open to compare', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards></usce-cards>`);
    await clickToggle(toggleOf(el, 'observership'), el);
    await clickToggle(toggleOf(el, 'virtual'), el);
    expect(TYPE_IDS.filter((id) => isOpen(el, id))).to.deep.equal(['observership', 'virtual']);
    expect(expanded(el, 'virtual')).to.equal('true');
    await expect(el).to.be.accessible();
    await clickToggle(toggleOf(el, 'observership'), el);
    expect(TYPE_IDS.filter((id) => isOpen(el, id))).to.deep.equal(['virtual']);
  });

  it('opens a folded card when find-in-page finds text in it', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards></usce-cards>`);
    const body = bodyOf(el, 'research');
    // Folded text stays searchable: find-in-page looks inside until-found content,
    expect(body.getAttribute('hidden')).to.equal('until-found');
    // and fires beforematch on it before it shows the match.
    body.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(isOpen(el, 'research')).to.equal(true);
    expect(expanded(el, 'research')).to.equal('true');
    expect(TYPE_IDS.filter((id) => isOpen(el, id))).to.deep.equal(['research']);
  });

  it('moves between card titles with the arrow keys, Home and End, and opens one with Enter or Space', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards></usce-cards>`);
    const focusedType = () => (deepActive() as HTMLElement).closest<HTMLElement>('.card')?.dataset.type;
    toggleOf(el, 'hands-on').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedType()).to.equal('observership');
    await sendKeys({ press: 'End' });
    expect(focusedType()).to.equal('virtual');
    // Past the last title, focus wraps to the first.
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedType()).to.equal('hands-on');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedType()).to.equal('virtual');
    await sendKeys({ press: 'Home' });
    expect(focusedType()).to.equal('hands-on');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(el, 'hands-on'), 'Enter opens the card');
    await sendKeys({ press: ' ' });
    await waitUntil(() => !isOpen(el, 'hands-on'), 'Space closes the card');
    expect(focusedType()).to.equal('hands-on');
  });

  it('marks the highlighted type, and a type highlighted later, without opening its card', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards highlight="research"></usce-cards>`);
    const featured = () => all(el, '.card.featured').map((card) => card.dataset.type);
    expect(featured()).to.deep.equal(['research']);
    expect(text(toggleOf(el, 'research'))).to.equal(`${typeOf('research').name} ${builtInContent.ui.featured}`);
    expect(TYPE_IDS.filter((id) => isOpen(el, id))).to.deep.equal([]);
    el.highlight = 'hands-on';
    await el.updateComplete;
    expect(featured()).to.deep.equal(['hands-on']);
    expect(TYPE_IDS.filter((id) => isOpen(el, id))).to.deep.equal([]);
  });

  it('keeps a card the reader closed in step, so showing its type opens it again', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards></usce-cards>`);
    await el.revealType('virtual');
    expect(isOpen(el, 'virtual')).to.equal(true);
    await clickToggle(toggleOf(el, 'virtual'), el);
    expect(isOpen(el, 'virtual')).to.equal(false);
    await el.revealType('virtual');
    expect(isOpen(el, 'virtual')).to.equal(true);
  });

  it('opens a card and focuses its title when asked to show a type', async () => {
    const el = await fixture<UsceCards>(html`<usce-cards></usce-cards>`);
    await el.revealType('observership');
    expect(isOpen(el, 'observership')).to.equal(true);
    expect(deepActive()).to.equal(toggleOf(el, 'observership'));
    // The button keeps its own place in the tab order.
    expect(toggleOf(el, 'observership').hasAttribute('tabindex')).to.equal(false);
  });

  it('is accessible, with and without a highlight', async () => {
    await expect(await fixture<UsceCards>(html`<usce-cards></usce-cards>`)).to.be.accessible();
    await expect(await fixture<UsceCards>(html`<usce-cards highlight="hands-on"></usce-cards>`)).to.be.accessible();
  });
});
