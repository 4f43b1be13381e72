/**
 * A build plugin that shrinks lit's `html` and `css` tagged templates in the
 * drop-in files: the indentation and line breaks the source needs to be
 * readable cost about a kilobyte of every file sent.
 *
 * Only the literal parts of templates whose tag is one of TAGS are touched,
 * found by walking each module's syntax tree (no regular expression over
 * code). The rules keep what a reader sees:
 *
 * - HTML: a run of whitespace that holds a line break becomes one space,
 *   never nothing: next to a block-level tag the browser drops it anyway, but
 *   the stylesheet may make that tag inline (a `<dt>` styled inline keeps
 *   the space between term and description), so only one space is safe.
 *   Runs without a line break were written on purpose and stay.
 *   Inside a quoted attribute value nothing changes; a value that needs no
 *   quotes (no whitespace, quote, `=`, `<`, `>` or backtick) loses them. A template holding
 *   `<pre>`, `<textarea>`, `<style>` or `<script>` is left whole.
 * - CSS: comments go; whitespace collapses to one space, and goes entirely
 *   around `{ } ; , >` and after `:`; quoted strings stay as written.
 *
 * Whitespace after a backslash is never touched: it may be an escape.
 */
import type { Plugin } from 'vite';

/** Tag names whose templates are minified, and how. */
const TAGS: Record<string, 'html' | 'css'> = { html: 'html', staticHtml: 'html', svg: 'html', css: 'css' };

/** Templates holding any of these are left alone: their whitespace is content. */
const RAW_TEXT = /<(pre|textarea|style|script)\b/i;

/** An attribute value HTML reads the same without quotes (expressions included). */
const UNQUOTED_VALUE = /^[^\s"'=<>`]+$/;

/** Marks where an expression sat between two literal parts; never in our source. */
const HOLE = '\u0000';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export function minifyTemplates({ include = /\/src\/.*\.ts$/ }: { include?: RegExp } = {}): Plugin {
  return {
    name: 'usce-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!include.test(id) || !/\b(html|css|svg|staticHtml)`/.test(code)) return null;
      const edits: Array<{ start: number; end: number; text: string }> = [];
      walk(this.parse(code) as unknown as Node, (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node['tag'] as Node & { name?: string };
        const kind = tag.type === 'Identifier' && tag.name ? TAGS[tag.name] : undefined;
        if (!kind) return;
        const quasis = (node['quasi'] as { quasis: Node[] }).quasis;
        const parts = quasis.map((q) => code.slice(q.start, q.end));
        const joined = parts.join(HOLE);
        if (kind === 'html' && RAW_TEXT.test(joined)) return;
        const out = (kind === 'css' ? minifyCss(joined) : minifyHtml(joined)).split(HOLE);
        if (out.length !== parts.length) this.error(`template in ${id} changed shape while minifying`);
        quasis.forEach((q, i) => {
          if (out[i] !== parts[i]) edits.push({ start: q.start, end: q.end, text: out[i] ?? '' });
        });
      });
      if (edits.length === 0) return null;
      let result = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      }
      return { code: result, map: null };
    },
  };
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'type' && value && typeof value === 'object') walk(value, visit);
  }
}

/** See the rules at the top of the file. Exported for its tests. */
export function minifyHtml(source: string): string {
  let out = '';
  let mode: 'text' | 'tag' | 'quoted' = 'text';
  let quote = '';
  let valueStart = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (mode === 'quoted') {
      if (ch !== quote) {
        out += ch;
        continue;
      }
      mode = 'tag';
      // A value that needs no quotes loses them (`class="a"` -> `class=a`),
      // unless `/>` follows, which would then join the value.
      const value = out.slice(valueStart);
      if (UNQUOTED_VALUE.test(value) && source[i + 1] !== '/') out = out.slice(0, valueStart - 1) + value;
      else out += ch;
      continue;
    }
    if (mode === 'tag') {
      if (ch === '"' || ch === "'") {
        mode = 'quoted';
        quote = ch;
        out += ch;
        valueStart = out.length;
      } else if (ch === '>') {
        mode = 'text';
        out += ch;
      } else if (/\s/.test(ch)) {
        // Between attributes: one space, or none before the tag's `>`. Kept
        // before `/>`: after an unquoted value, the `/` would join the value.
        let j = i;
        while (j + 1 < source.length && /\s/.test(source.charAt(j + 1))) j++;
        if (source[j + 1] !== '>' && !out.endsWith(' ')) out += ' ';
        i = j;
      } else {
        out += ch;
      }
      continue;
    }
    // Text.
    // A tag, or a static one whose name is an expression (`<${tag}`).
    // eslint-disable-next-line no-control-regex -- a hole's marker is a control character on purpose
    if (ch === '<' && /[a-zA-Z/!\u0000]/.test(source[i + 1] ?? '')) {
      mode = 'tag';
      out += ch;
      continue;
    }
    if (/\s/.test(ch) && !out.endsWith('\\')) {
      let j = i;
      while (j + 1 < source.length && /\s/.test(source.charAt(j + 1))) j++;
      const run = source.slice(i, j + 1);
      i = j;
      if (!run.includes('\n')) {
        out += run;
        continue;
      }
      // One space, never none: whether the browser drops it depends on the
      // CSS (a list styled inline keeps it), which this build cannot see.
      out += ' ';
      continue;
    }
    out += ch;
  }
  return out;
}

/** See the rules at the top of the file. Exported for its tests. */
export function minifyCss(source: string): string {
  // Strings are cut out first and put back last, so no rule reaches inside them.
  const strings: string[] = [];
  let text = source.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (match) => {
    strings.push(match);
    return `\u0001${strings.length - 1}\u0001`;
  });
  text = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(?<!\\)\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();
  // Holes keep their place: whitespace next to one is the only thing the rules above may have joined.
  // eslint-disable-next-line no-control-regex -- the marker is a control character on purpose
  return text.replace(/\u0001(\d+)\u0001/g, (_, n: string) => strings[Number(n)] ?? '');
}
