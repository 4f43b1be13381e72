import { expect } from '@open-wc/testing';
import { builtInContent } from '../../src/content/content.js';
import { mergeContent } from '../../src/content/merge.js';
import { COMPARISON_UI_KEYS, quizOnly } from '../../src/content/quiz-only.js';
import { applyOverride } from '../../src/content/resolve.js';
import { validate } from '../../src/content/validate.js';

// The quiz's part of the content, which the quiz-only drop-in ships, and the
// check that a content override given to the quiz must pass.
describe('the quiz-only content', () => {
  const part = quizOnly(builtInContent);

  it('keeps the quiz, the type names and the notices, and drops the comparison', () => {
    expect(part.quiz).to.equal(builtInContent.quiz);
    expect(part.types).to.deep.equal(builtInContent.types.map(({ id, name }) => ({ id, name })));
    expect(part.attributes).to.deep.equal([]);
    expect(part.facts).to.deep.equal([]);
    for (const key of COMPARISON_UI_KEYS) expect(part.ui, key).not.to.have.property(key);
    expect(part.ui.contentError).to.equal(builtInContent.ui.contentError);
    expect(part.ui.ctaIncomplete).to.equal(builtInContent.ui.ctaIncomplete);
  });

  it('is valid for the quiz, and not as whole content', () => {
    expect(validate(part, 'quiz')).to.deep.equal([]);
    expect(validate(part).map((p) => p.path)).to.include.members(['ui.tableCaption', 'attributes', 'types[0].pros']);
  });

  it('still checks what the quiz shows', () => {
    const broken = mergeContent(part, {
      types: [{ id: 'research', name: '' }],
      quiz: { ui: { heading: 42 } },
      ui: { tableCaption: '' },
    });
    expect(validate(broken, 'quiz').map((p) => p.path)).to.have.members([
      'types[2].name',
      'quiz.ui.heading',
      'ui.tableCaption',
    ]);
  });

  it('takes an override of the quiz text alone', () => {
    const resolved = applyOverride(part, { quiz: { ui: { heading: 'Quiz' } } }, 'quiz');
    expect(resolved.problems).to.deep.equal([]);
    expect(resolved.content.quiz.ui.heading).to.equal('Quiz');
  });
});
