import { expect } from '@open-wc/testing';
import { mergeContent } from '../../src/content/merge.js';
import { validate } from '../../src/content/validate.js';
import { builtInContent } from '../../src/content/content.js';
import type { Content } from '../../src/content/types.js';

const merged = (override: unknown) => mergeContent(builtInContent, override) as Content;

describe('mergeContent', () => {
  it('returns an equal copy of the base for an empty override, leaving the base untouched', () => {
    const before = JSON.stringify(builtInContent);
    const result = merged({});
    expect(result).to.deep.equal(builtInContent);
    expect(result).not.to.equal(builtInContent);
    expect(result.types[0]).not.to.equal(builtInContent.types[0]);
    expect(JSON.stringify(builtInContent)).to.equal(before);
  });

  it('merges objects key by key', () => {
    const result = merged({ ui: { heading: 'Elige tu experiencia' } });
    expect(result.ui.heading).to.equal('Elige tu experiencia');
    expect(result.ui.caveat).to.equal(builtInContent.ui.caveat);
    expect(validate(result)).to.deep.equal([]);
  });

  it('merges arrays of items with ids item by item, matched by id, whatever the order', () => {
    const result = merged({
      types: [
        { id: 'virtual', name: 'Rotación virtual' },
        { id: 'hands-on', summary: 'S' },
      ],
    });
    expect(result.types.map((t) => t.id)).to.deep.equal(builtInContent.types.map((t) => t.id));
    expect(result.types[3].name).to.equal('Rotación virtual');
    expect(result.types[3].pros).to.deep.equal(builtInContent.types[3].pros);
    expect(result.types[0].summary).to.equal('S');
    expect(validate(result)).to.deep.equal([]);
  });

  it('adds items with new ids at the end', () => {
    const fact = { id: 'partner-fact', text: 'T', source: { title: 'S', url: 'https://example.org' }, year: '2025' };
    const result = merged({ facts: [fact] });
    expect(result.facts.at(-1)).to.deep.equal(fact);
    expect(result.facts).to.have.length(builtInContent.facts.length + 1);
  });

  it('replaces arrays of strings whole', () => {
    const result = merged({ types: [{ id: 'research', pros: ['Only this'] }] });
    expect(result.types[2].pros).to.deep.equal(['Only this']);
  });

  it('merges quiz questions and their options by id', () => {
    const first = builtInContent.quiz.questions[0];
    const result = merged({
      quiz: { questions: [{ id: first.id, options: [{ id: first.options[1].id, label: 'L' }] }] },
    });
    expect(result.quiz.questions[0].options[1].label).to.equal('L');
    expect(result.quiz.questions[0].options[0]).to.deep.equal(first.options[0]);
    expect(result.quiz.questions).to.have.length(builtInContent.quiz.questions.length);
  });

  it('merges "before you apply" topics by id, adds new ones and can empty the list', () => {
    const translated = merged({ beforeYouApply: [{ id: 'lead-time', title: 'Con cuánta antelación' }] });
    const leadTime = translated.beforeYouApply.find((t) => t.id === 'lead-time');
    expect(leadTime?.title).to.equal('Con cuánta antelación');
    expect(leadTime?.points).to.deep.equal(builtInContent.beforeYouApply.find((t) => t.id === 'lead-time')?.points);
    expect(validate(translated)).to.deep.equal([]);
    const topic = { id: 'partner-topic', title: 'T', points: ['P'], sources: [] };
    expect(merged({ beforeYouApply: [topic] }).beforeYouApply.at(-1)).to.deep.equal(topic);
    const none = merged({ beforeYouApply: [] });
    expect(none.beforeYouApply).to.deep.equal([]);
    expect(validate(none)).to.deep.equal([]);
  });

  it('removes an optional key set to null', () => {
    const withDescription = merged({ attributes: [{ id: 'format', description: null }] });
    expect(withDescription.attributes.find((a) => a.id === 'format')).not.to.have.property('description');
  });

  it('replaces a value of another shape, so validation can name it', () => {
    const result = merged({ types: 'all of them' });
    expect(validate(result)).to.deep.equal([{ path: 'types', message: 'must be an array' }]);
  });

  it('drops prototype keys and never pollutes Object.prototype', () => {
    const override = JSON.parse(
      '{"__proto__": {"polluted": true}, "ui": {"constructor": {"prototype": {"polluted": true}}}}',
    );
    const result = merged(override) as unknown as Record<string, unknown>;
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(result['ui'], 'constructor')).to.equal(false);
  });

  it('never throws on values that cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    const getter = Object.defineProperty({}, 'ui', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const cyclic: Record<string, unknown> = {};
    cyclic['ui'] = cyclic;
    for (const value of [hostile, getter, proxy, cyclic, null, 7, 'x', [], [[[]]]]) {
      expect(() => mergeContent(builtInContent, value)).not.to.throw();
    }
    expect(validate(mergeContent(builtInContent, cyclic)).length).to.be.greaterThan(0);
  });

  it('copes with a 10 000-item list', () => {
    const pros = Array.from({ length: 10_000 }, (_, i) => `Pro ${i}`);
    const result = merged({ types: [{ id: 'virtual', pros }] });
    expect(result.types[3].pros).to.have.length(10_000);
  });
});
