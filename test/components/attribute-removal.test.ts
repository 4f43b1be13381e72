import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { LitElement, PropertyDeclaration } from 'lit';
import { ELEMENTS } from '../../src/define.js';
import { builtInContent } from '../../src/content/content.js';
import { captureWarnings, noticeText, settle, shadow, text } from '../helpers/dom.js';

/** A valid value for each attribute, so that removing it changes something. */
const VALUES: Record<string, string> = {
  types: 'research virtual',
  highlight: 'research',
  sections: 'table cards quiz facts',
  heading: 'Our own heading',
  'heading-level': '3',
  theme: 'dark',
  'cta-href': 'https://partner.example/apply',
  'cta-label': 'Apply now',
  'cta-params': 'utm_source=test',
  'content-src': '/test/fixtures/content-es.json',
  'content-timeout': '5000',
  share: '',
  remember: '',
  linked: '',
};

/** The attributes an element observes, read from Lit's own list of its properties. */
function attributesOf(element: typeof LitElement): string[] {
  const names: string[] = [];
  for (const [name, options] of element.elementProperties as Map<PropertyKey, PropertyDeclaration>) {
    if (options.state || options.attribute === false) continue;
    names.push(typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase());
  }
  return names;
}

/** What a reader sees first in each element, built-in content or not. */
function somethingShown(el: Element): string {
  return text(shadow(el).querySelector('h2, h3, table, .cards, .quiz'));
}

describe('removing attributes', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);

  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    localStorage.clear();
  });

  for (const [tag, element] of Object.entries(ELEMENTS)) {
    const attributes = attributesOf(element);

    it(`<${tag}> has a test value for each of its attributes`, () => {
      expect(attributes).to.not.be.empty;
      for (const name of attributes) expect(VALUES, `a value for ${name}`).to.have.property(name);
    });

    for (const name of attributes) {
      it(`<${tag}> raises no error when ${name} is removed, and still renders`, async () => {
        // The element starts with every attribute set to a valid value.
        const el = document.createElement(tag) as LitElement;
        for (const attribute of attributes) el.setAttribute(attribute, VALUES[attribute] ?? '');
        const warnings = await captureWarnings(async () => {
          const host = await fixture<HTMLDivElement>('<div></div>');
          host.append(el);
          await waitUntil(() => somethingShown(el) !== '', 'never rendered with every attribute set', { interval: 5 });

          // The author removes one of them.
          el.removeAttribute(name);
          await settle(el);
          await waitUntil(() => somethingShown(el) !== '', `shows nothing once ${name} is removed`, { interval: 5 });
        });

        expect(errors).to.deep.equal([]);
        expect(el.hasAttribute(name)).to.equal(false);
        // Valid values and their removal are nothing to warn about, except
        // half a call to action, which the author is told to complete (in
        // the notice, and in one console warning per page).
        const incomplete = builtInContent.ui.ctaIncomplete;
        const halfCta = name === 'cta-href' || name === 'cta-label';
        expect(noticeText(el)).to.equal(halfCta ? `${builtInContent.ui.noticeHeading} ${incomplete}` : '');
        expect(warnings.filter((warning) => !warning.endsWith(`<${tag}> ${incomplete}`))).to.deep.equal([]);
      });
    }
  }

  it('shows the built-in content again once content-src is removed', async () => {
    const el = await fixture<LitElement>('<usce-quiz content-src="/test/fixtures/content-es.json"></usce-quiz>');
    await settle(el);
    el.removeAttribute('content-src');
    await settle(el);
    expect(text(shadow(el).querySelector('.quiz-heading'))).to.equal(builtInContent.quiz.ui.heading);
  });
});
