import { expect } from '@open-wc/testing';
import { builtInContent } from '../../src/content/content.js';
import {
  format,
  isTypeId,
  selectHighlight,
  selectSections,
  selectTheme,
  selectTypes,
  splitIds,
} from '../../src/content/select.js';
import { ctaHref, isExternal } from '../../src/content/cta.js';
import { applyOverride, parseJson } from '../../src/content/resolve.js';

const ids = (value: string) => selectTypes(builtInContent, value).types.map((t) => t.id);

describe('selection helpers', () => {
  it('splits attribute values on any white space', () => {
    expect(splitIds('  a \n b\tc  ')).to.deep.equal(['a', 'b', 'c']);
    expect(splitIds('')).to.deep.equal([]);
    expect(splitIds(null)).to.deep.equal([]);
  });

  const typeCases: [string, string[], string[]][] = [
    ['', ['hands-on', 'observership', 'research', 'virtual'], []],
    ['virtual', ['virtual'], []],
    ['virtual hands-on', ['virtual', 'hands-on'], []],
    ['research research virtual', ['research', 'virtual'], []],
    ['nope research nope', ['research'], ['nope']],
    ['Research', [], ['Research']],
    ['__proto__ constructor', [], ['__proto__', 'constructor']],
  ];
  for (const [value, types, unknown] of typeCases) {
    it(`picks types from "${value}"`, () => {
      expect(ids(value)).to.deep.equal(types);
      expect(selectTypes(builtInContent, value).unknown).to.deep.equal(unknown);
    });
  }

  it('reads a highlight', () => {
    expect(selectHighlight(' research ')).to.deep.equal({ id: 'research', unknown: null });
    expect(selectHighlight('')).to.deep.equal({ id: null, unknown: null });
    expect(selectHighlight('surgery')).to.deep.equal({ id: null, unknown: 'surgery' });
    expect(isTypeId('toString')).to.equal(false);
  });

  it('reads sections, keeping order and naming unknown ones', () => {
    expect(selectSections('')).to.deep.equal({
      sections: ['table', 'cards', 'quiz', 'before-you-apply', 'facts'],
      unknown: [],
    });
    expect(selectSections('quiz table')).to.deep.equal({ sections: ['quiz', 'table'], unknown: [] });
    expect(selectSections('quiz quiz faq')).to.deep.equal({ sections: ['quiz'], unknown: ['faq'] });
    expect(selectSections('faq')).to.deep.equal({
      sections: ['table', 'cards', 'quiz', 'before-you-apply', 'facts'],
      unknown: ['faq'],
    });
  });

  it('reads a theme, falling back to auto', () => {
    expect(selectTheme(undefined)).to.deep.equal({ theme: 'auto', unknown: null });
    expect(selectTheme('dark')).to.deep.equal({ theme: 'dark', unknown: null });
    expect(selectTheme('blue')).to.deep.equal({ theme: 'auto', unknown: 'blue' });
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1, b: 'x' })).to.equal('1 and x');
    expect(format('{a} and {missing}', { a: 1 })).to.equal('1 and {missing}');
    expect(format('{toString}', {})).to.equal('{toString}');
  });
});

describe('call-to-action links', () => {
  const cases: [string, string, string | undefined][] = [
    ['https://example.org/apply', '', 'https://example.org/apply'],
    ['https://example.org/apply', 'utm_source=blog', 'https://example.org/apply?utm_source=blog'],
    [
      'https://example.org/apply?x=1#top',
      '?utm_source=blog&utm_campaign=a b',
      'https://example.org/apply?x=1&utm_source=blog&utm_campaign=a+b#top',
    ],
    ['/apply', 'utm_medium=widget', '/apply?utm_medium=widget'],
    ['apply?', 'a=1', 'apply?a=1'],
    ['javascript:alert(1)', '', undefined],
    [' JavaScript:alert(1)', 'a=1', undefined],
    ['data:text/html,x', '', undefined],
    ['vbscript:x', '', undefined],
  ];
  for (const [href, params, expected] of cases) {
    it(`builds ${JSON.stringify(href)} + ${JSON.stringify(params)}`, () => {
      expect(ctaHref(href, params)).to.equal(expected);
    });
  }

  it('tells external links from same-site ones', () => {
    expect(isExternal('https://other.example/x', 'https://site.example/a')).to.equal(true);
    expect(isExternal('/x', 'https://site.example/a')).to.equal(false);
    expect(isExternal('https://site.example/x', 'https://site.example/a')).to.equal(false);
  });
});

describe('applyOverride', () => {
  it('uses a valid override', () => {
    const { content, problems } = applyOverride(builtInContent, { ui: { heading: 'H' } });
    expect(problems).to.deep.equal([]);
    expect(content.ui.heading).to.equal('H');
  });

  it('keeps the base whole, and lists every problem, for an invalid override', () => {
    const { content, problems } = applyOverride(builtInContent, {
      ui: { heading: '' },
      types: [{ id: 'virtual', cta: { label: 'Go', href: 'javascript:alert(1)' } }],
    });
    expect(content).to.equal(builtInContent);
    expect(problems).to.deep.equal([
      { path: 'ui.heading', message: 'must be a non-empty string' },
      { path: 'types[3].cta.href', message: 'must be an http(s) or relative URL' },
    ]);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 'text', 3, [], new Date()]) {
      expect(applyOverride(builtInContent, value).problems).to.deep.equal([{ path: '', message: 'must be an object' }]);
    }
  });

  it('turns bad JSON into a problem instead of an exception', () => {
    expect(parseJson('{"a": 1}')).to.deep.equal({ value: { a: 1 } });
    const bad = parseJson('{"a": ');
    expect('problem' in bad && bad.problem.message).to.match(/^is not valid JSON/);
  });
});
