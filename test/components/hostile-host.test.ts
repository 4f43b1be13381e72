import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { UsceCompare } from '../../src/components/usce-compare/usce-compare.js';
import { settle, shadow } from '../helpers/dom.js';

/**
 * Page CSS of the kind blog themes ship: universal resets with !important,
 * table and button resets, big type, and rules that fight the `hidden`
 * attribute. None of it may break the widget's layout, and none of the
 * widget's styles may reach the page.
 */
const HOSTILE_CSS = `
  * { box-sizing: content-box !important; margin: 3em; }
  *::before { content: "X"; }
  *::after { content: "Y"; }
  html { font-size: 24px; }
  body { line-height: 2.4; text-align: justify; text-indent: 2em; letter-spacing: 0.05em; word-spacing: 0.3em;
         text-transform: uppercase; white-space: pre-line; list-style: square inside; }
  table, td, th { all: unset; }
  tr { display: block; }
  button { display: none; }
  p, li, ul { font-size: 24px; line-height: 3; padding: 2em; }
  a { color: red; }
  [hidden] { display: block; }
  svg { width: 100%; }
  input { width: 10px; }
  progress { display: none; }
  div, section, article { float: left; max-width: none; overflow: visible !important; }
  h1, h2, h3, h4 { font-size: 3em; border-bottom: 4px double; }
  label { display: block; width: 50px; }
  img, video, iframe { max-width: 100%; }
`;

/** Every element in the shadow roots of `host` and of the elements inside them. */
function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  for (const el of shadow(host).querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...shadowElements(el));
  }
  return found;
}

/** The one element matching a path of selectors, each inside the previous match's shadow root. */
function deep<T extends Element = HTMLElement>(el: Element, ...selectors: string[]): T {
  let current: Element = el;
  for (const selector of selectors) {
    const found = shadow(current).querySelector(selector);
    if (!found) throw new Error(`nothing matches ${selectors.join(' >> ')} (stopped at ${selector})`);
    current = found;
  }
  return current as T;
}

function deepAll<T extends Element = HTMLElement>(el: Element, ...selectors: string[]): T[] {
  const last = selectors.pop()!;
  const scope = selectors.length > 0 ? deep(el, ...selectors) : el;
  return [...shadow(scope).querySelectorAll<T>(last)];
}

const rect = (el: Element) => el.getBoundingClientRect();
const isShown = (el: Element) => rect(el).width > 0 && rect(el).height > 0;
const style = (el: Element) => getComputedStyle(el);

let hostile: HTMLStyleElement | null = null;

function addHostileCss(): void {
  hostile = document.createElement('style');
  hostile.textContent = HOSTILE_CSS;
  document.head.append(hostile);
}

function removeHostileCss(): void {
  hostile?.remove();
  hostile = null;
}

/** Renders the whole widget in a container `width` px wide, next to plain page elements. */
async function renderInContainer(width: number) {
  const page = await fixture<HTMLDivElement>(html`
    <div>
      <div class="container" style="width: ${width}px">
        <usce-compare highlight="hands-on" cta-href="/apply" cta-label="Apply">
          <p class="fallback">Compare the kinds of US clinical experience.</p>
        </usce-compare>
      </div>
      <table class="page-table">
        <tr>
          <td>Page cell</td>
          <td>Another</td>
        </tr>
      </table>
      <button type="button" class="page-button">Page button</button>
      <p class="page-paragraph">A page paragraph.</p>
    </div>
  `);
  await settle(page);
  const container = page.querySelector<HTMLDivElement>('.container')!;
  const el = container.querySelector<UsceCompare>('usce-compare')!;
  return { page, container, el };
}

/** From 600 px on, the table is still a table: each row's cells sit side by side, at one top, in distinct columns. */
function expectIntactTable(el: UsceCompare): void {
  const table = deep(el, 'usce-table', 'table');
  expect(style(table).display).to.equal('table');
  const rows = deepAll(el, 'usce-table', 'tr');
  expect(rows.length).to.be.greaterThan(1);
  for (const row of rows) {
    const cells = [...row.children];
    expect(cells.length, 'cells per row').to.equal(5);
    const tops = cells.map((cell) => Math.round(rect(cell).top));
    expect(new Set(tops).size, `cells of one row share a top (${tops.join(', ')})`).to.equal(1);
    const lefts = cells.map((cell) => Math.round(rect(cell).left));
    expect(new Set(lefts).size, `columns have distinct lefts (${lefts.join(', ')})`).to.equal(cells.length);
    for (const cell of cells) expect(style(cell).display).to.equal('table-cell');
  }
  // Columns line up from row to row.
  const firstLefts = [...rows[0].children].map((cell) => Math.round(rect(cell).left));
  const lastLefts = [...rows[rows.length - 1].children].map((cell) => Math.round(rect(cell).left));
  expect(lastLefts).to.deep.equal(firstLefts);
}

/** Below 600 px, each compared point is a heading and the types' values, each value running on after its name. */
function expectIntactPoints(el: UsceCompare, edge: number): void {
  expect(isShown(deep(el, 'usce-table', 'table')), 'table put away').to.equal(false);
  const points = deepAll(el, 'usce-table', '.point');
  expect(points.length).to.be.greaterThan(1);
  for (const point of points) {
    expect(isShown(point.querySelector('.point-title')!), 'point heading visible').to.equal(true);
    const values = [...point.querySelectorAll('.point-value')];
    expect(values, 'a value per type').to.have.length(4);
    for (const value of values) {
      const [dt, dd] = [value.querySelector('dt')!, value.querySelector('dd')!];
      // The value starts on the name's last line, after it, or on the line just below.
      const nameEnd = [...dt.getClientRects()].at(-1)!;
      const valueStart = dd.getClientRects()[0];
      const lineGap = valueStart.top - nameEnd.top;
      expect(lineGap, 'value on the line of its name or the next').to.be.within(-2, nameEnd.height * 1.6);
      if (Math.abs(lineGap) <= 2) expect(valueStart.left, 'value after its name').to.be.at.least(nameEnd.right - 0.5);
      expect(rect(dd).right, 'value right edge').to.be.at.most(edge + 0.5);
      expect(rect(dt).right, 'name right edge').to.be.at.most(edge + 0.5);
    }
  }
}

/** Checks the layout of the widget in `container`: the measurements a reader's eye would catch. */
function expectIntactLayout(el: UsceCompare, container: HTMLElement): void {
  const edge = rect(container).right;
  const width = container.clientWidth;

  // The widget and its table frame stay inside the container.
  expect(rect(el).width, 'widget width').to.be.at.most(width + 0.5);
  expect(rect(el).right, 'widget right edge').to.be.at.most(edge + 0.5);
  const frame = deep(el, 'usce-table', '.frame');
  expect(rect(frame).width, 'frame width').to.be.at.most(width + 0.5);
  expect(rect(frame).right, 'frame right edge').to.be.at.most(edge + 0.5);

  if (width >= 600) expectIntactTable(el);
  else expectIntactPoints(el, edge);

  // The cards keep their borders and padding, and sit inside the container.
  const cards = deepAll(el, 'usce-cards', '.card');
  expect(cards).to.have.length(4);
  for (const card of cards) {
    expect(Number.parseFloat(style(card).borderTopWidth), 'card border').to.be.at.least(1);
    expect(style(card).borderTopStyle).to.equal('solid');
    expect(rect(card).right, 'card right edge').to.be.at.most(edge + 0.5);
  }

  // The quiz's answers, progress bar and Next button are there to use.
  const radios = deepAll<HTMLInputElement>(el, 'usce-quiz', 'input[type="radio"]');
  expect(radios.length).to.be.greaterThan(1);
  for (const radio of radios) {
    expect(isShown(radio), 'radio visible').to.equal(true);
    // The page's `input { width: 10px }` does not reach it: it keeps its own size.
    expect(rect(radio).width).to.be.closeTo(rect(radio).height, 1);
  }
  const next = deep(el, 'usce-quiz', 'button[type="submit"]');
  expect(isShown(next), 'Next button visible').to.equal(true);
  expect(rect(next).right).to.be.at.most(edge + 0.5);
  expect(isShown(deep(el, 'usce-quiz', 'progress')), 'progress bar visible').to.equal(true);

  // Nothing of the widget reaches past the container's right edge, except
  // inside the frame, which scrolls sideways.
  const tableParts = shadowElements(deep(el, 'usce-table'));
  const insideFrame = new Set(tableParts.filter((node) => frame.contains(node) && node !== frame));
  const overflowing = shadowElements(el)
    .filter((node) => !insideFrame.has(node) && isShown(node) && rect(node).right > edge + 0.5)
    .map((node) => `<${node.localName} class="${node.getAttribute('class') ?? ''}"> right=${rect(node).right}`);
  expect(overflowing, `container right edge ${edge}`).to.deep.equal([]);
}

describe('host page CSS', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  afterEach(() => removeHostileCss());

  for (const width of [360, 900]) {
    it(`keeps its layout in a ${width}px container under aggressive page CSS`, async () => {
      addHostileCss();
      const { el, container } = await renderInContainer(width);
      expectIntactLayout(el, container);
    });
  }

  it('keeps its layout in a 360px container on a clean page too', async () => {
    const { el, container } = await renderInContainer(360);
    expectIntactLayout(el, container);
  });

  it('lays out its own text when the page indents and preserves line breaks in its article column', async () => {
    addHostileCss();
    const { el } = await renderInContainer(900);
    // body { text-indent: 2em } would push the first line of every heading and cell in.
    const title = deep(el, '.title');
    const titleText = document.createRange();
    titleText.selectNodeContents(title);
    expect(titleText.getClientRects()[0].left).to.be.closeTo(rect(title).left, 0.5);
    expect(style(deep(el, 'usce-table', 'td')).textIndent).to.equal('0px');
    // body { white-space: pre-line } would turn the template's line breaks into
    // visible ones: the source label and its link would sit on separate lines.
    const source = deep(el, '.fact-source');
    const label = document.createRange();
    label.setStart(source.firstChild!, 0);
    label.setEnd(source.querySelector('a')!, 0);
    const link = source.querySelector('a')!;
    expect(link.getClientRects()[0].top).to.be.closeTo(label.getClientRects()[0].top, 2);
    expect(style(source).whiteSpace).to.equal('normal');
  });

  for (const hostileCss of [false, true]) {
    const pageKind = hostileCss ? 'hostile' : 'clean';
    it(`keeps the same gap between its heading, sections and caveat on a ${pageKind} page`, async () => {
      if (hostileCss) addHostileCss();
      const { el } = await renderInContainer(900);
      const gap = 1.25 * Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
      const blocks = [...shadow(el).querySelector('.widget')!.children];
      expect(blocks.map((block) => block.className)).to.include('caveat');
      for (let i = 1; i < blocks.length; i++) {
        const between = rect(blocks[i]).top - rect(blocks[i - 1]).bottom;
        expect(between, `gap above .${blocks[i].className || blocks[i].localName}`).to.be.closeTo(gap, 1);
      }
    });
  }

  it('leaves the page styling of its sibling elements as the page set it', async () => {
    addHostileCss();
    const { page } = await renderInContainer(900);
    // The hostile page hides its own buttons; the widget does not bring them back.
    expect(style(page.querySelector('.page-button')!).display).to.equal('none');
    // `all: unset` makes the page's own table inline; the widget's table rules do not apply to it.
    expect(style(page.querySelector('.page-table')!).display).to.equal('inline');
    expect(style(page.querySelector('.page-table td')!).display).to.equal('inline');
    const paragraph = page.querySelector('.page-paragraph')!;
    expect(style(paragraph).paddingTop).to.equal('48px');
    expect(style(paragraph).lineHeight).to.equal('72px');
    expect(style(paragraph).boxSizing).to.equal('content-box');
  });

  it('leaves default page styles alone on a clean page', async () => {
    const { page, el } = await renderInContainer(900);
    expect(shadow(el).querySelector('.widget')).to.exist;
    const paragraph = page.querySelector('.page-paragraph')!;
    const fontSize = Number.parseFloat(style(paragraph).fontSize);
    // The browser default: 1em above and below.
    expect(Number.parseFloat(style(paragraph).marginTop)).to.equal(fontSize);
    expect(style(paragraph).boxSizing).to.equal('content-box');
    expect(style(page.querySelector('.page-button')!).display).to.equal('inline-block');
    expect(style(page.querySelector('.page-table')!).display).to.equal('table');
    expect(style(page.querySelector('.page-table')!).borderCollapse).to.equal('separate');
  });

  it('hides the author fallback once rendered, even when the page shows every [hidden] element', async () => {
    addHostileCss();
    const { el } = await renderInContainer(360);
    const fallback = el.querySelector('.fallback')!;
    // Not slotted, so not rendered at all: no boxes, whatever the page's CSS says.
    expect(fallback.getClientRects()).to.have.length(0);
    expect(rect(fallback).height).to.equal(0);
    // No default slot; the named ones only pass a partner's result elements to the quiz.
    expect(shadow(el).querySelector('slot:not([name])')).to.equal(null);
  });
});
