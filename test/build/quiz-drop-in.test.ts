import { expect, waitUntil } from '@open-wc/testing';
import { builtInContent } from '../../src/content/content.js';
import { all, one, shadow, text } from '../helpers/dom.js';

// This page loads only the quiz's drop-in file, as a partner site would.
const DROP_IN = '/dist/usce-quiz.js';

describe('the quiz-only drop-in file dist/usce-quiz.js', () => {
  it('defines <usce-quiz> and nothing else, and the quiz works alone', async () => {
    const el = document.createElement('usce-quiz');
    document.body.append(el);
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = DROP_IN;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${DROP_IN}; run npm run build`));
      document.head.append(script);
    });
    await waitUntil(() => el.shadowRoot?.querySelector('fieldset'));
    expect(customElements.get('usce-compare')).to.equal(undefined);
    expect(customElements.get('usce-table')).to.equal(undefined);
    expect(customElements.get('usce-cards')).to.equal(undefined);
    expect(text(one(el, '.progress-text'))).to.match(/^Question 1 of \d+$/);
    expect(all(el, 'input[type="radio"]').length).to.be.greaterThan(1);
    // References built from an expression and text (`${id}-heading`) survive the minified templates.
    const labelled = (selector: string) =>
      shadow(el).getElementById(one(el, selector).getAttribute('aria-labelledby')!);
    expect(labelled('.quiz')).to.equal(one(el, '.quiz-heading'));
    expect(labelled('progress')).to.equal(one(el, '.progress-text'));
  });

  it('ships the quiz text but none of the comparison text', async () => {
    const file = await (await fetch(DROP_IN)).text();
    // One sample from each part only the comparison shows: table, cards, facts, its strings.
    const comparisonOnly = [
      builtInContent.attributes[0]!.label,
      builtInContent.types[0]!.pros[0]!,
      builtInContent.types[1]!.summary,
      builtInContent.facts[0]!.text,
      builtInContent.ui.tableCaption,
    ];
    for (const sample of comparisonOnly) expect(file, sample).not.to.contain(sample);
    expect(file).to.contain(builtInContent.quiz.questions[0]!.prompt);
  });

  it('names each type in the result, from the content it ships', async () => {
    const el = document.createElement('usce-quiz');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('fieldset'));
    const updated = () => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // Answers the first option of every question until the result shows.
    for (let step = 0; step < 50 && !el.shadowRoot!.querySelector('.result'); step++) {
      all<HTMLInputElement>(el, 'input[type="radio"]')[0]!.click();
      await updated();
      one<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await updated();
    }
    const names = all(el, '.ranked-name').map(text);
    expect(names.slice().sort()).to.deep.equal(builtInContent.types.map((type) => type.name).sort());
    el.remove();
  });

  it('uses a content override that changes only the quiz', async () => {
    const el = document.createElement('usce-quiz');
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = JSON.stringify({ quiz: { ui: { heading: 'Welche Art passt zu Ihnen?' } } });
    el.append(json);
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.quiz-heading'));
    expect(text(one(el, '.quiz-heading'))).to.equal('Welche Art passt zu Ihnen?');
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    el.remove();
  });
});
