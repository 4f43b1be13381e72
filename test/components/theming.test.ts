import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CSSResultGroup, TemplateResult } from 'lit';
import '../../src/define.js';
import { TOKENS } from '../../src/components/shared/tokens.js';
import { UsceCards } from '../../src/components/usce-cards/usce-cards.js';
import { UsceCompare } from '../../src/components/usce-compare/usce-compare.js';
import { UsceQuiz } from '../../src/components/usce-quiz/usce-quiz.js';
import { UsceTable } from '../../src/components/usce-table/usce-table.js';
import { captureWarnings, deepActive, settle, shadow } from '../helpers/dom.js';
import { finishQuiz } from '../helpers/quiz-driver.js';

// ---- helpers ----

/** Every CSS text in a `static styles` value, however it is nested. */
function cssTexts(styles: CSSResultGroup | undefined): string[] {
  if (!styles) return [];
  if (Array.isArray(styles)) return styles.flatMap((s) => cssTexts(s as CSSResultGroup));
  if (styles instanceof CSSStyleSheet) return [...styles.cssRules].map((rule) => rule.cssText);
  return [(styles as { cssText: string }).cssText];
}

const ELEMENT_CLASSES = { UsceTable, UsceCards, UsceQuiz, UsceCompare };
const allCss = Object.values(ELEMENT_CLASSES)
  .flatMap((cls) => cssTexts(cls.styles))
  .join('\n');

/** Renders `template` (a wrapper holding one usce-* element), waits for every element inside, returns that element. */
async function render<T extends HTMLElement>(template: TemplateResult, tag: string): Promise<T> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === tag ? root : root.querySelector(tag)) as T | null;
  if (!el) throw new Error(`no <${tag}> in the fixture`);
  await settle(root);
  return el;
}

/**
 * Finds the first match of a path of selectors, each one inside the previous
 * match's shadow root: `deep(compare, 'usce-cards', '.card')`.
 */
function deep(el: Element, ...selectors: string[]): HTMLElement {
  let current: Element = el;
  for (const selector of selectors) {
    const found = shadow(current).querySelector(selector);
    if (!found) throw new Error(`nothing matches ${selectors.join(' >> ')} (stopped at ${selector})`);
    current = found;
  }
  return current as HTMLElement;
}

/**
 * The elements a page stylesheet reaches with `host::part(name)`: parts in
 * the host's shadow root, plus the parts of elements inside it that they
 * forward with `exportparts` (under their exported name).
 */
function reachableParts(host: Element): Map<string, Element[]> {
  const found = new Map<string, Element[]>();
  const add = (name: string, el: Element) => found.set(name, [...(found.get(name) ?? []), el]);
  for (const el of shadow(host).querySelectorAll('*')) {
    for (const name of el.part) add(name, el);
    const exported = el.getAttribute('exportparts');
    if (!exported || !el.shadowRoot) continue;
    const inner = reachableParts(el);
    for (const entry of exported.split(',')) {
      const [from, to = from] = entry.split(':').map((s) => s.trim());
      for (const partEl of inner.get(from) ?? []) add(to, partEl);
    }
  }
  return found;
}

const style = (el: Element) => getComputedStyle(el);

// Distinct, easily recognised values for every token.
const ACCENT = 'rgb(200, 0, 100)';
const ACCENT_CONTRAST = 'rgb(255, 250, 200)';
const TEXT = 'rgb(10, 20, 30)';
const MUTED = 'rgb(90, 80, 70)';
const SURFACE = 'rgb(240, 245, 250)';
const BACKGROUND = 'rgb(250, 240, 230)';
const BORDER = 'rgb(0, 128, 0)';
const FOCUS = 'rgb(255, 140, 0)';
const THEMED = `--usce-accent: ${ACCENT}; --usce-accent-contrast: ${ACCENT_CONTRAST}; --usce-text: ${TEXT};
  --usce-muted: ${MUTED}; --usce-surface: ${SURFACE}; --usce-background: ${BACKGROUND};
  --usce-border: ${BORDER}; --usce-focus: ${FOCUS}; --usce-radius: 3px; --usce-font: monospace;
  --usce-space: 5px`;

/** One measurement inside the shadow DOM that must reflect one token. */
interface Probe {
  token: keyof typeof TOKENS;
  path: string[];
  property: keyof CSSStyleDeclaration & string;
  expected: string;
}

const probe = (token: Probe['token'], path: string[], property: Probe['property'], expected: string): Probe => ({
  token,
  path,
  property,
  expected,
});

function expectProbes(el: Element, probes: Probe[]): void {
  for (const { token, path, property, expected } of probes) {
    const actual = style(deep(el, ...path))[property];
    expect(actual, `${token} at ${path.join(' >> ')} (${property})`).to.equal(expected);
  }
}

// ---- tests ----

describe('theming', () => {
  describe('tokens', () => {
    it('uses every documented --usce-* token and no other', () => {
      const used = new Set(allCss.match(/--usce-[a-z-]+/g) ?? []);
      expect([...used].sort()).to.deep.equal(Object.keys(TOKENS).sort());
    });

    it('reads every documented token with var()', () => {
      const read = new Set([...allCss.matchAll(/var\(\s*(--usce-[a-z-]+)/g)].map((m) => m[1]));
      expect([...read].sort()).to.deep.equal(Object.keys(TOKENS).sort());
    });
  });

  describe('custom properties reach the shadow DOM', () => {
    it('themes <usce-table> from a wrapper', async () => {
      const el = await render<UsceTable>(
        html`<div style=${THEMED}><usce-table highlight="research"></usce-table></div>`,
        'usce-table',
      );
      expectProbes(el, [
        probe('--usce-accent', ['.badge'], 'backgroundColor', ACCENT),
        probe('--usce-accent-contrast', ['.badge'], 'color', ACCENT_CONTRAST),
        probe('--usce-text', ['th[scope="row"]'], 'color', TEXT),
        probe('--usce-surface', ['thead th[data-type]:not(.featured)'], 'backgroundColor', SURFACE),
        probe('--usce-background', ['th[scope="row"]'], 'backgroundColor', BACKGROUND),
        probe('--usce-border', ['.frame'], 'borderTopColor', BORDER),
        probe('--usce-border', ['tbody td'], 'borderTopColor', BORDER),
        probe('--usce-radius', ['.frame'], 'borderTopLeftRadius', '3px'),
        probe('--usce-font', ['table'], 'fontFamily', 'monospace'),
        probe('--usce-space', ['th[scope="row"]'], 'paddingTop', '2.5px'),
      ]);
    });

    it('themes <usce-cards> from a wrapper', async () => {
      const el = await render<UsceCards>(
        html`<div style=${THEMED}>
          <usce-cards highlight="research" cta-href="/apply" cta-label="Apply"></usce-cards>
        </div>`,
        'usce-cards',
      );
      expectProbes(el, [
        probe('--usce-accent', ['.card.featured'], 'borderTopColor', ACCENT),
        probe('--usce-accent', ['.badge'], 'backgroundColor', ACCENT),
        probe('--usce-accent', ['.cta'], 'backgroundColor', ACCENT),
        probe('--usce-accent-contrast', ['.cta'], 'color', ACCENT_CONTRAST),
        probe('--usce-text', ['.card-title'], 'color', TEXT),
        probe('--usce-muted', ['.also'], 'color', MUTED),
        probe('--usce-surface', ['.card'], 'backgroundColor', SURFACE),
        probe('--usce-border', ['.card:not(.featured)'], 'borderTopColor', BORDER),
        probe('--usce-radius', ['.card'], 'borderTopLeftRadius', '3px'),
        probe('--usce-radius', ['.cta'], 'borderTopLeftRadius', '3px'),
        probe('--usce-font', ['.card-title'], 'fontFamily', 'monospace'),
        probe('--usce-space', ['.card'], 'paddingLeft', '5px'),
        probe('--usce-space', ['.cards'], 'rowGap', '2.5px'),
      ]);
    });

    it('themes <usce-quiz> from a wrapper', async () => {
      const el = await render<UsceQuiz>(html`<div style=${THEMED}><usce-quiz></usce-quiz></div>`, 'usce-quiz');
      expectProbes(el, [
        probe('--usce-accent', ['button.primary'], 'backgroundColor', ACCENT),
        probe('--usce-accent-contrast', ['button.primary'], 'color', ACCENT_CONTRAST),
        probe('--usce-text', ['.prompt'], 'color', TEXT),
        probe('--usce-muted', ['.progress-text'], 'color', MUTED),
        probe('--usce-surface', ['.quiz'], 'backgroundColor', SURFACE),
        probe('--usce-border', ['.quiz'], 'borderTopColor', BORDER),
        probe('--usce-border', ['.option'], 'borderTopColor', BORDER),
        probe('--usce-radius', ['.quiz'], 'borderTopLeftRadius', '3px'),
        probe('--usce-radius', ['button.primary'], 'borderTopLeftRadius', '3px'),
        probe('--usce-font', ['button.primary'], 'fontFamily', 'monospace'),
        probe('--usce-space', ['.quiz'], 'paddingTop', '5px'),
      ]);
    });

    it('themes <usce-compare> and the elements inside it from tokens set on the element itself', async () => {
      const el = await render<UsceCompare>(
        html`<usce-compare style=${THEMED} highlight="research" cta-href="/apply" cta-label="Apply"></usce-compare>`,
        'usce-compare',
      );
      expectProbes(el, [
        probe('--usce-accent', ['.caveat'], 'borderLeftColor', ACCENT),
        probe('--usce-accent', ['usce-table', '.badge'], 'backgroundColor', ACCENT),
        probe('--usce-accent', ['usce-quiz', 'button.primary'], 'backgroundColor', ACCENT),
        probe('--usce-accent-contrast', ['usce-cards', '.cta'], 'color', ACCENT_CONTRAST),
        probe('--usce-text', ['.title'], 'color', TEXT),
        probe('--usce-text', ['usce-cards', '.card-title'], 'color', TEXT),
        probe('--usce-muted', ['usce-cards', '.also'], 'color', MUTED),
        probe('--usce-surface', ['.caveat'], 'backgroundColor', SURFACE),
        probe('--usce-surface', ['usce-quiz', '.quiz'], 'backgroundColor', SURFACE),
        probe('--usce-background', ['usce-table', 'th[scope="row"]'], 'backgroundColor', BACKGROUND),
        probe('--usce-border', ['.fact'], 'borderTopColor', BORDER),
        probe('--usce-border', ['usce-cards', '.card:not(.featured)'], 'borderTopColor', BORDER),
        probe('--usce-radius', ['.caveat'], 'borderTopLeftRadius', '3px'),
        probe('--usce-radius', ['usce-table', '.frame'], 'borderTopLeftRadius', '3px'),
        probe('--usce-font', ['.title'], 'fontFamily', 'monospace'),
        probe('--usce-font', ['usce-quiz', 'button.primary'], 'fontFamily', 'monospace'),
        probe('--usce-space', ['.caveat'], 'paddingRight', '5px'),
        probe('--usce-space', ['usce-cards', '.card'], 'paddingLeft', '5px'),
      ]);
    });

    it('paints the background of theme="dark" from --usce-background and --usce-text', async () => {
      const el = await render<UsceCompare>(
        html`<usce-compare theme="dark" style="--usce-background: rgb(1, 30, 60); --usce-text: rgb(250, 250, 240)">
        </usce-compare>`,
        'usce-compare',
      );
      expect(style(el).backgroundColor).to.equal('rgb(1, 30, 60)');
      expect(style(deep(el, '.title')).color).to.equal('rgb(250, 250, 240)');
      expect(style(deep(el, 'usce-table', 'th[scope="row"]')).backgroundColor).to.equal('rgb(1, 30, 60)');
    });

    // The focus ring only shows for keyboard focus, so it is reached with a real Tab key press.
    for (const tag of ['usce-quiz', 'usce-compare'] as const) {
      it(`draws the keyboard focus ring of <${tag}> in --usce-focus`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          tag === 'usce-quiz'
            ? html`<div style=${THEMED}><input aria-label="Before" /><usce-quiz></usce-quiz></div>`
            : html`<div style=${THEMED}>
                <input aria-label="Before" /><usce-compare sections="quiz" heading=""></usce-compare>
              </div>`,
        );
        await settle(wrapper);
        wrapper.querySelector('input')!.focus();
        await sendKeys({ press: 'Tab' });
        const focused = deepActive() as HTMLElement;
        expect(focused.localName, 'the Tab key reached the first answer').to.equal('input');
        expect(style(focused).outlineColor).to.equal(FOCUS);
        expect(style(focused).outlineStyle).to.equal('solid');
      });
    }
  });

  describe('parts', () => {
    // Each element's documented @csspart names. <usce-compare> also forwards
    // the parts of the elements inside it, listed in its exportparts.
    const PARTS = {
      'usce-table': ['table', 'frame', 'notice'],
      'usce-cards': ['card', 'card-title', 'cta', 'notice'],
      'usce-quiz': ['quiz', 'progress', 'quiz-option', 'quiz-button', 'notice', 'result', 'cta'],
      'usce-compare': [
        'widget',
        'heading',
        'notice',
        'caveat',
        'before-you-apply',
        'facts',
        'table',
        'frame',
        'card',
        'card-title',
        'cta',
        'quiz',
        'progress',
        'quiz-option',
        'quiz-button',
        'result',
      ],
    } as const;
    // Parts that only exist on the quiz's result view.
    const RESULT_ONLY = new Set(['result', 'cta']);
    const OUTLINE = 'rgb(1, 2, 3)';

    /** A page stylesheet that outlines every documented part of `tag`. */
    function partStyles(tag: keyof typeof PARTS): HTMLStyleElement {
      const sheet = document.createElement('style');
      const selectors = PARTS[tag].map((part) => `${tag}::part(${part})`).join(',\n');
      sheet.textContent = `${selectors} { outline: 3px solid ${OUTLINE}; }`;
      return sheet;
    }

    function expectOutlined(el: Element, parts: readonly string[]): void {
      const reachable = reachableParts(el);
      for (const part of parts) {
        const found = reachable.get(part) ?? [];
        expect(found, `<${el.localName}> renders part "${part}"`).to.not.be.empty;
        for (const partEl of found) {
          expect(style(partEl).outlineColor, `::part(${part}) on <${partEl.localName}>`).to.equal(OUTLINE);
          expect(style(partEl).outlineStyle).to.equal('solid');
        }
      }
    }

    const templates: Record<keyof typeof PARTS, TemplateResult> = {
      // types="nope" and theme="neon" are mistakes, so each element shows its notice.
      'usce-table': html`<usce-table types="research nope"></usce-table>`,
      'usce-cards': html`<usce-cards types="research nope" cta-href="/apply" cta-label="Apply"></usce-cards>`,
      'usce-quiz': html`<usce-quiz theme="neon" cta-href="/apply" cta-label="Apply"></usce-quiz>`,
      'usce-compare': html`<usce-compare
        types="research hands-on nope"
        cta-href="/apply"
        cta-label="Apply"
      ></usce-compare>`,
    };

    for (const tag of Object.keys(PARTS) as (keyof typeof PARTS)[]) {
      it(`lets the page style every part of <${tag}> with ::part()`, async () => {
        const sheet = partStyles(tag);
        let wrapper!: HTMLDivElement;
        // The mistakes that bring up the notice are expected to warn; keep the log quiet.
        await captureWarnings(async () => {
          wrapper = await fixture<HTMLDivElement>(html`<div>${sheet}${templates[tag]}</div>`);
          await settle(wrapper);
        });
        const el = wrapper.querySelector(tag)!;

        // Before the quiz is done: every part except those of the result view.
        expectOutlined(
          el,
          PARTS[tag].filter((p) => !RESULT_ONLY.has(p) || tag === 'usce-cards'),
        );

        // After the quiz: the result view and its call to action.
        const quiz =
          tag === 'usce-quiz' ? (el as UsceQuiz) : tag === 'usce-compare' ? (deep(el, 'usce-quiz') as UsceQuiz) : null;
        if (quiz) {
          await finishQuiz(quiz);
          expectOutlined(el, ['result', 'cta', 'quiz-button']);
        }
      });
    }

    it('leaves parts unstyled when no page rule names them', async () => {
      const el = await render<UsceCompare>(
        html`<div><usce-compare sections="cards"></usce-compare></div>`,
        'usce-compare',
      );
      expect(style(deep(el, 'usce-cards', '.card')).outlineStyle).to.equal('none');
    });
  });

  describe('light and dark hosts', () => {
    const LIGHT_HOST = 'background: #ffffff; color: #1c1e21; padding: 1rem';
    const DARK_HOST = 'background: #15171a; color: #e8e8e8; padding: 1rem';

    it('is accessible on a light host', async () => {
      const el = await render<UsceCompare>(
        html`<div style=${LIGHT_HOST}><usce-compare highlight="hands-on"></usce-compare></div>`,
        'usce-compare',
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible on a dark host, taking its text colour and background', async () => {
      const el = await render<UsceCompare>(
        html`<div style=${DARK_HOST}><usce-compare highlight="hands-on"></usce-compare></div>`,
        'usce-compare',
      );
      expect(style(deep(el, '.title')).color).to.equal('rgb(232, 232, 232)');
      // The sticky first column is painted in the page's own background, so it hides what scrolls under it.
      expect(style(deep(el, 'usce-table', 'th[scope="row"]')).backgroundColor).to.equal('rgb(21, 23, 26)');
      await expect(el).to.be.accessible();
    });

    it('is accessible with theme="light" on a dark host, painting its own light background', async () => {
      const el = await render<UsceCompare>(
        html`<div style=${DARK_HOST}><usce-compare theme="light" highlight="hands-on"></usce-compare></div>`,
        'usce-compare',
      );
      expect(style(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(deep(el, '.title')).color).to.equal('rgb(28, 30, 33)');
      await expect(el).to.be.accessible();
    });

    it('is accessible with theme="dark" on a light host, painting its own dark background', async () => {
      const el = await render<UsceCompare>(
        html`<div style=${LIGHT_HOST}><usce-compare theme="dark" highlight="hands-on"></usce-compare></div>`,
        'usce-compare',
      );
      expect(style(el).backgroundColor).to.equal('rgb(23, 25, 29)');
      expect(style(deep(el, '.title')).color).to.equal('rgb(236, 238, 241)');
      await expect(el).to.be.accessible();
    });
  });
});
