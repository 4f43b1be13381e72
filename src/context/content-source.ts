import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { format } from '../content/select.js';
import { parseJson } from '../content/json.js';
import type { Content, ContentProblem } from '../content/types.js';
import type { ValidationScope } from '../content/validate.js';
import { isSafeHref } from '../content/url.js';
import { loadValidator, type ApplyOverride } from './validator.js';
import { fire } from '../events.js';
import { warnOnce } from '../warn.js';

/** Where an override came from, as named in `usce-content-error`. */
export type ContentOrigin = 'property' | 'inline' | 'url';

/** How long a `content-src` request may take before the built-in content is kept. */
export const DEFAULT_TIMEOUT_MS = 8000;

/** The element properties the controller reads. */
export interface ContentSourceHost extends ReactiveControllerHost, HTMLElement {
  /** An override object set in code. */
  content: unknown;
  /** A URL to fetch an override from; null when the attribute is absent. */
  contentSrc: string | null;
  /** Milliseconds before a `content-src` request is given up; null when the attribute is absent. */
  contentTimeout: number | null;
}

/**
 * Resolves the content an element shows from its three override sources,
 * in this order of precedence: the `content` property, an inline
 * `<script type="application/json">` child, the `content-src` URL. With none,
 * the base content is used as it is.
 *
 * Invalid or unreachable content never throws: the base content is kept,
 * the problems are kept for the element's notice, logged once, and reported
 * in a `usce-content-error` event with the full list.
 *
 * `content-src` is the only way the widget ever makes a network request. It
 * is sent without cookies or credentials and given up after
 * `content-timeout` milliseconds.
 */
export class ContentSourceController implements ReactiveController {
  /** The content to show. */
  value: Content;
  /** Problems with the override in use, for the notice; empty when it was applied. */
  problems: ContentProblem[] = [];
  /** A failed `content-src` load, for the notice; empty when none. */
  loadError = '';
  /** True while a `content-src` request is under way and no other source is set. */
  loading = false;

  private readonly host: ContentSourceHost;
  private readonly scope: ValidationScope;
  private base: Content;
  private observer?: MutationObserver;
  private inlineText: string | null = null;
  private fetched: { url: string; value: unknown } | null = null;
  private request = 0;
  private lastKey = '';

  /**
   * @param scope which part of the content the host shows, and so which part
   *   of an override must be valid: `quiz` for `<usce-quiz>`.
   */
  constructor(host: ContentSourceHost, base: Content, scope: ValidationScope = 'all') {
    this.host = host;
    this.scope = scope;
    this.base = base;
    this.value = base;
    host.addController(this);
  }

  hostConnected(): void {
    // On the server (the pre-rendered snippet) there are no children to read
    // or watch: the override comes as the `content` property.
    if (isServer) return;
    this.readInline();
    // Page builders and single-page apps may add or edit the JSON child later.
    this.observer = new MutationObserver(() => {
      if (this.readInline()) {
        this.resolve();
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Call from the host's `willUpdate` when `content`, `contentSrc` or the base changed. */
  update(base: Content = this.base): void {
    this.base = base;
    this.resolve();
  }

  /** Reads the inline JSON child; returns true when its text changed. */
  private readInline(): boolean {
    let text: string | null = null;
    for (const child of Array.from(this.host.children)) {
      if (
        child.localName === 'script' &&
        (child as HTMLScriptElement).type.trim().toLowerCase() === 'application/json'
      ) {
        text = child.textContent ?? '';
        break;
      }
    }
    const changed = text !== this.inlineText;
    this.inlineText = text;
    return changed;
  }

  private resolve(): void {
    const { content, contentSrc } = this.host;
    // Any source change outdates a content-src request still on its way.
    const request = ++this.request;
    this.loadError = '';
    this.loading = false;
    if (content !== undefined && content !== null) {
      this.apply(content, 'property');
    } else if (this.inlineText !== null) {
      const parsed = parseJson(this.inlineText);
      if ('problem' in parsed) this.fail([parsed.problem], 'inline');
      else this.apply(parsed.value, 'inline');
    } else if (contentSrc !== null && contentSrc.trim() !== '') {
      this.fromUrl(contentSrc.trim(), request);
    } else {
      this.value = this.base;
      this.problems = [];
      this.lastKey = '';
    }
  }

  private fromUrl(url: string, request: number): void {
    const ui = this.base.ui;
    // Kept as a string for the messages: the check below narrows `url` itself to never.
    const given: string = url;
    if (!isSafeHref(url)) {
      this.value = this.base;
      this.problems = [];
      this.loadError = format(ui.unsafeLink, { value: given });
      this.report([{ path: '', message: `content-src "${given}" is not an http(s) or relative URL` }], 'url', given);
      return;
    }
    if (this.fetched?.url === url) {
      this.apply(this.fetched.value, 'url', url);
      return;
    }
    this.loading = true;
    void this.load(url, request);
  }

  private async load(url: string, request: number): Promise<void> {
    const wanted = this.host.contentTimeout;
    const timeout = wanted !== null && Number.isFinite(wanted) && wanted > 0 ? wanted : DEFAULT_TIMEOUT_MS;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeout);
    let value: unknown;
    let reason = '';
    try {
      const response = await fetch(url, {
        signal: abort.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        reason = `HTTP ${response.status}`;
      } else {
        const parsed = parseJson(await response.text());
        if ('problem' in parsed) reason = parsed.problem.message;
        else value = parsed.value;
      }
    } catch (error) {
      reason = abort.signal.aborted
        ? `no answer within ${Math.round(timeout / 100) / 10} s`
        : `network error${error instanceof Error && error.message ? `: ${error.message}` : ''}`;
    } finally {
      clearTimeout(timer);
    }
    // A newer request, or another source, took over while this one was on its way.
    if (request !== this.request) return;
    this.loading = false;
    if (reason) {
      this.value = this.base;
      this.problems = [];
      this.loadError = format(this.base.ui.contentLoadFailed, { url, reason });
      this.report([{ path: '', message: `could not be loaded from ${url}: ${reason}` }], 'url', url);
    } else {
      this.fetched = { url, value };
      this.apply(value, 'url', url);
    }
    this.host.requestUpdate();
  }

  private apply(override: unknown, origin: ContentOrigin, url?: string): void {
    const validator = loadValidator();
    if (typeof validator === 'function') {
      this.applyWith(validator, override, origin, url);
      return;
    }
    // The drop-in files load the validator on first use; until it is here
    // the author's fallback shows, as while a content-src loads.
    const request = this.request;
    this.loading = true;
    validator.then(
      (applyOverride) => {
        if (request !== this.request) return;
        this.loading = false;
        this.applyWith(applyOverride, override, origin, url);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (request !== this.request) return;
        this.loading = false;
        const reason = error instanceof Error ? error.message : String(error);
        this.fail([{ path: '', message: `could not be checked: ${reason}` }], origin, url);
        this.host.requestUpdate();
      },
    );
  }

  private applyWith(applyOverride: ApplyOverride, override: unknown, origin: ContentOrigin, url?: string): void {
    const resolved = applyOverride(this.base, override, this.scope);
    this.value = resolved.content;
    if (resolved.problems.length > 0) this.fail(resolved.problems, origin, url);
    else {
      this.problems = [];
      this.lastKey = '';
    }
  }

  private fail(problems: ContentProblem[], origin: ContentOrigin, url?: string): void {
    this.value = this.base;
    this.problems = problems;
    this.report(problems, origin, url);
  }

  /** Warns once and fires `usce-content-error`, once per distinct failure. */
  private report(problems: ContentProblem[], origin: ContentOrigin, url?: string): void {
    const lines = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
    const key = `${origin}|${url ?? ''}|${lines.join('\n')}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    warnOnce(
      `<${this.host.localName}> content from ${origin}${url ? ` (${url})` : ''} was not used:\n${lines.join('\n')}`,
    );
    // Dispatched after the current task so listeners added right after the
    // element was created still hear about problems found on connection.
    queueMicrotask(() => fire(this.host, 'usce-content-error', { problems, source: origin, ...(url ? { url } : {}) }));
  }
}
