/**
 * Renders the pre-rendered snippet in Node with lit's own server renderer
 * (`@lit-labs/ssr`): the same components and templates as in the browser,
 * written out as declarative shadow DOM, so the snippet paints exactly as
 * the live widget does before any script runs.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { builtInContent } from '../content/content.js';
import { contentFingerprint } from '../content/fingerprint.js';
import { applyOverride } from '../content/resolve.js';
import type { Content, ContentProblem } from '../content/types.js';
import { defineAll } from '../define.js';
import { lightCopy } from '../snippet/light-copy.js';
import { fallbackParagraph, snippetText, tidyMarkup, type SnippetAttributes } from '../snippet/markup.js';

// connectedCallback runs on the server too, so the elements inside
// <usce-compare> ask it for the content (the context protocol's request
// event), as in the browser: a content override reaches every part.
LitElementRenderer.renderOptions.push((element) =>
  element.localName.startsWith('usce-') ? { connectedCallback: true } : undefined,
);
defineAll();

export interface RenderOptions {
  attributes: SnippetAttributes;
  src: string;
  /** The script's `integrity` value, if the snippet checks it. */
  integrity?: string;
  /** How the snippet loads the drop-in file (SnippetParts.script). */
  script?: 'loader' | 'tag';
  /** A content override (already parsed JSON); validated here. */
  content?: unknown;
  /**
   * Whether the element also carries the comparison as plain HTML for views
   * that drop templates (see light-copy.ts); otherwise it carries one line.
   */
  plainCopy?: boolean;
}

export type RenderResult = { snippet: string; fingerprint: string } | { problems: ContentProblem[] };

/** The pre-rendered snippet, or every problem with the content override. */
export async function renderSnippet(options: RenderOptions): Promise<RenderResult> {
  let content: Content = builtInContent;
  if (options.content !== undefined) {
    const resolved = applyOverride(builtInContent, options.content);
    if (resolved.problems.length > 0) return { problems: resolved.problems };
    content = resolved.content;
  }
  const a = options.attributes;
  const rendered = await collectResult(
    render(
      html`<usce-compare
        types=${ifDefined(a.types)}
        sections=${ifDefined(a.sections)}
        highlight=${ifDefined(a.highlight)}
        heading=${ifDefined(a.heading)}
        heading-level=${ifDefined(a['heading-level'])}
        theme=${ifDefined(a.theme)}
        cta-href=${ifDefined(a['cta-href'])}
        cta-label=${ifDefined(a['cta-label'])}
        cta-params=${ifDefined(a['cta-params'])}
        .content=${options.content}
      ></usce-compare>`,
    ),
  );
  const start = rendered.indexOf('<template');
  const end = rendered.lastIndexOf('</template>') + '</template>'.length;
  const shadow = tidyMarkup(rendered.slice(start, end)).replaceAll(' shadowroot="open"', '');
  const fingerprint = contentFingerprint(content);
  const light = options.plainCopy
    ? lightCopy(content, {
        types: a.types,
        highlight: a.highlight,
        sections: a.sections,
        heading: a.heading,
        headingLevel: a['heading-level'] === undefined ? undefined : Number(a['heading-level']),
        ctaHref: a['cta-href'],
        ctaLabel: a['cta-label'],
        ctaParams: a['cta-params'],
      })
    : fallbackParagraph(content.ui.intro);
  const snippet = snippetText({
    src: options.src,
    integrity: options.integrity,
    script: options.script,
    attributes: a,
    shadow,
    fingerprint,
    light,
    content: options.content,
  });
  return { snippet, fingerprint };
}
