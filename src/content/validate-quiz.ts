/**
 * Checks any value against the quiz schema in `quiz-types.ts`, with the same
 * building blocks as the content's `validate()`. Pure: no DOM, no lit.
 */

import {
  at,
  checkArray,
  checkBoolean,
  checkKnownKeys,
  checkNonEmptyString,
  checkObject,
  checkOneOf,
  checkPlaceholders,
  checkPresent,
  checkUniqueId,
  field,
  index,
  item,
  listOf,
  report,
  type Problems,
} from './checks.js';
import { TYPE_IDS, type ContentProblem } from './types.js';
import { EFFECT_KINDS, MAX_OPTIONS, QUIZ_UI_PLACEHOLDERS, type QuizContent } from './quiz-types.js';

const QUIZ_KEYS = ['ui', 'questions', 'steps', 'orderRules'] as const satisfies readonly (keyof QuizContent)[];
const UI_KEYS = Object.keys(QUIZ_UI_PLACEHOLDERS) as (keyof typeof QUIZ_UI_PLACEHOLDERS)[];
const QUESTION_KEYS = ['id', 'prompt', 'help', 'optional', 'options'] as const;
const OPTION_KEYS = ['id', 'label', 'effects'] as const;
const ORDER_RULE_KEYS = ['type', 'staysBelow', 'reason'] as const;
// The keys each kind of effect may have; `kind` and `when` are shared.
const EFFECT_KEYS = {
  score: ['kind', 'when', 'type', 'points', 'reason'],
  'rule-out': ['kind', 'when', 'type', 'reason', 'unlockedBy'],
  plan: ['kind', 'when', 'type', 'text', 'alongside'],
  tip: ['kind', 'when', 'text'],
} as const satisfies Record<(typeof EFFECT_KINDS)[number], readonly string[]>;

/** Question id -> its option ids, for checking conditions once every question is known. */
type QuestionIndex = Map<string, string[]>;

/** A condition found in an effect, checked after all questions are read. */
interface PendingCondition {
  value: Record<string, unknown>;
  path: string;
}

function checkUi(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, problems)) return;
  for (const key of UI_KEYS) {
    const text = field(value, key, path, problems);
    if (checkNonEmptyString(text, at(path, key), problems)) {
      checkPlaceholders(text, QUIZ_UI_PLACEHOLDERS[key], at(path, key), problems);
    }
  }
  checkKnownKeys(value, UI_KEYS, path, problems);
}

function checkPoints(value: unknown, path: string, problems: Problems): void {
  if (!checkPresent(value, path, problems)) return;
  if (typeof value !== 'number' || !Number.isInteger(value)) report(problems, path, 'must be a whole number');
}

function checkEffect(value: unknown, path: string, problems: Problems, conditions: PendingCondition[]): void {
  if (!checkObject(value, path, problems)) return;
  const kind = field(value, 'kind', path, problems);
  if (!checkOneOf(kind, EFFECT_KINDS, at(path, 'kind'), problems)) return;

  const whenPath = at(path, 'when');
  const when = field(value, 'when', path, problems);
  if (when !== undefined) {
    const array = checkArray(when, whenPath, problems, { minItems: 1 });
    for (let i = 0; array !== undefined && i < array.length; i++) {
      const conditionPath = index(whenPath, i);
      const condition = item(array, i, whenPath, problems);
      if (checkObject(condition, conditionPath, problems)) conditions.push({ value: condition, path: conditionPath });
    }
  }

  if (kind !== 'tip') checkOneOf(field(value, 'type', path, problems), TYPE_IDS, at(path, 'type'), problems);
  switch (kind) {
    case 'score':
      checkPoints(field(value, 'points', path, problems), at(path, 'points'), problems);
      checkNonEmptyString(field(value, 'reason', path, problems), at(path, 'reason'), problems);
      break;
    case 'rule-out':
      checkNonEmptyString(field(value, 'reason', path, problems), at(path, 'reason'), problems);
      checkNonEmptyString(field(value, 'unlockedBy', path, problems), at(path, 'unlockedBy'), problems);
      break;
    case 'plan': {
      checkNonEmptyString(field(value, 'text', path, problems), at(path, 'text'), problems);
      const alongside = field(value, 'alongside', path, problems);
      if (alongside !== undefined) checkBoolean(alongside, at(path, 'alongside'), problems);
      break;
    }
    case 'tip':
      checkNonEmptyString(field(value, 'text', path, problems), at(path, 'text'), problems);
      break;
  }
  checkKnownKeys(value, EFFECT_KEYS[kind], path, problems);
}

/** Checks one option; returns its id when it is a usable string. */
function checkOption(
  value: unknown,
  path: string,
  problems: Problems,
  conditions: PendingCondition[],
): string | undefined {
  if (!checkObject(value, path, problems)) return undefined;
  const id = field(value, 'id', path, problems);
  const idOk = checkNonEmptyString(id, at(path, 'id'), problems);
  checkNonEmptyString(field(value, 'label', path, problems), at(path, 'label'), problems);
  const effectsPath = at(path, 'effects');
  const effects = checkArray(field(value, 'effects', path, problems), effectsPath, problems);
  for (let i = 0; effects !== undefined && i < effects.length; i++) {
    checkEffect(item(effects, i, effectsPath, problems), index(effectsPath, i), problems, conditions);
  }
  checkKnownKeys(value, OPTION_KEYS, path, problems);
  return idOk ? id : undefined;
}

function checkQuestion(
  value: unknown,
  path: string,
  problems: Problems,
  questions: QuestionIndex,
  seenQuestions: Map<string, string>,
  conditions: PendingCondition[],
): void {
  if (!checkObject(value, path, problems)) return;
  const id = field(value, 'id', path, problems);
  const idOk = checkNonEmptyString(id, at(path, 'id'), problems);
  const unique = idOk && checkUniqueId(seenQuestions, id, path, at(path, 'id'), problems);
  checkNonEmptyString(field(value, 'prompt', path, problems), at(path, 'prompt'), problems);
  const help = field(value, 'help', path, problems);
  if (help !== undefined) checkNonEmptyString(help, at(path, 'help'), problems);
  const optional = field(value, 'optional', path, problems);
  if (optional !== undefined) checkBoolean(optional, at(path, 'optional'), problems);

  const optionsPath = at(path, 'options');
  const options = checkArray(field(value, 'options', path, problems), optionsPath, problems, { minItems: 2 });
  const optionIds: string[] = [];
  if (options !== undefined) {
    // A share code stores each answer as one base-36 character.
    if (options.length > MAX_OPTIONS) report(problems, optionsPath, `must have at most ${MAX_OPTIONS} items`);
    const seen = new Map<string, string>();
    for (let i = 0; i < options.length; i++) {
      const optionPath = index(optionsPath, i);
      const optionId = checkOption(item(options, i, optionsPath, problems), optionPath, problems, conditions);
      if (optionId !== undefined && checkUniqueId(seen, optionId, optionPath, at(optionPath, 'id'), problems)) {
        optionIds.push(optionId);
      }
    }
  }
  if (unique) questions.set(id, optionIds);
  checkKnownKeys(value, QUESTION_KEYS, path, problems);
}

// Conditions may name any question, earlier or later, so they are checked
// once every question's id and options are known.
function checkCondition({ value, path }: PendingCondition, questions: QuestionIndex, problems: Problems): void {
  const question = field(value, 'question', path, problems);
  let optionIds: string[] | undefined;
  if (checkNonEmptyString(question, at(path, 'question'), problems)) {
    optionIds = questions.get(question);
    if (optionIds === undefined) {
      report(problems, at(path, 'question'), `must be one of: ${listOf([...questions.keys()])}`);
    }
  }
  const anyOf = field(value, 'anyOf', path, problems);
  const noneOf = field(value, 'noneOf', path, problems);
  if ((anyOf === undefined) === (noneOf === undefined)) {
    report(problems, path, 'must have exactly one of anyOf, noneOf');
  }
  for (const [key, list] of [
    ['anyOf', anyOf],
    ['noneOf', noneOf],
  ] as const) {
    if (list === undefined) continue;
    const listPath = at(path, key);
    const array = checkArray(list, listPath, problems, { minItems: 1 });
    for (let i = 0; array !== undefined && i < array.length; i++) {
      const optionId = item(array, i, listPath, problems);
      if (!checkNonEmptyString(optionId, index(listPath, i), problems) || optionIds === undefined) continue;
      if (!optionIds.includes(optionId)) {
        report(problems, index(listPath, i), `must be one of: ${listOf(optionIds)}`);
      }
    }
  }
  checkKnownKeys(value, ['question', 'anyOf', 'noneOf'], path, problems);
}

function checkSteps(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, problems)) return;
  for (const type of TYPE_IDS) checkNonEmptyString(field(value, type, path, problems), at(path, type), problems);
  checkKnownKeys(value, TYPE_IDS, path, problems);
}

function checkOrderRules(value: unknown, path: string, problems: Problems): void {
  const array = checkArray(value, path, problems);
  for (let i = 0; array !== undefined && i < array.length; i++) {
    const rulePath = index(path, i);
    const rule = item(array, i, path, problems);
    if (!checkObject(rule, rulePath, problems)) continue;
    const type = field(rule, 'type', rulePath, problems);
    const below = field(rule, 'staysBelow', rulePath, problems);
    const typeOk = checkOneOf(type, TYPE_IDS, at(rulePath, 'type'), problems);
    const belowOk = checkOneOf(below, TYPE_IDS, at(rulePath, 'staysBelow'), problems);
    if (typeOk && belowOk && type === below) report(problems, at(rulePath, 'staysBelow'), 'must differ from type');
    checkNonEmptyString(field(rule, 'reason', rulePath, problems), at(rulePath, 'reason'), problems);
    checkKnownKeys(rule, ORDER_RULE_KEYS, rulePath, problems);
  }
}

function checkQuiz(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, problems)) return;
  checkUi(field(value, 'ui', path, problems), at(path, 'ui'), problems);

  const questionsPath = at(path, 'questions');
  const list = checkArray(field(value, 'questions', path, problems), questionsPath, problems, { minItems: 1 });
  const questions: QuestionIndex = new Map();
  const seen = new Map<string, string>();
  const conditions: PendingCondition[] = [];
  for (let i = 0; list !== undefined && i < list.length; i++) {
    const questionPath = index(questionsPath, i);
    checkQuestion(item(list, i, questionsPath, problems), questionPath, problems, questions, seen, conditions);
  }
  for (const condition of conditions) checkCondition(condition, questions, problems);

  checkSteps(field(value, 'steps', path, problems), at(path, 'steps'), problems);
  checkOrderRules(field(value, 'orderRules', path, problems), at(path, 'orderRules'), problems);
  checkKnownKeys(value, QUIZ_KEYS, path, problems);
}

/**
 * Checks any value against the quiz schema and returns every problem found,
 * each with its path under `path` (`quiz.questions[1].options[0].label`); an
 * empty list means the value is a valid quiz. Checks unique ids, at least two
 * options per question, known type ids in every effect, conditions that name
 * real questions and options, placeholders in the interface strings, and
 * unknown keys.
 *
 * Never throws, whatever the value.
 */
export function validateQuiz(value: unknown, path: string): ContentProblem[] {
  const problems: Problems = [];
  try {
    checkQuiz(value, path, problems);
  } catch {
    // Every read is guarded; this catches whatever a hostile proxy can still throw.
    report(problems, path, 'could not be read');
  }
  return problems;
}
