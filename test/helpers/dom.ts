/** Small readers of what a user sees inside an element's shadow root. */

/** The shadow root of `el`, failing loudly when there is none. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** Every element matching `selector` in `el`'s shadow root. */
export function all<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

/** The one element matching `selector` in `el`'s shadow root, failing when there is none. */
export function one<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${el.localName}>`);
  return found;
}

/** Visible text with white space folded, as a reader would read it. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the notice that names configuration problems, or '' when none is shown. */
export function noticeText(el: Element): string {
  return text(shadow(el).querySelector('.notice'));
}

/** Collects console.warn calls while `run` runs, then restores console.warn. */
export async function captureWarnings(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}
