import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { builtInContent } from '../../../src/content/content.js';
import { ATTRIBUTE_IDS, TYPE_IDS, type TypeId } from '../../../src/content/types.js';
import type { UsceTable } from '../../../src/components/usce-table/usce-table.js';
import {
  all,
  captureWarnings,
  clickToggle,
  isOpen,
  regionOf,
  noticeText,
  one,
  settle,
  text,
  warningsOfEachTest,
} from '../../helpers/dom.js';

const nameOf = (id: TypeId) => builtInContent.types.find((t) => t.id === id)!.name;
const columnNames = (el: Element) => all(el, 'thead th[data-type] .type-name').map(text);

describe('<usce-table>', () => {
  const warnings = warningsOfEachTest();
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
    expect(warnings.join('\n')).to.contain('The highlight attribute names "surgery"');
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

  it('shows all four types side by side, inside the table box, in a 640 px article column', async () => {
    // A typical blog column: 640 px of 18 px serif text.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px; font: 18px/1.6 serif"><usce-table></usce-table></div>`,
    );
    const el = wrapper.querySelector('usce-table')!;
    await settle(wrapper);
    const frame = one(el, '.frame');
    expect(frame.checkVisibility()).to.equal(true);
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
    const box = frame.getBoundingClientRect();
    const headers = all(el, 'thead th[data-type]');
    expect(headers).to.have.length(4);
    for (const th of headers) {
      const cell = th.getBoundingClientRect();
      expect(cell.left, th.dataset.type).to.be.at.least(box.left - 0.5);
      expect(cell.right, th.dataset.type).to.be.at.most(box.right + 0.5);
      // Each type name keeps its words whole on its lines.
      const name = one(el, `thead th[data-type="${th.dataset.type}"] .type-name`);
      expect(name.scrollWidth).to.be.at.most(name.clientWidth + 1);
    }
    // Nothing to scroll, so no tab stop and no hint.
    expect(frame.hasAttribute('tabindex')).to.equal(false);
    expect(all(el, '.hint')).to.have.length(0);
    // The row headers name the points; their explanations are in the notes, not the label column.
    for (const attribute of builtInContent.attributes) {
      expect(text(one(el, `tr[data-attribute="${attribute.id}"] th`))).to.equal(attribute.label);
    }
  });

  it('below 600 px, lists each compared point under a heading with the value for each type, instead of the table', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 343px"><usce-table></usce-table></div>`);
    const el = wrapper.querySelector('usce-table')!;
    await settle(wrapper);
    // The table is out of view and out of the accessibility tree; the list replaces it.
    expect(one(el, 'table').checkVisibility()).to.equal(false);
    const points = all(el, '.point');
    expect(points.map((p) => text(p.querySelector('.point-title')))).to.deep.equal(
      builtInContent.attributes.map((a) => a.label),
    );
    expect(points.every((p) => p.querySelector('.point-title')!.localName === 'h3')).to.equal(true);
    const first = points[0];
    expect([...first.querySelectorAll('dt')].map(text)).to.deep.equal(TYPE_IDS.map(nameOf));
    const handsOn = builtInContent.types.find((t) => t.id === 'hands-on')!.cells['patient-contact'];
    expect(text(first.querySelector('dd'))).to.contain(builtInContent.ui.ratingLabels[handsOn.level!]);
    expect(text(first.querySelector('dd'))).to.contain(handsOn.text);
    // Nothing sticks out sideways.
    const right = el.getBoundingClientRect().right;
    for (const node of all(el, '.points *')) expect(node.getBoundingClientRect().right).to.be.at.most(right + 1);
    await expect(el).to.be.accessible();
  });

  it('takes the heading level it is given for the points', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 343px"><usce-table heading-level="5"></usce-table></div>`,
    );
    const el = wrapper.querySelector('usce-table')!;
    await el.updateComplete;
    expect(all(el, '.point-title').every((h) => h.localName === 'h5')).to.equal(true);
  });

  it('marks the featured type in the narrow list too', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 343px"><usce-table highlight="research"></usce-table></div>`,
    );
    const el = wrapper.querySelector('usce-table')!;
    await el.updateComplete;
    const featured = all(el, '.point-value.featured dt');
    expect(featured).to.have.length(builtInContent.attributes.length);
    expect(featured.every((dt) => text(dt) === `${nameOf('research')} ${builtInContent.ui.featured}`)).to.equal(true);
  });

  it('scrolls inside its own frame, which takes focus, only when very large text leaves no room', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 620px; font-size: 40px"><usce-table></usce-table></div>`,
    );
    const el = wrapper.querySelector('usce-table')!;
    await settle(wrapper);
    const frame = one(el, '.frame');
    expect(el.getBoundingClientRect().width).to.be.at.most(620);
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
  });

  it('folds what each point means in a disclosure, kept in the page for find-in-page', async () => {
    const el = await fixture<UsceTable>(html`<usce-table></usce-table>`);
    const toggle = one(el, '.notes button.fold-toggle');
    const notes = regionOf(toggle);
    const explanation = builtInContent.attributes[0].description!;
    expect(text(toggle)).to.equal(builtInContent.ui.tableNotes);
    expect(isOpen(toggle)).to.equal(false);
    // Folded, the text is in the DOM but not shown.
    expect(text(notes)).to.contain(explanation);
    expect(one(el, '.notes-list dd').checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();

    // The button opens them.
    await clickToggle(toggle, el);
    expect(isOpen(toggle)).to.equal(true);
    expect(one(el, '.notes-list dd').checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();

    // And close them again.
    await clickToggle(toggle, el);
    expect(isOpen(toggle)).to.equal(false);
    expect(one(el, '.notes-list dd').checkVisibility()).to.equal(false);
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
