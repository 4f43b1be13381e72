import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define, defineAll, ELEMENTS } from '../src/define.js';
import { all } from './helpers/dom.js';

describe('define', () => {
  it('registers every element', () => {
    for (const [tag, element] of Object.entries(ELEMENTS)) {
      expect(customElements.get(tag)).to.equal(element);
    }
  });

  it('does not throw when everything is defined again, and keeps the first definition', () => {
    expect(() => defineAll()).not.to.throw();
    class Impostor extends LitElement {}
    expect(() => define('usce-table', Impostor)).not.to.throw();
    expect(customElements.get('usce-table')).to.equal(ELEMENTS['usce-table']);
  });

  it('renders the content of elements written before definition, once defined', async () => {
    const el = await fixture(html`<usce-cards types="research"></usce-cards>`);
    expect(all(el, '.card')).to.have.length(1);
  });
});
