import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { builtInContent } from '../../content/content.js';
import { format } from '../../content/select.js';
import type { Content, TypeId } from '../../content/types.js';
import { contentContext } from '../../context/content-context.js';
import { fire } from '../../events.js';
import * as flow from '../../quiz/flow.js';
import { score } from '../../quiz/score.js';
import { decodeAnswers, encodeAnswers } from '../../quiz/share.js';
import type { QuizContent, QuizResult, Question } from '../../content/quiz-types.js';
import { baseStyles, ctaStyles } from '../shared/base.styles.js';
import { NO_CTA, type CtaSettings } from '../shared/cta.js';
import { renderNotices } from '../shared/notice.js';
import { UsceElement } from '../shared/usce-element.js';
import { sharedAttributeProblems, warnProblems } from '../shared/problems.js';
import { ContentSourceController, DEFAULT_TIMEOUT_MS } from '../../context/content-source.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { quizStyles } from './usce-quiz.styles.js';
import { planText } from '../../quiz/plan-text.js';
import { KeepPlan, keepPlanStyles } from './keep-plan.js';
import { PartnerSlotsController, partnerSlotStyles, partnerState, resultValues } from './partner-slots.js';
import { renderQuestion } from './question-view.js';
import { renderResult, subLevel, type CopyState } from './result-view.js';
import { readRemembered, forgetRemembered, pageAddress, readShareCode, remember, shareLink } from './storage.js';

let nextId = 0;

/**
 * "Which kind of US clinical experience should I choose?": one question at a
 * time, then a ranked, explained result with a plan. Works alone (with the
 * built-in content) or inside `<usce-compare>`.
 *
 * @summary A short quiz that ranks the four kinds of US clinical experience for the reader and explains why.
 *
 * @attr share - Shows a link that reopens the same result (`#usce-quiz=<code>`), and opens such links.
 * @attr remember - Keeps the reader's answers in this browser's localStorage so a reload resumes the quiz.
 * @attr heading-level - Level (2 to 6) of the quiz's heading; questions and result sections follow below it. Default 2.
 * @attr theme - `auto` (default: the page's colours), `light` or `dark` (the quiz paints its own background).
 * @attr cta-href - A call-to-action link (http(s) or relative) shown with the result. None by default.
 * @attr cta-label - The call to action's text; needed with `cta-href`.
 * @attr cta-params - Query parameters appended to the call-to-action link, e.g. `utm_source=partner`.
 * @attr content-src - URL of a JSON content override to load (the only network request the widget ever makes).
 * @attr content-timeout - Milliseconds to wait for `content-src` before keeping the built-in content. Default 8000.
 *
 * @slot - Fallback content, shown before the script runs, without JavaScript, and while `content-src` loads.
 * @slot action-hands-on - Your own action, shown beside the suggestion when hands-on experience comes first. Any type id works: `action-<type id>`.
 * @slot action-observership - Your own action, shown beside the suggestion when an observership comes first.
 * @slot action-research - Your own action, shown beside the suggestion when research comes first.
 * @slot action-virtual - Your own action, shown beside the suggestion when a virtual rotation comes first.
 * @slot after-result - Shown under any result, e.g. a lead form. Fields with `data-usce-fill="top|ranking|answers"` in any slot receive the result.
 *
 * @fires usce-quiz-start - The reader answered the first question of a new run. Detail: `QuizStartDetail`.
 * @fires usce-quiz-answer - The reader chose an answer. Detail: `QuizAnswerDetail` (questionId, optionId, step).
 * @fires usce-quiz-complete - The reader reached the result. Detail: `QuizCompleteDetail` (ranking, top, answers, code, restored): what the slotted fields receive.
 * @fires usce-action-shown - A slotted `action-<type id>` element became visible on the result. Detail: `ActionShownDetail` (type, slot, restored).
 * @fires usce-quiz-restart - The reader started again. Detail: `{}`.
 * @fires usce-content-error - A content override could not be used; the built-in content is shown. Detail: `ContentErrorDetail`.
 * @fires usce-cta-click - The reader followed the call to action (cancelable). Detail: `CtaClickDetail`.
 * @fires usce-show-type - The reader followed a "see it in the table/cards" link in the result (inside `<usce-compare>`).
 *
 * @csspart quiz - The quiz's outer box.
 * @csspart progress - The progress bar.
 * @csspart quiz-option - One answer (a label holding a radio button).
 * @csspart quiz-button - Next, Back, Skip, Start again, Copy link, Print and Copy plan buttons.
 * @csspart result - The result view.
 * @csspart cta - The call-to-action link.
 * @csspart notice - The notice that names invalid attribute values or content.
 *
 * @cssprop [--usce-accent=#0b6e55] - Progress bar, chosen answer and primary button colour.
 */
export class UsceQuiz extends UsceElement {
  static override styles = [baseStyles, ctaStyles, quizStyles, partnerSlotStyles, keepPlanStyles];

  /** From `<usce-compare>` when inside one; the built-in content when alone. */
  @consume({ context: contentContext, subscribe: true })
  @state()
  private provided: Content = builtInContent;

  /**
   * A content override for the quiz alone, merged onto the content above
   * (see the README): translated questions, a call to action per type.
   */
  @property({ attribute: false }) content: unknown = undefined;

  /** URL of a JSON content override. */
  @property({ attribute: 'content-src' }) contentSrc: string | null = null;

  /** Milliseconds to wait for `content-src`. */
  @property({ attribute: 'content-timeout', type: Number }) contentTimeout: number | null = DEFAULT_TIMEOUT_MS;

  /** `auto` (the default), `light` or `dark`; reflected, as the styles key off the attribute. */
  @property({ reflect: true }) theme: string | null = null;

  /** A call-to-action link shown with the result; only together with `cta-label`. */
  @property({ attribute: 'cta-href' }) ctaHref: string | null = null;

  /** The call to action's text. */
  @property({ attribute: 'cta-label' }) ctaLabel: string | null = null;

  /** Query parameters appended to the call-to-action link. */
  @property({ attribute: 'cta-params' }) ctaParams: string | null = null;

  /** Shows a share link for the result and opens such links. */
  @property({ type: Boolean }) share = false;

  /** Keeps answers in localStorage so a reload resumes. */
  @property({ type: Boolean }) remember = false;

  /** Level of the quiz's heading, so it fits the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number | null = 2;

  /**
   * Set by `<usce-compare>`: the result links each type to its place in the
   * table and the cards, which exist only there.
   * @internal
   */
  @property({ type: Boolean }) linked = false;

  /** Where the reader is: the question shown, the answers so far (see quiz/flow.ts). */
  @state() private flow: flow.FlowState = flow.START;
  /** A gentle note shown above the quiz, e.g. when a share link could not be read. */
  @state() private note = '';
  @state() private copyState: CopyState = 'idle';
  /** What the live region says after a step change. */
  @state() private announcement = '';

  // Only the quiz's part of an override must be valid: the quiz shows nothing else.
  private readonly source = new ContentSourceController(this, builtInContent, 'quiz');
  private resolved: Content = builtInContent;
  private cta: CtaSettings = NO_CTA;
  private problems: string[] = [];
  private result?: QuizResult;
  private restoredOnce = false;
  private focusAfterUpdate: 'question' | 'result' | 'first-option' | null = null;
  /** True while the result shown came from a share link or remembered answers. */
  private restoredResult = false;
  private readonly keep = new KeepPlan(this, () => this.plainPlan());
  private readonly idPrefix = `usce-quiz-${nextId++}`;

  constructor() {
    super();
    const read = () => {
      // The share code is worked out only for a result: a question has none to give.
      const result = this.onResult ? this.result : undefined;
      return partnerState(result, result ? this.code() : '', this.restoredResult);
    };
    this.addController(new PartnerSlotsController(this, read));
  }

  private get quiz(): QuizContent {
    return this.resolved.quiz;
  }

  private get total(): number {
    return this.quiz.questions.length;
  }

  private get onResult(): boolean {
    return flow.onResult(this.quiz, this.flow);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Restored once per element: moving it in the page must not reset or re-open anything.
    // On the server there is no page address or storage to restore from.
    if (!this.restoredOnce && !isServer) {
      this.restoredOnce = true;
      // Share codes are read against the content in use, which a provider
      // above or an inline override may already have changed.
      this.source.update(this.provided);
      this.resolved = this.source.value;
      this.restore();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('provided' as keyof UsceQuiz) || changed.has('content') || changed.has('contentSrc')) {
      this.source.update(this.provided);
    }
    const contentChanged = this.resolved !== this.source.value;
    this.resolved = this.source.value;
    this.checkAttributes();
    this.flow = flow.fit(this.quiz, this.flow);
    if (this.onResult && (changed.has('flow' as keyof UsceQuiz) || contentChanged || !this.result)) {
      this.result = score(this.quiz, flow.answerList(this.quiz, this.flow));
    }
  }

  protected override get accentTheme(): string | null {
    return this.theme;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = null;
    if (target === 'question') this.renderRoot.querySelector<HTMLElement>('.prompt')?.focus();
    else if (target === 'result') this.renderRoot.querySelector<HTMLElement>('.result-heading')?.focus();
    else if (target === 'first-option') this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  private checkAttributes(): void {
    const ui = this.resolved.ui;
    this.cta = { href: this.ctaHref, label: this.ctaLabel, params: this.ctaParams };
    const problems = sharedAttributeProblems({ theme: this.theme, headingLevel: this.headingLevel, cta: this.cta }, ui);
    warnProblems(this, problems);
    this.problems = problems;
  }

  protected override render() {
    if (this.source.loading) {
      // Until the partner's content arrives, the author's own fallback shows.
      return html`<div aria-busy="true"><slot></slot></div>`;
    }
    const ui = this.quiz.ui;
    const level = toHeadingLevel(this.headingLevel, 2);
    return html`<section class="quiz" part="quiz" aria-labelledby="${this.idPrefix}-heading">
      ${heading(level, ui.heading, { id: `${this.idPrefix}-heading`, className: 'quiz-heading' })}
      ${renderNotices(this.resolved.ui, this.problems, this.source)}
      ${this.note ? html`<p class="notice" role="status">${this.note}</p>` : nothing}
      ${this.onResult ? this.renderResultView(subLevel(level)) : this.renderQuestionView(subLevel(level))}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  // ---- question view (question-view.ts) ----

  private renderQuestionView(level: HeadingLevel) {
    const question = flow.currentQuestion(this.quiz, this.flow);
    if (!question) return nothing;
    return renderQuestion({
      quiz: this.quiz,
      question,
      state: this.flow,
      level,
      idPrefix: this.idPrefix,
      onChoose: (optionId) => this.choose(question, optionId),
      onNext: this.onNext,
      onBack: this.onBack,
      onSkip: this.onSkip,
    });
  }

  // ---- result view (result-view.ts) ----

  private renderResultView(level: HeadingLevel) {
    if (!this.result) return nothing;
    return renderResult({
      host: this,
      quiz: this.quiz,
      types: this.resolved.types,
      result: this.result,
      level,
      cta: this.cta,
      linked: this.linked,
      share: this.share
        ? {
            url: this.shareUrl(),
            inputId: `${this.idPrefix}-share`,
            copyState: this.copyState,
            onCopy: () => void this.onCopy(),
          }
        : null,
      keepPlan: this.keep.render(this.quiz.ui),
      onRestart: this.onRestart,
    });
  }

  // ---- reader actions ----

  private choose(question: Question, optionId: string): void {
    const before = this.flow;
    this.flow = flow.choose(this.quiz, before, question.id, optionId);
    if (!before.started) fire(this, 'usce-quiz-start', { total: this.total });
    fire(this, 'usce-quiz-answer', { questionId: question.id, optionId, step: this.flow.step + 1 });
    this.save();
  }

  private onNext = (event: Event): void => {
    event.preventDefault();
    this.move(flow.next(this.quiz, this.flow));
  };

  private onSkip = (): void => {
    this.move(flow.skip(this.quiz, this.flow));
  };

  private onBack = (): void => {
    this.move(flow.back(this.quiz, this.flow));
  };

  private onRestart = (): void => {
    this.note = '';
    if (this.remember) forgetRemembered();
    this.keep.reset();
    fire(this, 'usce-quiz-restart', {});
    this.move(flow.restart(), true);
  };

  private onCopy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.shareUrl());
      this.copyState = 'copied';
    } catch {
      // No clipboard permission (or no clipboard API): the link stays in the field to copy by hand.
      this.copyState = 'failed';
      this.renderRoot.querySelector<HTMLInputElement>('.share input')?.select();
    }
  };

  /**
   * Takes the flow's next state and does what the change means for the
   * reader: focus and announce the new step, fire `usce-quiz-complete` on
   * reaching the result, keep the answers. A step that did not move (a
   * required question left unanswered) sends focus to the first option.
   */
  private move(state: flow.FlowState, restarted = false): void {
    const moved = restarted || state.step !== this.flow.step;
    this.flow = state;
    if (!moved) {
      if (state.missing) this.focusAfterUpdate = 'first-option';
      return;
    }
    this.copyState = 'idle';
    const onResult = this.onResult;
    this.focusAfterUpdate = onResult ? 'result' : 'question';
    const ui = this.quiz.ui;
    this.announcement = onResult ? ui.resultHeading : format(ui.progress, { n: state.step + 1, total: this.total });
    if (onResult && !restarted) this.complete(false);
    if (!restarted) this.save();
  }

  /**
   * Scores the answers and tells the page the reader reached the result.
   *
   * The one rule for events about what an element finds when it connects (a
   * result restored from a share link or storage): they fire after its first
   * render, never inside `connectedCallback`, so a page that inserts the quiz
   * and then adds its listener still hears them, and sees the result drawn.
   */
  private complete(restored: boolean): void {
    const result = score(this.quiz, flow.answerList(this.quiz, this.flow));
    this.result = result;
    this.restoredResult = restored;
    const detail = { ...resultValues(result, this.code()), answers: result.answers, restored };
    if (!restored) {
      fire(this, 'usce-quiz-complete', detail);
      return;
    }
    void this.updateComplete.then(() => {
      // Still showing that result: a reader may have pressed Start again in between.
      if (this.isConnected && this.onResult && this.code() === detail.code) fire(this, 'usce-quiz-complete', detail);
    });
  }

  /** The result and plan as text for Copy plan, ending with where they came from. */
  private plainPlan(): string {
    const url = this.share ? this.shareUrl() : pageAddress();
    const name = (id: TypeId) => this.resolved.types.find((t) => t.id === id)?.name ?? id;
    return this.result ? planText(this.quiz.ui, this.result, name, url) : '';
  }

  // ---- saved answers (storage.ts, share.ts) ----

  /** The answers as a share code. */
  private code(): string {
    return encodeAnswers(this.quiz, flow.answerList(this.quiz, this.flow));
  }

  private shareUrl = (): string => shareLink(this.code());

  /** Opens a share link's result, or remembered answers; a bad code starts fresh with a note. */
  private restore(): void {
    const fromLink = this.share ? readShareCode(location.hash) : null;
    const code = fromLink ?? (this.remember ? readRemembered()?.code : undefined);
    if (code === undefined || code === null) return;
    const decoded = decodeAnswers(this.quiz, code);
    if (!decoded.ok) {
      this.note = this.quiz.ui.restoreFailed;
      return;
    }
    const step = fromLink ? this.total : (readRemembered()?.step ?? 0);
    this.flow = flow.resume(this.quiz, decoded.answers, step);
    if (this.onResult) this.complete(true);
  }

  private save(): void {
    if (!this.remember) return;
    remember({ code: this.code(), step: this.flow.step });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'usce-quiz': UsceQuiz;
  }
}
