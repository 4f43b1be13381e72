import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../../src/define.js';
import { builtInContent } from '../../../src/content/content.js';
import type { TypeId } from '../../../src/content/types.js';
import type { UsceQuiz } from '../../../src/components/usce-quiz/usce-quiz.js';
import type { UsceCompare } from '../../../src/components/usce-compare/usce-compare.js';
import { encodeAnswers } from '../../../src/quiz/share.js';
import { score } from '../../../src/quiz/score.js';
import type { QuizAnswer } from '../../../src/content/quiz-types.js';
import { everyAnswerSet } from '../../helpers/quiz-combinations.js';
import { all, captureWarnings, deepActive, one, shadow, text } from '../../helpers/dom.js';

const quiz = builtInContent.quiz;
const ui = quiz.ui;
const typeIds = builtInContent.types.map((type) => type.id);
const nameOf = (id: string) => builtInContent.types.find((t) => t.id === id)!.name;

/** For each suggested type, the first answers that lead there. */
const answersFor = new Map<TypeId | null, QuizAnswer[]>();
for (const answers of everyAnswerSet(quiz)) {
  const key = score(quiz, answers).suggestion;
  if (!answersFor.has(key)) answersFor.set(key, answers);
  if (typeIds.every((id) => answersFor.has(id))) break;
}

function leadingTo(type: TypeId): QuizAnswer[] {
  const answers = answersFor.get(type);
  if (!answers) throw new Error(`no answers make the quiz suggest ${type}`);
  return answers;
}

/** Opens the page as a share link to the result of `answers`. */
function linkTo(answers: QuizAnswer[]): void {
  history.replaceState(null, '', `#usce-quiz=${encodeAnswers(quiz, answers)}`);
}

/** Whether the browser draws `el`: unassigned or hidden slotted elements have no boxes. */
const shown = (el: Element) => el.getClientRects().length > 0;

/** The partner's markup: an action per type (a link with its own rel and target) and a lead form. */
function partnerContent() {
  return html`${typeIds.map(
      (id) =>
        html`<a slot="action-${id}" data-type=${id} href="https://partner.example/${id}" rel="sponsored" target="_blank"
          >Book your ${id} with us</a
        >`,
    )}
    <form slot="after-result" action="https://partner.example/lead" method="post" aria-label="Ask an adviser">
      <label>Email <input type="email" name="email" /></label>
      <input type="hidden" name="top" data-usce-fill="top" />
      <input type="hidden" name="ranking" data-usce-fill="ranking" />
      <textarea name="answers" data-usce-fill="answers" aria-label="Answers code" readonly></textarea>
      <select name="interest" data-usce-fill="top" aria-label="Interest">
        <option value="">Choose</option>
        ${typeIds.map((id) => html`<option value=${id}>${id}</option>`)}
      </select>
      <button type="submit">Send</button>
    </form>`;
}

async function quizWithPartner(attrs: { share?: boolean } = { share: true }): Promise<UsceQuiz> {
  return fixture<UsceQuiz>(html`<usce-quiz ?share=${attrs.share}>${partnerContent()}</usce-quiz>`);
}

/** Answers the questions through the view, skipping those `answers` leave out. */
async function answerThrough(el: UsceQuiz, answers: QuizAnswer[]): Promise<void> {
  for (const question of quiz.questions) {
    const chosen = answers.find((a) => a.questionId === question.id);
    if (chosen) {
      all<HTMLInputElement>(el, 'input[type="radio"]')
        .find((r) => r.value === chosen.optionId)!
        .click();
      await el.updateComplete;
      one(el, 'button[type="submit"]').click();
    } else {
      all(el, 'button')
        .find((b) => text(b) === ui.skip)!
        .click();
    }
    await el.updateComplete;
  }
}

const field = (root: ParentNode, name: string) =>
  root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`)!;

function restartButton(el: UsceQuiz): HTMLButtonElement {
  return all<HTMLButtonElement>(el, 'button').find((b) => text(b) === ui.restart)!;
}

describe('partner slots on <usce-quiz>', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    localStorage.clear();
  });

  for (const type of typeIds) {
    it(`shows only the ${type} action, beside the suggestion, when ${type} comes first`, async () => {
      linkTo(leadingTo(type));
      const el = await quizWithPartner();
      expect(text(one(el, '.suggestion-name'))).to.equal(nameOf(type));
      for (const action of el.querySelectorAll('[slot^="action-"]')) {
        expect(shown(action), action.getAttribute('slot')!).to.equal(action.getAttribute('data-type') === type);
      }
      // It sits in the suggestion box, so a reader meets it right after the reasons.
      const slot = one<HTMLSlotElement>(el, '.suggestion slot');
      expect(slot.assignedElements().map((a) => a.getAttribute('data-type'))).to.deep.equal([type]);
      await expect(el).to.be.accessible();
    });
  }

  it('hides every partner element before the result and again after Restart', async () => {
    const el = await quizWithPartner();
    const partner = [...el.querySelectorAll('[slot]')];
    expect(partner.filter(shown)).to.deep.equal([]);

    await answerThrough(el, leadingTo('research'));
    expect(partner.filter(shown).map((p) => p.getAttribute('slot'))).to.deep.equal(['action-research', 'after-result']);

    restartButton(el).click();
    await el.updateComplete;
    expect(partner.filter(shown)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows after-result under a result with no suggestion, and no action then', async () => {
    // A partner's content where the first answer rules out every type: nothing is possible now.
    const ruleOutAll = typeIds.map((type) => ({
      kind: 'rule-out',
      type,
      reason: `No ${type} for now.`,
      unlockedBy: `Once ${type} opens up.`,
    }));
    const first = quiz.questions[0];
    const override = {
      quiz: { questions: [{ id: first.id, options: [{ id: first.options[0].id, effects: ruleOutAll }] }] },
    };
    const answers = quiz.questions.map((q) => ({ questionId: q.id, optionId: q.options[0].id }));
    linkTo(answers);
    const el = await fixture<UsceQuiz>(html`<usce-quiz share .content=${override}>${partnerContent()}</usce-quiz>`);
    expect(text(one(el, '.suggestion'))).to.equal(ui.noSuggestion);
    expect([...el.querySelectorAll('[slot]')].filter(shown).map((p) => p.getAttribute('slot'))).to.deep.equal([
      'after-result',
    ]);
    // The fields still get the ranking and the answers; there is no suggested type.
    expect(field(el, 'top').value).to.equal('');
    expect(field(el, 'ranking').value.split(',')).to.have.members(typeIds);
    expect(field(el, 'answers').value).to.equal(encodeAnswers(quiz, answers));
  });

  it('fills the marked fields on the result and empties them on Restart', async () => {
    const el = await quizWithPartner();
    const answers = leadingTo('observership');
    const expected = score(quiz, answers);
    await answerThrough(el, answers);

    expect(field(el, 'top').value).to.equal('observership');
    expect(field(el, 'interest').value).to.equal('observership');
    expect(field(el, 'ranking').value).to.equal(expected.ranking.map((r) => r.type).join(','));
    expect(field(el, 'answers').value).to.equal(encodeAnswers(quiz, answers));
    // The field the reader fills in is left alone.
    expect(field(el, 'email').value).to.equal('');

    restartButton(el).click();
    await el.updateComplete;
    for (const name of ['top', 'interest', 'ranking', 'answers']) expect(field(el, name).value, name).to.equal('');
  });

  it('gives the slots the same values as the usce-quiz-complete detail', async () => {
    const el = await quizWithPartner();
    const answers = leadingTo('virtual');
    const done = oneEvent(el, 'usce-quiz-complete');
    await answerThrough(el, answers);
    const { detail } = await done;
    expect(detail.top).to.equal('virtual');
    expect(detail.ranking.join(',')).to.equal(field(el, 'ranking').value);
    expect(detail.code).to.equal(field(el, 'answers').value);
    expect(detail.restored).to.equal(false);
  });

  it('leaves the partner markup exactly as written: same attributes, rel and target kept', async () => {
    const el = await quizWithPartner();
    const before = [...el.children].map((child) => child.outerHTML);
    await answerThrough(el, leadingTo('hands-on'));
    restartButton(el).click();
    await el.updateComplete;
    // Values are properties; the markup (and each link's rel and target) is untouched.
    expect([...el.children].map((child) => child.outerHTML)).to.deep.equal(before);
    const link = el.querySelector('[slot="action-hands-on"]')!;
    expect([link.getAttribute('rel'), link.getAttribute('target')]).to.deep.equal(['sponsored', '_blank']);
  });

  it('names an unknown data-usce-fill value once and leaves that field alone', async () => {
    let el!: UsceQuiz;
    const warnings = await captureWarnings(async () => {
      el = await fixture<UsceQuiz>(
        html`<usce-quiz
          ><input slot="after-result" aria-label="Kept" data-usce-fill="score" value="partner's own"
        /></usce-quiz>`,
      );
      await answerThrough(el, leadingTo('research'));
    });
    expect(el.querySelector('input')!.value).to.equal("partner's own");
    expect(warnings.filter((w) => w.includes('data-usce-fill="score"'))).to.have.length(1);
    expect(warnings.join(' ')).to.contain('top, ranking, answers');
  });

  it('fires usce-action-shown once, bubbling and composed, with the type and slot, when an action shows', async () => {
    const el = await quizWithPartner();
    const seen: Array<{ type: string; slot: string; restored: boolean; bubbles: boolean; composed: boolean }> = [];
    const record = (e: CustomEvent<{ type: string; slot: string; restored: boolean }>) =>
      seen.push({ ...e.detail, bubbles: e.bubbles, composed: e.composed });
    document.addEventListener('usce-action-shown', record);
    try {
      await answerThrough(el, leadingTo('research'));
      await el.updateComplete;
      expect(seen).to.deep.equal([
        { type: 'research', slot: 'action-research', restored: false, bubbles: true, composed: true },
      ]);

      // Again after Restart, for the new result.
      restartButton(el).click();
      await el.updateComplete;
      await answerThrough(el, leadingTo('virtual'));
      await el.updateComplete;
      expect(seen.map((s) => s.slot)).to.deep.equal(['action-research', 'action-virtual']);
    } finally {
      document.removeEventListener('usce-action-shown', record);
    }
  });

  it('does not fire usce-action-shown when the suggested type has no action', async () => {
    linkTo(leadingTo('research'));
    let fired = 0;
    const count = () => fired++;
    document.addEventListener('usce-action-shown', count);
    const el = await fixture<UsceQuiz>(
      html`<usce-quiz share><a slot="action-virtual" href="/virtual">Virtual</a></usce-quiz>`,
    );
    await el.updateComplete;
    document.removeEventListener('usce-action-shown', count);
    expect(fired).to.equal(0);
    expect(text(one(el, '.suggestion-name'))).to.equal(nameOf('research'));
  });

  it('fills a form added after the result shows', async () => {
    linkTo(leadingTo('hands-on'));
    const el = await fixture<UsceQuiz>(html`<usce-quiz share></usce-quiz>`);
    const late = document.createElement('input');
    late.type = 'hidden';
    late.slot = 'after-result';
    late.dataset.usceFill = 'top';
    el.append(late);
    await waitUntil(() => late.value === 'hands-on', 'the late field was never filled');
  });

  it('lets the keyboard reach the slotted action and form in reading order', async () => {
    linkTo(leadingTo('research'));
    const el = await quizWithPartner();
    one(el, '.result-heading').focus();
    const order: string[] = [];
    const inside = (node: Element) => el.contains(node) || node.getRootNode() === el.shadowRoot;
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (!active || !inside(active)) break;
      const label = active.getAttribute('slot') ?? active.getAttribute('name') ?? text(active);
      order.push(label);
      if (label === ui.restart) break;
    }
    const at = (label: string) => {
      expect(order, `Tab order: ${order.join(' | ')}`).to.include(label);
      return order.indexOf(label);
    };
    // Suggestion, its action, then the plan's Print and Copy, the partner's form, and Restart last.
    expect(at('action-research')).to.be.lessThan(at(ui.print));
    expect(at(ui.print)).to.be.lessThan(at(ui.copyPlan));
    expect(at(ui.copyPlan)).to.be.lessThan(at('email'));
    expect(at('email')).to.be.lessThan(at('Send'));
    expect(at('Send')).to.be.lessThan(at(ui.restart));
  });
});

describe('Print and Copy plan on the quiz result', () => {
  const originalPrint = window.print;

  afterEach(() => {
    window.print = originalPrint;
    history.replaceState(null, '', location.pathname + location.search);
    // Back to the browser's own clipboard.
    delete (navigator.clipboard as unknown as Record<string, unknown> | undefined)?.['writeText'];
    delete (navigator as unknown as Record<string, unknown>)['clipboard'];
  });

  function stubClipboard(writeText: ((text: string) => Promise<void>) | null): void {
    if (writeText === null) {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    } else {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: writeText, configurable: true });
    }
  }

  const button = (el: UsceQuiz, label: string) => all<HTMLButtonElement>(el, 'button').find((b) => text(b) === label)!;
  const status = (el: UsceQuiz) => text(one(el, '.keep-plan .copy-status'));

  it('prints with the widget marked for print, and unmarks it after printing', async () => {
    linkTo(leadingTo('research'));
    const el = await quizWithPartner();
    let markedWhilePrinting = false;
    window.print = () => {
      markedWhilePrinting = el.hasAttribute('data-usce-print');
    };
    button(el, ui.print).click();
    expect(markedWhilePrinting).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('data-usce-print')).to.equal(false);
  });

  it('marks the comparison around the quiz too, so the printed page holds the result alone', async () => {
    linkTo(leadingTo('virtual'));
    const compare = await fixture<UsceCompare>(html`<usce-compare share sections="table quiz"></usce-compare>`);
    const inner = one<UsceQuiz>(compare, 'usce-quiz');
    await inner.updateComplete;
    const marked: string[] = [];
    window.print = () => {
      marked.push(...[compare, inner].filter((e) => e.hasAttribute('data-usce-print')).map((e) => e.localName));
    };
    button(inner, ui.print).click();
    window.dispatchEvent(new Event('afterprint'));
    expect(marked).to.deep.equal(['usce-compare', 'usce-quiz']);
    expect(compare.hasAttribute('data-usce-print')).to.equal(false);
  });

  it('keeps the host page working when printing throws', async () => {
    linkTo(leadingTo('research'));
    const el = await quizWithPartner();
    window.print = () => {
      throw new Error('printing is blocked here');
    };
    // A listener's exception would not reach click(): it surfaces as an error event on the window.
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    button(el, ui.print).click();
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(el.hasAttribute('data-usce-print')).to.equal(false);
    // The result is still there and still works.
    restartButton(el).click();
    await el.updateComplete;
    expect(text(one(el, '.prompt'))).to.equal(quiz.questions[0].prompt);
  });

  it('copies the plan as text with the page address, and says so', async () => {
    linkTo(leadingTo('observership'));
    const el = await quizWithPartner();
    let copied = '';
    stubClipboard(async (value) => {
      copied = value;
    });
    button(el, ui.copyPlan).click();
    await waitUntil(() => status(el) !== '', 'no feedback after Copy');
    expect(status(el)).to.equal(ui.planCopied);
    expect(one(el, '.keep-plan .copy-status').getAttribute('role')).to.equal('status');
    expect(copied).to.contain(`${ui.suggestion}: ${nameOf('observership')}`);
    expect(copied).to.contain(ui.plan);
    expect(copied).to.contain(location.href);
    expect(all(el, '.plan-text')).to.have.length(0);
  });

  for (const [why, writeText] of [
    ['the browser refuses', () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'))],
    ['there is no clipboard API', null],
  ] as const) {
    it(`selects the plan in a visible box and says to press Ctrl+C when ${why}`, async () => {
      linkTo(leadingTo('hands-on'));
      const el = await quizWithPartner();
      stubClipboard(writeText);
      button(el, ui.copyPlan).click();
      await waitUntil(() => status(el) !== '', 'no feedback after Copy');
      expect(status(el)).to.equal(ui.copyPlanManual);
      const box = one<HTMLTextAreaElement>(el, '.plan-text textarea');
      expect(shown(box)).to.equal(true);
      expect(box.readOnly).to.equal(true);
      expect(box.value).to.contain(nameOf('hands-on'));
      expect(deepActive()).to.equal(box);
      expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
      await expect(el).to.be.accessible();

      // Restart clears the feedback and the box.
      restartButton(el).click();
      await el.updateComplete;
      expect(all(el, '.plan-text, .keep-plan')).to.have.length(0);
    });
  }
});

describe('partner slots through <usce-compare>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it("passes the partner's elements to its quiz: the action, the form and its filled fields", async () => {
    const answers = leadingTo('research');
    linkTo(answers);
    const seen = oneEvent(document, 'usce-action-shown');
    const compare = await fixture<UsceCompare>(
      html`<usce-compare share sections="quiz">${partnerContent()}</usce-compare>`,
    );
    const inner = one<UsceQuiz>(compare, 'usce-quiz');
    await inner.updateComplete;
    expect([...compare.querySelectorAll('[slot]')].filter(shown).map((p) => p.getAttribute('slot'))).to.deep.equal([
      'action-research',
      'after-result',
    ]);
    const slot = one<HTMLSlotElement>(inner, '.suggestion slot');
    expect(slot.assignedElements({ flatten: true }).map((a) => a.getAttribute('data-type'))).to.deep.equal([
      'research',
    ]);
    expect(field(compare, 'top').value).to.equal('research');
    expect(field(compare, 'answers').value).to.equal(encodeAnswers(quiz, answers));
    expect((await seen).detail).to.deep.equal({ type: 'research', slot: 'action-research', restored: true });
    await expect(compare).to.be.accessible();

    restartButton(inner).click();
    await inner.updateComplete;
    expect([...compare.querySelectorAll('[slot]')].filter(shown)).to.deep.equal([]);
    expect(field(compare, 'top').value).to.equal('');
  });

  it('names a pass-through slot for each type in the content', async () => {
    const compare = await fixture<UsceCompare>(html`<usce-compare sections="quiz"></usce-compare>`);
    const inner = one<LitElement>(compare, 'usce-quiz');
    expect([...inner.querySelectorAll('slot')].map((s) => s.name)).to.deep.equal([
      ...typeIds.map((id) => `action-${id}`),
      'after-result',
    ]);
    expect(shadow(compare).querySelectorAll('usce-quiz > slot')).to.have.length(typeIds.length + 1);
  });
});

describe('partner slots, Print and Copy under a strict Content Security Policy', () => {
  interface PageWindow extends Window {
    violations: unknown[];
    pageErrors: string[];
  }
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows, fills, prints and copies with no violation and no error (needs npm run build)', async () => {
    // The drop-in file on a page served with the strict policy (see web-test-runner.config.js).
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 1200px; border: 0';
    const loaded = oneEvent(frame, 'load');
    frame.src = '/test/robustness/csp/partner.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const el = doc.querySelector<UsceQuiz>('usce-quiz')!;
    await waitUntil(() => el.shadowRoot, 'the quiz was never upgraded');
    await el.updateComplete;

    for (let step = 0; step < 50 && !el.shadowRoot!.querySelector('.result'); step++) {
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
    }
    const suggested = el.shadowRoot!.querySelector('.suggestion slot')?.getAttribute('name');
    const visible = [...el.querySelectorAll('[slot]')].filter(shown).map((p) => p.getAttribute('slot'));
    expect(visible).to.deep.equal(suggested ? [suggested, 'after-result'] : ['after-result']);
    expect(field(doc, 'ranking').value.split(',')).to.have.length(typeIds.length);
    expect(field(doc, 'answers').value).to.match(/^v1\./);

    let printed = 0;
    win.print = () => {
      printed++;
      win.dispatchEvent(new (win as unknown as typeof globalThis).Event('afterprint'));
    };
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    buttons.find((b) => text(b) === ui.print)!.click();
    expect(printed).to.equal(1);

    // The page's own clipboard: allowed or refused, the reader gets feedback either way.
    buttons.find((b) => text(b) === ui.copyPlan)!.click();
    await waitUntil(
      () => text(el.shadowRoot!.querySelector('.keep-plan .copy-status')) !== '',
      'no feedback after Copy',
    );

    buttons.find((b) => text(b) === ui.restart)!.click();
    await el.updateComplete;
    expect(field(doc, 'top').value).to.equal('');
    expect(win.violations, 'CSP violations').to.deep.equal([]);
    expect(win.pageErrors, 'errors in the page').to.deep.equal([]);
  });
});
