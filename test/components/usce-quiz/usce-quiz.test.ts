import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { builtInContent } from '../../../src/content/content.js';
import type { UsceQuiz } from '../../../src/components/usce-quiz/usce-quiz.js';
import { SHARE_KEY } from '../../../src/components/usce-quiz/storage.js';
import { encodeAnswers } from '../../../src/quiz/share.js';
import { score } from '../../../src/quiz/score.js';
import type { QuizAnswer } from '../../../src/content/quiz-types.js';
import type { UsceCompare } from '../../../src/components/usce-compare/usce-compare.js';
import { all, deepActive, one, shadow, text } from '../../helpers/dom.js';
import { answer, finishQuiz } from '../../helpers/quiz-driver.js';

const quiz = builtInContent.quiz;
const ui = quiz.ui;
const total = quiz.questions.length;
const nameOf = (id: string) => builtInContent.types.find((t) => t.id === id)!.name;

const prompt = (el: UsceQuiz) => text(one(el, '.prompt'));
const progress = (el: UsceQuiz) => text(one(el, '.progress-text'));
const checkedLabel = (el: UsceQuiz) =>
  text(
    all<HTMLInputElement>(el, 'input[type="radio"]')
      .find((r) => r.checked)
      ?.closest('label'),
  );

/** Answers every question with its first option. */
const answerAll = async (el: UsceQuiz) => void (await finishQuiz(el));

const firstAnswers: QuizAnswer[] = quiz.questions.map((q) => ({ questionId: q.id, optionId: q.options[0].id }));

describe('<usce-quiz>', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    localStorage.clear();
  });

  it('shows one question at a time, with progress in words and as a bar', async () => {
    const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
    expect(text(one(el, '.quiz-heading'))).to.equal(ui.heading);
    expect(prompt(el)).to.equal(quiz.questions[0].prompt);
    expect(progress(el)).to.equal(`Question 1 of ${total}`);
    const bar = one<HTMLProgressElement>(el, 'progress');
    expect(bar.max).to.equal(total);
    expect(all(el, 'fieldset')).to.have.length(1);
    expect(all(el, 'input[type="radio"]').map((r) => text(r.closest('label')))).to.deep.equal(
      quiz.questions[0].options.map((o) => o.label),
    );
    await answer(el);
    expect(progress(el)).to.equal(`Question 2 of ${total}`);
    expect(bar.value).to.equal(1);
  });

  it('does not take focus when the page loads', async () => {
    const before = document.activeElement;
    await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
    expect(document.activeElement).to.equal(before);
  });

  it('can be completed with the keyboard alone, moving focus to each question and then the result heading', async () => {
    const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
    // Tab into the first group of radios, then move and choose with the arrow keys.
    one<HTMLInputElement>(el, 'input[type="radio"]').focus();
    for (let i = 0; i < total; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      if (i < total - 1) {
        // Focus is on the new question's text; Tab reaches its answers.
        expect(deepActive()?.classList.contains('prompt')).to.equal(true);
        expect(text(deepActive())).to.equal(quiz.questions[i + 1].prompt);
        await sendKeys({ press: 'Tab' });
        expect((deepActive() as HTMLInputElement).type).to.equal('radio');
      }
    }
    expect(deepActive()?.classList.contains('result-heading')).to.equal(true);
    expect(text(deepActive())).to.equal(ui.resultHeading);
  });

  it('asks for an answer instead of moving on when a required question has none', async () => {
    const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
    one(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect(text(one(el, '.error'))).to.equal(ui.chooseAnswer);
    expect(one(el, 'fieldset').getAttribute('aria-invalid')).to.equal('true');
    expect(prompt(el)).to.equal(quiz.questions[0].prompt);
    expect((deepActive() as HTMLInputElement).type).to.equal('radio');
  });

  it('keeps answers when going back', async () => {
    const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
    const second = quiz.questions[0].options[1];
    await answer(el, second.id);
    expect(all(el, 'input:checked')).to.have.length(0);
    one(el, 'button.secondary').click(); // Back
    await el.updateComplete;
    expect(prompt(el)).to.equal(quiz.questions[0].prompt);
    expect(checkedLabel(el)).to.equal(second.label);
    expect(text(deepActive())).to.equal(quiz.questions[0].prompt);
  });

  it('lets the reader skip an optional question, and only those', async () => {
    const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
    for (const question of quiz.questions) {
      const skip = all(el, 'button').find((b) => text(b) === ui.skip);
      expect(Boolean(skip), question.id).to.equal(Boolean(question.optional));
      if (skip) {
        skip.click();
        await el.updateComplete;
      } else {
        await answer(el);
      }
    }
    const expected = score(
      quiz,
      quiz.questions.filter((q) => !q.optional).map((q) => ({ questionId: q.id, optionId: q.options[0].id })),
    );
    expect(text(one(el, '.suggestion-name'))).to.equal(nameOf(expected.ranking[0].type));
  });

  it('shows the suggestion and why, the full ranking, what is not possible now, the plan and the caveat', async () => {
    const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
    await answerAll(el);
    const expected = score(quiz, firstAnswers);
    expect(text(one(el, '.result-heading'))).to.equal(ui.resultHeading);
    expect(text(one(el, '.suggestion-name'))).to.equal(nameOf(expected.ranking[0].type));
    expect(all(el, '.ranking > li').map((li) => li.dataset.type)).to.deep.equal(expected.ranking.map((r) => r.type));
    const firstReason = expected.ranking[0].reasons[0];
    expect(text(one(el, '.suggestion .reasons'))).to.contain(firstReason.text);
    expect(text(one(el, '.plan'))).to.contain(ui.planNow);
    expect(text(one(el, '.caveat'))).to.equal(expected.caveat);
    for (const blocked of expected.notPossibleNow) {
      expect(text(one(el, '.blocked'))).to.contain(nameOf(blocked.type));
      expect(text(one(el, '.blocked'))).to.contain(blocked.blockers[0].unlockedBy);
    }
  });

  it('ties each reason to the answer that caused it', async () => {
    const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
    await answerAll(el);
    const because = all(el, '.suggestion .because').map(text);
    expect(because.length).to.be.greaterThan(0);
    const labels = quiz.questions.map((q) => q.options[0].label);
    for (const line of because) expect(labels.some((label) => line.includes(label))).to.equal(true);
  });

  it('starts again, with no answers, on Restart', async () => {
    const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
    await answerAll(el);
    const restart = all(el, 'button').find((b) => text(b) === ui.restart)!;
    const restarted = oneEvent(el, 'usce-quiz-restart');
    restart.click();
    await restarted;
    await el.updateComplete;
    expect(prompt(el)).to.equal(quiz.questions[0].prompt);
    expect(all(el, 'input:checked')).to.have.length(0);
    expect(text(deepActive())).to.equal(quiz.questions[0].prompt);
  });

  it('fires start, answer and complete events that bubble out of shadow roots with typed details', async () => {
    const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
    const seen: CustomEvent[] = [];
    const record = (e: Event) => seen.push(e as CustomEvent);
    const names = ['usce-quiz-start', 'usce-quiz-answer', 'usce-quiz-complete', 'usce-quiz-restart'];
    for (const name of names) document.addEventListener(name, record);
    try {
      await answerAll(el);
    } finally {
      for (const name of names) document.removeEventListener(name, record);
    }
    expect(seen.map((e) => e.type)).to.deep.equal([
      'usce-quiz-start',
      ...quiz.questions.map(() => 'usce-quiz-answer'),
      'usce-quiz-complete',
    ]);
    expect(seen.every((e) => e.bubbles && e.composed)).to.equal(true);
    expect(seen[0].detail).to.deep.equal({ total });
    expect(seen[2].detail).to.deep.equal({
      questionId: quiz.questions[1].id,
      optionId: quiz.questions[1].options[0].id,
      step: 2,
    });
    const complete = seen.at(-1)!.detail;
    expect(complete.ranking).to.deep.equal(score(quiz, firstAnswers).ranking.map((r) => r.type));
    expect(complete.answers).to.deep.equal(firstAnswers);
    expect(complete.restored).to.equal(false);
  });

  it('fires no event when the page loads or a property is set in code', async () => {
    const seen: string[] = [];
    const record = (e: Event) => seen.push(e.type);
    document.addEventListener('usce-quiz-start', record);
    try {
      const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
      el.share = true;
      el.headingLevel = 3;
      await el.updateComplete;
    } finally {
      document.removeEventListener('usce-quiz-start', record);
    }
    expect(seen).to.deep.equal([]);
  });

  describe('share', () => {
    it('shows a link that reopens the same result', async () => {
      const el = await fixture<UsceQuiz>(html`<usce-quiz share></usce-quiz>`);
      await answerAll(el);
      const link = one<HTMLInputElement>(el, '.share input').value;
      expect(link).to.contain(`#${SHARE_KEY}=${encodeAnswers(quiz, firstAnswers)}`);
      const ranking = all(el, '.ranking > li').map((li) => li.dataset.type);

      // Opening the link: a new quiz on a page at that address shows the result straight away.
      history.replaceState(null, '', link);
      const reopened = await fixture<UsceQuiz>(html`<usce-quiz share></usce-quiz>`);
      expect(text(one(reopened, '.result-heading'))).to.equal(ui.resultHeading);
      expect(all(reopened, '.ranking > li').map((li) => li.dataset.type)).to.deep.equal(ranking);
      expect(document.activeElement).not.to.equal(reopened);
    });

    it('reports a reopened result with restored: true, after its first render, to a listener added after insertion', async () => {
      history.replaceState(null, '', `#${SHARE_KEY}=${encodeAnswers(quiz, firstAnswers)}`);
      const el = document.createElement('usce-quiz');
      el.share = true;
      document.body.append(el);
      try {
        // Added after the element connected: a synchronous event would already be gone.
        const event = await oneEvent(el, 'usce-quiz-complete');
        expect(event.detail.restored).to.equal(true);
        expect(event.detail.answers).to.deep.equal(firstAnswers);
        expect(event.detail.ranking).to.deep.equal(score(quiz, firstAnswers).ranking.map((r) => r.type));
        // The result is drawn by the time the page hears of it.
        expect(text(one(el, '.result-heading'))).to.equal(ui.resultHeading);
      } finally {
        el.remove();
      }
    });

    it('starts fresh with a gentle note for a damaged or outdated code, and never throws', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      try {
        for (const code of [
          'garbage',
          'v1.zzzz.000',
          'v9.' + 'x'.repeat(5000),
          '%E0%A4%A',
          '<img src=x onerror=alert(1)>',
        ]) {
          history.replaceState(null, '', `#${SHARE_KEY}=${encodeURIComponent(code)}`);
          const el = await fixture<UsceQuiz>(html`<usce-quiz share></usce-quiz>`);
          expect(text(one(el, '.notice')), code).to.equal(ui.restoreFailed);
          expect(prompt(el)).to.equal(quiz.questions[0].prompt);
          expect(all(el, 'img')).to.have.length(0);
        }
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('ignores share links unless the share attribute is set', async () => {
      history.replaceState(null, '', `#${SHARE_KEY}=${encodeAnswers(quiz, firstAnswers)}`);
      const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
      expect(prompt(el)).to.equal(quiz.questions[0].prompt);
      expect(all(el, '.share')).to.have.length(0);
    });
  });

  describe('remember', () => {
    it('resumes where the reader left off after a reload', async () => {
      const el = await fixture<UsceQuiz>(html`<usce-quiz remember></usce-quiz>`);
      await answer(el, quiz.questions[0].options[1].id);
      await answer(el);
      el.remove();
      const again = await fixture<UsceQuiz>(html`<usce-quiz remember></usce-quiz>`);
      expect(prompt(again)).to.equal(quiz.questions[2].prompt);
      one(again, 'button.secondary').click();
      await again.updateComplete;
      one(again, 'button.secondary').click();
      await again.updateComplete;
      expect(checkedLabel(again)).to.equal(quiz.questions[0].options[1].label);
    });

    it('stores nothing without the attribute', async () => {
      const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
      await answerAll(el);
      expect(localStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
    });

    it('keeps working when storage throws on every call', async () => {
      const proto = Storage.prototype;
      const saved = { get: proto.getItem, set: proto.setItem, remove: proto.removeItem };
      const boom = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      proto.getItem = boom;
      proto.setItem = boom;
      proto.removeItem = boom;
      try {
        const el = await fixture<UsceQuiz>(html`<usce-quiz remember></usce-quiz>`);
        await answerAll(el);
        expect(text(one(el, '.result-heading'))).to.equal(ui.resultHeading);
        all(el, 'button')
          .find((b) => text(b) === ui.restart)!
          .click();
        await el.updateComplete;
        expect(prompt(el)).to.equal(quiz.questions[0].prompt);
      } finally {
        proto.getItem = saved.get;
        proto.setItem = saved.set;
        proto.removeItem = saved.remove;
      }
    });
  });

  describe('accessibility', () => {
    it('is accessible at the first question, mid-way, with the missing-answer message and on the result', async () => {
      const el = await fixture<UsceQuiz>(html`<usce-quiz share></usce-quiz>`);
      await expect(el).to.be.accessible();
      await answer(el);
      await answer(el);
      await expect(el).to.be.accessible();
      one(el, 'button[type="submit"]').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      while (all(el, '.result').length === 0) await answer(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible on a dark page, at the first question, with the missing-answer message and on the result', async () => {
      const wrapper = await fixture(
        html`<div style="background: #15171a; color: #e8e8e8; padding: 1rem">
          <usce-quiz share cta-href="/apply" cta-label="Apply"></usce-quiz>
        </div>`,
      );
      const el = wrapper.querySelector('usce-quiz')!;
      // The page background is read in the next animation frame; the accent lightens then.
      await waitUntil(() => el.style.getPropertyValue('--_theme-accent') !== '', 'the dark page was never noticed');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      one(el, 'button[type="submit"]').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      while (all(el, '.result').length === 0) await answer(el);
      await expect(el).to.be.accessible();
    });

    it('announces each step change in a live region', async () => {
      const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
      const live = one(el, '[aria-live="polite"]');
      expect(text(live)).to.equal('');
      await answer(el);
      expect(text(live)).to.equal(`Question 2 of ${total}`);
      while (all(el, '.result').length === 0) await answer(el);
      expect(text(live)).to.equal(ui.resultHeading);
    });
  });

  describe('inside <usce-compare>', () => {
    it('is shown after the cards, and links the suggestion to the table and the cards', async () => {
      const compare = await fixture<UsceCompare>(html`<usce-compare></usce-compare>`);
      const el = shadow(compare).querySelector('usce-quiz')!;
      await el.updateComplete;
      const order = [...shadow(compare).querySelectorAll('usce-table, usce-cards, usce-quiz')].map((n) => n.localName);
      expect(order).to.deep.equal(['usce-table', 'usce-cards', 'usce-quiz']);
      await answerAll(el);
      const suggested = score(quiz, firstAnswers).ranking[0].type;
      const [toTable, toCard] = all(el, '.type-links button');
      expect(text(toTable)).to.equal(ui.seeInTable);

      toCard.click();
      const cards = shadow(compare).querySelector('usce-cards')!;
      const cardToggle = one(cards, `.card[data-type="${suggested}"] .card-toggle`);
      await waitUntil(() => deepActive() === cardToggle, "the card's button never took focus");

      toTable.click();
      const table = shadow(compare).querySelector('usce-table')!;
      const column = one(table, `thead th[data-type="${suggested}"]`);
      await waitUntil(() => deepActive() === column, 'the table column never took focus');
    });

    it('shows no links to a table or cards when it stands alone', async () => {
      const el = await fixture<UsceQuiz>(html`<usce-quiz></usce-quiz>`);
      await answerAll(el);
      expect(all(el, '.type-links')).to.have.length(0);
    });
  });
});
