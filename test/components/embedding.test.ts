import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { builtInContent } from '../../src/content/content.js';
import type { UsceCompare } from '../../src/components/usce-compare/usce-compare.js';
import type { UsceQuiz } from '../../src/components/usce-quiz/usce-quiz.js';
import type { ContentErrorDetail, CtaClickDetail } from '../../src/events.js';
import { all, captureWarnings, noticeText, one, shadow, text, warningsOfEachTest } from '../helpers/dom.js';

const ui = builtInContent.ui;
const sectionOrder = (el: Element) =>
  [...shadow(el).querySelectorAll('usce-table, usce-cards, usce-quiz, [part="before-you-apply"], [part="facts"]')].map(
    (n) => (n.localName === 'div' ? n.getAttribute('part') : n.localName.replace('usce-', '')),
  );
const title = (el: Element) => text(shadow(el).querySelector('.title'));
const child = <K extends 'usce-table' | 'usce-cards' | 'usce-quiz'>(el: Element, tag: K) =>
  shadow(el).querySelector(tag) as HTMLElementTagNameMap[K];

/** Waits for the next usce-content-error from `el`, or fails after a while. */
function contentError(el: Element): Promise<ContentErrorDetail> {
  return oneEvent(el, 'usce-content-error').then((e) => (e as CustomEvent<ContentErrorDetail>).detail);
}

describe('embedding options', () => {
  const warnings = warningsOfEachTest();
  describe('sections', () => {
    it('shows every section by default, in the documented order', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
      expect(sectionOrder(el)).to.deep.equal(['table', 'cards', 'quiz', 'before-you-apply', 'facts']);
    });

    it('shows only the sections named, in that order', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare sections="quiz table"></usce-compare>`);
      expect(sectionOrder(el)).to.deep.equal(['quiz', 'table']);
      expect(text(one(el, '.caveat'))).to.equal(ui.caveat);
    });

    it('names an unknown section and still shows the rest', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare sections="cards faq"></usce-compare>`);
      expect(noticeText(el)).to.contain('"faq"');
      expect(warnings.join('\n')).to.contain('"faq" is not a valid value for sections');
      expect(noticeText(el)).to.contain('table, cards, quiz, before-you-apply, facts');
      expect(sectionOrder(el)).to.deep.equal(['cards']);
    });
  });

  describe('heading', () => {
    it('hides the heading for an empty value but keeps the widget labelled', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare heading=""></usce-compare>`);
      expect(all(el, '.title')).to.have.length(0);
      expect(one(el, 'section.widget').getAttribute('aria-label')).to.equal(ui.heading);
    });

    it('names a heading level outside 2 to 6 and falls back to 2', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare heading-level="9"></usce-compare>`);
      expect(one(el, '.title').localName).to.equal('h2');
      expect(noticeText(el)).to.contain('"9"');
      expect(warnings.join('\n')).to.contain('"9" is not a valid value for heading-level');
    });
  });

  describe('theme', () => {
    it('paints its own dark surface with theme="dark" and logs no warning', async () => {
      let el!: UsceCompare;
      const warnings = await captureWarnings(async () => {
        el = await fixture<UsceCompare>(html`<usce-compare theme="dark"></usce-compare>`);
      });
      expect(warnings).to.deep.equal([]);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 25, 29)');
      expect(getComputedStyle(one(el, '.title')).color).to.equal('rgb(236, 238, 241)');
      // Audited, on a light host, in theming.test.ts.
    });

    it('takes the page colours with theme="auto"', async () => {
      const wrapper = await fixture(
        html`<div style="color: rgb(10, 20, 30)"><usce-compare theme="auto"></usce-compare></div>`,
      );
      const el = wrapper.firstElementChild as UsceCompare;
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(one(el, '.title')).color).to.equal('rgb(10, 20, 30)');
    });

    it('lightens its accent on a dark page, unless the embedder set one', async () => {
      const wrapper = await fixture(
        html`<div style="background: rgb(21, 23, 26); color: rgb(230, 230, 230)">
          <usce-cards highlight="research"></usce-cards>
          <usce-cards highlight="research" style="--usce-accent: rgb(255, 0, 0)"></usce-cards>
        </div>`,
      );
      const [plain, branded] = [...wrapper.querySelectorAll('usce-cards')];
      // The page background is looked at in the next animation frame, then the cards update.
      await waitUntil(() => plain!.style.getPropertyValue('--_theme-accent') !== '', 'the dark page was never noticed');
      await Promise.all(
        [plain, branded].map((e) => (e as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
      );
      expect(getComputedStyle(one(plain, '.badge')).backgroundColor).to.equal('rgb(95, 211, 176)');
      expect(getComputedStyle(one(branded, '.badge')).backgroundColor).to.equal('rgb(255, 0, 0)');
      const light = await fixture(html`<usce-cards highlight="research"></usce-cards>`);
      expect(getComputedStyle(one(light, '.badge')).backgroundColor).to.equal('rgb(11, 110, 85)');
      expect(light.hasAttribute('style')).to.equal(false);
    });

    it('names an unknown theme and falls back to the page colours', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare theme="blue"></usce-compare>`);
      expect(noticeText(el)).to.contain('"blue"');
      expect(warnings.join('\n')).to.contain('"blue" is not a valid value for theme');
      expect(noticeText(el)).to.contain('auto, light, dark');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  });

  describe('call to action', () => {
    it('shows nothing by default', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
      const cards = child(el, 'usce-cards');
      await cards.updateComplete;
      expect(all(cards, 'a.cta')).to.have.length(0);
    });

    it('adds the link with campaign parameters to every card, marked noopener when external', async () => {
      const el = await fixture<UsceCompare>(
        html`<usce-compare
          cta-href="https://partner.example/apply"
          cta-label="Find a rotation"
          cta-params="utm_source=blog&amp;utm_campaign=usce"
        ></usce-compare>`,
      );
      const cards = child(el, 'usce-cards');
      await cards.updateComplete;
      const links = all<HTMLAnchorElement>(cards, 'a.cta');
      expect(links).to.have.length(4);
      expect(links[0].getAttribute('href')).to.equal('https://partner.example/apply?utm_source=blog&utm_campaign=usce');
      expect(text(links[0])).to.equal('Find a rotation');
      expect(links[0].rel).to.equal('noopener');
    });

    it('refuses a javascript: link, says so, and shows no link', async () => {
      const el = await fixture<UsceCompare>(
        html`<usce-compare cta-href="javascript:alert(1)" cta-label="Go"></usce-compare>`,
      );
      expect(noticeText(el)).to.contain('javascript:alert(1)');
      expect(warnings.join('\n')).to.contain('javascript:alert(1)');
      const cards = child(el, 'usce-cards');
      const quiz = child(el, 'usce-quiz');
      await Promise.all([cards.updateComplete, quiz.updateComplete]);
      expect(all(cards, 'a')).to.have.length(0);
      // Named once, for the whole widget.
      expect(noticeText(cards)).to.equal('');
      expect(noticeText(quiz)).to.equal('');
    });

    it('asks for both parts when only one is set', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare cta-label="Go"></usce-compare>`);
      expect(noticeText(el)).to.contain(ui.ctaIncomplete);
      expect(warnings.join('\n')).to.contain(ui.ctaIncomplete);
    });

    it('fires a cancelable usce-cta-click with the type and the link', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare cta-href="/apply" cta-label="Apply"></usce-compare>`);
      const cards = child(el, 'usce-cards');
      await cards.updateComplete;
      const link = one<HTMLAnchorElement>(cards, '.card[data-type="research"] a.cta');
      const heard = new Promise<CustomEvent<CtaClickDetail>>((resolve) =>
        document.addEventListener(
          'usce-cta-click',
          (e) => {
            e.preventDefault(); // the host page handles the navigation, so the test page stays put
            resolve(e as CustomEvent<CtaClickDetail>);
          },
          { once: true },
        ),
      );
      link.click();
      const event = await heard;
      expect(event.detail).to.deep.equal({ type: 'research', href: '/apply', placement: 'card' });
      expect(event.composed && event.bubbles && event.cancelable).to.equal(true);
      expect(location.pathname).not.to.equal('/apply');
    });

    it("uses a type's own call to action from the content over the attributes", async () => {
      const el = await fixture<UsceCompare>(
        html`<usce-compare cta-href="/general" cta-label="General"></usce-compare>`,
      );
      el.content = { types: [{ id: 'observership', cta: { label: 'Observerships near you', href: '/obs' } }] };
      await el.updateComplete;
      const cards = child(el, 'usce-cards');
      await cards.updateComplete;
      expect(text(one(cards, '.card[data-type="observership"] a.cta'))).to.equal('Observerships near you');
      expect(text(one(cards, '.card[data-type="virtual"] a.cta'))).to.equal('General');
    });
  });

  describe('content override', () => {
    it('merges a partial override set as a property, in any language', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
      el.content = { lang: 'es', ui: { heading: 'Compara' }, types: [{ id: 'virtual', name: 'Rotación virtual' }] };
      await el.updateComplete;
      expect(title(el)).to.equal('Compara');
      expect(one(el, 'section.widget').getAttribute('lang')).to.equal('es');
      const table = child(el, 'usce-table');
      await table.updateComplete;
      expect(text(one(table, 'th[data-type="virtual"]'))).to.equal('Rotación virtual');
      expect(text(one(table, 'th[data-type="research"]'))).to.equal('Research');
    });

    it('reads an inline JSON child, and follows edits to it', async () => {
      const el = await fixture<UsceCompare>(
        html`<usce-compare>
          <script type="application/json">
            { "ui": { "heading": "From inline JSON" } }
          </script>
        </usce-compare>`,
      );
      expect(title(el)).to.equal('From inline JSON');
      el.querySelector('script')!.textContent = '{ "ui": { "heading": "Edited later" } }';
      await waitUntil(() => title(el) === 'Edited later');
    });

    it('shows the problems, keeps the built-in content and fires usce-content-error for invalid JSON', async () => {
      const el = document.createElement('usce-compare');
      el.innerHTML = '<script type="application/json">{ "ui": { "heading": </script>';
      const heard = contentError(el);
      document.body.append(el);
      const detail = await heard;
      await el.updateComplete;
      expect(detail.source).to.equal('inline');
      expect(detail.problems[0].message).to.match(/^is not valid JSON/);
      expect(title(el)).to.equal(ui.heading);
      expect(noticeText(el)).to.contain('not valid JSON');
      expect(warnings.join('\n')).to.contain('content from inline was not used');
      el.remove();
    });

    it('lists the first problems of a wrong-shaped override with their paths, and all of them in the event', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
      const heard = contentError(el);
      el.content = {
        ui: { heading: 5, intro: '', caveat: [] },
        types: [{ id: 'virtual', pros: [1, 2, 3], cons: 'none' }],
        facts: [{ id: 'x' }],
      };
      const detail = await heard;
      await el.updateComplete;
      expect(detail.problems.length).to.be.greaterThan(5);
      expect(noticeText(el)).to.contain('ui.heading: must be a non-empty string');
      expect(noticeText(el)).to.contain(`${detail.problems.length - 5} more`);
      expect(warnings.join('\n')).to.contain('ui.heading: must be a non-empty string');
      expect(title(el)).to.equal(ui.heading);
    });

    it('renders HTML in content strings as text, never as markup', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
      const payload = '<img src=x onerror="window.__pwned = true"><script>window.__pwned = true</script>';
      el.content = { ui: { heading: payload }, types: [{ id: 'research', name: payload, pros: [payload] }] };
      await el.updateComplete;
      const cards = child(el, 'usce-cards');
      await cards.updateComplete;
      expect(title(el)).to.equal(payload);
      expect(all(el, 'img')).to.have.length(0);
      expect(all(cards, 'img, script')).to.have.length(0);
      expect(text(one(cards, '.card[data-type="research"] .pros li'))).to.equal(payload);
      expect((window as unknown as Record<string, unknown>)['__pwned']).to.equal(undefined);
    });

    it('refuses javascript: links in the content', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
      const heard = contentError(el);
      el.content = { facts: [{ id: 'observer-visa', source: { url: 'javascript:alert(1)' } }] };
      const detail = await heard;
      await el.updateComplete;
      const at = builtInContent.facts.findIndex((f) => f.id === 'observer-visa');
      expect(detail.problems).to.deep.equal([{ path: `facts[${at}].source.url`, message: 'must be an http(s) URL' }]);
      expect(all<HTMLAnchorElement>(el, '.fact a').every((a) => a.href.startsWith('http'))).to.equal(true);
      expect(warnings.join('\n')).to.contain(`facts[${at}].source.url`);
    });

    it('loads content-src, showing the fallback text while it loads', async () => {
      const el = document.createElement('usce-compare');
      el.innerHTML = '<p id="fallback">Compare the kinds of US clinical experience.</p>';
      el.setAttribute('content-src', '/test/fixtures/content-es.json');
      document.body.append(el);
      await (el as UsceCompare).updateComplete;
      await waitUntil(() => title(el) !== '', 'content-src never arrived', { timeout: 5000 });
      expect(title(el)).to.equal('¿Qué tipo de experiencia clínica en EE. UU. te conviene?');
      const cards = child(el, 'usce-cards');
      await cards.updateComplete;
      expect(text(one(cards, '.card[data-type="virtual"] a.cta'))).to.equal('Ver rotaciones virtuales');
      el.remove();
    });

    for (const [name, url, expected] of [
      ['a 404', '/test/fixtures/nothing-here.json', 'HTTP 404'],
      ['broken JSON', '/test/fixtures/content-broken.json', 'not valid JSON'],
      ['a closed port', 'http://127.0.0.1:9/content.json', 'network error'],
    ] as const) {
      it(`keeps the built-in content and reports ${name} from content-src`, async () => {
        const el = document.createElement('usce-compare') as UsceCompare;
        el.contentSrc = url;
        const heard = contentError(el);
        document.body.append(el);
        const detail = await heard;
        await el.updateComplete;
        expect(detail.source).to.equal('url');
        expect(detail.url).to.equal(url);
        expect(detail.problems[0].message).to.contain(expected);
        expect(title(el)).to.equal(ui.heading);
        expect(noticeText(el)).to.contain(url);
        expect(warnings.join('\n')).to.contain(`content from url (${url}) was not used`);
        el.remove();
      });
    }

    it('reports invalid content from content-src with its paths', async () => {
      const el = document.createElement('usce-compare') as UsceCompare;
      el.contentSrc = '/test/fixtures/content-bad.json';
      const heard = contentError(el);
      document.body.append(el);
      const detail = await heard;
      expect(detail.problems.map((p) => p.path)).to.deep.equal(['ui.heading', 'types[3].pros']);
      expect(warnings.join('\n')).to.contain('content from url (/test/fixtures/content-bad.json) was not used');
      el.remove();
    });

    it('gives up on a slow content-src after content-timeout', async () => {
      // The test server holds this response until the test releases it.
      const name = `content-${Date.now()}.json`;
      const el = document.createElement('usce-compare') as UsceCompare;
      el.contentSrc = `/__held__/${name}`;
      el.contentTimeout = 200;
      const heard = contentError(el);
      document.body.append(el);
      try {
        const detail = await heard;
        expect(detail.problems[0].message).to.contain('no answer within 0.2 s');
        expect(warnings.join('\n')).to.contain(`content from url (/__held__/${name}) was not used`);
        await el.updateComplete;
        expect(title(el)).to.equal(ui.heading);
      } finally {
        await fetch(`/__release__/${name}`);
        el.remove();
      }
    });

    it('refuses a content-src that is not http(s) or relative, without fetching', async () => {
      const el = document.createElement('usce-compare') as UsceCompare;
      el.contentSrc = 'javascript:alert(1)';
      const heard = contentError(el);
      document.body.append(el);
      await heard;
      await el.updateComplete;
      expect(noticeText(el)).to.contain('javascript:alert(1)');
      expect(warnings.join('\n')).to.contain('javascript:alert(1)');
      el.remove();
    });

    it('lets the quiz alone take an override too', async () => {
      const el = await fixture<UsceQuiz>(
        html`<usce-quiz>
          <script type="application/json">
            { "quiz": { "ui": { "heading": "Haz el test" } } }
          </script>
        </usce-quiz>`,
      );
      expect(text(one(el, '.quiz-heading'))).to.equal('Haz el test');
    });
  });

  describe('in the page', () => {
    it('shows the author fallback before the elements are defined, and hides it once rendered', async () => {
      const el = await fixture(html`<usce-cards><p>Fallback text</p></usce-cards>`);
      // Defined and rendered: the light DOM paragraph is not in the rendered layout.
      const p = el.querySelector('p')!;
      expect(p.getBoundingClientRect().height).to.equal(0);
      const undefinedEl = document.createElement('usce-not-yet');
      undefinedEl.innerHTML = '<p>Before the script</p>';
      document.body.append(undefinedEl);
      expect(undefinedEl.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      undefinedEl.remove();
    });

    it('keeps two instances with different settings apart', async () => {
      const wrapper = await fixture(
        html`<div>
          <usce-compare types="research" highlight="research" sections="table"></usce-compare>
          <usce-compare types="virtual hands-on" sections="cards" cta-href="/a" cta-label="A"></usce-compare>
        </div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('usce-compare')];
      await Promise.all([first, second].map((e) => (e as UsceCompare).updateComplete));
      const table = child(first, 'usce-table');
      const cards = child(second, 'usce-cards');
      await Promise.all([table.updateComplete, cards.updateComplete]);
      expect(sectionOrder(first)).to.deep.equal(['table']);
      expect(sectionOrder(second)).to.deep.equal(['cards']);
      expect(all(table, 'thead th[data-type]').map((th) => th.dataset.type)).to.deep.equal(['research']);
      expect(all(cards, '.card').map((c) => c.dataset.type)).to.deep.equal(['virtual', 'hands-on']);
      expect(all(cards, 'a.cta')).to.have.length(2);
    });

    it('mirrors for a right-to-left ancestor', async () => {
      const wrapper = await fixture(
        html`<div dir="rtl" lang="ar" style="width: 600px"><usce-compare sections="table"></usce-compare></div>`,
      );
      const el = wrapper.firstElementChild as UsceCompare;
      await el.updateComplete;
      const table = child(el, 'usce-table');
      await table.updateComplete;
      const frame = one(table, '.frame');
      const rowHeader = one(table, 'tbody th');
      expect(getComputedStyle(rowHeader).direction).to.equal('rtl');
      // The sticky label column sits at the right edge of the frame.
      expect(Math.round(rowHeader.getBoundingClientRect().right)).to.be.closeTo(
        Math.round(frame.getBoundingClientRect().right) - 1,
        2,
      );
    });

    it('follows attribute changes after it rendered', async () => {
      const el = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
      el.setAttribute('sections', 'facts');
      el.setAttribute('heading', 'Changed');
      await el.updateComplete;
      expect(sectionOrder(el)).to.deep.equal(['facts']);
      expect(title(el)).to.equal('Changed');
      el.removeAttribute('heading');
      await el.updateComplete;
      expect(title(el)).to.equal(ui.heading);
    });

    it('renders an element inserted late, with attributes set before insertion', async () => {
      const host = await fixture(html`<div></div>`);
      const el = document.createElement('usce-compare');
      el.setAttribute('sections', 'cards');
      el.setAttribute('types', 'virtual');
      host.append(el);
      await (el as UsceCompare).updateComplete;
      const cards = child(el, 'usce-cards');
      await cards.updateComplete;
      expect(all(cards, '.card').map((c) => c.dataset.type)).to.deep.equal(['virtual']);
    });

    it('neither moves focus nor scrolls the page when it loads', async () => {
      const spacer = await fixture<HTMLDivElement>(html`<div style="height: 3000px"></div>`);
      window.scrollTo(0, 0);
      const focused = document.activeElement;
      const el = document.createElement('usce-compare');
      el.setAttribute('share', '');
      spacer.append(el);
      await (el as UsceCompare).updateComplete;
      await child(el, 'usce-quiz').updateComplete;
      expect(window.scrollY).to.equal(0);
      expect(document.activeElement).to.equal(focused);
    });
  });
});
