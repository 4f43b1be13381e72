import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import { builtInContent } from '../../../src/content/content.js';
import { ATTRIBUTE_IDS, TYPE_IDS, type TypeId } from '../../../src/content/types.js';
import type { UsceTable } from '../../../src/components/usce-table/usce-table.js';
import { all, captureWarnings, noticeText, one, text } from '../../helpers/dom.js';

const nameOf = (id: TypeId) => builtInContent.types.find((t) => t.id === id)!.name;
const columnNames = (el: Element) => all(el, 'thead th[data-type] .type-name').map(text);

describe('<usce-table>', () => {
  it('is a real table with a caption, column headers for each type and row headers for each attribute', async () => {
    const el = await fixture<UsceTable>(html`<usce-table></usce-table>`);
    const table = one<HTMLTableElement>(el, 'table');
    expect(text(table.caption)).to.equal(builtInContent.ui.tableCaption);

    // Each type is a column header, in content order.
    const cols = all(el, 'thead th');
    expect(cols.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(columnNames(el)).to.deep.equal(TYPE_IDS.map(nameOf));

    // Each compared attribute is a row header.
    const rows = all(el, 'tbody th');
    expect(rows.every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    const labels = builtInContent.attributes.map((a) => a.label);
    rows.forEach((th, i) => expect(text(th)).to.contain(labels[i]));
    expect(rows).to.have.length(ATTRIBUTE_IDS.length);
  });

  it('gives every rated cell its rating as a word, not only a meter', async () => {
    const el = await fixture<UsceTable>(html`<usce-table></usce-table>`);
    const labels = Object.values(builtInContent.ui.ratingLabels);
    const rated = all(el, 'td .rating');
    expect(rated.length).to.be.greaterThan(0);
    for (const cell of rated) {
      expect(labels).to.include(text(cell.querySelector('.level')));
      expect(cell.querySelector('.meter')!.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('shows the cell text of a type for each attribute', async () => {
    const el = await fixture<UsceTable>(html`<usce-table></usce-table>`);
    const research = builtInContent.types.find((t) => t.id === 'research')!;
    const cells = all(el, 'td[data-type="research"]');
    expect(cells.map((td) => text(td.querySelector('.cell-text')))).to.deep.equal(
      builtInContent.attributes.map((a) => research.cells[a.id].text),
    );
  });

  it('shows only the types named in "types", in that order', async () => {
    const el = await fixture<UsceTable>(html`<usce-table types="virtual hands-on"></usce-table>`);
    expect(columnNames(el)).to.deep.equal([nameOf('virtual'), nameOf('hands-on')]);
    expect(all(el, 'tbody tr:first-child td')).to.have.length(2);
  });

  it('names an unknown type id and the valid ones, warns once, and still shows the known ones', async () => {
    let el!: UsceTable;
    const warnings = await captureWarnings(async () => {
      el = await fixture<UsceTable>(html`<usce-table types="research nope"></usce-table>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(noticeText(el)).to.contain('nope');
    expect(noticeText(el)).to.contain('hands-on, observership, research, virtual');
    expect(columnNames(el)).to.deep.equal([nameOf('research')]);
    expect(warnings.filter((w) => w.includes('nope'))).to.have.length(1);
  });

  it('marks the highlighted type as featured in words a screen reader reads with the column header', async () => {
    const el = await fixture<UsceTable>(html`<usce-table highlight="observership"></usce-table>`);
    const header = one(el, 'thead th[data-type="observership"]');
    expect(text(header)).to.equal(`${nameOf('observership')} ${builtInContent.ui.featured}`);
    expect(all(el, 'td.featured').every((td) => td.dataset.type === 'observership')).to.equal(true);
    expect(all(el, 'td.featured')).to.have.length(ATTRIBUTE_IDS.length);
  });

  it('reports an unknown highlight and features nothing', async () => {
    const el = await fixture<UsceTable>(html`<usce-table highlight="surgery"></usce-table>`);
    expect(noticeText(el)).to.contain('surgery');
    expect(all(el, '.featured')).to.have.length(0);
    expect(columnNames(el)).to.have.length(4);
  });

  it('follows attribute changes after it rendered', async () => {
    const el = await fixture<UsceTable>(html`<usce-table types="nope"></usce-table>`);
    el.setAttribute('types', 'research');
    el.setAttribute('highlight', 'research');
    await el.updateComplete;
    expect(noticeText(el)).to.equal('');
    expect(columnNames(el)).to.deep.equal([nameOf('research')]);
    expect(all(el, 'th.featured')).to.have.length(1);
  });

  it('scrolls sideways inside its own frame in a narrow column, keeping the first column in view', async () => {
    await setViewport({ width: 360, height: 800 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><usce-table></usce-table></div>`);
    const el = wrapper.querySelector('usce-table')!;
    const frame = one(el, '.frame');
    // Wait for the resize observer to see the overflow and make the frame focusable.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(frame.scrollWidth).to.be.greaterThan(frame.clientWidth);
    expect(frame.getAttribute('tabindex')).to.equal('0');
    expect(frame.getAttribute('role')).to.equal('group');
    expect(text(one(el, '.hint'))).to.equal(builtInContent.ui.tableScrollHint);

    // After scrolling, the row headers stay at the frame's start edge.
    frame.scrollLeft = 200;
    const rowHeader = one(el, 'tbody th');
    expect(Math.round(rowHeader.getBoundingClientRect().left)).to.be.closeTo(
      Math.round(frame.getBoundingClientRect().left) + 1,
      2,
    );
    await expect(el).to.be.accessible();
    await setViewport({ width: 1280, height: 800 });
  });

  it('neither scrolls nor takes a tab stop when the column is wide enough', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><usce-table></usce-table></div>`);
    const el = wrapper.querySelector('usce-table')!;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    const frame = one(el, '.frame');
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
    expect(frame.hasAttribute('tabindex')).to.equal(false);
  });

  it('is accessible, with and without a highlight', async () => {
    const plain = await fixture<UsceTable>(html`<usce-table></usce-table>`);
    await expect(plain).to.be.accessible();
    const featured = await fixture<UsceTable>(
      html`<usce-table highlight="virtual" types="virtual research"></usce-table>`,
    );
    await expect(featured).to.be.accessible();
  });
});
