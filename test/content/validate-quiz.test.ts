import { expect } from '@open-wc/testing';
import type { ContentProblem } from '../../src/content/types.js';
import { builtInQuiz } from '../../src/content/quiz-questions.js';
import { QUIZ_UI_PLACEHOLDERS, type Effect, type QuizContent } from '../../src/content/quiz-types.js';
import { validateQuiz } from '../../src/content/validate-quiz.js';

/** A deep copy of the built-in quiz, typed loosely so a test can break it. */
function copyOfQuiz(): QuizContent {
  return structuredClone(builtInQuiz);
}

// Loose views for writing values the schema forbids.
type Loose = Record<string, unknown>;
const loose = (value: object): Loose => value as Loose;

const TYPES = 'hands-on, observership, research, virtual';
const QUESTION_IDS = 'stage, status, time, cost, specialty, experience, timing, exams';
// quiz.questions[1].options[3] is "visa-free"; its effects[1] has a condition on "stage".
const CONDITION = 'quiz.questions[1].options[3].effects[1].when[0]';

/** The condition at {@link CONDITION}, loosely typed. */
function condition(quiz: QuizContent): Loose {
  return loose(quiz.questions[1].options[3].effects[1].when?.[0] ?? {});
}

function problem(path: string, message: string): ContentProblem {
  return { path, message };
}

describe('validateQuiz', () => {
  it('finds no problem with the built-in quiz', () => {
    expect(validateQuiz(builtInQuiz, 'quiz')).to.deep.equal([]);
  });

  it('finds no problem with a copy, and roots paths where it is told', () => {
    const quiz = copyOfQuiz();
    expect(validateQuiz(quiz, '')).to.deep.equal([]);
    quiz.questions[0].prompt = '';
    expect(validateQuiz(quiz, '')).to.deep.equal([problem('questions[0].prompt', 'must be a non-empty string')]);
  });

  it('reports a value that is not an object, or none at all', () => {
    expect(validateQuiz(null, 'quiz')).to.deep.equal([problem('quiz', 'must be an object')]);
    expect(validateQuiz([], 'quiz')).to.deep.equal([problem('quiz', 'must be an object')]);
    expect(validateQuiz(undefined, 'quiz')).to.deep.equal([problem('quiz', 'is missing')]);
  });

  const cases: [string, (quiz: QuizContent) => void, ContentProblem[]][] = [
    [
      'an empty option label',
      (q) => void (q.questions[1].options[0].label = ''),
      [problem('quiz.questions[1].options[0].label', 'must be a non-empty string')],
    ],
    [
      'a blank prompt',
      (q) => void (q.questions[2].prompt = '   '),
      [problem('quiz.questions[2].prompt', 'must be a non-empty string')],
    ],
    [
      'a duplicate question id',
      (q) => void (q.questions[2].id = 'stage'),
      [problem('quiz.questions[2].id', 'duplicate id "stage" (also at quiz.questions[0])')],
    ],
    [
      'a duplicate option id',
      (q) => void (q.questions[3].options[1].id = 'tight'),
      [problem('quiz.questions[3].options[1].id', 'duplicate id "tight" (also at quiz.questions[3].options[0])')],
    ],
    [
      'a question with one option',
      (q) => void q.questions[3].options.splice(1),
      [problem('quiz.questions[3].options', 'must have at least 2 items')],
    ],
    [
      'a question with more options than a share code can hold',
      (q) => {
        q.questions[3].options = Array.from({ length: 37 }, (_, i) => ({ id: `o${i}`, label: `O${i}`, effects: [] }));
      },
      [problem('quiz.questions[3].options', 'must have at most 36 items')],
    ],
    ['no questions', (q) => void (q.questions = []), [problem('quiz.questions', 'must have at least 1 item')]],
    [
      'an optional flag that is not a boolean',
      (q) => void (loose(q.questions[3]).optional = 'yes'),
      [problem('quiz.questions[3].optional', 'must be true or false')],
    ],
    [
      'an effect on an unknown type',
      (q) => void (loose(q.questions[0].options[0].effects[0]).type = 'surgery'),
      [problem('quiz.questions[0].options[0].effects[0].type', `must be one of: ${TYPES}`)],
    ],
    [
      'an effect of an unknown kind',
      (q) => void (loose(q.questions[0].options[0].effects[0]).kind = 'bonus'),
      [problem('quiz.questions[0].options[0].effects[0].kind', 'must be one of: score, rule-out, plan, tip')],
    ],
    [
      'points that are not a whole number',
      (q) => void (loose(q.questions[0].options[0].effects[0]).points = 1.5),
      [problem('quiz.questions[0].options[0].effects[0].points', 'must be a whole number')],
    ],
    [
      'a rule-out without what would change it',
      (q) =>
        void (q.questions[0].options[1].effects[0] = {
          kind: 'rule-out',
          type: 'hands-on',
          reason: 'Not yet.',
        } as unknown as Effect),
      [problem('quiz.questions[0].options[1].effects[0].unlockedBy', 'is missing')],
    ],
    [
      'a plan step whose alongside flag is not a boolean',
      (q) => void (loose(q.questions[4].options[0].effects[1]).alongside = 1),
      [problem('quiz.questions[4].options[0].effects[1].alongside', 'must be true or false')],
    ],
    [
      'a key that does not belong to the effect kind',
      (q) => void (loose(q.questions[2].options[1].effects[2]).type = 'research'),
      [problem('quiz.questions[2].options[1].effects[2].type', 'unknown key; expected one of: kind, when, text')],
    ],
    [
      'effects that are not a list',
      (q) => void (loose(q.questions[3].options[1]).effects = 'none'),
      [problem('quiz.questions[3].options[1].effects', 'must be an array')],
    ],
    [
      'an empty list of conditions',
      (q) => void (q.questions[1].options[3].effects[1].when = []),
      [problem('quiz.questions[1].options[3].effects[1].when', 'must have at least 1 item')],
    ],
    [
      'a condition on an unknown question',
      (q) => void (condition(q).question = 'year'),
      [problem(`${CONDITION}.question`, `must be one of: ${QUESTION_IDS}`)],
    ],
    [
      'a condition on an unknown option',
      (q) => void (condition(q).anyOf = ['intern']),
      [
        problem(
          `${CONDITION}.anyOf[0]`,
          'must be one of: student-early, student-clinical, student-us-cores, graduate, graduate-older',
        ),
      ],
    ],
    [
      'a condition with both anyOf and noneOf',
      (q) => void (condition(q).noneOf = ['graduate']),
      [problem(CONDITION, 'must have exactly one of anyOf, noneOf')],
    ],
    [
      'a condition with neither anyOf nor noneOf',
      (q) => void delete condition(q).anyOf,
      [problem(CONDITION, 'must have exactly one of anyOf, noneOf')],
    ],
    [
      'an interface string that lost a placeholder',
      (q) => void (q.ui.progress = 'Question {n}'),
      [problem('quiz.ui.progress', 'must contain the placeholder {total}')],
    ],
    ['a missing interface string', (q) => void delete loose(q.ui).seeCard, [problem('quiz.ui.seeCard', 'is missing')]],
    [
      'a close-call string that lost a placeholder',
      (q) => void (q.ui.closeCall = 'A close call between {first} and the next one.'),
      [problem('quiz.ui.closeCall', 'must contain the placeholder {second}')],
    ],
    [
      'an unknown interface string',
      (q) => void (loose(q.ui).sumbit = 'Submit'),
      [problem('quiz.ui.sumbit', `unknown key; expected one of: ${Object.keys(QUIZ_UI_PLACEHOLDERS).join(', ')}`)],
    ],
    [
      'an unknown key on a question',
      (q) => void (loose(q.questions[0]).prompts = 'x'),
      [problem('quiz.questions[0].prompts', 'unknown key; expected one of: id, prompt, help, optional, options')],
    ],
    [
      'an unknown key on the quiz',
      (q) => void (loose(q).version = 2),
      [problem('quiz.version', 'unknown key; expected one of: ui, questions, steps, orderRules')],
    ],
    [
      'a type without a default plan step',
      (q) => void delete loose(q.steps).virtual,
      [problem('quiz.steps.virtual', 'is missing')],
    ],
    [
      'an order rule that names one type twice',
      (q) => void (q.orderRules[0].staysBelow = 'research'),
      [problem('quiz.orderRules[0].staysBelow', 'must differ from type')],
    ],
    [
      'an order rule on an unknown type',
      (q) => void (loose(q.orderRules[0]).type = 'clerkship'),
      [problem('quiz.orderRules[0].type', `must be one of: ${TYPES}`)],
    ],
    [
      'a property that throws when read',
      (q) =>
        void Object.defineProperty(q.questions[0], 'prompt', {
          enumerable: true,
          get() {
            throw new Error('no');
          },
        }),
      [problem('quiz.questions[0].prompt', 'could not be read')],
    ],
  ];

  for (const [name, change, expected] of cases) {
    it(`reports ${name}`, () => {
      const quiz = copyOfQuiz();
      change(quiz);
      expect(validateQuiz(quiz, 'quiz')).to.deep.equal(expected);
    });
  }

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => Object.prototype,
        ownKeys: () => {
          throw new Error('no');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('no');
        },
      },
    );
    for (const value of [0, 'quiz', Symbol('quiz'), () => builtInQuiz, hostile]) {
      expect(() => validateQuiz(value, 'quiz')).to.not.throw();
      expect(validateQuiz(value, 'quiz')).to.not.be.empty;
    }
  });
});
