import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import type { QuizUi } from '../../content/quiz-types.js';

/**
 * "Print" and "Copy plan" on the quiz result, so a reader keeps the plan.
 *
 * Print marks the quiz (and the `<usce-*>` elements around it) with
 * `data-usce-print` until the browser's `afterprint`; print-only styles then
 * show the result alone: the widget's own rules hide its other parts, and one
 * rule added to the page's adopted style sheets hides the rest of the page.
 * A plain Ctrl+P prints the page as usual, with the widget's buttons left out.
 *
 * Copy writes the plan as text to the clipboard. Where the browser has no
 * clipboard API or refuses it (no permission, an unfocused page), the text
 * shows in a read-only box, selected, and the live region tells the reader
 * to press Ctrl+C or Cmd+C.
 */

const PRINTING = 'data-usce-print';

// Hides every element of the page that neither holds nor is inside the
// marked widget. Only while a marked element is in the page, so a page whose
// widget sits in another component's shadow root still prints whole.
const PAGE_PRINT_RULE = `@media print {
  html:has([${PRINTING}]) body :not([${PRINTING}], [${PRINTING}] *, :has([${PRINTING}])) { display: none !important; }
}`;

/** The page's print rule, once per document. */
const pageSheets = new WeakMap<Document, CSSStyleSheet>();

function addPageRule(doc: Document): void {
  if (pageSheets.has(doc)) return;
  const view = doc.defaultView;
  if (!view) return;
  // A constructed sheet needs no inline <style>, so a strict CSP allows it.
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(PAGE_PRINT_RULE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  pageSheets.set(doc, sheet);
}

/** The quiz and each `<usce-*>` host around it, out to the page. */
function widgetHosts(quiz: HTMLElement): Element[] {
  const hosts: Element[] = [quiz];
  let root = quiz.getRootNode();
  while (root instanceof ShadowRoot && root.host.localName.startsWith('usce-')) {
    hosts.push(root.host);
    root = root.host.getRootNode();
  }
  return hosts;
}

/** Prints the quiz result on a page of its own. Never throws into the page. */
export function printResult(quiz: HTMLElement): void {
  const hosts = widgetHosts(quiz);
  const unmark = () => hosts.forEach((host) => host.removeAttribute(PRINTING));
  const view = quiz.ownerDocument.defaultView ?? window;
  try {
    addPageRule(quiz.ownerDocument);
  } catch {
    // No constructed style sheets in this browser: the whole page prints, the widget still without its buttons.
  }
  hosts.forEach((host) => host.setAttribute(PRINTING, ''));
  view.addEventListener('afterprint', unmark, { once: true });
  try {
    view.print();
  } catch {
    // Printing is blocked here (a sandboxed frame, a page that replaced print()): nothing to undo but the mark.
    unmark();
  }
}

type CopyState = 'idle' | 'copied' | 'manual';

/** The Print and Copy plan buttons, their feedback, and the fallback box; the host renders it and calls reset(). */
export class KeepPlan {
  private state: CopyState = 'idle';
  private text = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly planText: () => string,
  ) {}

  /** Back to no feedback and no box, e.g. on Restart. */
  reset(): void {
    if (this.state === 'idle') return;
    this.state = 'idle';
    this.host.requestUpdate();
  }

  render(ui: QuizUi) {
    const status = this.state === 'copied' ? ui.planCopied : this.state === 'manual' ? ui.copyPlanManual : '';
    return html`<div class="keep-plan">
      <div class="actions">
        <button type="button" class="secondary" part="quiz-button" @click=${this.onPrint}>${ui.print}</button>
        <button type="button" class="secondary" part="quiz-button" @click=${this.onCopy}>${ui.copyPlan}</button>
      </div>
      <p class="copy-status" role="status">${status}</p>
      ${
        this.state === 'manual'
          ? html`<label class="plan-text"
              >${ui.planAsText}<textarea readonly rows="10" .value=${this.text}></textarea>
            </label>`
          : nothing
      }
    </div>`;
  }

  private readonly onPrint = (): void => printResult(this.host);

  private readonly onCopy = async (): Promise<void> => {
    this.text = this.planText();
    try {
      await navigator.clipboard.writeText(this.text);
      this.state = 'copied';
    } catch {
      // No clipboard API, or no permission (an unfocused page, a strict browser): the reader copies by hand.
      this.state = 'manual';
    }
    this.host.requestUpdate();
    if (this.state !== 'manual') return;
    await this.host.updateComplete;
    const box = this.host.renderRoot.querySelector<HTMLTextAreaElement>('.plan-text textarea');
    box?.focus();
    box?.select();
  };
}

export const keepPlanStyles = css`
  .plan-text {
    display: block;
    font-weight: 600;
  }

  /* Border, padding and font: with the share link's box, in the quiz's styles. */
  .plan-text textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
  }

  @media print {
    button,
    .actions,
    .share,
    .keep-plan {
      display: none !important;
    }

    /* From our Print button: the result alone, without notices or the partner's form. */
    :host([data-usce-print]) .quiz > :not(.quiz-heading, .result),
    :host([data-usce-print]) slot[name='after-result'] {
      display: none;
    }
  }
`;
