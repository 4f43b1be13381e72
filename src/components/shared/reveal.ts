/**
 * Scrolls `target` into view and gives it focus, for "show me" links. A
 * target that cannot take focus (a heading, a cell) gets `tabindex="-1"` so
 * it can hold focus without joining the tab order; a button keeps its place
 * in the tab order. Smooth scrolling only when the reader has not asked for less motion.
 */
export function reveal(target: HTMLElement | null | undefined): void {
  if (!target) return;
  if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.setAttribute('tabindex', '-1');
  const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: still ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
}
