/**
 * The shipped file is the tested file: the built drop-in shows the same text
 * as the library's source in every section, folds open, word for word and
 * space for space. Template minifying once joined "Patient contact:" and
 * "How much…" in the drop-in only, where no other test could see it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { encodeAnswers } from '../../src/quiz/share.js';

const PAGE = '/test/build/pages/same-text.html';

/** Opens the page in a frame and waits until `ready` holds in it. */
async function open(query: string, hash: string, ready: (doc: Document) => boolean): Promise<Document> {
  const frame = document.createElement('iframe');
  // In view: browsers give frames out of view no animation frames, and the widget renders in turns.
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 960px; height: 900px; border: 0';
  frame.src = `${PAGE}?${query}${hash}`;
  document.body.append(frame);
  // The frame holds about:blank, already complete, until the page replaces it.
  const loaded = () => (frame.contentDocument?.location.pathname === PAGE ? frame.contentDocument : null);
  await waitUntil(() => loaded()?.readyState === 'complete', 'the page did not load', { timeout: 8000 });
  await waitUntil(() => ready(loaded()!), `nothing rendered for ${query}`, { timeout: 8000 });
  return loaded()!;
}

/** Every shadow root below `root`, depth first. */
function* roots(root: Document | ShadowRoot): Generator<Document | ShadowRoot> {
  yield root;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) yield* roots(el.shadowRoot);
}

/** Opens every fold: the accordion's buttons, "show more" buttons and <details>. */
async function openFolds(doc: Document): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    for (const root of roots(doc)) {
      for (const b of root.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) b.click();
      for (const d of root.querySelectorAll('details')) d.open = true;
    }
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
}

/**
 * The text a reader sees, read through shadow roots: rendered text nodes in
 * order, a line break at every element the browser lays out as a block, and
 * runs of white space as the browser collapses them. Two words joined in one
 * build and not in the other come out different.
 */
function seenText(node: Node, win: Window): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.nodeValue ?? '').replace(/\s+/g, ' ');
  // Checked by node type, not instanceof: the nodes live in the frame's realm.
  const isElement = node.nodeType === Node.ELEMENT_NODE;
  if (!isElement && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && node.nodeType !== Node.DOCUMENT_NODE) return '';
  let block = false;
  let children: Node[] = [...node.childNodes];
  if (isElement) {
    const el = node as Element;
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName)) return '';
    const style = win.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return '';
    block = !style.display.startsWith('inline') && style.display !== 'contents';
    if (el.shadowRoot) children = [...el.shadowRoot.childNodes];
    else if (el.tagName === 'SLOT') children = (el as HTMLSlotElement).assignedNodes({ flatten: true });
  }
  const inner = children.map((child) => seenText(child, win)).join('');
  return block ? `\n${inner}\n` : inner;
}

function normalise(text: string): string {
  return text
    .replace(/ +/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}

/** Opens the page for one build and waits for `tag` to render, folds open. */
async function render(build: 'dist' | 'src', query: string, hash = ''): Promise<Element> {
  const tag = new URLSearchParams(query).get('tag') ?? 'usce-compare';
  const doc = await open(`build=${build}&${query}`, hash, (d) => {
    const el = d.querySelector(tag);
    return Boolean(
      el?.shadowRoot && el.shadowRoot.childElementCount > 0 && normalise(seenText(el, d.defaultView!)).length > 40,
    );
  });
  const el = doc.querySelector(tag)!;
  if (tag === 'usce-compare') await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await openFolds(doc);
  return el;
}

const textOf = (el: Element) => normalise(seenText(el, el.ownerDocument.defaultView!));

/** A section of a rendered `<usce-compare>`: its element, found by part or by tag. */
function section(widget: Element, name: string): Element {
  const root = widget.shadowRoot!;
  const found = root.querySelector(`[part="${name}"]`) ?? root.querySelector(`usce-${name}`);
  expect(found, `no ${name} section`).to.not.equal(null);
  return found!;
}

describe('the drop-in shows the same text as the library', function () {
  this.timeout(40_000);
  // Each build renders once, every section in it; the tests compare a section each.
  let built: Element;
  let source: Element;
  before(async () => {
    built = await render('dist', '');
    source = await render('src', '');
  });
  after(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const name of ['table', 'cards', 'quiz', 'before-you-apply', 'facts']) {
    it(`in the ${name} section`, () => {
      const expected = textOf(section(source, name));
      expect(textOf(section(built, name))).to.equal(expected);
      expect(expected.length).to.be.greaterThan(40);
    });
  }

  it('in the table\'s "What each point means" list, term and description apart', () => {
    expect(textOf(section(built, 'table'))).to.match(/Patient contact How much/);
  });

  it('in a quiz result, with its plan and warnings', async () => {
    const code = encodeAnswers(builtInQuiz, [
      { questionId: 'stage', optionId: 'graduate' },
      { questionId: 'status', optionId: 'visitor-visa' },
      { questionId: 'time', optionId: 'weeks' },
      { questionId: 'timing', optionId: 'this-cycle' },
    ]);
    const query = 'tag=usce-quiz&share=';
    const hash = `#usce-quiz=${code}`;
    const [fromBuild, fromSource] = [
      textOf(await render('dist', query, hash)),
      textOf(await render('src', query, hash)),
    ];
    expect(fromBuild).to.contain(builtInQuiz.ui.warnings);
    expect(fromBuild).to.equal(fromSource);
  });
});
