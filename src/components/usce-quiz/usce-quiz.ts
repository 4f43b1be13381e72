import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { builtInContent } from '../../content/content.js';
import { format, selectTheme, THEMES } from '../../content/select.js';
import type { Content, TypeId } from '../../content/types.js';
import { contentContext } from '../../context/content-context.js';
import { fire } from '../../events.js';
import { describeAnswer, score } from '../../quiz/score.js';
import { decodeAnswers, encodeAnswers } from '../../quiz/share.js';
import type { QuizAnswer, QuizContent, QuizResult, RankedType, Question, Reason } from '../../quiz/types.js';
import { adaptAccent, HostBackgroundController } from '../shared/host-background.js';
import { ServerRootController } from '../shared/server-root.js';
import { baseStyles, ctaStyles } from '../shared/base.styles.js';
import { ctaProblems, renderCta, resolveCta, type CtaSettings } from '../shared/cta.js';
import { renderNotice, warnOnce } from '../shared/notice.js';
import { contentProblemLines, headingLevelProblem } from '../shared/problems.js';
import { ContentSourceController, DEFAULT_TIMEOUT_MS } from '../../context/content-source.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { quizStyles } from './usce-quiz.styles.js';
import { readRemembered, forgetRemembered, remember } from './storage.js';

/** The fragment key a share link uses: `#usce-quiz=<code>`. */
export const SHARE_KEY = 'usce-quiz';

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
 *
 * @fires usce-quiz-start - The reader answered the first question of a new run. Detail: `QuizStartDetail`.
 * @fires usce-quiz-answer - The reader chose an answer. Detail: `QuizAnswerDetail` (questionId, optionId, step).
 * @fires usce-quiz-complete - The reader reached the result. Detail: `QuizCompleteDetail` (ranking, answers, restored).
 * @fires usce-quiz-restart - The reader started again. Detail: `{}`.
 * @fires usce-content-error - A content override could not be used; the built-in content is shown. Detail: `ContentErrorDetail`.
 * @fires usce-cta-click - The reader followed the call to action (cancelable). Detail: `CtaClickDetail`.
 * @fires usce-show-type - The reader followed a "see it in the table/cards" link in the result (inside `<usce-compare>`).
 *
 * @csspart quiz - The quiz's outer box.
 * @csspart progress - The progress bar.
 * @csspart quiz-option - One answer (a label holding a radio button).
 * @csspart quiz-button - Next, Back, Skip, Restart and Copy buttons.
 * @csspart result - The result view.
 * @csspart cta - The call-to-action link.
 * @csspart notice - The notice that names invalid attribute values or content.
 *
 * @cssprop [--usce-accent=#0b6e55] - Progress bar, chosen answer and primary button colour.
 */
export class UsceQuiz extends LitElement {
  static override styles = [baseStyles, ctaStyles, quizStyles];

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
  @property({ attribute: 'content-src' }) contentSrc = '';

  /** Milliseconds to wait for `content-src`. */
  @property({ attribute: 'content-timeout', type: Number }) contentTimeout: number = DEFAULT_TIMEOUT_MS;

  /** `auto` (the default), `light` or `dark`; reflected, as the styles key off the attribute. */
  @property({ reflect: true }) theme?: string;

  /** A call-to-action link shown with the result; only together with `cta-label`. */
  @property({ attribute: 'cta-href' }) ctaHref = '';

  /** The call to action's text. */
  @property({ attribute: 'cta-label' }) ctaLabel = '';

  /** Query parameters appended to the call-to-action link. */
  @property({ attribute: 'cta-params' }) ctaParams = '';

  /** Shows a share link for the result and opens such links. */
  @property({ type: Boolean }) share = false;

  /** Keeps answers in localStorage so a reload resumes. */
  @property({ type: Boolean }) remember = false;

  /** Level of the quiz's heading, so it fits the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /**
   * Set by `<usce-compare>`: the result links each type to its place in the
   * table and the cards, which exist only there.
   * @internal
   */
  @property({ type: Boolean }) linked = false;

  /** Index of the question shown; equal to the number of questions for the result. */
  @state() private step = 0;
  /** Question id -> option id. */
  @state() private answers: ReadonlyMap<string, string> = new Map();
  /** The reader pressed Next without choosing an answer to a required question. */
  @state() private missing = false;
  /** A gentle note shown above the quiz, e.g. when a share link could not be read. */
  @state() private note = '';
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';
  /** What the live region says after a step change. */
  @state() private announcement = '';

  private readonly source = new ContentSourceController(this, builtInContent);
  private resolved: Content = builtInContent;
  private cta: CtaSettings = { href: '', label: '', params: '' };
  private problems: string[] = [];
  private result?: QuizResult;
  private started = false;
  private restoredOnce = false;
  private focusAfterUpdate: 'question' | 'result' | 'first-option' | null = null;
  private readonly background = new HostBackgroundController(this);
  /** Keeps pre-rendered markup (inside a pre-rendered `<usce-compare>`) painted until its turn. */
  private readonly serverRoot = new ServerRootController(this);

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.serverRoot.keep() ?? super.createRenderRoot();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.serverRoot.pending) return super.scheduleUpdate();
    return this.serverRoot.turn().then(() => super.scheduleUpdate());
  }
  private readonly idPrefix = `usce-quiz-${nextId++}`;

  private get quiz(): QuizContent {
    return this.resolved.quiz;
  }

  private get total(): number {
    return this.quiz.questions.length;
  }

  private get onResult(): boolean {
    return this.step >= this.total;
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
    const answersChanged = changed.has('answers' as keyof UsceQuiz) || contentChanged;
    if (this.step > this.total) this.step = this.total;
    if (this.onResult && (answersChanged || changed.has('step' as keyof UsceQuiz) || !this.result)) {
      this.result = score(this.quiz, this.answerList());
    }
  }

  protected override updated(): void {
    adaptAccent(this, this.background, this.theme);
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = null;
    if (target === 'question') this.renderRoot.querySelector<HTMLElement>('.prompt')?.focus();
    else if (target === 'result') this.renderRoot.querySelector<HTMLElement>('.result-heading')?.focus();
    else if (target === 'first-option') this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  private checkAttributes(): void {
    const ui = this.resolved.ui;
    this.cta = { href: this.ctaHref ?? '', label: this.ctaLabel ?? '', params: this.ctaParams ?? '' };
    const problems: string[] = [];
    const theme = selectTheme(this.theme);
    if (theme.unknown !== null) {
      problems.push(format(ui.unknownValue, { attribute: 'theme', value: theme.unknown, valid: THEMES.join(', ') }));
    }
    const level = headingLevelProblem(this.headingLevel, ui);
    if (level) problems.push(level);
    problems.push(...ctaProblems(this.cta, ui, format));
    for (const problem of problems) warnOnce(`<${this.localName}> ${problem}`);
    this.problems = problems;
  }

  protected override render() {
    if (this.source.loading) {
      // Until the partner's content arrives, the author's own fallback shows.
      return html`<div aria-busy="true"><slot></slot></div>`;
    }
    const ui = this.quiz.ui;
    const contentNotes = contentProblemLines(this.source.problems, this.resolved.ui);
    const level = toHeadingLevel(this.headingLevel, 2);
    return html`<section class="quiz" part="quiz" aria-labelledby="${this.idPrefix}-heading">
      ${heading(level, ui.heading, { id: `${this.idPrefix}-heading`, className: 'quiz-heading' })}
      ${renderNotice(this.resolved.ui.noticeHeading, this.problems)}
      ${this.source.loadError ? renderNotice(this.resolved.ui.noticeHeading, [this.source.loadError]) : nothing}
      ${contentNotes.length > 0 ? renderNotice(this.resolved.ui.contentError, contentNotes) : nothing}
      ${this.note ? html`<p class="notice" role="status">${this.note}</p>` : nothing}
      ${this.onResult ? this.renderResult(this.sub(level)) : this.renderQuestion(this.sub(level))}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  // ---- question view ----

  private renderQuestion(level: HeadingLevel) {
    const ui = this.quiz.ui;
    const question = this.quiz.questions[this.step];
    if (!question) return nothing;
    const n = this.step + 1;
    const chosen = this.answers.get(question.id);
    const helpId = `${this.idPrefix}-help`;
    const errorId = `${this.idPrefix}-error`;
    const describedBy = [question.help ? helpId : '', this.missing ? errorId : ''].filter(Boolean).join(' ');
    return html`
      ${this.step === 0 && !this.started ? html`<p class="intro">${ui.intro}</p>` : nothing}
      <div class="progress-row">
        <p class="progress-text" id="${this.idPrefix}-progress">${format(ui.progress, { n, total: this.total })}</p>
        <progress
          part="progress"
          max=${this.total}
          .value=${this.step}
          aria-labelledby="${this.idPrefix}-progress"
        ></progress>
      </div>
      <form @submit=${this.onNext} novalidate>
        <fieldset aria-describedby=${describedBy || nothing} aria-invalid=${this.missing ? 'true' : nothing}>
          <legend>
            ${heading(level, question.prompt, { className: 'prompt', focusable: true })}
            ${question.optional ? html`<span class="optional">${ui.optionalLabel}</span>` : nothing}
          </legend>
          ${question.help ? html`<p class="help" id=${helpId}>${question.help}</p>` : nothing}
          <div class="options">
            ${question.options.map(
              (option) =>
                html`<label class="option" part="quiz-option">
                  <input
                    type="radio"
                    name="${this.idPrefix}-answer"
                    .value=${option.id}
                    .checked=${option.id === chosen}
                    @change=${() => this.choose(question, option.id)}
                  />
                  <span>${option.label}</span>
                </label>`,
            )}
          </div>
          ${this.missing ? html`<p class="error" id=${errorId}>${ui.chooseAnswer}</p>` : nothing}
        </fieldset>
        <div class="actions">
          ${
            this.step > 0
              ? html`<button type="button" class="secondary" part="quiz-button" @click=${this.onBack}>
                  ${ui.back}
                </button>`
              : nothing
          }
          ${
            question.optional
              ? html`<button type="button" class="secondary" part="quiz-button" @click=${this.onSkip}>
                  ${ui.skip}
                </button>`
              : nothing
          }
          <button type="submit" class="primary" part="quiz-button">${n === this.total ? ui.seeResult : ui.next}</button>
        </div>
      </form>
    `;
  }

  // ---- result view ----

  private renderResult(level: HeadingLevel) {
    const result = this.result;
    if (!result) return nothing;
    const ui = this.quiz.ui;
    const inner = this.sub(level);
    const first = result.ranking[0];
    const suggestion = result.suggestion !== null && first ? first : null;
    return html`<div class="result" part="result">
      ${heading(level, ui.resultHeading, { className: 'result-heading', focusable: true })}
      <div class="suggestion">
        ${
          suggestion
            ? html`<p class="suggestion-label">${ui.suggestion}</p>
                <p class="suggestion-name">${this.typeName(suggestion.type)}</p>
                ${this.renderReasons(suggestion.reasons)} ${this.renderTypeLinks(suggestion.type)}
                ${renderCta(this, resolveCta(this.cta, this.typeOf(suggestion.type)), suggestion.type, 'quiz')}`
            : html`<p>${ui.noSuggestion}</p>`
        }
      </div>

      ${heading(inner, ui.plan, { className: 'section-heading' })} ${this.renderPlan(result)}
      ${heading(inner, ui.fullRanking, { className: 'section-heading' })}
      <ol class="ranking">
        ${result.ranking.map((ranked) => this.renderRanked(ranked))}
      </ol>

      ${
        result.notPossibleNow.length > 0
          ? html`${heading(inner, ui.notPossibleNow, { className: 'section-heading' })}
              <ul class="blocked">
                ${result.notPossibleNow.map(
                  (item) =>
                    html`<li>
                      <strong>${this.typeName(item.type)}</strong>
                      <ul>
                        ${item.blockers.map(
                          (blocker) =>
                            html`<li>
                              ${blocker.reason}
                              <span class="unlock"
                                ><span class="unlock-label">${ui.whatWouldChange}:</span> ${blocker.unlockedBy}</span
                              >
                            </li>`,
                        )}
                      </ul>
                    </li>`,
                )}
              </ul>`
          : nothing
      }

      <p class="caveat">${result.caveat}</p>
      ${this.share ? this.renderShare() : nothing}
      <div class="actions">
        <button type="button" class="secondary" part="quiz-button" @click=${this.onRestart}>${ui.restart}</button>
      </div>
    </div>`;
  }

  private renderRanked(ranked: RankedType) {
    const ui = this.quiz.ui;
    // Reasons fold away here: the first choice's are shown in full above, and
    // four open lists would bury the plan on a phone.
    return html`<li class="ranked ${ranked.possibleNow ? '' : 'not-now'}" data-type=${ranked.type}>
      <span class="ranked-name">${this.typeName(ranked.type)}</span>
      ${ranked.possibleNow ? nothing : html`<span class="tag">${ui.notPossibleNow}</span>`}
      <details>
        <summary>${ui.why}</summary>
        ${this.renderReasons(ranked.reasons)}
      </details>
    </li>`;
  }

  private renderReasons(reasons: readonly Reason[]) {
    const ui = this.quiz.ui;
    if (reasons.length === 0) return html`<p class="muted">${ui.noReasons}</p>`;
    return html`<ul class="reasons">
      ${reasons.map(
        (reason) =>
          html`<li>
            ${reason.text}
            ${reason.because.length > 0 ? html`<span class="because">(${this.because(reason.because)})</span>` : nothing}
          </li>`,
      )}
    </ul>`;
  }

  private renderPlan(result: QuizResult) {
    const ui = this.quiz.ui;
    const steps = (items: QuizResult['plan']['now']) =>
      html`<ul class="plan-steps">
        ${items.map(
          (step) =>
            html`<li>
              <strong>${this.typeName(step.type)}</strong>${
                step.alongside
                  ? html` <span class="tag"
                      >${format(ui.alongside, { type: this.typeName(result.suggestion ?? step.type) })}</span
                    >`
                  : nothing
              }
              ${step.once.map((text) => html`<p class="once">${text}</p>`)}
              ${step.text.map((text) => html`<p>${text}</p>`)}
            </li>`,
        )}
      </ul>`;
    return html`<div class="plan">
      ${
        result.plan.now.length > 0
          ? html`<p class="plan-label">${ui.planNow}</p>
              ${steps(result.plan.now)}`
          : nothing
      }
      ${
        result.plan.next.length > 0
          ? html`<p class="plan-label">${ui.planNext}</p>
              ${steps(result.plan.next)}`
          : nothing
      }
      ${
        result.plan.tips.length > 0
          ? html`<p class="plan-label">${ui.planTips}</p>
              <ul class="tips">
                ${result.plan.tips.map((tip) => html`<li>${tip.text}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private renderTypeLinks(type: TypeId) {
    if (!this.linked) return nothing;
    const ui = this.quiz.ui;
    return html`<p class="type-links">
      <button type="button" class="link" @click=${() => fire(this, 'usce-show-type', { type, section: 'table' })}>
        ${ui.seeInTable}
      </button>
      <button type="button" class="link" @click=${() => fire(this, 'usce-show-type', { type, section: 'cards' })}>
        ${ui.seeCard}
      </button>
    </p>`;
  }

  private renderShare() {
    const ui = this.quiz.ui;
    const url = this.shareUrl();
    const inputId = `${this.idPrefix}-share`;
    return html`<div class="share">
      <label for=${inputId}>${ui.share}</label>
      <div class="share-row">
        <input
          id=${inputId}
          type="text"
          readonly
          .value=${url}
          @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
        />
        <button type="button" class="secondary" part="quiz-button" @click=${this.onCopy}>${ui.copyLink}</button>
      </div>
      <p class="copy-status" role="status">
        ${this.copyState === 'copied' ? ui.copied : this.copyState === 'failed' ? ui.copyFailed : ''}
      </p>
    </div>`;
  }

  // ---- reader actions ----

  private choose(question: Question, optionId: string): void {
    const answers = new Map(this.answers);
    answers.set(question.id, optionId);
    this.answers = answers;
    this.missing = false;
    if (!this.started) {
      this.started = true;
      fire(this, 'usce-quiz-start', { total: this.total });
    }
    fire(this, 'usce-quiz-answer', { questionId: question.id, optionId, step: this.step + 1 });
    this.save();
  }

  private onNext = (event: Event): void => {
    event.preventDefault();
    const question = this.quiz.questions[this.step];
    if (!question) return;
    if (!this.answers.has(question.id) && !question.optional) {
      this.missing = true;
      this.focusAfterUpdate = 'first-option';
      return;
    }
    this.advance();
  };

  private onSkip = (): void => {
    const question = this.quiz.questions[this.step];
    if (!question) return;
    const answers = new Map(this.answers);
    answers.delete(question.id);
    this.answers = answers;
    this.advance();
  };

  private onBack = (): void => {
    this.missing = false;
    this.goTo(Math.max(0, this.step - 1));
  };

  private onRestart = (): void => {
    this.answers = new Map();
    this.started = false;
    this.note = '';
    this.copyState = 'idle';
    if (this.remember) forgetRemembered();
    fire(this, 'usce-quiz-restart', {});
    this.goTo(0);
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

  private advance(): void {
    this.missing = false;
    const next = this.step + 1;
    this.goTo(next);
    if (next >= this.total) {
      this.result = score(this.quiz, this.answerList());
      fire(this, 'usce-quiz-complete', {
        ranking: this.result.ranking.map((r) => r.type),
        answers: this.result.answers,
        restored: false,
      });
    }
    this.save();
  }

  private goTo(step: number): void {
    this.step = step;
    this.copyState = 'idle';
    const onResult = step >= this.total;
    this.focusAfterUpdate = onResult ? 'result' : 'question';
    const ui = this.quiz.ui;
    this.announcement = onResult ? ui.resultHeading : format(ui.progress, { n: step + 1, total: this.total });
  }

  // ---- helpers ----

  private sub(level: HeadingLevel): HeadingLevel {
    return Math.min(level + 1, 6) as HeadingLevel;
  }

  private answerList(): QuizAnswer[] {
    return this.quiz.questions
      .filter((q) => this.answers.has(q.id))
      .map((q) => ({ questionId: q.id, optionId: this.answers.get(q.id)! }));
  }

  private typeOf(id: TypeId) {
    return this.resolved.types.find((t) => t.id === id) ?? null;
  }

  private typeName(id: TypeId): string {
    return this.resolved.types.find((t) => t.id === id)?.name ?? id;
  }

  private because(answers: readonly QuizAnswer[]): string {
    const labels = answers
      .map((answer) => describeAnswer(this.quiz, answer)?.option.label)
      .filter((label): label is string => Boolean(label));
    return labels.length > 0 ? format(this.quiz.ui.becauseAnswer, { answer: labels.join('; ') }) : '';
  }

  private shareUrl(): string {
    const code = encodeAnswers(this.quiz, this.answerList());
    const base = location.href.split('#')[0];
    return `${base}#${SHARE_KEY}=${code}`;
  }

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
    this.answers = new Map(decoded.answers.map((a) => [a.questionId, a.optionId]));
    this.started = decoded.answers.length > 0;
    const rememberedStep = fromLink ? this.total : (readRemembered()?.step ?? 0);
    this.step = Math.min(Math.max(0, rememberedStep), this.total);
    if (this.step >= this.total) {
      this.result = score(this.quiz, this.answerList());
      fire(this, 'usce-quiz-complete', {
        ranking: this.result.ranking.map((r) => r.type),
        answers: this.result.answers,
        restored: true,
      });
    }
  }

  private save(): void {
    if (!this.remember) return;
    remember({ code: encodeAnswers(this.quiz, this.answerList()), step: this.step });
  }
}

/** The share code in a location hash like `#usce-quiz=v1.abcd.012`, or null when there is none. */
export function readShareCode(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_KEY);
}
