import { expect, waitUntil } from '@open-wc/testing';
import { all, one, text } from '../helpers/dom.js';

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
  });
});
