// The pre-rendered snippet when the script arrives: the element takes its
// server-rendered shadow root over without a shift, a flash, a second table
// or lost focus, and then behaves as any widget does.
import { expect, nextFrame } from '@open-wc/testing';
import type { UsceCompare } from '../../src/components/usce-compare/usce-compare.js';
import { builtInContent } from '../../src/content/content.js';
import { captureWarnings, shadow, text } from '../helpers/dom.js';
import { fetchSnippet as snippet } from '../helpers/snippet.js';

function place(html: string): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  container.setHTMLUnsafe(html);
  // Engines differ on when elements inserted this way are upgraded (Firefox
  // waits); the parser of a page upgrades them as it goes.
  customElements.upgrade(container);
  return container;
}

/** The element focused deepest, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Boxes of the parts a reader sees, rounded to the pixel. */
function boxes(widget: Element): Record<string, number[]> {
  const root = shadow(widget);
  const parts: Record<string, Element | null | undefined> = {
    widget,
    heading: root.querySelector('.title'),
    table: root.querySelector('usce-table')?.shadowRoot?.querySelector('table'),
    cards: root.querySelector('usce-cards'),
    facts: root.querySelector('[part="facts"]'),
    caveat: root.querySelector('.caveat'),
  };
  return Object.fromEntries(
    Object.entries(parts).map(([name, el]) => {
      const r = el?.getBoundingClientRect();
      return [name, r ? [r.x, r.y, r.width, r.height].map(Math.round) : []];
    }),
  );
}

/** Layout shifts recorded from now on (Chromium reports them; elsewhere none are seen). */
function recordShifts(): { values: number[]; stop: () => void } {
  const values: number[] = [];
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) values.push((entry as PerformanceEntry & { value: number }).value);
    });
    observer.observe({ type: 'layout-shift' });
  } catch {
    // No layout-shift entries in this engine: the box comparison still holds.
  }
  return { values, stop: () => observer?.disconnect() };
}

async function define(): Promise<void> {
  await import('../../src/define.js');
}

describe('the pre-rendered snippet when the script arrives', () => {
  let container: HTMLElement;
  afterEach(() => container?.remove());

  it('is taken over with no layout shift, one table, and focus kept', async () => {
    container = place(
      await snippet('highlight=research&sections=table%20cards%20facts&heading=Compare%20them&plain-copy'),
    );
    const widget = container.querySelector<UsceCompare>('usce-compare')!;
    const oldTable = shadow(widget).querySelector('usce-table');
    // The reader has tabbed to a source link in the facts before the script came.
    // They had also opened a card, with no script: it stays open.
    const cardsRoot = () => shadow(shadow(widget).querySelector('usce-cards')!);
    cardsRoot().querySelector<HTMLDetailsElement>('.card[data-type="observership"] details')!.open = true;
    const link = shadow(widget).querySelector<HTMLAnchorElement>('.fact-source a')!;
    link.focus();
    expect(deepActive()).to.equal(link);
    await nextFrame();
    const before = boxes(widget);
    const shifts = recordShifts();

    // The take-over is staged: the live widget renders beside the server's
    // markup, hidden, a section per turn, while the server's markup shows.
    let sectionsBeside = 0;
    const watch = new MutationObserver(() => {
      const root = shadow(widget);
      if (root.querySelector('style') && root.querySelector('section.widget[hidden]'))
        sectionsBeside = Math.max(sectionsBeside, root.querySelectorAll('section.widget[hidden] > .section').length);
    });
    watch.observe(shadow(widget), { childList: true, subtree: true, attributes: true });
    await define();
    customElements.upgrade(container);
    await widget.updateComplete;
    await nextFrame();
    await nextFrame();
    shifts.stop();
    watch.disconnect();
    expect(sectionsBeside).to.be.above(0);

    const root = shadow(widget);
    // The server's markup is gone, replaced by one live render.
    expect(root.querySelector('usce-table')).to.not.equal(oldTable);
    expect(root.querySelectorAll('usce-table').length).to.equal(1);
    expect(root.querySelectorAll('style').length).to.equal(0);
    expect(boxes(widget)).to.deep.equal(before);
    const open = [...cardsRoot().querySelectorAll('.card-toggle[aria-expanded="true"]')];
    expect(open.map((toggle) => toggle.closest<HTMLElement>('.card')!.dataset.type)).to.deep.equal(['observership']);
    expect(shifts.values).to.deep.equal([]);
    // Focus is on the same link in the new render.
    const focused = deepActive() as HTMLAnchorElement;
    expect(focused).to.not.equal(link);
    expect(focused?.href).to.equal(link.href);
    expect(text(focused)).to.equal(text(link));
    // The attributes hold, and still drive the widget.
    expect(text(root.querySelector('.title'))).to.equal('Compare them');
    const table = shadow(root.querySelector('usce-table')!);
    expect(text(table.querySelector('th.featured .type-name'))).to.equal(
      builtInContent.types.find((t) => t.id === 'research')!.name,
    );
    expect(root.querySelector('usce-quiz')).to.equal(null);
    widget.setAttribute('highlight', 'virtual');
    await widget.updateComplete;
    await (root.querySelector('usce-table') as unknown as UsceCompare).updateComplete;
    expect(text(table.querySelector('th.featured .type-name'))).to.equal(
      builtInContent.types.find((t) => t.id === 'virtual')!.name,
    );
    // The plain copy in the light DOM stays out of sight.
    expect(widget.querySelector('table')!.getClientRects().length).to.equal(0);
    await expect(widget).to.be.accessible();
  });

  it('renders the whole widget at once, the quiz included, when the script is already there', async () => {
    await define();
    container = place(await snippet());
    const widget = container.querySelector<UsceCompare>('usce-compare')!;
    await widget.updateComplete;
    const root = shadow(widget);
    expect(root.querySelectorAll('style').length).to.equal(0);
    expect(root.querySelectorAll('usce-table, usce-cards, usce-quiz').length).to.equal(3);
    expect(root.querySelector('.pending')).to.equal(null);
  });

  it("holds about the quiz's height in its place, and keeps what the reader sees still when the quiz comes", async () => {
    container = place(`${await snippet()}<p id="after">The article goes on.</p><div style="height: 150vh"></div>`);
    // At this width the place is taller than the quiz (by about 4em, the most between 288 and 680 px).
    container.style.cssText = 'width: 382px; font: 19px/1.5 Georgia, serif';
    const widget = container.querySelector<UsceCompare>('usce-compare')!;
    const holder = shadow(widget).querySelector('.quiz-placeholder')!.getBoundingClientRect();
    // The reader has scrolled past the widget to the article's next paragraph. Chromium's and
    // Firefox's own scroll anchoring is off, as Safari has none: the widget alone keeps it still.
    document.documentElement.style.overflowAnchor = 'none';
    const after = container.querySelector('#after')!;
    after.scrollIntoView({ block: 'center' });
    const seen = after.getBoundingClientRect().top;
    await define();
    customElements.upgrade(container);
    await widget.updateComplete;
    await nextFrame();
    const quiz = shadow(widget).querySelector('usce-quiz')!.getBoundingClientRect();
    expect(quiz.height).to.be.within(holder.height * 0.8, holder.height * 1.25);
    expect(after.getBoundingClientRect().top).to.be.closeTo(seen, 1);
    document.documentElement.style.overflowAnchor = '';
    window.scrollTo(0, 0);
  });

  it('takes over snippets far down the page too, when the browser is idle', async () => {
    await define();
    const far = `<div style="height: 5000px"></div>${await snippet('sections=table%20facts')}${await snippet('sections=cards')}`;
    container = place(far);
    const widgets = [...container.querySelectorAll<UsceCompare>('usce-compare')];
    expect(widgets[0]!.getBoundingClientRect().top).to.be.above(window.innerHeight * 2);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    for (const widget of widgets) {
      expect(shadow(widget).querySelectorAll('style').length).to.equal(0);
      expect(shadow(widget).querySelectorAll('section.widget').length).to.equal(1);
      expect(shadow(widget).querySelector<HTMLElement>('section.widget')!.hidden).to.equal(false);
    }
  });

  it('replaces a snippet rendered from other content, with one warning', async () => {
    await define();
    const markup = (await snippet()).replace(/data-usce-prerender="[^"]*"/, 'data-usce-prerender="c1-older"');
    // An older release's wording, as an outdated snippet would carry.
    const outdated = markup.replace(builtInContent.ui.caveat, 'An outdated reminder.');
    let widget!: UsceCompare;
    const warnings = await captureWarnings(async () => {
      container = place(outdated);
      widget = container.querySelector<UsceCompare>('usce-compare')!;
      await widget.updateComplete;
    });
    const root = shadow(widget);
    expect(text(root.querySelector('.caveat'))).to.equal(builtInContent.ui.caveat);
    expect(root.querySelectorAll('usce-table').length).to.equal(1);
    expect(warnings.filter((w) => w.includes('pre-rendered from other content')).length).to.equal(1);
  });

  it('shows the content override the snippet carries, before and after the script', async () => {
    container = place(await snippet('content=content-es.json'));
    const widget = container.querySelector<UsceCompare>('usce-compare')!;
    const title = () => text(shadow(widget).querySelector('.title'));
    const spanish = '¿Qué tipo de experiencia clínica en EE. UU. te conviene?';
    expect(title()).to.equal(spanish);
    await define();
    customElements.upgrade(container);
    await widget.updateComplete;
    expect(title()).to.equal(spanish);
    expect(shadow(widget).querySelectorAll('style').length).to.equal(0);
  });
});
