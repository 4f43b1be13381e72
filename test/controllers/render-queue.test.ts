import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { UsceCompare } from '../../src/components/usce-compare/usce-compare.js';
import { text } from '../helpers/dom.js';

/** What a reader sees of a widget: its table's caption once rendered, else the author's fallback. */
function shows(el: Element): 'table' | 'fallback' {
  const table = el.shadowRoot?.querySelector('usce-table');
  if (table) return 'table';
  const slot = el.shadowRoot?.querySelector('.pending slot');
  if (!slot) throw new Error('neither the table nor the fallback is shown');
  return 'fallback';
}

/** `count` widgets, each with the fallback text an author pastes. */
async function article(count: number): Promise<UsceCompare[]> {
  const page = await fixture<HTMLElement>(
    html`<div>
      ${Array.from(
        { length: count },
        (_, i) =>
          html`<usce-compare sections="table cards" heading="Widget ${i + 1}">
            <p>Fallback ${i + 1}</p>
          </usce-compare>`,
      )}
    </div>`,
  );
  return [...page.querySelectorAll<UsceCompare>('usce-compare')];
}

describe('rendering many widgets on one page', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('shows the first widget first, and the author fallback of widgets far below until their turn', async () => {
    const widgets = await article(20);
    // The first widget renders in the next task, without waiting to be seen.
    await waitUntil(() => shows(widgets[0]) === 'table', 'the first widget never rendered', { interval: 5 });
    // The last one sits many screens down, each waiting widget holding the
    // space the snippet reserves, so it still shows what the author wrote.
    const last = widgets[19];
    expect(last.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight * 5);
    expect(shows(last)).to.equal('fallback');
    expect(text(last.querySelector('p'))).to.equal('Fallback 20');
    expect(last.querySelector('p')!.checkVisibility()).to.equal(true);
  });

  it('renders every widget in the end, and updateComplete waits for all its sections', async () => {
    const widgets = await article(12);
    for (const el of widgets) {
      await el.updateComplete;
      expect(shows(el)).to.equal('table');
      expect(el.shadowRoot!.querySelector('usce-cards')).to.not.equal(null);
      // Rendered widgets hide the fallback again.
      expect(el.querySelector('p')!.checkVisibility()).to.equal(false);
    }
  });

  it('renders a widget scrolled to before the ones it skipped', async () => {
    const widgets = await article(20);
    const last = widgets[19];
    last.scrollIntoView();
    // The last widget is now on screen: it jumps the queue. (Checked each
    // few milliseconds rather than through updateComplete, which also waits
    // for its later sections.)
    await waitUntil(() => shows(last) === 'table', 'the widget on screen never rendered', { interval: 5 });
    // The middle of the page, many screens from both ends, is still waiting.
    expect(shows(widgets[9])).to.equal('fallback');
  });

  it('does no work for a widget inside display: none until it is shown', async () => {
    const page = await fixture<HTMLElement>(
      html`<div hidden>
        <usce-compare sections="table"><p>Fallback A</p></usce-compare>
        <usce-compare sections="table"><p>Fallback B</p></usce-compare>
      </div>`,
    );
    const widgets = [...page.querySelectorAll<UsceCompare>('usce-compare')];
    // (The first widget on a page goes first without waiting to be seen, so
    // the second is the one to watch.) It waits, and updateComplete does
    // not hang on it.
    await widgets[1].updateComplete;
    await nextFrame();
    await nextFrame();
    expect(shows(widgets[1])).to.equal('fallback');
    // Shown, it renders.
    page.hidden = false;
    await waitUntil(() => shows(widgets[1]) === 'table', 'the shown widget never rendered');
    await widgets[1].updateComplete;
    expect(text(widgets[1].shadowRoot!.querySelector('h2'))).to.not.equal('');
  });

  it('stops waiting for a widget removed before its turn and starts again when it comes back', async () => {
    const widgets = await article(6);
    const last = widgets[5];
    const parent = last.parentElement!;
    last.remove();
    await nextFrame();
    expect(shows(last)).to.equal('fallback');
    parent.append(last);
    await last.updateComplete;
    expect(shows(last)).to.equal('table');
  });
});
