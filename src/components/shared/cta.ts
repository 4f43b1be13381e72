import { html, nothing } from 'lit';
import { ctaHref, isExternal } from '../../content/cta.js';
import type { CallToAction, ClinicalType, TypeId } from '../../content/types.js';
import { fire, type CtaClickDetail } from '../../events.js';

/**
 * The call-to-action settings an element passes down: its `cta-*`
 * attributes as Lit sets them, null when absent.
 */
export interface CtaSettings {
  href: string | null;
  label: string | null;
  params: string | null;
}

export const NO_CTA: CtaSettings = { href: null, label: null, params: null };

/**
 * The link to show for `type` (or for no type): the type's own call to
 * action from the content wins over the element's attributes. Null when
 * neither is set or the link is not http(s) or relative.
 */
export function resolveCta(settings: CtaSettings, type: ClinicalType | null): CallToAction | null {
  const own = type?.cta;
  const label = own?.label ?? settings.label?.trim();
  const raw = own?.href ?? settings.href?.trim();
  if (!label || !raw) return null;
  const href = ctaHref(raw, settings.params);
  return href ? { label, href } : null;
}

/**
 * Renders a call to action. Clicking it fires `usce-cta-click`, which the
 * host page may cancel to handle the navigation itself. Links to another
 * site get `rel="noopener"`.
 */
export function renderCta(
  host: HTMLElement,
  cta: CallToAction | null,
  type: TypeId | null,
  placement: CtaClickDetail['placement'],
) {
  if (!cta) return nothing;
  const onClick = (event: MouseEvent) => {
    const proceed = fire(host, 'usce-cta-click', { type, href: cta.href, placement }, { cancelable: true });
    if (!proceed) event.preventDefault();
  };
  return html`<p class="cta-row">
    <a
      class="cta"
      part="cta"
      href=${cta.href}
      rel=${typeof location === 'undefined' || isExternal(cta.href, location.href) ? 'noopener' : nothing}
      @click=${onClick}
      >${cta.label}</a
    >
  </p>`;
}

/** Problems with `cta-*` attributes, as notice lines. */
export function ctaProblems(
  settings: CtaSettings,
  ui: { unsafeLink: string; ctaIncomplete: string },
  formatMessage: (template: string, values: Record<string, string>) => string,
): string[] {
  const href = settings.href?.trim();
  const label = settings.label?.trim();
  if (!href && !label) return [];
  if (!href || !label) return [ui.ctaIncomplete];
  return ctaHref(href) ? [] : [formatMessage(ui.unsafeLink, { value: href })];
}
