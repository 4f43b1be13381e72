import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { builtInContent } from '../../../src/content/content.js';
import type { UsceCompare } from '../../../src/components/usce-compare/usce-compare.js';
import {
  all,
  captureWarnings,
  clickToggle,
  isOpen,
  regionOf,
  noticeText,
  one,
  shadow,
  text,
} from '../../helpers/dom.js';

const child = (el: Element, tag: 'usce-table' | 'usce-cards') => shadow(el).querySelector(tag)!;

describe('<usce-compare>', () => {
  it('shows the heading, the table, the cards, the sourced facts and the caveat', async () => {
    const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
    expect(text(one(el, 'h2'))).to.equal(builtInContent.ui.heading);
    await child(el, 'usce-table').updateComplete;
    expect(all(child(el, 'usce-table'), 'thead th[data-type]')).to.have.length(4);
    expect(all(child(el, 'usce-cards'), '.card')).to.have.length(4);
    expect(text(one(el, '.caveat'))).to.equal(builtInContent.ui.caveat);
  });

  it('shows every fact with its source title, link and data year', async () => {
    const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
    const items = all(el, '.fact');
    expect(items).to.have.length(builtInContent.facts.length);
    builtInContent.facts.forEach((fact, i) => {
      const link = items[i].querySelector('a')!;
      expect(text(items[i])).to.contain(fact.text);
      expect(text(link)).to.equal(fact.source.title);
      expect(link.getAttribute('href')).to.equal(fact.source.url);
      const source = text(items[i].querySelector('.fact-source'));
      if (fact.year === 'undated') expect(source).to.contain(builtInContent.ui.undated);
      else expect(source).to.contain(fact.year);
    });
  });

  it('shows the first fact and folds the rest behind a disclosure that opens them', async () => {
    const el = await fixture<UsceCompare>(html`<usce-compare sections="facts"></usce-compare>`);
    const visible = () => all(el, '.fact').filter((li) => li.checkVisibility()).length;
    expect(visible()).to.equal(1);
    const toggle = one(el, '.more-facts .fold-toggle');
    expect(text(toggle)).to.equal(`Show ${builtInContent.facts.length - 1} more facts`);
    expect(isOpen(toggle)).to.equal(false);
    // Folded facts stay in the DOM, where find-in-page can reach them.
    expect(all(el, '.fact')).to.have.length(builtInContent.facts.length);
    await clickToggle(toggle, el);
    expect(isOpen(toggle)).to.equal(true);
    expect(visible()).to.equal(builtInContent.facts.length);
    await expect(el).to.be.accessible();
  });

  it('opens the folded facts when find-in-page finds text in them', async () => {
    const el = await fixture<UsceCompare>(html`<usce-compare sections="facts"></usce-compare>`);
    const toggle = one(el, '.more-facts .fold-toggle');
    const region = regionOf(toggle);
    expect(region.getAttribute('hidden')).to.equal('until-found');
    region.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(isOpen(toggle)).to.equal(true);
    expect(all(el, '.fact').filter((li) => li.checkVisibility())).to.have.length(builtInContent.facts.length);
  });

  it('shows a short list of facts whole', async () => {
    const el = await fixture<UsceCompare>(html`<usce-compare sections="facts"></usce-compare>`);
    el.content = { facts: builtInContent.facts.slice(0, 2).map((f) => ({ ...f, id: `${f.id}-copy` })) };
    await el.updateComplete;
    // An override adds facts by id; a partner with few facts of its own sees no fold for them alone.
    expect(all(el, '.fact').length).to.equal(builtInContent.facts.length + 2);
    expect(all(el, '.more-facts')).to.have.length(1);
  });

  it('labels dated facts as not current', async () => {
    const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
    const dated = builtInContent.facts.filter((f) => f.dated);
    expect(dated.length).to.be.greaterThan(0);
    const items = all(el, '.fact');
    for (const fact of dated) {
      const item = items[builtInContent.facts.indexOf(fact)];
      expect(text(item.querySelector('.fact-source'))).to.contain(
        builtInContent.ui.datedYear.replace('{year}', fact.year),
      );
    }
  });

  it('passes "types" and "highlight" to the table and the cards', async () => {
    const el = await fixture<UsceCompare>(
      html`<usce-compare types="research virtual" highlight="virtual"></usce-compare>`,
    );
    const table = child(el, 'usce-table');
    const cards = child(el, 'usce-cards');
    await Promise.all([table.updateComplete, cards.updateComplete]);
    expect(all(table, 'thead th[data-type]').map((th) => th.dataset.type)).to.deep.equal(['research', 'virtual']);
    expect(all(cards, '.card').map((c) => c.dataset.type)).to.deep.equal(['research', 'virtual']);
    expect(one(cards, '.card.featured').dataset.type).to.equal('virtual');
    expect(all(table, 'th.featured').map((th) => th.dataset.type)).to.deep.equal(['virtual']);
  });

  it('names unknown ids once, for the whole widget, and renders the rest', async () => {
    let el!: UsceCompare;
    const warnings = await captureWarnings(async () => {
      el = await fixture<UsceCompare>(html`<usce-compare types="hands-on bogus" highlight="zzz"></usce-compare>`);
    });
    expect(noticeText(el)).to.contain('"bogus"');
    expect(noticeText(el)).to.contain('"zzz"');
    const table = child(el, 'usce-table');
    const cards = child(el, 'usce-cards');
    await Promise.all([table.updateComplete, cards.updateComplete]);
    expect(noticeText(table)).to.equal('');
    expect(noticeText(cards)).to.equal('');
    expect(all(cards, '.card').map((c) => c.dataset.type)).to.deep.equal(['hands-on']);
    expect(warnings.filter((w) => w.includes('bogus'))).to.have.length(1);
  });

  it('logs no warning for valid attributes', async () => {
    const warnings = await captureWarnings(() =>
      fixture(html`<usce-compare types="hands-on research" highlight="research"></usce-compare>`),
    );
    expect(warnings).to.deep.equal([]);
  });

  it('takes its heading text and level from attributes, with sections one level below', async () => {
    const el = await fixture<UsceCompare>(
      html`<usce-compare heading="Compare your options" heading-level="3"></usce-compare>`,
    );
    expect(text(one(el, 'h3.title'))).to.equal('Compare your options');
    expect(all(el, 'h4.section-title').map(text)).to.include(builtInContent.ui.cardsHeading);
    const cards = child(el, 'usce-cards');
    await cards.updateComplete;
    expect(all(cards, '.card-title').every((h) => h.localName === 'h5')).to.equal(true);
  });

  it('inherits the host page font and text colour', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="color: rgb(230, 230, 230); background: rgb(20, 20, 20); font-family: Georgia, serif">
        <usce-compare></usce-compare>
      </div>`,
    );
    const el = wrapper.querySelector('usce-compare')!;
    await el.updateComplete;
    const title = one(el, 'h2');
    expect(getComputedStyle(title).color).to.equal('rgb(230, 230, 230)');
    expect(getComputedStyle(title).fontFamily).to.contain('Georgia');
    // Audited on a dark host in theming.test.ts.
  });

  describe('before you apply', () => {
    const topics = builtInContent.beforeYouApply;
    const shownTopics = (el: UsceCompare) => all(el, '.topic').filter((t) => t.checkVisibility());

    it('shows its heading, with every topic folded away until the reader opens it', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare sections="before-you-apply"></usce-compare>`);
      expect(text(one(el, '[part="before-you-apply"] .section-title'))).to.equal(builtInContent.ui.applyHeading);
      const toggle = one(el, '.apply .fold-toggle');
      expect(text(toggle)).to.equal(builtInContent.ui.applyShow);
      expect(isOpen(toggle)).to.equal(false);
      expect(shownTopics(el)).to.have.length(0);
      await clickToggle(toggle, el);
      expect(isOpen(toggle)).to.equal(true);
      expect(shownTopics(el)).to.have.length(topics.length);
      await expect(el).to.be.accessible();
    });

    it('shows each topic with its points, its sources and their years, or marks it as advice', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare sections="before-you-apply"></usce-compare>`);
      const items = all(el, '.topic');
      expect(items).to.have.length(topics.length);
      topics.forEach((topic, i) => {
        expect(text(items[i].querySelector('.topic-title'))).to.equal(topic.title);
        expect([...items[i].querySelectorAll('li')].map(text)).to.deep.equal(topic.points);
        const source = text(items[i].querySelector('.fact-source'));
        if (topic.sources.length === 0) expect(source).to.equal(builtInContent.ui.applyAdvice);
        const links = [...items[i].querySelectorAll('a')];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(topic.sources.map((s) => s.url));
        for (const s of topic.sources) {
          expect(source).to.contain(s.title);
          expect(source).to.contain(s.dated ? `As of ${s.year}; may have changed` : `Data: ${s.year}`);
        }
      });
    });

    it('carries the dated 2025–26 visa picture, with the State Department link and no country list', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare sections="before-you-apply"></usce-compare>`);
      const visas = all(el, '.topic').find((t) => text(t.querySelector('.topic-title')) === 'Visas in 2025–26')!;
      expect(text(visas))
        .to.contain('Since 1 January 2026')
        .and.contain('Pay nothing that cannot be refunded before your visa is issued')
        .and.contain('As of January 2026; may have changed');
      expect(text(visas)).to.not.match(/Nigeria|Iran|Haiti|Venezuela/);
      expect(visas.querySelector('a')?.getAttribute('href')).to.match(/^https:\/\/travel\.state\.gov\//);
    });

    it('puts the residency visa first, as its own hurdle, with the H-1B fee dated', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare sections="before-you-apply"></usce-compare>`);
      const topic = all(el, '.topic').find(
        (t) => text(t.querySelector('.topic-title')) === 'Your visa for residency comes first',
      )!;
      expect(text(topic)).to.contain('$100,000').and.contain('As of September 2025; may have changed');
    });

    it('comes between the quiz and the facts by default, and shows nothing when the content has no topics', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
      const parts = all(el, '[part]').map((n) => n.getAttribute('part'));
      expect(parts.indexOf('before-you-apply')).to.be.greaterThan(-1);
      expect(parts.indexOf('before-you-apply')).to.be.lessThan(parts.indexOf('facts'));
      el.content = { beforeYouApply: [] };
      await el.updateComplete;
      expect(all(el, '[part="before-you-apply"]')).to.have.length(0);
      expect(all(el, '.notice')).to.have.length(0);
    });
  });
});
