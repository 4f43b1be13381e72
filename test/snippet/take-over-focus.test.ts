// Focus across the take-over where the two renders differ: the server
// writes each card as <details> with its title in the <summary>; the
// browser writes the title with a button in it. A reader who focused a
// card's summary before the script came finds the focus on that card's
// button after it. (A file of its own: the take-over happens only in a page
// where the elements are not yet defined.)
import { expect, nextFrame } from '@open-wc/testing';
import type { UsceCompare } from '../../src/components/usce-compare/usce-compare.js';
import { builtInContent } from '../../src/content/content.js';
import { shadow } from '../helpers/dom.js';
import { fetchSnippet } from '../helpers/snippet.js';

describe('a card title focused before the script arrives', () => {
  it('is focused again, as the card button, after the take-over', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    container.setHTMLUnsafe(await fetchSnippet('sections=cards'));
    const widget = container.querySelector<UsceCompare>('usce-compare')!;
    const cards = () => shadow(shadow(widget).querySelector('usce-cards')!);
    const summary = cards().querySelector<HTMLElement>('.card[data-type="research"] summary')!;
    summary.focus();
    await nextFrame();

    await import('../../src/define.js');
    customElements.upgrade(container);
    await widget.updateComplete;
    await nextFrame();

    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const button = cards().querySelector('.card[data-type="research"] button.card-toggle');
    expect(button).to.not.equal(null);
    // Compared by name: a failing comparison of two elements prints the whole widget.
    expect(active === button, `focus is on ${active?.localName}.${active?.className}`).to.equal(true);
    expect(button!.textContent!.trim()).to.equal(builtInContent.types.find((t) => t.id === 'research')!.name);
    expect(button!.getAttribute('aria-expanded')).to.equal('false');
    container.remove();
  });
});
