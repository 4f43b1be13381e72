// The pre-rendered snippet as a reader without JavaScript gets it: parsed as
// HTML (declarative shadow DOM included) and never upgraded, since this file
// registers no element. A feed reader's view, with templates and styles
// stripped, is checked on the copy the element carries in its light DOM.
import { expect } from '@open-wc/testing';
import { builtInContent } from '../../src/content/content.js';
import { TYPE_IDS } from '../../src/content/types.js';
import { shadow, text } from '../helpers/dom.js';
import { fetchSnippet as snippet } from '../helpers/snippet.js';

/** Inserts `html` as the parser would on page load; its script tag does not run. */
function place(html: string): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  container.setHTMLUnsafe(html);
  return container;
}

const names = TYPE_IDS.map((id) => builtInContent.types.find((type) => type.id === id)!.name);

describe('the pre-rendered snippet without JavaScript', () => {
  let container: HTMLElement;
  afterEach(() => container?.remove());

  it('shows the table with its caption and all four types', async () => {
    container = place(await snippet());
    const widget = container.querySelector('usce-compare')!;
    // Nothing defines the element: what shows is the server's markup alone.
    expect(customElements.get('usce-compare')).to.equal(undefined);
    const tableHost = shadow(widget).querySelector('usce-table')!;
    const table = shadow(tableHost).querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal(builtInContent.ui.tableCaption);
    const headers = [...table.querySelectorAll('thead th[data-type]')].map((th) =>
      text(th.querySelector('.type-name')),
    );
    expect(headers).to.deep.equal(names);
    expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('keeps a table the parser has read only part of out of sight, so its columns move nothing', async () => {
    const html = await snippet();
    const rows = [...html.matchAll(/<\/tr>/g)];
    // Cut where the page's parser may pause: after a few rows of the table.
    container = place(html.slice(0, rows[3]!.index));
    const partial = shadow(shadow(container.querySelector('usce-compare')!).querySelector('usce-table')!);
    expect(partial.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    expect(getComputedStyle(partial.querySelector('table')!).visibility).to.equal('hidden');
    container.remove();
    container = place(html);
    const whole = shadow(shadow(container.querySelector('usce-compare')!).querySelector('usce-table')!);
    expect(getComputedStyle(whole.querySelector('table')!).visibility).to.equal('visible');
  });

  it('shows every pros and cons list', async () => {
    container = place(await snippet());
    const cards = shadow(shadow(container.querySelector('usce-compare')!).querySelector('usce-cards')!);
    for (const type of builtInContent.types) {
      const card = cards.querySelector(`[data-type="${type.id}"]`)!;
      const items = (kind: string) => [...card.querySelectorAll(`ul.${kind} li`)].map((li) => text(li));
      expect(items('pros'), `${type.id} pros`).to.deep.equal(type.pros);
      expect(items('cons'), `${type.id} cons`).to.deep.equal(type.cons);
      expect(card.getBoundingClientRect().height).to.be.greaterThan(0);
    }
  });

  it('passes an accessibility audit', async () => {
    container = place(await snippet('highlight=hands-on'));
    await expect(container).to.be.accessible();
  });

  it("holds the quiz's place with its heading and a line on when it comes, without the quiz", async () => {
    container = place(await snippet());
    const root = shadow(container.querySelector('usce-compare')!);
    expect(root.querySelector('usce-quiz')).to.equal(null);
    const holder = root.querySelector<HTMLElement>('.quiz-placeholder')!;
    expect(text(holder.querySelector('.quiz-heading'))).to.equal(builtInContent.quiz.ui.heading);
    expect(text(holder)).to.contain(builtInContent.quiz.ui.startsWithScript);
    expect(holder.getBoundingClientRect().height).to.be.above(300);
  });

  it('carries one line for views that strip templates and styles, unless asked for the plain copy', async () => {
    const doc = new DOMParser().parseFromString(await snippet(), 'text/html');
    for (const node of doc.querySelectorAll('template, style, script')) node.remove();
    expect(text(doc.querySelector('usce-compare'))).to.equal(builtInContent.ui.intro);
  });

  it('carries the comparison as plain HTML for views that strip templates and styles, when asked', async () => {
    const markup = await snippet('highlight=hands-on&plain-copy');
    // What a feed reader keeps: no template, no style, no script.
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    for (const node of doc.querySelectorAll('template, style, script')) node.remove();
    const widget = doc.querySelector('usce-compare')!;
    const table = widget.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal(builtInContent.ui.tableCaption);
    const headers = [...table.querySelectorAll('thead th')].slice(1).map((th) => text(th));
    expect(headers).to.deep.equal(names.map((name, i) => (i === 0 ? `${name} (${builtInContent.ui.featured})` : name)));
    for (const type of builtInContent.types) {
      for (const item of [...type.pros, ...type.cons]) expect(text(widget)).to.contain(item);
    }
    // The copy has no ids, so the snippet can appear more than once on a page.
    expect(widget.querySelectorAll('[id]').length).to.equal(0);
  });

  it('does not show the plain copy where the shadow root is shown', async () => {
    container = place(await snippet('plain-copy'));
    const copy = container.querySelector('usce-compare > table')!;
    expect(copy.getClientRects().length).to.equal(0);
  });
});

/**
 * The snippet in a frame whose sandbox allows no script: the page a reader
 * with JavaScript switched off gets. The test, outside the frame, clicks as
 * the reader would.
 */
async function noScriptFrame(markup: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>${markup}</body></html>`;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

/** Every element matching `selector` through the shadow roots below `root`. */
function deepAll(root: Document | ShadowRoot, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  return found;
}

describe('the pre-rendered snippet with JavaScript switched off', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('opens every fold with a click: every type, the checklist and every fact can be read', async () => {
    ({ frame } = await noScriptFrame(await snippet('highlight=hands-on')));
    const doc = frame.contentDocument!;
    expect(frame.contentWindow!.matchMedia('(scripting: none)').matches).to.equal(true);
    const widget = doc.querySelector('usce-compare')!;
    expect(widget.shadowRoot, 'the declarative shadow root').to.not.equal(null);
    // Nothing that looks like a button and needs a script to work.
    const buttons = deepAll(doc, 'button').filter((b) => b.checkVisibility());
    expect(buttons.map((b) => text(b))).to.deep.equal([]);
    // Nor the quiz's place, which only a script could fill.
    expect(deepAll(doc, '.quiz-placeholder').filter((el) => el.checkVisibility())).to.deep.equal([]);

    const summaries = deepAll(doc, 'summary');
    expect(summaries.length).to.be.greaterThan(builtInContent.types.length);
    for (const summary of summaries) {
      expect(summary.checkVisibility(), text(summary)).to.equal(true);
      summary.click();
    }
    expect(deepAll(doc, 'details').filter((d) => !(d as HTMLDetailsElement).open)).to.deep.equal([]);

    const shown = (selector: string) =>
      deepAll(doc, selector)
        .filter((el) => el.checkVisibility())
        .map((el) => text(el));
    for (const type of builtInContent.types) {
      const card = deepAll(doc, `.card[data-type="${type.id}"]`)[0];
      const items = (kind: string) =>
        [...card.querySelectorAll<HTMLElement>(`ul.${kind} li`)].filter((li) => li.checkVisibility()).map(text);
      expect(items('pros'), `${type.id} pros`).to.deep.equal(type.pros);
      expect(items('cons'), `${type.id} cons`).to.deep.equal(type.cons);
    }
    expect(shown('.topic .topic-title')).to.deep.equal(builtInContent.beforeYouApply.map((topic) => topic.title));
    expect(shown('.fact > p:first-child')).to.deep.equal(builtInContent.facts.map((fact) => fact.text));
    expect(shown('.notes-list dt')).to.deep.equal(
      builtInContent.attributes.filter((a) => a.description).map((a) => a.label),
    );

    // And closes them again.
    for (const summary of summaries) summary.click();
    expect(deepAll(doc, 'details').filter((d) => (d as HTMLDetailsElement).open)).to.deep.equal([]);
  });
});
