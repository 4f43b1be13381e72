import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../content/select.js';
import type { ClinicalType, TypeId } from '../../content/types.js';
import type { PlanTip, QuizAnswer, QuizContent, QuizResult, RankedType, Reason } from '../../content/quiz-types.js';
import { safeHref } from '../../content/url.js';
import { fire } from '../../events.js';
import { describeAnswer } from '../../quiz/score.js';
import { renderCta, resolveCta, type CtaSettings } from '../shared/cta.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { actionSlot, AFTER_RESULT_SLOT, renderPartnerSlot } from './partner-slots.js';

/** What the copy button last did. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** Everything the result view shows, and the actions it offers. */
export interface ResultView {
  /** The element: the source of the events the view fires. */
  readonly host: HTMLElement;
  readonly quiz: QuizContent;
  readonly types: readonly ClinicalType[];
  readonly result: QuizResult;
  readonly level: HeadingLevel;
  readonly cta: CtaSettings;
  /** Inside `<usce-compare>`: offer links to the type in the table and the cards. */
  readonly linked: boolean;
  /** The share link and its copy button, or null when sharing is off. */
  readonly share: { url: string; inputId: string; copyState: CopyState; onCopy: () => void } | null;
  /** The Print and Copy plan buttons and their feedback, shown under the plan. */
  readonly keepPlan: unknown;
  readonly onRestart: () => void;
}

/** One level below `level`, for the sections under a heading (6 stays 6). */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/**
 * The result: the suggestion with its reasons and call to action, the plan,
 * the full ranking, what is not possible now and why, the caveat, the share
 * link and the restart button. The partner's slots sit where a reader
 * decides: their action for the suggested type beside it, anything else
 * (a lead form) after the result and before Restart.
 */
export function renderResult(view: ResultView): TemplateResult {
  const { result, quiz, level } = view;
  const ui = quiz.ui;
  const inner = subLevel(level);
  const first = result.ranking[0];
  const suggestion = result.suggestion !== null && first ? first : null;
  return html`<div class="result" part="result">
    ${heading(level, ui.resultHeading, { className: 'result-heading', focusable: true })}
    <div class="suggestion">
      ${
        suggestion
          ? html`<p class="suggestion-label">${ui.suggestion}</p>
              <p class="suggestion-name">${typeName(view, suggestion.type)}</p>
              ${renderCloseCall(view)} ${renderReasons(view, suggestion.reasons)}
              ${renderTypeLinks(view, suggestion.type)}
              ${renderCta(view.host, resolveCta(view.cta, typeOf(view, suggestion.type)), suggestion.type, 'quiz')}
              ${renderPartnerSlot(actionSlot(suggestion.type))}`
          : html`<p>${ui.noSuggestion}</p>`
      }
    </div>

    ${heading(inner, ui.plan, { className: 'section-heading' })} ${renderPlan(view)} ${view.keepPlan}
    ${heading(inner, ui.fullRanking, { className: 'section-heading' })}
    <ol class="ranking">
      ${result.ranking.map((ranked) => renderRanked(view, ranked))}
    </ol>

    ${
      result.notPossibleNow.length > 0
        ? html`${heading(inner, ui.notPossibleNow, { className: 'section-heading' })}
            <ul class="blocked">
              ${result.notPossibleNow.map(
                (item) =>
                  html`<li>
                    <strong>${typeName(view, item.type)}</strong>
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
    ${view.share ? renderShare(view, view.share) : nothing} ${renderPartnerSlot(AFTER_RESULT_SLOT)}
    <div class="actions">
      <button type="button" class="secondary" part="quiz-button" @click=${view.onRestart}>${ui.restart}</button>
    </div>
  </div>`;
}

// A tie at the top, in words: the fixed order between level types is not a judgement.
function renderCloseCall(view: ResultView) {
  const [first, ...others] = view.result.closeCall;
  if (first === undefined || others.length === 0) return nothing;
  const text = format(view.quiz.ui.closeCall, {
    first: typeName(view, first),
    second: others.map((type) => typeName(view, type)).join(', '),
  });
  return html`<p class="close-call">${text}</p>`;
}

function renderRanked(view: ResultView, ranked: RankedType) {
  const ui = view.quiz.ui;
  // Reasons fold away here: the first choice's are shown in full above, and
  // four open lists would bury the plan on a phone.
  return html`<li class="ranked ${ranked.possibleNow ? '' : 'not-now'}" data-type=${ranked.type}>
    <span class="ranked-name">${typeName(view, ranked.type)}</span>
    ${ranked.possibleNow ? nothing : html`<span class="tag">${ui.notPossibleNow}</span>`}
    <details>
      <summary>${ui.why}</summary>
      ${renderReasons(view, ranked.reasons)}
    </details>
  </li>`;
}

function renderReasons(view: ResultView, reasons: readonly Reason[]) {
  const ui = view.quiz.ui;
  if (reasons.length === 0) return html`<p class="muted">${ui.noReasons}</p>`;
  return html`<ul class="reasons">
    ${reasons.map(
      (reason) =>
        html`<li>
          ${reason.text}
          ${reason.because.length > 0 ? html`<span class="because">(${because(view, reason.because)})</span>` : nothing}
        </li>`,
    )}
  </ul>`;
}

function renderPlan(view: ResultView) {
  const { result } = view;
  const ui = view.quiz.ui;
  const steps = (items: QuizResult['plan']['now']) =>
    html`<ul class="plan-steps">
      ${items.map(
        (step) =>
          html`<li>
            <strong>${typeName(view, step.type)}</strong>${
              step.alongside
                ? html` <span class="tag"
                    >${format(ui.alongside, { type: typeName(view, result.suggestion ?? step.type) })}</span
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
      result.warnings.length > 0
        ? html`<div class="warnings">
            <p class="plan-label">${ui.warnings}</p>
            <ul>
              ${result.warnings.map((warning) => html`<li>${warning.text} ${renderWarningSource(warning)}</li>`)}
            </ul>
          </div>`
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

// The package's own links, still passed through the same http(s) check as content links.
function renderWarningSource(warning: PlanTip) {
  const href = warning.source === undefined ? undefined : safeHref(warning.source.url);
  return warning.source && href
    ? html`<a class="warning-source" href=${href} rel="noopener noreferrer">${warning.source.title}</a>`
    : nothing;
}

function renderTypeLinks(view: ResultView, type: TypeId) {
  if (!view.linked) return nothing;
  const ui = view.quiz.ui;
  return html`<p class="type-links">
    <button type="button" class="link" @click=${() => fire(view.host, 'usce-show-type', { type, section: 'table' })}>
      ${ui.seeInTable}
    </button>
    <button type="button" class="link" @click=${() => fire(view.host, 'usce-show-type', { type, section: 'cards' })}>
      ${ui.seeCard}
    </button>
  </p>`;
}

function renderShare(view: ResultView, share: NonNullable<ResultView['share']>) {
  const ui = view.quiz.ui;
  return html`<div class="share">
    <label for=${share.inputId}>${ui.share}</label>
    <div class="share-row">
      <input
        id=${share.inputId}
        type="text"
        readonly
        .value=${share.url}
        @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
      />
      <button type="button" class="secondary" part="quiz-button" @click=${share.onCopy}>${ui.copyLink}</button>
    </div>
    <p class="copy-status" role="status">
      ${share.copyState === 'copied' ? ui.copied : share.copyState === 'failed' ? ui.copyFailed : ''}
    </p>
  </div>`;
}

function typeOf(view: ResultView, id: TypeId): ClinicalType | null {
  return view.types.find((t) => t.id === id) ?? null;
}

function typeName(view: ResultView, id: TypeId): string {
  return typeOf(view, id)?.name ?? id;
}

/** "Your answer: …" for the answers behind a reason, or nothing when none can be named. */
function because(view: ResultView, answers: readonly QuizAnswer[]): string {
  const labels = answers
    .map((answer) => describeAnswer(view.quiz, answer)?.option.label)
    .filter((label): label is string => Boolean(label));
  return labels.length > 0 ? format(view.quiz.ui.becauseAnswer, { answer: labels.join('; ') }) : '';
}
