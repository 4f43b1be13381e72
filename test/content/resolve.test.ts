import { expect } from '@open-wc/testing';
import { builtInContent } from '../../src/content/content.js';
import { PROTECTED_FACT_IDS } from '../../src/content/protected.js';
import { applyOverride } from '../../src/content/resolve.js';

const ids = (facts: readonly { id: string }[]) => facts.map((f) => f.id);

describe('applyOverride: the protective facts', () => {
  it('are all in the built-in content', () => {
    expect(ids(builtInContent.facts)).to.include.members([...PROTECTED_FACT_IDS]);
  });

  it('come back, first, when an override empties the facts', () => {
    const { content, problems } = applyOverride(builtInContent, { facts: [] });
    expect(problems).to.deep.equal([]);
    const expected = builtInContent.facts.filter((f) => PROTECTED_FACT_IDS.includes(f.id));
    expect(content.facts).to.deep.equal(expected);
  });

  it("keep an override's translation of their words", () => {
    const { content } = applyOverride(builtInContent, {
      facts: [{ id: 'observership-brokers', text: 'Las observaciones no están reguladas.' }],
    });
    expect(content.facts.find((f) => f.id === 'observership-brokers')?.text).to.equal(
      'Las observaciones no están reguladas.',
    );
    expect(content.facts).to.have.length(builtInContent.facts.length);
  });

  it('leave the other facts to the override', () => {
    const { content } = applyOverride(builtInContent, { facts: [] });
    expect(ids(content.facts)).to.not.include('vslo-fee');
  });
});
