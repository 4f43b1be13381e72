// The table's two forms (the table from 600 px of width, the list below it):
// a widget's first render of the table section builds only the form its
// width shows, and the other comes a turn later, so neither first render
// does the work of both.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { UsceCompare } from '../../../src/components/usce-compare/usce-compare.js';
import type { UsceTable } from '../../../src/components/usce-table/usce-table.js';
import { all, shadow, text } from '../../helpers/dom.js';

/** The `forms` each <usce-table> had when it was added to the widget, and the widget once complete. */
async function firstForms(style: string, attributes = ''): Promise<{ first: string[]; el: UsceCompare }> {
  const first: string[] = [];
  const holder = document.createElement('div');
  holder.setAttribute('style', style);
  document.body.append(holder);
  // The widget is watched from its first render: its shadow root exists once it is created.
  const el = document.createElement('usce-compare') as UsceCompare;
  for (const [name, value] of new URLSearchParams(attributes)) el.setAttribute(name, value);
  const watch = new MutationObserver(() => {
    for (const table of el.shadowRoot?.querySelectorAll<UsceTable>('usce-table') ?? []) {
      if (table.dataset.seen !== 'yes') {
        table.dataset.seen = 'yes';
        first.push(table.forms);
      }
    }
  });
  holder.append(el);
  watch.observe(el.shadowRoot!, { childList: true, subtree: true });
  await el.updateComplete;
  watch.disconnect();
  return { first, el };
}

describe("the comparison table's two forms in <usce-compare>", () => {
  afterEach(() => document.querySelectorAll('div:has(> usce-compare)').forEach((holder) => holder.remove()));

  it('renders the table first in a wide widget, and the list a turn later', async () => {
    const { first, el } = await firstForms('width: 700px');
    expect(first).to.deep.equal(['table']);
    const table = shadow(el).querySelector<UsceTable>('usce-table')!;
    expect(table.forms).to.equal('both');
    await table.updateComplete;
    // Both forms hold every value: the list is there for a narrower width, or find-in-page.
    expect(all(table, '.points dd .cell-text').map(text)).to.deep.equal(all(table, 'tbody td .cell-text').map(text));
  });

  it('renders the list first in a narrow widget', async () => {
    const { first, el } = await firstForms('width: 375px');
    expect(first).to.deep.equal(['list']);
    const table = shadow(el).querySelector<UsceTable>('usce-table')!;
    await table.updateComplete;
    expect(table.forms).to.equal('both');
    expect(all(table, 'table').length).to.equal(1);
  });

  it("measures the widget's content, inside a theme's padding", async () => {
    // 620 px wide, less the light theme's padding on both sides: under 600 px, so the list shows.
    const { first, el } = await firstForms('width: 620px', 'theme=light');
    expect(first).to.deep.equal(['list']);
    const table = shadow(el).querySelector<UsceTable>('usce-table')!;
    expect(getComputedStyle(shadow(table).querySelector('.points')!).display).to.equal('block');
  });
});

describe('<usce-table> forms', () => {
  it('renders the table alone, the list alone, or both (the default)', async () => {
    const both = await fixture<UsceTable>(html`<usce-table></usce-table>`);
    expect([all(both, '.frame').length, all(both, '.points').length]).to.deep.equal([1, 1]);
    const table = await fixture<UsceTable>(html`<usce-table .forms=${'table'}></usce-table>`);
    expect([all(table, '.frame').length, all(table, '.points').length]).to.deep.equal([1, 0]);
    const list = await fixture<UsceTable>(html`<usce-table .forms=${'list'}></usce-table>`);
    expect([all(list, '.frame').length, all(list, '.points').length]).to.deep.equal([0, 1]);
    // The notes on what each point means go with either form.
    expect(all(list, '.notes').length).to.equal(1);
  });
});
