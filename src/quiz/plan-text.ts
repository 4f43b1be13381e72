/**
 * The result and plan as plain text, for the reader to paste into notes or
 * an email. Pure: no DOM, no lit. It says what the result view says, in the
 * same order, without the parts that only make sense on screen (links to the
 * table and the cards, the folded "Why" lists of the lower-ranked types).
 */

import { format } from '../content/select.js';
import type { TypeId } from '../content/types.js';
import type { PlanStep, QuizResult, QuizUi } from '../content/quiz-types.js';

/**
 * `result` as text: the suggestion and its reasons, the plan with its warnings, the ranking,
 * the caveat and, last, `url` (where the plan came from). `nameOf` gives a
 * type's display name.
 */
export function planText(ui: QuizUi, result: QuizResult, nameOf: (id: TypeId) => string, url: string): string {
  const first = result.ranking[0];
  const lines: string[] = [ui.resultHeading, ''];
  if (result.suggestion !== null && first) {
    lines.push(`${ui.suggestion}: ${nameOf(first.type)}`, ...first.reasons.map((reason) => `- ${reason.text}`));
  } else {
    lines.push(ui.noSuggestion);
  }

  const steps = (label: string, items: readonly PlanStep[]) => {
    if (items.length === 0) return;
    lines.push('', `${label}:`);
    for (const step of items) {
      const alongside = step.alongside
        ? ` (${format(ui.alongside, { type: nameOf(result.suggestion ?? step.type) })})`
        : '';
      lines.push(`- ${nameOf(step.type)}${alongside}: ${[...step.once, ...step.text].join(' ')}`);
    }
  };
  lines.push('', ui.plan);
  steps(ui.planNow, result.plan.now);
  steps(ui.planNext, result.plan.next);
  if (result.warnings.length > 0) {
    lines.push(
      '',
      `${ui.warnings}:`,
      ...result.warnings.map((warning) => `- ${warning.text}${warning.source ? ` (${warning.source.url})` : ''}`),
    );
  }
  if (result.plan.tips.length > 0) {
    lines.push('', `${ui.planTips}:`, ...result.plan.tips.map((tip) => `- ${tip.text}`));
  }

  lines.push('', ui.fullRanking);
  for (const ranked of result.ranking) {
    const rank = format(ui.rankItem, { rank: ranked.rank, type: nameOf(ranked.type) });
    lines.push(ranked.possibleNow ? rank : `${rank} (${ui.notPossibleNow})`);
  }

  lines.push('', result.caveat, '', format(ui.planFrom, { url }));
  return lines.join('\n');
}
