import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { all, shadow } from '../helpers/dom.js';

// This page loads only the built file, as a blog would; `npm test` builds it first.
const DROP_IN = '/dist/usce-compare.js';

function loadScript(attrs: { type?: string; defer?: boolean; hash?: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (attrs.type) script.type = attrs.type;
    script.defer = attrs.defer ?? false;
    // A different fragment makes the browser run the file again rather than reuse it.
    script.src = `${DROP_IN}${attrs.hash ?? ''}`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${DROP_IN}; run npm run build`));
    document.head.append(script);
  });
}

describe('the drop-in file dist/usce-compare.js', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('upgrades a <usce-compare> already in the page and renders the table', async () => {
    // Placed by hand: fixture() would wait for an update an undefined element never makes.
    const el = document.createElement('usce-compare');
    document.body.append(el);
    expect(customElements.get('usce-compare')).to.equal(undefined);
    await loadScript({ defer: true });
    await waitUntil(() => el.shadowRoot?.querySelector('usce-table')?.shadowRoot?.querySelector('table'));
    const table = shadow(el).querySelector('usce-table')!;
    expect(all(table, 'thead th[data-type]')).to.have.length(4);
    expect(all(table, 'tbody th[scope="row"]').length).to.be.greaterThan(5);
  });

  it('can be loaded again, as a module this time, without an error', async () => {
    await loadScript({ type: 'module', hash: '#again' });
    const el = await fixture(html`<usce-cards></usce-cards>`);
    expect(all(el, '.card')).to.have.length(4);
    expect(errors).to.deep.equal([]);
  });

  it('adds no global besides the custom elements', () => {
    expect(Object.keys(window).filter((key) => /usce/i.test(key))).to.deep.equal([]);
  });
});
