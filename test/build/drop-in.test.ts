import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { builtInContent } from '../../src/content/content.js';
import { all, shadow, text } from '../helpers/dom.js';

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

  it('keeps what a page script set on an element before the file registered it', async () => {
    // The file registers the elements a task after it runs; a script right after it may be quicker.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><body>
      <usce-compare sections="table"><p>Fallback</p></usce-compare>
      <script src="${location.origin}${DROP_IN}"></script>
      <script>
        const el = document.querySelector('usce-compare');
        el.heading = 'Set by the page';
        el.content = { ui: { tableHeading: 'Side by side' } };
      </script>
    </body>`;
    document.body.append(frame);
    try {
      const el = () => frame.contentDocument?.querySelector('usce-compare');
      await waitUntil(() => el()?.shadowRoot?.querySelector('.section-title'), 'the widget never rendered', {
        timeout: 5000,
      });
      expect(text(shadow(el()!).querySelector('.title'))).to.equal('Set by the page');
      expect(text(shadow(el()!).querySelector('.section-title'))).to.equal('Side by side');
    } finally {
      frame.remove();
    }
  });

  it('can be loaded again, as a module this time, without an error', async () => {
    await loadScript({ type: 'module', hash: '#again' });
    const el = await fixture(html`<usce-cards></usce-cards>`);
    expect(all(el, '.card')).to.have.length(4);
    expect(errors).to.deep.equal([]);
  });

  it('renders every widget on a page whose IntersectionObserver is broken, with no error', async () => {
    // A page of its own, so the broken observer is in place before the file runs.
    const frame = document.createElement('iframe');
    const widgets = '<usce-compare sections="table"><p>Fallback</p></usce-compare>'.repeat(5);
    frame.srcdoc = `<!doctype html><body>
      <script>
        window.pageErrors = [];
        addEventListener('error', (event) => pageErrors.push(String(event.error ?? event.message)));
        addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
        window.IntersectionObserver = function () { throw new Error('IntersectionObserver is broken on this page'); };
      </script>
      ${widgets}
      <script src="${location.origin}${DROP_IN}"></script>
    </body>`;
    document.body.append(frame);
    try {
      const tables = () =>
        [...(frame.contentDocument?.querySelectorAll('usce-compare') ?? [])].filter((el) =>
          el.shadowRoot?.querySelector('usce-table'),
        ).length;
      await waitUntil(() => tables() === 5, 'not every widget rendered', { timeout: 5000 });
      const win = frame.contentWindow as Window & { pageErrors: string[] };
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('loads the validator beside it and uses a valid inline override', async () => {
    const el = document.createElement('usce-compare');
    el.setAttribute('sections', 'table');
    el.innerHTML = `<script type="application/json">${JSON.stringify({ ui: { heading: 'Vier Arten im Vergleich' } })}</script>`;
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('.title'), 'the widget never showed its heading');
      expect(text(shadow(el).querySelector('.title'))).to.equal('Vier Arten im Vergleich');
      expect(shadow(el).querySelector('.notice')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('shows the built-in content with a notice when the validator file is not hosted beside it', async () => {
    // `/__lone__/` serves the drop-in files and nothing else (see web-test-runner.config.js).
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><body>
      <script>
        window.pageErrors = [];
        window.contentErrors = [];
        addEventListener('error', (event) => pageErrors.push(String(event.error ?? event.message)));
        addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
        addEventListener('usce-content-error', (event) => contentErrors.push(event.detail));
      </script>
      <usce-compare sections="table"><script type="application/json">{"ui": {"heading": "Never shown"}}</script></usce-compare>
      <usce-compare sections="table"><p>No override here</p></usce-compare>
      <script src="${location.origin}/__lone__/usce-compare.js"></script>
    </body>`;
    document.body.append(frame);
    try {
      const win = () =>
        frame.contentWindow as Window & { pageErrors: string[]; contentErrors: { problems: { message: string }[] }[] };
      await waitUntil(() => win().contentErrors?.length === 1, 'no usce-content-error', { timeout: 5000 });
      const [overridden, plain] = [...frame.contentDocument!.querySelectorAll('usce-compare')];
      await waitUntil(
        () => overridden!.shadowRoot?.querySelector('.title') && plain!.shadowRoot?.querySelector('.title'),
      );
      expect(text(shadow(overridden!).querySelector('.title'))).to.equal(builtInContent.ui.heading);
      expect(text(shadow(overridden!).querySelector('.notice'))).to.contain(builtInContent.ui.contentError);
      expect(win().contentErrors[0]!.problems[0]!.message).to.match(
        /validator .*usce-validate-.*\.js could not be loaded/,
      );
      // The widget without an override never needed the validator.
      expect(plain!.shadowRoot!.querySelector('.notice')).to.equal(null);
      expect(win().pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('adds no global besides the custom elements', () => {
    expect(Object.keys(window).filter((key) => /usce/i.test(key))).to.deep.equal([]);
  });
});
