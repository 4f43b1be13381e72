/**
 * The reader as the eligibility table sees them: their stage and status,
 * read cautiously when a question was skipped, and which rules and
 * safeguards apply to them. Pure.
 */

import {
  CAUTIOUS_STAGE,
  CAUTIOUS_STATUS,
  STAGE_QUESTION,
  STAGES,
  STATUS_QUESTION,
  STATUSES,
  type EligibilityRule,
  type Safeguard,
  type StageId,
  type StatusId,
} from '../content/eligibility.js';
import type { Blocker, Option, PlanTip, QuizAnswer } from '../content/quiz-types.js';
import type { TypeId } from '../content/type-ids.js';
import { addAnswers, conditionAnswers, conditionHolds } from './answers.js';

/** Who the reader is, for the eligibility rules. */
export interface Reader {
  stage: StageId;
  status: StatusId;
  /** The answers the stage and status were read from (none when skipped). */
  stageAnswer: QuizAnswer[];
  statusAnswer: QuizAnswer[];
}

function oneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (list as readonly string[]).includes(value);
}

/** Reads stage and status from the answers; unknown or skipped ones take the cautious reading. */
export function readerOf(chosen: ReadonlyMap<string, Option>): Reader {
  const stageId = chosen.get(STAGE_QUESTION)?.id;
  const statusId = chosen.get(STATUS_QUESTION)?.id;
  const stageKnown = oneOf(STAGES, stageId);
  const statusKnown = oneOf(STATUSES, statusId);
  return {
    stage: stageKnown ? stageId : CAUTIOUS_STAGE,
    status: statusKnown ? statusId : CAUTIOUS_STATUS,
    stageAnswer: stageKnown ? [{ questionId: STAGE_QUESTION, optionId: stageId }] : [],
    statusAnswer: statusKnown ? [{ questionId: STATUS_QUESTION, optionId: statusId }] : [],
  };
}

/** The eligibility rules that rule each type out for this reader, as blockers. */
export function blockersFor(
  rules: readonly EligibilityRule[],
  reader: Reader,
  chosen: ReadonlyMap<string, Option>,
): Map<TypeId, Blocker[]> {
  const blockers = new Map<TypeId, Blocker[]>();
  for (const rule of rules) {
    if (!rule.stages.includes(reader.stage) || !rule.statuses.includes(reader.status)) continue;
    const when = rule.when ?? [];
    if (!when.every((c) => conditionHolds(c, chosen))) continue;
    const because: QuizAnswer[] = [];
    // The answers that decided it: the other answers the rule needs first,
    // then the stage and the status it was read for.
    addAnswers(because, conditionAnswers(when, chosen));
    if (rule.stages.length < STAGES.length) addAnswers(because, reader.stageAnswer);
    if (rule.statuses.length < STATUSES.length) addAnswers(because, reader.statusAnswer);
    const list = blockers.get(rule.type) ?? [];
    list.push({ reason: rule.reason, unlockedBy: rule.unlockedBy, because });
    blockers.set(rule.type, list);
  }
  return blockers;
}

/** The safeguards that apply to this reader, given which types the plan suggests as open. */
export function safeguardsFor(
  safeguards: readonly Safeguard[],
  reader: Reader,
  planned: (type: TypeId) => boolean,
): PlanTip[] {
  const warnings: PlanTip[] = [];
  for (const safeguard of safeguards) {
    if (safeguard.stages !== undefined && !safeguard.stages.includes(reader.stage)) continue;
    if (safeguard.statuses !== undefined && !safeguard.statuses.includes(reader.status)) continue;
    if (safeguard.whenPlanned !== undefined && !planned(safeguard.whenPlanned)) continue;
    const because: QuizAnswer[] = [];
    if (safeguard.stages !== undefined) addAnswers(because, reader.stageAnswer);
    if (safeguard.statuses !== undefined) addAnswers(because, reader.statusAnswer);
    warnings.push(
      safeguard.source === undefined
        ? { text: safeguard.text, because }
        : { text: safeguard.text, because, source: safeguard.source },
    );
  }
  return warnings;
}
