import { expect } from '@open-wc/testing';
import { MAX_ITEMS } from '../../src/content/checks.js';
import { builtInContent } from '../../src/content/content.js';
import { ATTRIBUTE_IDS, RATING_LEVELS, TYPE_IDS, type ContentProblem } from '../../src/content/types.js';
import { isContent, MAX_FACTS, MAX_LIST, validate } from '../../src/content/validate.js';
import { contentFixture } from '../helpers/content-fixture.js';

/** Deletes the key at the path instead of setting it. */
const REMOVE = Symbol('remove');

type Loose = Record<string | number, unknown>;

/** Splits `types[2].cells.patient-contact` into `['types', 2, 'cells', 'patient-contact']`. */
function segments(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map(([, i, key]) =>
    i === undefined ? (key as string) : Number(i),
  );
}

/** A fresh fixture with the value at `path` set to `value`, or removed. */
function withValue(path: string, value: unknown): unknown {
  const root = contentFixture() as unknown as Loose;
  const keys = segments(path);
  let parent = root;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Loose;
  const last = keys[keys.length - 1] as string | number;
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return root;
}

/** A fresh fixture changed by `change`, which may treat it as loosely typed. */
function changed(change: (content: Loose) => void): unknown {
  const root = contentFixture() as unknown as Loose;
  change(root);
  return root;
}

function get(root: unknown, path: string): Loose {
  let value = root as Loose;
  for (const key of segments(path)) value = value[key] as Loose;
  return value;
}

const p = (path: string, message: string): ContentProblem => ({ path, message });

const NON_EMPTY = 'must be a non-empty string';
const MISSING = 'is missing';
const OBJECT = 'must be an object';
const ARRAY = 'must be an array';
const URL_ONLY = 'must be an http(s) URL';
const ONE_LEVEL = `must be one of: ${RATING_LEVELS.join(', ')}`;
const ONE_TYPE = `must be one of: ${TYPE_IDS.join(', ')}`;
const ONE_ATTRIBUTE = `must be one of: ${ATTRIBUTE_IDS.join(', ')}`;
const unknownKey = (allowed: readonly string[]) => `unknown key; expected one of: ${allowed.join(', ')}`;
const UI_KEYS = Object.keys(contentFixture().ui);
const CONTENT_KEYS = ['version', 'lang', 'ui', 'attributes', 'types', 'facts', 'beforeYouApply', 'quiz'];
const TYPE_KEYS = ['id', 'name', 'otherNames', 'summary', 'suits', 'eligibility', 'pros', 'cons', 'cells', 'cta'];

describe('validate', () => {
  it('finds no problem in the fixture', () => {
    expect(validate(contentFixture())).to.deep.equal([]);
    expect(isContent(contentFixture())).to.equal(true);
  });

  it('the built-in content passes validation', () => {
    expect(validate(builtInContent)).to.deep.equal([]);
  });

  it('accepts content whose objects have no prototype', () => {
    // JSON-like objects made with Object.create(null) are as good as literals.
    const bare = Object.assign(Object.create(null) as Loose, contentFixture());
    bare['ui'] = Object.assign(Object.create(null) as Loose, bare['ui']);
    expect(validate(bare)).to.deep.equal([]);
  });

  describe('reports each defect at its path', () => {
    const cases: [name: string, path: string, value: unknown, expected: ContentProblem[]][] = [
      // Top level.
      ['version 2', 'version', 2, [p('version', 'must be 1')]],
      ['version as a string', 'version', '1', [p('version', 'must be 1')]],
      ['no version', 'version', REMOVE, [p('version', MISSING)]],
      ['empty lang', 'lang', '', [p('lang', NON_EMPTY)]],
      ['blank lang', 'lang', '   ', [p('lang', NON_EMPTY)]],
      ['numeric lang', 'lang', 5, [p('lang', NON_EMPTY)]],
      ['no lang', 'lang', REMOVE, [p('lang', MISSING)]],
      ['ui null', 'ui', null, [p('ui', OBJECT)]],
      ['ui an array', 'ui', [], [p('ui', OBJECT)]],
      ['ui a string', 'ui', 'ui', [p('ui', OBJECT)]],
      ['no ui', 'ui', REMOVE, [p('ui', MISSING)]],
      ['attributes an object', 'attributes', {}, [p('attributes', ARRAY)]],
      ['no attributes', 'attributes', REMOVE, [p('attributes', MISSING)]],
      ['types a string', 'types', 'hands-on', [p('types', ARRAY)]],
      ['no types', 'types', REMOVE, [p('types', MISSING)]],
      ['facts an object', 'facts', {}, [p('facts', ARRAY)]],
      ['no facts', 'facts', REMOVE, [p('facts', MISSING)]],
      ['no facts at all is fine', 'facts', [], []],
      ['an unknown top-level key', 'quizz', {}, [p('quizz', unknownKey(CONTENT_KEYS))]],

      // UI strings.
      ['empty ui string', 'ui.caveat', '', [p('ui.caveat', NON_EMPTY)]],
      ['numeric ui string', 'ui.intro', 42, [p('ui.intro', NON_EMPTY)]],
      ['null ui string', 'ui.heading', null, [p('ui.heading', NON_EMPTY)]],
      ['misspelt ui key', 'ui.heding', 'Heading', [p('ui.heding', unknownKey(UI_KEYS))]],
      ['no ratingLabels', 'ui.ratingLabels', REMOVE, [p('ui.ratingLabels', MISSING)]],
      ['ratingLabels an array', 'ui.ratingLabels', ['Strong'], [p('ui.ratingLabels', OBJECT)]],
      ['a rating label missing', 'ui.ratingLabels.none', REMOVE, [p('ui.ratingLabels.none', MISSING)]],
      ['an empty rating label', 'ui.ratingLabels.strong', '', [p('ui.ratingLabels.strong', NON_EMPTY)]],
      [
        'an unknown rating label',
        'ui.ratingLabels.great',
        'Great',
        [p('ui.ratingLabels.great', unknownKey(RATING_LEVELS))],
      ],
      [
        'dataYear without {year}',
        'ui.dataYear',
        'Data from {yr}',
        [p('ui.dataYear', 'must contain the placeholder {year}')],
      ],
      ['datedYear without {year}', 'ui.datedYear', 'As of', [p('ui.datedYear', 'must contain the placeholder {year}')]],
      [
        'unknownTypes without {valid}',
        'ui.unknownTypes',
        '{attribute}: {value}',
        [p('ui.unknownTypes', 'must contain the placeholder {valid}')],
      ],
      [
        'unknownValue without any placeholder',
        'ui.unknownValue',
        'Something is wrong',
        [
          p('ui.unknownValue', 'must contain the placeholder {attribute}'),
          p('ui.unknownValue', 'must contain the placeholder {value}'),
          p('ui.unknownValue', 'must contain the placeholder {valid}'),
        ],
      ],
      ['placeholders in any order', 'ui.unknownValue', '{valid} {value} {attribute}', []],

      // Attributes.
      ['empty attribute label', 'attributes[0].label', '', [p('attributes[0].label', NON_EMPTY)]],
      ['no attribute label', 'attributes[0].label', REMOVE, [p('attributes[0].label', MISSING)]],
      ['a description', 'attributes[1].description', 'Longer words.', []],
      ['empty description', 'attributes[1].description', '', [p('attributes[1].description', NON_EMPTY)]],
      ['numeric description', 'attributes[1].description', 3, [p('attributes[1].description', NON_EMPTY)]],
      [
        'unknown attribute id',
        'attributes[2].id',
        'nope',
        [p('attributes[2].id', ONE_ATTRIBUTE), p('attributes', 'must include id "program-weight"')],
      ],
      [
        'no attribute id',
        'attributes[2].id',
        REMOVE,
        [p('attributes[2].id', MISSING), p('attributes', 'must include id "program-weight"')],
      ],
      [
        'an attribute that is not an object',
        'attributes[3]',
        'visa-travel',
        [p('attributes[3]', OBJECT), p('attributes', 'must include id "visa-travel"')],
      ],
      [
        'a duplicate attribute',
        'attributes[6]',
        { id: 'letters', label: 'Again' },
        [p('attributes[6].id', 'duplicate id "letters" (also at attributes[1])')],
      ],
      [
        'unknown attribute key',
        'attributes[0].colour',
        'red',
        [p('attributes[0].colour', unknownKey(['id', 'label', 'description']))],
      ],
      ['no attributes listed', 'attributes', [], ATTRIBUTE_IDS.map((id) => p('attributes', `must include id "${id}"`))],

      // Types.
      ['empty pro', 'types[2].pros[0]', '', [p('types[2].pros[0]', NON_EMPTY)]],
      ['blank pro', 'types[2].pros[0]', ' \n ', [p('types[2].pros[0]', NON_EMPTY)]],
      ['numeric pro', 'types[2].pros[1]', 7, [p('types[2].pros[1]', NON_EMPTY)]],
      ['no pros listed', 'types[2].pros', [], [p('types[2].pros', 'must have at least 1 item')]],
      ['pros a string', 'types[2].pros', 'good', [p('types[2].pros', ARRAY)]],
      ['no pros', 'types[2].pros', REMOVE, [p('types[2].pros', MISSING)]],
      ['null con', 'types[0].cons[0]', null, [p('types[0].cons[0]', NON_EMPTY)]],
      ['no cons listed', 'types[0].cons', [], [p('types[0].cons', 'must have at least 1 item')]],
      ['no eligibility listed', 'types[1].eligibility', [], [p('types[1].eligibility', 'must have at least 1 item')]],
      ['empty eligibility line', 'types[1].eligibility[0]', '', [p('types[1].eligibility[0]', NON_EMPTY)]],
      ['no other names listed is fine', 'types[1].otherNames', [], []],
      ['empty other name', 'types[1].otherNames[0]', '', [p('types[1].otherNames[0]', NON_EMPTY)]],
      ['no otherNames', 'types[1].otherNames', REMOVE, [p('types[1].otherNames', MISSING)]],
      ['empty name', 'types[0].name', '', [p('types[0].name', NON_EMPTY)]],
      ['no summary', 'types[0].summary', REMOVE, [p('types[0].summary', MISSING)]],
      ['numeric suits', 'types[0].suits', 7, [p('types[0].suits', NON_EMPTY)]],
      [
        'unknown type id',
        'types[0].id',
        'externship',
        [p('types[0].id', ONE_TYPE), p('types', 'must include id "hands-on"')],
      ],
      [
        'a type id in the wrong case',
        'types[3].id',
        'Virtual',
        [p('types[3].id', ONE_TYPE), p('types', 'must include id "virtual"')],
      ],
      [
        'an extra type with an unknown id',
        'types[4]',
        { ...contentFixture().types[0], id: 'shadowing' },
        [p('types[4].id', ONE_TYPE)],
      ],
      [
        'a type that is not an object',
        'types[0]',
        null,
        [p('types[0]', OBJECT), p('types', 'must include id "hands-on"')],
      ],
      ['misspelt type key', 'types[0].sumary', 'What it is.', [p('types[0].sumary', unknownKey(TYPE_KEYS))]],
      ['no types listed', 'types', [], TYPE_IDS.map((id) => p('types', `must include id "${id}"`))],

      // A type's own call to action.
      ['a valid call to action', 'types[1].cta', { label: 'Apply', href: '/apply?x=1' }, []],
      ['an absolute call to action', 'types[1].cta', { label: 'Apply', href: 'https://example.org/a' }, []],
      [
        'a script call to action',
        'types[1].cta',
        { label: 'Apply', href: 'javascript:alert(1)' },
        [p('types[1].cta.href', 'must be an http(s) or relative URL')],
      ],
      [
        'a data call to action',
        'types[1].cta',
        { label: 'Apply', href: 'data:text/html,<script>alert(1)</script>' },
        [p('types[1].cta.href', 'must be an http(s) or relative URL')],
      ],
      ['a call to action without label', 'types[1].cta', { href: '/a' }, [p('types[1].cta.label', MISSING)]],
      ['a call to action as a string', 'types[1].cta', '/a', [p('types[1].cta', OBJECT)]],
      [
        'a call to action with an extra key',
        'types[1].cta',
        { label: 'A', href: '/a', target: '_top' },
        [p('types[1].cta.target', unknownKey(['label', 'href']))],
      ],

      // Cells.
      ['no cells', 'types[0].cells', REMOVE, [p('types[0].cells', MISSING)]],
      ['cells an array', 'types[0].cells', [], [p('types[0].cells', OBJECT)]],
      ['a cell missing', 'types[0].cells.letters', REMOVE, [p('types[0].cells.letters', MISSING)]],
      ['a cell a string', 'types[0].cells.letters', 'strong', [p('types[0].cells.letters', OBJECT)]],
      ['empty cell text', 'types[0].cells.letters.text', '', [p('types[0].cells.letters.text', NON_EMPTY)]],
      ['no cell text', 'types[3].cells.format.text', REMOVE, [p('types[3].cells.format.text', MISSING)]],
      ['unknown level', 'types[0].cells.letters.level', 'high', [p('types[0].cells.letters.level', ONE_LEVEL)]],
      ['level in capitals', 'types[0].cells.letters.level', 'Strong', [p('types[0].cells.letters.level', ONE_LEVEL)]],
      ['null level', 'types[0].cells.letters.level', null, [p('types[0].cells.letters.level', ONE_LEVEL)]],
      ['no level is fine', 'types[0].cells.letters.level', REMOVE, []],
      ['a level on format is fine', 'types[0].cells.format.level', 'none', []],
      [
        'unknown attribute in cells',
        'types[0].cells.letterz',
        { text: 'x' },
        [p('types[0].cells.letterz', unknownKey(ATTRIBUTE_IDS))],
      ],
      [
        'unknown cell key',
        'types[0].cells.letters.note',
        'x',
        [p('types[0].cells.letters.note', unknownKey(['level', 'text']))],
      ],

      // Facts.
      ['empty fact id', 'facts[0].id', '', [p('facts[0].id', NON_EMPTY)]],
      ['no fact id', 'facts[0].id', REMOVE, [p('facts[0].id', MISSING)]],
      [
        'duplicate fact id',
        'facts[1].id',
        'fact-one',
        [p('facts[1].id', 'duplicate id "fact-one" (also at facts[0])')],
      ],
      ['no fact text', 'facts[0].text', REMOVE, [p('facts[0].text', MISSING)]],
      ['a fact that is not an object', 'facts[1]', 'A fact.', [p('facts[1]', OBJECT)]],
      ['no source', 'facts[0].source', REMOVE, [p('facts[0].source', MISSING)]],
      ['source a string', 'facts[0].source', 'https://example.org', [p('facts[0].source', OBJECT)]],
      ['empty source title', 'facts[0].source.title', '', [p('facts[0].source.title', NON_EMPTY)]],
      ['no source url', 'facts[0].source.url', REMOVE, [p('facts[0].source.url', MISSING)]],
      ['unknown source key', 'facts[0].source.href', 'x', [p('facts[0].source.href', unknownKey(['title', 'url']))]],
      ['empty year', 'facts[0].year', '', [p('facts[0].year', NON_EMPTY)]],
      ['numeric year', 'facts[0].year', 2024, [p('facts[0].year', NON_EMPTY)]],
      ['undated year is fine', 'facts[0].year', 'undated', []],
      ['dated as a string', 'facts[0].dated', 'yes', [p('facts[0].dated', 'must be true or false')]],
      ['dated false is fine', 'facts[1].dated', false, []],
      [
        'unknown fact key',
        'facts[0].extra',
        1,
        [p('facts[0].extra', unknownKey(['id', 'text', 'source', 'year', 'dated']))],
      ],

      // "Before you apply" topics.
      ['no topics', 'beforeYouApply', REMOVE, [p('beforeYouApply', MISSING)]],
      ['no topics at all is fine', 'beforeYouApply', [], []],
      ['topics an object', 'beforeYouApply', {}, [p('beforeYouApply', ARRAY)]],
      ['a topic that is not an object', 'beforeYouApply[1]', 'Advice.', [p('beforeYouApply[1]', OBJECT)]],
      ['empty topic id', 'beforeYouApply[0].id', '', [p('beforeYouApply[0].id', NON_EMPTY)]],
      [
        'duplicate topic id',
        'beforeYouApply[1].id',
        'topic-one',
        [p('beforeYouApply[1].id', 'duplicate id "topic-one" (also at beforeYouApply[0])')],
      ],
      ['no topic title', 'beforeYouApply[0].title', REMOVE, [p('beforeYouApply[0].title', MISSING)]],
      [
        'no points listed',
        'beforeYouApply[0].points',
        [],
        [p('beforeYouApply[0].points', 'must have at least 1 item')],
      ],
      ['an empty point', 'beforeYouApply[0].points[1]', ' ', [p('beforeYouApply[0].points[1]', NON_EMPTY)]],
      ['no sources key', 'beforeYouApply[1].sources', REMOVE, [p('beforeYouApply[1].sources', MISSING)]],
      ['sources a string', 'beforeYouApply[0].sources', 'AMA', [p('beforeYouApply[0].sources', ARRAY)]],
      [
        'a source with a script link',
        'beforeYouApply[0].sources[0].url',
        'javascript:alert(1)',
        [p('beforeYouApply[0].sources[0].url', URL_ONLY)],
      ],
      [
        'a source with no year',
        'beforeYouApply[0].sources[1].year',
        REMOVE,
        [p('beforeYouApply[0].sources[1].year', MISSING)],
      ],
      [
        'a source dated as a string',
        'beforeYouApply[0].sources[0].dated',
        'yes',
        [p('beforeYouApply[0].sources[0].dated', 'must be true or false')],
      ],
      [
        'unknown source key',
        'beforeYouApply[0].sources[0].href',
        'x',
        [p('beforeYouApply[0].sources[0].href', unknownKey(['title', 'url', 'year', 'dated']))],
      ],
      [
        'unknown topic key',
        'beforeYouApply[0].text',
        'x',
        [p('beforeYouApply[0].text', unknownKey(['id', 'title', 'points', 'sources']))],
      ],
    ];

    for (const [name, path, value, expected] of cases) {
      it(name, () => {
        expect(validate(withValue(path, value))).to.deep.equal(expected);
      });
    }

    for (const key of UI_KEYS) {
      it(`ui.${key} missing`, () => {
        expect(validate(withValue(`ui.${key}`, REMOVE))).to.deep.equal([p(`ui.${key}`, MISSING)]);
      });
    }

    for (const id of ATTRIBUTE_IDS) {
      it(`attribute "${id}" left out`, () => {
        const content = changed((c) => {
          c['attributes'] = (c['attributes'] as Loose[]).filter((a) => a['id'] !== id);
        });
        expect(validate(content)).to.deep.equal([p('attributes', `must include id "${id}"`)]);
      });
    }

    for (const id of TYPE_IDS) {
      it(`type "${id}" left out`, () => {
        const content = changed((c) => {
          c['types'] = (c['types'] as Loose[]).filter((t) => t['id'] !== id);
        });
        expect(validate(content)).to.deep.equal([p('types', `must include id "${id}"`)]);
      });
    }
  });

  describe('accepts only absolute http(s) source URLs', () => {
    const refused: unknown[] = [
      '/relative/path',
      'page.html',
      '#part',
      '//example.org/protocol-relative',
      'https:example.org',
      'https://',
      'ftp://example.org/file',
      'mailto:someone@example.org',
      'javascript:alert(1)',
      'data:text/html,hi',
      ' https://example.org',
      'https://example.org\n',
      '',
      5,
      null,
    ];
    for (const url of refused) {
      it(`refuses ${JSON.stringify(url)}`, () => {
        expect(validate(withValue('facts[0].source.url', url))).to.deep.equal([p('facts[0].source.url', URL_ONLY)]);
      });
    }

    for (const url of ['https://example.org', 'HTTP://EXAMPLE.ORG/PATH', 'https://example.org/a?b=c#d']) {
      it(`accepts ${url}`, () => {
        expect(validate(withValue('facts[0].source.url', url))).to.deep.equal([]);
      });
    }
  });

  it('reports every defect at once, in document order', () => {
    const content = changed((c) => {
      c['version'] = 2;
      get(c, 'ui')['heading'] = '';
      get(c, 'attributes[0]')['label'] = 3;
      get(c, 'types[2].pros')[0] = '';
      get(c, 'types[2].cells.format')['level'] = 'best';
      get(c, 'facts[1].source')['url'] = 'javascript:alert(1)';
      c['quizz'] = {};
    });
    expect(validate(content)).to.deep.equal([
      p('version', 'must be 1'),
      p('ui.heading', NON_EMPTY),
      p('attributes[0].label', NON_EMPTY),
      p('types[2].pros[0]', NON_EMPTY),
      p('types[2].cells.format.level', ONE_LEVEL),
      p('facts[1].source.url', URL_ONLY),
      p('quizz', unknownKey(CONTENT_KEYS)),
    ]);
    expect(isContent(content)).to.equal(false);
  });

  it('reports everything missing from an empty object', () => {
    expect(validate({})).to.deep.equal(CONTENT_KEYS.map((key) => p(key, MISSING)));
  });

  describe('says a value that is not an object is not content', () => {
    class Thing {
      version = 1;
    }
    const values: [string, unknown][] = [
      ['undefined', undefined],
      ['null', null],
      ['zero', 0],
      ['NaN', NaN],
      ['a string', 'content'],
      ['true', true],
      ['a bigint', 1n],
      ['a symbol', Symbol('content')],
      ['an array', []],
      ['an array holding the content', [contentFixture()]],
      ['a function', () => contentFixture()],
      ['a date', new Date()],
      ['a map', new Map()],
      ['a class instance', new Thing()],
    ];
    for (const [name, value] of values) {
      it(name, () => {
        expect(validate(value)).to.deep.equal([p('', OBJECT)]);
        expect(isContent(value)).to.equal(false);
      });
    }
  });

  describe('never throws', () => {
    const boom = () => {
      throw new Error('boom');
    };

    it('reports a top-level getter that throws', () => {
      const content = changed((c) => {
        Object.defineProperty(c, 'types', { get: boom, enumerable: true });
      });
      expect(validate(content)).to.deep.equal([p('types', 'could not be read')]);
    });

    it('reports a nested getter that throws, once', () => {
      const content = changed((c) => {
        Object.defineProperty(get(c, 'ui'), 'heading', { get: boom, enumerable: true });
        Object.defineProperty(get(c, 'types[1].cells'), 'letters', { get: boom, enumerable: true });
      });
      expect(validate(content)).to.deep.equal([
        p('ui.heading', 'could not be read'),
        p('types[1].cells.letters', 'could not be read'),
      ]);
    });

    it('reports an array item whose getter throws', () => {
      const content = changed((c) => {
        Object.defineProperty(get(c, 'types[2].pros'), 0, { get: boom });
      });
      expect(validate(content)).to.deep.equal([p('types[2].pros[0]', 'could not be read')]);
    });

    it('reports a proxy whose traps all throw', () => {
      const traps = { get: boom, getPrototypeOf: boom, ownKeys: boom, has: boom };
      const hostile = new Proxy({}, { ...traps, getOwnPropertyDescriptor: boom });
      expect(validate(hostile)).to.deep.equal([p('', OBJECT)]);
      expect(validate(withValue('ui', hostile))).to.deep.equal([p('ui', OBJECT)]);
    });

    it('reports a proxy that cannot list its keys', () => {
      const content = new Proxy(contentFixture(), { ownKeys: boom });
      expect(validate(content)).to.deep.equal([p('', 'could not be read')]);
    });

    it('reports a proxy whose every read throws', () => {
      const content = new Proxy(contentFixture(), { get: boom });
      expect(validate(content)).to.deep.equal(CONTENT_KEYS.map((key) => p(key, 'could not be read')));
    });

    it('reports a revoked proxy', () => {
      const { proxy, revoke } = Proxy.revocable(contentFixture(), {});
      revoke();
      expect(validate(proxy)).to.deep.equal([p('', OBJECT)]);
      expect(validate(withValue('types[0].pros', proxy))).to.deep.equal([p('types[0].pros', 'could not be read')]);
    });

    it('finishes on cyclic content', () => {
      // Only the schema's fixed depth is visited, so a cycle is just a wrong value.
      const content = changed((c) => {
        c['self'] = c;
        get(c, 'types[0].cells')['letters'] = get(c, 'types[0]');
        (get(c, 'types[1].pros') as unknown as unknown[]).push(get(c, 'types[1].pros'));
      });
      const problems = validate(content);
      expect(problems).to.deep.include(p('self', unknownKey(CONTENT_KEYS)));
      expect(problems).to.deep.include(p('types[0].cells.letters.text', MISSING));
      expect(problems).to.deep.include(p('types[1].pros[1]', NON_EMPTY));
    });

    it('reports a whole content object nested in itself as ui', () => {
      const content = changed((c) => {
        c['ui'] = c;
      });
      const problems = validate(content);
      expect(problems).to.deep.include(p('ui.heading', MISSING));
      expect(problems).to.deep.include(p('ui.version', unknownKey(UI_KEYS)));
    });
  });

  describe('prototype-pollution keys', () => {
    afterEach(() => {
      delete (Object.prototype as Loose)['polluted'];
    });

    it('reports __proto__ and constructor keys as unknown without polluting Object.prototype', () => {
      // JSON.parse makes `__proto__` an own key, as a partner's JSON file would.
      const json = JSON.stringify(contentFixture())
        .replace(/^\{/, '{"__proto__":{"polluted":true},')
        .replace('"ui":{', '"ui":{"constructor":{"prototype":{"polluted":true}},')
        .replace('"cells":{', '"cells":{"__proto__":{"polluted":true},');
      const content: unknown = JSON.parse(json);
      expect(validate(content)).to.deep.equal([
        p('ui.constructor', unknownKey(UI_KEYS)),
        p('types[0].cells.__proto__', unknownKey(ATTRIBUTE_IDS)),
        p('__proto__', unknownKey(CONTENT_KEYS)),
      ]);
      expect(({} as Loose)['polluted']).to.equal(undefined);
    });

    it('does not take inherited properties for content', () => {
      // Were inherited keys read, an id like "constructor" would look present.
      (Object.prototype as Loose)['polluted'] = 'x';
      const content = changed((c) => {
        delete get(c, 'ui')['heading'];
      });
      expect(validate(content)).to.deep.equal([p('ui.heading', MISSING)]);
    });

    it('copes with an own key named hasOwnProperty', () => {
      const content = withValue('ui.hasOwnProperty', 'x');
      expect(validate(content)).to.deep.equal([p('ui.hasOwnProperty', unknownKey(UI_KEYS))]);
    });

    it('quotes keys that would not read well after a dot', () => {
      expect(validate(withValue('ui.two words', 'x'))).to.deep.equal([p('ui["two words"]', unknownKey(UI_KEYS))]);
    });
  });

  describe('large arrays', () => {
    it(`accepts ${MAX_LIST} pros and refuses one more, with one problem`, () => {
      const pros = (n: number) => Array.from({ length: n }, (_, i) => `Pro ${i}`);
      expect(validate(withValue('types[0].pros', pros(MAX_LIST)))).to.deep.equal([]);
      expect(validate(withValue('types[0].pros', pros(MAX_LIST + 1)))).to.deep.equal([
        p('types[0].pros', `must have at most ${MAX_LIST} items`),
      ]);
      expect(validate(withValue('types[0].otherNames', pros(10_000)))).to.deep.equal([
        p('types[0].otherNames', `must have at most ${MAX_LIST} items`),
      ]);
    });

    it(`accepts ${MAX_LIST} "before you apply" topics and refuses one more`, () => {
      const topics = (n: number) =>
        Array.from({ length: n }, (_, i) => ({ id: `t${i}`, title: 'T', points: ['P'], sources: [] }));
      expect(validate(withValue('beforeYouApply', topics(MAX_LIST)))).to.deep.equal([]);
      expect(validate(withValue('beforeYouApply', topics(MAX_LIST + 1)))).to.deep.equal([
        p('beforeYouApply', `must have at most ${MAX_LIST} items`),
      ]);
    });

    it(`accepts ${MAX_FACTS} facts and refuses 10 000`, () => {
      const facts = (n: number) =>
        Array.from({ length: n }, (_, i) => ({
          id: `f${i}`,
          text: 'T',
          source: { title: 'S', url: 'https://example.org/' },
          year: '2024',
        }));
      expect(validate(withValue('facts', facts(MAX_FACTS)))).to.deep.equal([]);
      expect(validate(withValue('facts', facts(10_000)))).to.deep.equal([
        p('facts', `must have at most ${MAX_FACTS} items`),
      ]);
    });

    it('reports each bad item of a full list', () => {
      const pros = Array.from({ length: MAX_LIST }, (_, i) => (i % 2 ? '' : `Pro ${i}`));
      const problems = validate(withValue('types[0].pros', pros));
      expect(problems.length).to.equal(MAX_LIST / 2);
      expect(problems[0]).to.deep.equal(p('types[0].pros[1]', NON_EMPTY));
      expect(problems.at(-1)).to.deep.equal(p(`types[0].pros[${MAX_LIST - 1}]`, NON_EMPTY));
    });

    it('reports holes in a sparse array as missing items', () => {
      const pros: string[] = ['first'];
      pros[2] = 'third';
      expect(validate(withValue('types[0].pros', pros))).to.deep.equal([p('types[0].pros[1]', MISSING)]);
    });

    it('refuses an array of the greatest length without visiting each item', () => {
      const huge: unknown[] = [];
      huge.length = 2 ** 32 - 1;
      expect(validate(withValue('types[0].pros', huge))).to.deep.equal([
        p('types[0].pros', `must have at most ${MAX_LIST} items`),
      ]);
      // Lists with no product limit still stop at the hard one.
      expect(validate(withValue('quiz.questions[0].options[0].effects', huge))).to.deep.equal([
        p('quiz.questions[0].options[0].effects', `must have at most ${MAX_ITEMS} items`),
      ]);
    });
  });
});
