// The article pages the benchmark loads: the same blog-like article holding
// N widgets (the drop-in snippet an author pastes) or N static HTML copies of
// what the widget shows (the baseline: what the author could paste instead).
//
// Both pages carry the same measuring scripts, so the only difference between
// them is the widget itself.

/**
 * The space reserved for a widget before its script runs, as the embed
 * snippet tells authors to write it. It is a fixed guess on purpose: a real
 * author's page cannot know the rendered height, and the layout shift that
 * follows from the guess being wrong is part of what the benchmark measures.
 */
export const RESERVE_CSS = 'usce-compare:not(:defined){display:block;min-height:40rem;margin-block:1.5rem}';

/** The embed snippet for one widget: the element with its no-script fallback text. */
export const WIDGET_SNIPPET = `<usce-compare highlight="hands-on">
  <p>
    Interactive comparison: hands-on rotations, observerships, research and virtual
    rotations for international medical graduates, with their pros and cons. If it does
    not load, you can <a href="#comparison">see the comparison as plain text</a>.
  </p>
</usce-compare>`;

// Plain article typography, the kind a blog theme ships. Kept small so the
// page's own cost stays a minor, equal share of both pages.
const ARTICLE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{background:#fdfcfa;color:#1f2328}
body{margin:0;font-family:Georgia,'DejaVu Serif',serif;font-size:1.125rem;line-height:1.7}
.site-header{padding:.75rem 1rem;background:#f3f1ec;border-bottom:1px solid #d9d6cf}
.site-header a{color:#1f2328;font-weight:700;text-decoration:none}
main{max-width:42rem;margin:0 auto;padding:1rem}
h1{font-size:2rem;line-height:1.2;margin:1rem 0}
a{color:#0b57a4}
table{border-collapse:collapse}
th,td{text-align:start;vertical-align:top;padding:.25rem .5rem;border:1px solid #d9d6cf}
.usce-static{display:block;margin-block:1.5rem;overflow-x:auto}
.site-footer{padding:1rem;border-top:1px solid #d9d6cf;font-size:.9rem}
`;

const LEAD_IN = [
  'Hands-on rotations, observerships, research and virtual rotations each give an international medical graduate something different.',
  'Programs weigh them differently, and the rules on who may take part differ too.',
  'The comparison below lays them out side by side, with hands-on experience highlighted.',
].join(' ');

const CLOSING =
  'Residency programs differ in what they accept, so check the requirements of each program you plan to apply to, and ask them when in doubt.';

// Runs first, in <head>: starts the observers before anything can paint or
// shift. `buffered: true` also picks up entries from before it ran.
const HEAD_PROBE = `<script>
(() => {
  const m = (window.__bench = { longTasks: [], shifts: [], painted: null, complete: null, error: null });
  // Settled by the tail probe either way, so the harness can wait on it without polling.
  m.done = new Promise((resolve) => (m.finish = resolve));
  const describe = (node) => {
    if (!node) return 'null';
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return node.nodeName;
    const host = el.getRootNode().host;
    const name = el.localName + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    return (host ? host.localName + ' >>> ' : '') + name;
  };
  const rect = (r) => r && [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) m.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // Shifts right after user input are expected and do not count.
        if (e.hadRecentInput) continue;
        m.shifts.push({
          start: e.startTime,
          value: e.value,
          sources: (e.sources || []).slice(0, 3).map((s) => ({ node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (error) {
    m.error = String(error);
  }
})();
</script>`;

// Runs last, at the end of <body>, so in the baseline page every static block
// is already in the DOM when it runs. Two moments are recorded:
// - painted: the first frame in which every block the reader sees on the
//   first screen shows its table has been painted. Which blocks are on screen
//   comes from an IntersectionObserver, so the probe forces no layout.
// - complete: every block has rendered everything (for widgets: each
//   element's updateComplete, which waits for the sections that render on
//   later turns), and the frame after that has been painted.
// A requestAnimationFrame callback runs just before a frame's style, layout
// and paint, and a message posted from it is delivered after them.
const TAIL_PROBE = `<script>
(async () => {
  const m = window.__bench;
  const tableOf = (block) =>
    block.shadowRoot?.querySelector('usce-table')?.shadowRoot?.querySelector('table') ??
    block.shadowRoot?.querySelector('table') ??
    // The static copy keeps only what is shown: on a phone, the point-by-point list instead of the table.
    block.querySelector('table, [part~="points"]');
  /** Resolves with the time the first frame in which ready() holds has been painted. */
  const paintedWhen = (ready) =>
    new Promise((resolve) => {
      const check = () => {
        if (!ready()) return requestAnimationFrame(check);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(check);
    });
  try {
    const blocks = [...document.querySelectorAll('[data-bench-block]')];
    // Pre-rendered widgets (declarative shadow DOM) show their tables from
    // the parser on: painted is the next frame, whatever runs after it.
    const prerendered = blocks.every((block) => block.shadowRoot && tableOf(block));
    const firstFrame = prerendered ? paintedWhen(() => true) : null;
    const onScreen = await new Promise((resolve) => {
      const observer = new IntersectionObserver((entries) => {
        observer.disconnect();
        resolve(entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target));
      });
      for (const block of blocks) observer.observe(block);
    });
    if (onScreen.length === 0) throw new Error('no block is on the first screen');
    m.painted = await (firstFrame ?? paintedWhen(() => onScreen.every(tableOf)));
    // A pre-rendered widget shows its table before its element is defined.
    for (const block of blocks) {
      if (block.localName.includes('-')) await customElements.whenDefined(block.localName);
      await block.updateComplete;
    }
    if (!blocks.every(tableOf)) throw new Error('a block never showed its table');
    m.complete = await paintedWhen(() => true);
  } catch (error) {
    m.error = String(error && error.stack || error);
  }
  m.finish();
})();
</script>`;

/**
 * The article with `count` blocks.
 * @param {{ count: number, kind: 'widget' | 'baseline' | 'prerendered', staticBlock?: string, script?: string,
 *   prerendered?: { block: string, head?: string } }} options
 *   staticBlock: the baseline's HTML for one block; script: URL of the drop-in file; prerendered: the
 *   pre-rendered snippet's HTML for one block (its root carries `data-bench-block`) and what its
 *   <head> needs (see test/bench/bench.js).
 */
export function articlePage({ count, kind, staticBlock = '', script = '/dist/usce-compare.js', prerendered }) {
  const widget = kind === 'widget';
  const block =
    kind === 'widget'
      ? WIDGET_SNIPPET.replace('<usce-compare ', '<usce-compare data-bench-block ')
      : kind === 'prerendered'
        ? prerendered.block
        : `<div class="usce-static" data-bench-block>${staticBlock}</div>`;
  const blocks = [];
  for (let i = 0; i < count; i++) {
    // A paragraph between widgets, as in an article that embeds several.
    if (i > 0) blocks.push(`<p>Section ${i + 1}. ${LEAD_IN}</p>`);
    blocks.push(block);
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Which kind of US clinical experience? (${kind}, ${count})</title>
<link rel="icon" href="data:,">
<style>${ARTICLE_CSS}${kind === 'prerendered' ? prerendered.css : widget ? RESERVE_CSS : ''}</style>
${HEAD_PROBE}
${widget ? `<script src="${script}" defer></script>` : ''}${kind === 'prerendered' ? (prerendered.head ?? '') : ''}
</head>
<body>
<header class="site-header"><a href="#">Match Notes</a></header>
<main>
<article>
<h1>Which kind of US clinical experience?</h1>
<p>${LEAD_IN}</p>
${blocks.join('\n')}
<p>${CLOSING}</p>
</article>
</main>
<footer class="site-footer"><p>General information only, not advice about your own application.</p></footer>
${TAIL_PROBE}
</body>
</html>
`;
}

/** A page that only loads the drop-in file: the memory test adds and removes widgets itself. */
export function emptyPage(script = '/dist/usce-compare.js') {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>memory</title><link rel="icon" href="data:,">
<style>${ARTICLE_CSS}</style>
<script src="${script}"></script>
</head>
<body><main></main></body>
</html>
`;
}

/**
 * Runs in the browser. Flattens a rendered widget into plain HTML: shadow
 * roots are walked as if their content were the element's children, custom
 * elements become <div>s, and only attributes that change meaning (links,
 * table header scope) are kept. Styles, comments, ids and ARIA references
 * are dropped, so the copy can be repeated N times on one page.
 * @param {Element} root
 * @returns {string}
 */
export function flattenInBrowser(root) {
  const KEEP = new Set(['href', 'rel', 'scope', 'colspan', 'rowspan', 'lang', 'dir', 'part']);
  const VOID = new Set(['br', 'hr', 'img', 'wbr']);
  const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');

  const children = (node) => {
    if (node.shadowRoot) return [...node.shadowRoot.childNodes];
    if (node.localName === 'slot') return node.assignedNodes({ flatten: true });
    return [...node.childNodes];
  };
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return escapeText(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const el = /** @type {Element} */ (node);
    if (el.localName === 'style' || el.localName === 'script') return '';
    if (getComputedStyle(el).display === 'none') return '';
    const inner = children(el).map(walk).join('');
    if (el === root || el.localName.includes('-')) return el === root ? inner : `<div>${inner}</div>`;
    const attrs = [...el.attributes]
      .filter((a) => KEEP.has(a.name))
      .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
      .join('');
    return VOID.has(el.localName) ? `<${el.localName}${attrs}>` : `<${el.localName}${attrs}>${inner}</${el.localName}>`;
  };
  return walk(root).replace(/\n\s*\n+/g, '\n');
}

// A blog theme's typography for the Lighthouse article: a 680 px column of
// 19 px serif text, as on a typical long-form blog. The static copy of the
// comparison gets the same table rules as the other pages' baseline.
const BLOG_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{background:#fffdf9;color:#222}
body{margin:0;font:19px/1.65 Georgia,'DejaVu Serif',serif}
.site-header{padding:.6rem 1.25rem;border-bottom:1px solid #e4e0d8;font:700 1rem/1.4 system-ui,sans-serif}
.site-header a{color:#222;text-decoration:none}
main{max-width:680px;margin:0 auto;padding:0 1.25rem 2rem}
h1{font-size:2rem;line-height:1.2;margin:1.5rem 0 .5rem}
.byline{margin:0 0 1.5rem;color:#5f5a52;font:.85rem/1.4 system-ui,sans-serif}
p{margin:0 0 1.1rem}
a{color:#0b57a4}
table{border-collapse:collapse}
th,td{text-align:start;vertical-align:top;padding:.25rem .5rem;border:1px solid #e4e0d8}
.usce-static{display:block;margin-block:1.5rem;overflow-x:auto}
.site-footer{padding:1rem 1.25rem;border-top:1px solid #e4e0d8;font-size:.85rem}
`;

// Before the comparison, the article's own text fills the first screen of a
// phone, so its first paragraph is the largest thing painted early: the
// element a real blog post's LCP is.
const BLOG_INTRO = [
  'Every year thousands of international medical graduates look for a few months of clinical experience in the United States before they apply to residency.' +
    ' The hard part is not finding an offer but telling the offers apart: a hands-on rotation, an observership, a research position and a virtual rotation' +
    ' can all be sold as "US clinical experience", yet programs read them very differently, and the rules on who may take part differ too.',
  'A hands-on rotation lets you examine patients and write notes under supervision, and it usually ends with a letter from a US physician who saw your work.' +
    ' An observership lets you follow a team, which says less about what you can do but is far easier to arrange.',
  'Research and virtual rotations sit apart: they are US experience, but not clinical in the sense most programs mean, and their worth depends on what you produce.',
  'The comparison below lays the four kinds out side by side, with hands-on experience highlighted.',
];

const BLOG_CLOSING = [
  'Whatever you choose, ask each program you plan to apply to what it accepts, and keep the letters and certificates you collect along the way.',
  'Residency programs differ in what they accept, so check the requirements of each one, and ask them when in doubt.',
];

/**
 * The article Lighthouse loads: a blog post with a heading and a few
 * paragraphs, then `block` pasted where the comparison goes (the static HTML
 * copy, the drop-in snippet or the pre-rendered snippet, each exactly as an
 * author pastes it), then the rest of the post. No measuring scripts: the
 * page carries only what a real post would.
 * @param {{ kind: string, block: string }} options kind names the copy in the title
 */
export function blogArticle({ kind, block }) {
  const paragraphs = (list) => list.map((text) => `<p>${text}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Which kind of US clinical experience? (${kind})</title>
<meta name="description" content="Hands-on rotations, observerships, research and virtual rotations compared for international medical graduates.">
<link rel="icon" href="data:,">
<style>${BLOG_CSS}</style>
</head>
<body>
<header class="site-header"><a href="#">Match Notes</a></header>
<main>
<article>
<h1>Which kind of US clinical experience should you look for?</h1>
<p class="byline">Match Notes · 9 min read</p>
${paragraphs(BLOG_INTRO)}
${block}
${paragraphs(BLOG_CLOSING)}
</article>
</main>
<footer class="site-footer"><p>General information only, not advice about your own application.</p></footer>
</body>
</html>
`;
}
