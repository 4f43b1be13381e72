import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { shadow, text } from '../helpers/dom.js';
import { finishQuiz as completeQuiz } from '../helpers/quiz-driver.js';

/**
 * The drop-in files under the strict policy a careful host page sends (the
 * test server adds it to every page under /test/robustness/csp/, see
 * web-test-runner.config.js). The pages are plain HTML with no inline
 * script or style: test/robustness/csp/listen.js records every violation
 * and every error into `window.violations` and `window.pageErrors`.
 */
const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

interface PageWindow extends Window {
  violations: Violation[];
  pageErrors: string[];
  trustedTypes?: unknown;
}

const open: HTMLIFrameElement[] = [];

/** Opens `path` in a same-origin iframe and resolves once it (and its deferred scripts) loaded. */
async function openPage(path: string): Promise<{ win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px; border: 0';
  const loaded = oneEvent(frame, 'load');
  frame.src = path;
  document.body.append(frame);
  open.push(frame);
  await loaded;
  return { win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

/** The element's own shadow content, rendered and settled. */
async function rendered<T extends LitElement>(el: Element | null | undefined): Promise<T> {
  expect(el, 'element missing').to.exist;
  await waitUntil(() => el!.shadowRoot, `<${el!.localName}> was never upgraded`);
  await (el as T).updateComplete;
  return el as T;
}

/** Creates a late element in the page with the page's own document, as its scripts would. */
async function addLate<T extends LitElement>(
  doc: Document,
  tag: string,
  attrs: Record<string, string> = {},
): Promise<T> {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  doc.body.append(el);
  return rendered<T>(el);
}

function expectClean(win: PageWindow): void {
  expect(win.violations, 'CSP violations').to.deep.equal([]);
  expect(win.pageErrors, 'errors in the page').to.deep.equal([]);
}

describe('under a strict Content Security Policy with Trusted Types', () => {
  afterEach(() => {
    for (const frame of open.splice(0)) frame.remove();
    localStorage.clear();
  });

  it('serves the test pages with the policy', async () => {
    const response = await fetch('/test/robustness/csp/compare.html');
    expect(response.headers.get('Content-Security-Policy')).to.equal(POLICY);
    const duplicates = await fetch('/test/robustness/csp/allow-duplicates/both.html');
    expect(duplicates.headers.get('Content-Security-Policy')).to.equal(`${POLICY} 'allow-duplicates'`);
  });

  it('enforces the policy in the page, so a clean run means something', async () => {
    const { win, doc } = await openPage('/test/robustness/csp/compare.html');
    // An inline style element is refused and reported.
    const style = doc.createElement('style');
    style.textContent = 'body { color: red }';
    const refused = oneEvent(doc, 'securitypolicyviolation');
    doc.head.append(style);
    expect(((await refused) as unknown as SecurityPolicyViolationEvent).effectiveDirective).to.match(/^style-src/);
    if (win.trustedTypes) {
      // A plain string into an HTML sink throws where Trusted Types are enforced.
      expect(() => {
        doc.createElement('div').innerHTML = '<b>x</b>';
      }).to.throw();
    }
  });

  it('renders and runs usce-compare.js (every element) with no violation', async () => {
    const { win, doc } = await openPage('/test/robustness/csp/compare.html');
    const compare = await rendered(doc.querySelector('usce-compare'));
    expect(text(shadow(compare).querySelector('.title'))).not.to.equal('');

    // The table, the cards and the quiz inside the comparison.
    const table = await rendered(shadow(compare).querySelector('usce-table'));
    expect(shadow(table).querySelectorAll('thead th[data-type]')).to.have.length(4);
    const cards = await rendered(shadow(compare).querySelector('usce-cards'));
    expect(shadow(cards).querySelectorAll('.card')).to.have.length(4);
    expect(shadow(compare).querySelectorAll('.facts li').length).to.be.greaterThan(0);
    const quiz = await rendered(shadow(compare).querySelector('usce-quiz'));
    expect(await completeQuiz(quiz)).not.to.equal('');
    expect(shadow(quiz).querySelector<HTMLInputElement>('.share input')!.value).to.contain('#usce-quiz=');

    // The elements on their own, from the page and created late.
    const standaloneTable = await rendered(doc.querySelector('usce-table'));
    expect(shadow(standaloneTable).querySelectorAll('th.featured')).to.have.length(1);
    const standaloneCards = await rendered(doc.querySelector('usce-cards'));
    expect(shadow(standaloneCards).querySelectorAll('a.cta')).to.have.length(4);
    const standaloneQuiz = await rendered(doc.querySelector('usce-quiz'));
    expect(await completeQuiz(standaloneQuiz)).not.to.equal('');
    const late = await addLate(doc, 'usce-table', { types: 'virtual research' });
    expect(shadow(late).querySelectorAll('thead th[data-type]')).to.have.length(2);
    // The table's detected page background reaches its frame without a style attribute.
    const lateFrame = shadow(late).querySelector('.frame')!;
    expect(getComputedStyle(lateFrame).getPropertyValue('--_page-bg').trim()).not.to.equal('');
    await addLate(doc, 'usce-cards', { types: 'virtual' });

    expectClean(win);
  });

  it('renders and runs usce-quiz.js alone with no violation', async () => {
    const { win, doc } = await openPage('/test/robustness/csp/quiz.html');
    const quiz = await rendered(doc.querySelector('usce-quiz'));
    expect(text(shadow(quiz).querySelector('.quiz-heading'))).not.to.equal('');
    expect(await completeQuiz(quiz)).not.to.equal('');
    expect(shadow(quiz).querySelector('a.cta')).to.exist;
    const late = await addLate(doc, 'usce-quiz', { 'heading-level': '3' });
    expect(shadow(late).querySelector('h3.quiz-heading')).to.exist;
    expect(win.customElements.get('usce-compare')).to.equal(undefined);
    expectClean(win);
  });

  it('runs usce-compare.js pasted twice, then usce-quiz.js, with no violation and no allow-duplicates', async () => {
    // The later copies find their elements defined and start nothing: no second lit-html policy.
    const { win, doc } = await openPage('/test/robustness/csp/twice.html');
    const compare = await rendered(doc.querySelector('usce-compare'));
    const table = await rendered(shadow(compare).querySelector('usce-table'));
    expect(shadow(table).querySelectorAll('thead th[data-type]')).to.have.length(4);
    const quiz = await rendered(doc.querySelector('usce-quiz'));
    expect(await completeQuiz(quiz)).not.to.equal('');
    expectClean(win);
  });

  it("runs both drop-in files on one page, one of them twice, with no violation given 'allow-duplicates'", async () => {
    // Each file bundles its own lit, and each copy creates a policy named lit-html.
    const { win, doc } = await openPage('/test/robustness/csp/allow-duplicates/both.html');
    const compare = await rendered(doc.querySelector('usce-compare'));
    const table = await rendered(shadow(compare).querySelector('usce-table'));
    expect(shadow(table).querySelectorAll('thead th[data-type]')).to.have.length(4);
    const quiz = await rendered(doc.querySelector('usce-quiz'));
    expect(await completeQuiz(quiz)).not.to.equal('');
    expectClean(win);
  });
});
