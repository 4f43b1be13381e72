import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { builtInContent } from '../../../src/content/content.js';
import { TYPE_IDS, type TypeId } from '../../../src/content/types.js';
import type { UsceCards } from '../../../src/components/usce-cards/usce-cards.js';
import { all, noticeText, one, text } from '../../helpers/dom.js';

const typeOf = (id: TypeId) => builtInContent.types.find((t) => t.id === id)!;
const cardTitles = (el: Element) => all(el, '.card-title').map((h) => text(h));

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
    expect(noticeText(el)).to.contain('"also-nope"');
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

  it('is accessible, with and without a highlight', async () => {
    await expect(await fixture<UsceCards>(html`<usce-cards></usce-cards>`)).to.be.accessible();
    await expect(await fixture<UsceCards>(html`<usce-cards highlight="hands-on"></usce-cards>`)).to.be.accessible();
  });
});
