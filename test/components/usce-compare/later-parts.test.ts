// What <usce-compare> renders in turns of their own (later-parts.ts): the
// quiz's first question a turn after the quiz is added, and after the
// sections the bodies of the closed cards and the "before you apply" topics
// in their closed fold. So no turn does the work of two; whatever the reader
// opens in between shows at once.
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import type { UsceCards } from '../../../src/components/usce-cards/usce-cards.js';
import type { UsceCompare } from '../../../src/components/usce-compare/usce-compare.js';
import { builtInContent } from '../../../src/content/content.js';
import { all, one, regionOf, shadow } from '../../helpers/dom.js';

const TYPES = builtInContent.types;

/**
 * Adds a widget showing `sections` and calls `atFirst` in the same task as
 * the render that first shows `selector` in it, before any later turn.
 * Resolves once the widget is complete.
 */
async function watchFirst(sections: string, selector: string, atFirst: (el: UsceCompare) => Promise<void>) {
  const el = document.createElement('usce-compare') as UsceCompare;
  el.setAttribute('sections', sections);
  let first: Promise<void> | null = null;
  const watch = new MutationObserver(() => {
    if (!first && el.shadowRoot?.querySelector(selector)) first = atFirst(el);
  });
  document.body.append(el);
  watch.observe(el.shadowRoot!, { childList: true, subtree: true });
  await el.updateComplete;
  watch.disconnect();
  expect(first, `${selector} never appeared`).to.not.equal(null);
  await first;
  return el;
}

/** Settles in the task that first renders `selector` in `el`'s shadow root. */
function appears(el: Element, selector: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!el.shadowRoot!.querySelector(selector)) return;
      watch.disconnect();
      resolve();
    };
    const watch = new MutationObserver(check);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    check();
  });
}

/** The text of each card's body, by type id. */
function bodies(cards: UsceCards): Record<string, number> {
  return Object.fromEntries(
    all(cards, '.card').map((card) => [card.dataset['type'], card.querySelectorAll('.card-body li').length]),
  );
}

describe('<usce-compare> parts rendered a turn later', () => {
  afterEach(() => document.querySelectorAll('usce-compare').forEach((el) => el.remove()));

  it("renders the closed cards' titles first and their bodies a turn later, for find-in-page", async () => {
    const seen: Array<Record<string, number>> = [];
    const el = await watchFirst('cards', 'usce-cards', async (widget) => {
      const cards = shadow(widget).querySelector<UsceCards>('usce-cards')!;
      // Added in one turn, rendered in the next (later-parts.ts).
      await appears(cards, '.card');
      await cards.updateComplete;
      seen.push(bodies(cards));
    });
    const cards = shadow(el).querySelector<UsceCards>('usce-cards')!;
    await cards.updateComplete;
    // Every card's title at once, no body yet.
    expect(seen[0]).to.deep.equal(Object.fromEntries(TYPES.map((type) => [type.id, 0])));
    expect(all(cards, '.card-toggle')).to.have.length(TYPES.length);
    // Then every body, still closed: hidden until found.
    for (const type of TYPES) {
      const card = one(cards, `.card[data-type="${type.id}"]`);
      expect(card.querySelectorAll('.card-body li').length, type.id).to.equal(
        type.eligibility.length + type.pros.length + type.cons.length,
      );
      expect(card.querySelector('.card-body')!.getAttribute('hidden')).to.equal('until-found');
    }
  });

  it('shows a card the reader opens before the rest of the bodies have had their turn', async () => {
    const [type] = TYPES;
    const el = await watchFirst('cards', 'usce-cards', async (widget) => {
      const cards = shadow(widget).querySelector<UsceCards>('usce-cards')!;
      // Added in one turn, rendered in the next (later-parts.ts).
      await appears(cards, '.card');
      await cards.updateComplete;
      one(cards, `.card[data-type="${type!.id}"] .card-toggle`).click();
      await cards.updateComplete;
      const body = regionOf(one(cards, `.card[data-type="${type!.id}"] .card-toggle`));
      expect(body.hidden).to.equal(false);
      expect([...body.querySelectorAll('.pros li')].map((li) => li.textContent!.trim())).to.deep.equal(type!.pros);
      // The others are still waiting for their turn.
      expect(all(cards, '.card-body li').length).to.equal(body.querySelectorAll('li').length);
    });
    const cards = shadow(el).querySelector<UsceCards>('usce-cards')!;
    await cards.updateComplete;
    expect(all(cards, '.card-body:not([hidden])')).to.have.length(1);
  });

  it('adds the quiz in one turn and renders its first question in the next', async () => {
    const forms: number[] = [];
    const el = await watchFirst('quiz', 'usce-quiz', async (widget) => {
      const quiz = shadow(widget).querySelector('usce-quiz')!;
      await (quiz as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      forms.push(quiz.shadowRoot!.querySelectorAll('form').length);
    });
    const quiz = shadow(el).querySelector('usce-quiz')!;
    expect(forms).to.deep.equal([0]);
    expect(all(quiz, 'form input[type="radio"]').length).to.equal(builtInContent.quiz.questions[0]!.options.length);
  });

  it('renders the closed checklist a turn after its section, and at once when opened', async () => {
    const topics = builtInContent.beforeYouApply.length;
    const counts: number[] = [];
    const closed = await watchFirst('before-you-apply', '[part="before-you-apply"]', async (widget) => {
      counts.push(all(widget, '.apply .topic').length);
    });
    expect(counts).to.deep.equal([0]);
    expect(all(closed, '.apply .topic')).to.have.length(topics);
    expect(one(closed, '.apply .fold-body').getAttribute('hidden')).to.equal('until-found');

    const opened = await watchFirst('before-you-apply', '[part="before-you-apply"]', async (widget) => {
      one(widget, '.apply .fold-toggle').click();
      await widget.updateComplete;
      counts.push(all(widget, '.apply .topic').length);
    });
    expect(counts).to.deep.equal([0, topics]);
    expect(one(opened, '.apply .fold-body').hidden).to.equal(false);
  });
});
