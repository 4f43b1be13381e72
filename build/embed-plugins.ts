/**
 * The build plugins of the drop-in files. Pure: no Node module is imported
 * here (paths and content come in as arguments), so their tests run in the
 * browser beside the rest (test/build/embed-plugins.test.ts).
 */
import type { Plugin } from 'vite';

/** The drop-in file a name stands for: the tag whose presence means a copy already ran, and what to log if this copy cannot start. */
export interface EmbedSpec {
  tag: string;
  /** Every tag the file registers (its own `tag` among them): a copy that ran marks them all as taken. */
  tags: readonly string[];
  failure: string;
  /** Shows only the quiz, so it ships only the quiz's part of the content. */
  quizOnly?: boolean;
}

/**
 * Wraps the drop-in's IIFE in a check that no copy of it ran before, and a
 * catch for anything thrown while it starts. The entry imports the element
 * definitions statically, so the bundle is plain top-level code with no
 * lazy-initialisation wrapper per module; the check has to sit outside the
 * bundle, since lit creates its Trusted Types policy as soon as its module
 * runs: a second copy of the file on a page must not run any of it.
 */
export function onlyOnce(spec: EmbedSpec): Plugin {
  return {
    name: 'usce-embed-only-once',
    apply: 'build',
    // After minification, so the wrapper is the last word on the file's shape.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        chunk.code = wrapOnce(chunk.code, spec);
      }
    },
  };
}

/**
 * The code of a drop-in file, run only if its element is not defined yet and
 * no copy has run before it, and never throwing. The files register their
 * elements a task after they run (src/embed/register-soon.ts), so a copy
 * that ran marks its tags on the window at once, and a second copy in the
 * same task (two script tags, one after the other) finds the mark.
 */
export function wrapOnce(code: string, spec: EmbedSpec): string {
  const mark = (tag: string) => `self[Symbol.for(${JSON.stringify(`usce-compare.ran.${tag}`)})]`;
  return (
    `try{if(!customElements.get(${JSON.stringify(spec.tag)})&&!${mark(spec.tag)}){${code.trim()}\n` +
    `${spec.tags.map(mark).join('=')}=!0}}` +
    `catch(e){console.warn(${JSON.stringify(spec.failure)},e)}\n`
  );
}

/**
 * lit's two long error messages for a misused `css` tag, cut to their first
 * words in the drop-in files. The lit inside a drop-in is private to it:
 * only our own templates reach these checks, so the advice about
 * `unsafeCSS` could only ever be read by us, and tests catch that first.
 * A lit release that words them otherwise is reported, not failed.
 */
export const LIT_MESSAGE_EDITS: ReadonlyArray<readonly [string, string]> = [
  ['"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult is not constructable"'],
  [`". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`, '""'],
];

export function shortLitErrors(): Plugin {
  return {
    name: 'usce-short-lit-errors',
    apply: 'build',
    transform(code, id) {
      if (!/\/@lit\/reactive-element\/css-tag\.js$/.test(id)) return null;
      const { code: result, missing } = shortenLitMessages(code);
      for (const from of missing)
        this.warn(`lit's message ${from.slice(0, 40)}… was not found: it is left as lit has it`);
      return { code: result, map: null };
    },
  };
}

/** `code` with lit's long messages cut, and the messages it did not find. */
export function shortenLitMessages(code: string): { code: string; missing: string[] } {
  let result = code;
  const missing: string[] = [];
  for (const [from, to] of LIT_MESSAGE_EDITS) {
    if (result.includes(from)) result = result.replace(from, to);
    else missing.push(from);
  }
  return { code: result, missing };
}

/**
 * Swaps the library's validator module (`library`, an absolute path) for
 * the drop-in's (`dropIn`), which loads the validator file on first use.
 */
export function lazyValidator(library: string, dropIn: string): Plugin {
  return {
    name: 'usce-lazy-validator',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/validator.js') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === library ? dropIn : null;
    },
  };
}

/**
 * Replaces the built-in content module (`contentModule`, an absolute path)
 * with the quiz's part of it, `rest` being that content without its quiz
 * (see src/content/quiz-only.ts). The quiz's questions keep their module.
 */
export function quizOnlyContent(contentModule: string, rest: unknown): Plugin {
  return {
    name: 'usce-quiz-only-content',
    enforce: 'pre',
    load(id) {
      if (id !== contentModule) return null;
      return quizOnlyModule(rest);
    },
  };
}

/** The source of the quiz-only content module. */
export function quizOnlyModule(rest: unknown): string {
  return `import { builtInQuiz } from './quiz-questions.js';
export const builtInContent = { ...${JSON.stringify(rest)}, quiz: builtInQuiz };`;
}
