// The snippet's script line, an inline loader: the drop-in file is asked
// for only after the page has painted, once however many snippets a page
// holds, and not at all when the elements are already defined. Each page is
// a frame (srcdoc), loaded fresh, as a reader's browser loads an article.
import { expect, waitUntil } from '@open-wc/testing';

async function snippet(query: string): Promise<string> {
  const response = await fetch(`/__snippet__?${query}`);
  const body = await response.text();
  if (!response.ok) throw new Error(`the snippet command failed: ${body}`);
  return body;
}

/** An article page in a frame; `before` goes at the top of its body. */
async function article(body: string, before = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  // The first frame's time, taken by the page itself before anything else runs.
  const firstFrame = `<script>requestAnimationFrame(function(){window.firstFrame=performance.now()})</script>`;
  frame.srcdoc = `<!doctype html><html lang="en"><body>${firstFrame}${before}
    <h1>An article</h1><p>Its first paragraph, painted before the widget's script is asked for.</p>
    ${body}</body></html>`;
  document.body.append(frame);
  return frame;
}

const view = (frame: HTMLIFrameElement) => frame.contentWindow as Window & typeof globalThis & { firstFrame?: number };
const requests = (frame: HTMLIFrameElement) =>
  view(frame)
    .performance.getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname === '/dist/usce-compare.js');
const scripts = (frame: HTMLIFrameElement) =>
  [...frame.contentDocument!.querySelectorAll<HTMLScriptElement>('script[src]')].filter(
    (s) => new URL(s.src).pathname === '/dist/usce-compare.js',
  );

describe('the snippet loader', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const kind of ['plain', 'pre-rendered']) {
    it(`asks for the drop-in file only after the first paint, then the ${kind} widget works`, async () => {
      frame = await article(await snippet(kind === 'plain' ? 'plain' : 'highlight=research'));
      await waitUntil(() => view(frame!).customElements?.get('usce-compare'), 'the widget was never defined', {
        timeout: 10_000,
      });
      const [request] = requests(frame);
      const painted = view(frame).firstFrame;
      expect(painted, 'the page had a frame').to.be.a('number');
      // Firefox's clock counts whole milliseconds here, so the two can be equal.
      expect(request.startTime, 'the request follows the first frame').to.be.at.least(painted!);
      const widget = frame.contentDocument!.querySelector('usce-compare')!;
      await waitUntil(() => widget.shadowRoot?.querySelector('usce-table'), 'the widget never rendered');
    });
  }

  it('adds the file once for several snippets on one page', async () => {
    const one = await snippet('plain');
    frame = await article(`${one}<p>Between the two.</p>${one}`);
    await waitUntil(() => view(frame!).customElements?.get('usce-compare'), 'the widget was never defined', {
      timeout: 10_000,
    });
    // Both loaders have had their turn: two frames after the definition.
    await new Promise((resolve) => view(frame!).requestAnimationFrame(() => view(frame!).setTimeout(resolve, 50)));
    // One script element for the two loaders. (Resource timing is not
    // counted here: Firefox, on a loaded machine, has listed one script's
    // fetch twice.)
    expect(scripts(frame)).to.have.length(1);
  });

  it('adds nothing when the page already loads the file itself', async () => {
    frame = await article(await snippet('plain'), '<script src="/dist/usce-compare.js"></script>');
    await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    await new Promise((resolve) => view(frame!).requestAnimationFrame(() => view(frame!).setTimeout(resolve, 100)));
    expect(view(frame).customElements.get('usce-compare')).to.not.equal(undefined);
    expect(scripts(frame)).to.have.length(1);
  });
});
