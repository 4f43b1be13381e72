// The demo's embed configurator, driven as an author would: its form, its
// previews and the snippet it prints, which must have the format the
// `usce-compare snippet` command prints.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { scriptOf } from '../tools/script-line.js';
import { builtInContent } from '../../src/content/content.js';

let main: HTMLElement;
const snippet = () => main.querySelector<HTMLTextAreaElement>('#snippet')!.value;

before(async () => {
  // The page's own markup, then its script, as the browser would load them.
  const page = await (await fetch('/demo/configurator.html')).text();
  const parsed = new DOMParser().parseFromString(page, 'text/html');
  main = document.createElement('main');
  main.innerHTML = parsed.querySelector('main')!.innerHTML;
  // The release the page describes, filled in by the server from dist/.
  main.append(parsed.getElementById('usce-release')!);
  document.body.append(main);
  await import('../../demo/configurator.js');
  await waitUntil(() => snippet().includes('shadowrootmode'), 'the pre-rendered snippet never appeared', {
    timeout: 8000,
  });
});

after(() => main.remove());

/** The integrity a browser checks a file against: SHA-384 of its bytes as served, in base64. */
async function integrityOf(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** Waits for the snippet to change after an edit to the form. */
async function changed(from: string): Promise<string> {
  await waitUntil(() => snippet() !== from, 'the snippet did not follow the form', { timeout: 8000, interval: 5 });
  return snippet();
}

describe('the embed configurator', () => {
  it('prints the pre-rendered snippet in the format of the command', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    const cdn = `https://cdn.jsdelivr.net/npm/usce-compare@${version}/dist/usce-compare.js`;
    const bin = await (await fetch(`/__snippet__?src=${encodeURIComponent(cdn)}`)).text();
    const [style, script, element] = snippet().split('\n');
    const [binStyle, binScript, binElement] = bin.split('\n');
    expect(style).to.equal(binStyle);
    expect(script).to.equal(binScript);
    // Same marker (the same content), same declarative roots, same plain copy.
    const marker = (line: string) =>
      /^<usce-compare data-usce-prerender="([^"]+)"><template shadowrootmode="open"><style>/.exec(line)?.[1];
    expect(marker(element!)).to.be.a('string').and.equal(marker(binElement!));
    // The widget's, the table's and the cards': the quiz's place is the server's placeholder, written alike.
    expect(snippet().match(/shadowrootmode="open"/g)?.length).to.equal(3);
    const placeholder = (text: string) => /<div class="section quiz-placeholder".*?<\/div>/.exec(text)?.[0];
    expect(placeholder(snippet())).to.be.a('string').and.equal(placeholder(bin));
    expect(snippet().slice(snippet().lastIndexOf('</template>'))).to.equal(bin.slice(bin.lastIndexOf('</template>')));
    expect(main.querySelector('#snippet-size')!.textContent).to.match(/^\d+\.\d kB/);
  });

  it('loads this exact version from the CDN, checked against the built file', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    const integrity = await integrityOf('/dist/usce-compare.js');
    expect(scriptOf(snippet().split('\n')[1])).to.deep.equal({
      form: 'loader',
      src: `https://cdn.jsdelivr.net/npm/usce-compare@${version}/dist/usce-compare.js`,
      integrity,
    });
  });

  it('offers a plain script tag, same file and check, for pages that forbid inline scripts', async () => {
    const before = snippet();
    const loader = scriptOf(before.split('\n')[1])!;
    expect(loader.form).to.equal('loader');
    const box = main.querySelector<HTMLInputElement>('#script-tag')!;
    box.click();
    const text = await changed(before);
    expect(scriptOf(text.split('\n')[1])).to.deep.equal({ ...loader, form: 'tag' });
    box.click();
    await changed(text);
  });

  it("offers this site's copy and the author's own address, with the check on where it can work", async () => {
    let text = snippet();
    const integrity = await integrityOf('/dist/usce-compare.js');
    main.querySelector<HTMLInputElement>('#src-site')!.click();
    text = await changed(text);
    expect(scriptOf(text.split('\n')[1])).to.deep.equal({
      form: 'loader',
      src: `${location.origin}/dist/usce-compare.js`,
      integrity,
    });
    // Another host: unchecked by default, as with the command, and the author may ask for it.
    const src = main.querySelector<HTMLInputElement>('#src')!;
    src.value = 'https://static.example/js/usce-compare.js';
    src.dispatchEvent(new Event('input', { bubbles: true }));
    text = await changed(text);
    expect(scriptOf(text.split('\n')[1])).to.deep.equal({
      form: 'loader',
      src: 'https://static.example/js/usce-compare.js',
      integrity: '',
    });
    main.querySelector<HTMLInputElement>('#integrity')!.click();
    text = await changed(text);
    expect(scriptOf(text.split('\n')[1])?.integrity).to.equal(integrity);
    expect(main.querySelector('#integrity-hint')!.textContent).to.contain('Access-Control-Allow-Origin');
    // Back to the CDN for the tests that follow.
    main.querySelector<HTMLInputElement>('#src-cdn')!.click();
    await changed(text);
  });

  it('follows the form: types, featured kind and the plain snippet', async () => {
    let text = snippet();
    main.querySelector<HTMLInputElement>('input[name="types"][value="virtual"]')!.click();
    text = await changed(text);
    expect(text).to.contain('<usce-compare types="hands-on observership research"');
    for (const preview of main.querySelectorAll('usce-compare[data-preview]')) {
      expect(preview.getAttribute('types')).to.equal('hands-on observership research');
    }
    const highlight = main.querySelector<HTMLSelectElement>('#highlight')!;
    highlight.value = 'research';
    highlight.dispatchEvent(new Event('input', { bubbles: true }));
    text = await changed(text);
    expect(text).to.contain('highlight="research"');
    // One line for views that drop the pre-rendered part, or the plain copy when asked for.
    const light = (snippet: string) => snippet.slice(snippet.lastIndexOf('</template>'));
    expect(light(text)).to.not.contain('<table>');
    main.querySelector<HTMLInputElement>('#kind-plain-copy')!.click();
    text = await changed(text);
    expect(light(text)).to.contain(`<table><caption>${builtInContent.ui.tableCaption}</caption>`);
    main.querySelector<HTMLInputElement>('#kind-plain')!.click();
    text = await changed(text);
    expect(text).to.not.contain('<template');
    expect(text.split('\n')[2]).to.equal('<usce-compare types="hands-on observership research" highlight="research">');
  });

  it('names a call to action that is not a web address, and leaves it out', async () => {
    const href = main.querySelector<HTMLInputElement>('#cta-href')!;
    href.focus();
    await sendKeys({ type: 'javascript:alert(1)' });
    // Each keystroke updates the form: wait for the whole address, not the first letter's
    // note ("Add the link text too."), which a loaded machine can leave showing for a while.
    await waitUntil(() => href.value === 'javascript:alert(1)', 'the address was not typed');
    await waitUntil(
      () => main.querySelector('#cta-problem')!.textContent!.includes('http(s)'),
      'no note that the link must be http(s)',
    );
    expect(snippet()).to.not.contain('javascript:');
  });

  it('is usable with a keyboard and a screen reader', async () => {
    await expect(main).to.be.accessible();
    const copy = main.querySelector<HTMLButtonElement>('#copy')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => main.querySelector('#copy-status')!.textContent !== '');
    // Copied, or, without clipboard access, the text selected for the reader to copy.
    expect(main.querySelector('#copy-status')!.textContent).to.match(/Copied|Selected/);
  });
});
