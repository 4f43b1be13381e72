/// <reference types="node" />
/**
 * The package's command, `npx usce-compare snippet [options]`: prints a
 * paste-ready embed snippet whose `<usce-compare>` already holds the whole
 * comparison. Run `npx usce-compare --help` for the options.
 *
 * Problems (an unknown option value, an invalid content file) go to stderr,
 * every one of them, and nothing goes to stdout: a redirect into a file
 * never captures half a snippet. Exit codes: 0 done, 1 a problem with the
 * input, 2 a usage error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { builtInContent } from '../content/content.js';
import { isSafeHref } from '../content/url.js';
import { SECTION_IDS, selectHighlight, selectSections, selectTheme, selectTypes, THEMES } from '../content/select.js';
import { TYPE_IDS } from '../content/types.js';
import {
  fallbackParagraph,
  SNIPPET_FLAG_ATTRIBUTES,
  SNIPPET_VALUE_ATTRIBUTES,
  scriptLine,
  snippetText,
  type SnippetAttributes,
} from '../snippet/markup.js';
import { cdnUrl, integrityByDefault, type DropInFile } from '../snippet/release.js';
import { dropInIntegrity, packageVersion } from './release-files.js';
import { renderSnippet } from './render.js';

const VERSION = packageVersion();
const DEFAULT_SRC = cdnUrl(VERSION);

const USAGE = `Usage: usce-compare snippet [options] > snippet.html
       usce-compare script [--quiz] [--src URL] [--no-integrity]

Prints an embed snippet for a blog article: the style that keeps room for the
widget, the script line, and a <usce-compare> element that already holds the
whole comparison as HTML (declarative shadow DOM), so it paints with the page,
reads without JavaScript and is indexed as text. The script takes it over.

Options (each sets the attribute of the same name):
  --types "ids"          types to show, in order: ${TYPE_IDS.join(' ')}
  --sections "ids"       sections to show, in order: ${SECTION_IDS.join(' ')}
  --highlight id         one type to mark as featured
  --heading text         the widget's heading ("" hides it)
  --heading-level n      2 to 6 (default 2)
  --theme name           ${THEMES.join(', ')}
  --cta-href url         a call-to-action link (http(s) or relative)
  --cta-label text       its text (needed with --cta-href)
  --cta-params query     query parameters added to the link
  --share, --remember    quiz options
Other options:
  --content FILE         a JSON content override (validated)
  --src URL              where the page loads usce-compare.js from; default:
                         ${DEFAULT_SRC}
                         (this exact version, which never changes)
  --integrity            add integrity="sha384-…" and crossorigin="anonymous"
                         for this package's dist/usce-compare.js: the browser
                         runs the file only if it is byte for byte this one.
                         On by default for the default address and for a
                         relative --src; for a file on another host, which
                         must then send Access-Control-Allow-Origin, ask.
  --no-integrity         leave integrity out (a file you build or edit)
  --plain                no pre-rendering: the element holds one line of text
  --plain-copy           also carry the comparison as plain HTML (the table,
                         each type's pros and cons, the facts) for feed
                         readers, e-mail and reader views, which drop the
                         pre-rendered part and otherwise show one line. It
                         adds about 1.2 kB compressed, which in Lighthouse's
                         mobile test delays the article's largest paint by a
                         round trip.
  --script-tag           a plain <script src=… defer> line instead of the small
                         inline script that loads the file after the page's
                         first paint (for pages that forbid inline scripts)
  -h, --help             this text

\`script\` prints only the script line, for pages that write their own
element (a partner's <usce-quiz>, a theme's footer): --quiz loads
usce-quiz.js instead; --src and the integrity options work as above.
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(SNIPPET_VALUE_ATTRIBUTES.map((name) => [name, { type: 'string' as const }])),
        ...Object.fromEntries(SNIPPET_FLAG_ATTRIBUTES.map((name) => [name, { type: 'boolean' as const }])),
        content: { type: 'string' },
        src: { type: 'string' },
        integrity: { type: 'boolean' },
        'no-integrity': { type: 'boolean' },
        plain: { type: 'boolean' },
        'plain-copy': { type: 'boolean' },
        'script-tag': { type: 'boolean' },
        quiz: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`usce-compare: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const command = positionals[0];
  if (positionals.length !== 1 || (command !== 'snippet' && command !== 'script')) {
    process.stderr.write(
      positionals.length === 0 ? USAGE : `usce-compare: unknown command "${positionals.join(' ')}"\n\n${USAGE}`,
    );
    return 2;
  }

  const attributes: SnippetAttributes = {};
  for (const name of SNIPPET_VALUE_ATTRIBUTES) {
    const value = (values as Record<string, unknown>)[name];
    if (typeof value === 'string') attributes[name] = value;
  }
  for (const name of SNIPPET_FLAG_ATTRIBUTES) {
    if ((values as Record<string, unknown>)[name] === true) attributes[name] = '';
  }

  if (command === 'script') return printScript(values);
  if (values.quiz) return fail(['--quiz goes with `script`: the snippet is a <usce-compare>']);

  const problems = optionProblems(attributes);
  let content: unknown;
  if (typeof values.content === 'string') {
    try {
      content = JSON.parse(readFileSync(values.content, 'utf8')) as unknown;
    } catch (error) {
      problems.push(`--content ${values.content}: ${(error as Error).message}`);
    }
  }
  const { src, integrity } = scriptSource(values, 'usce-compare.js', problems);
  if (values.plain && values['plain-copy'])
    problems.push('--plain and --plain-copy: the plain snippet is not pre-rendered');
  if (problems.length > 0) return fail(problems);

  const script = values['script-tag'] ? 'tag' : 'loader';
  if (values.plain) {
    const light = fallbackParagraph(builtInContent.ui.intro);
    process.stdout.write(snippetText({ src, integrity, script, attributes, light, content }));
    return 0;
  }
  const result = await renderSnippet({
    attributes,
    src,
    integrity,
    script,
    content,
    plainCopy: values['plain-copy'] === true,
  });
  if ('problems' in result) {
    return fail(
      result.problems.map((p) => `--content ${values.content}: ${p.path === '' ? '(root)' : p.path} ${p.message}`),
    );
  }
  process.stdout.write(result.snippet);
  return 0;
}

interface ScriptOptions {
  src?: string;
  integrity?: boolean;
  'no-integrity'?: boolean;
}

/** The script's address and, unless declined or another host's file, its integrity; problems are added to `problems`. */
function scriptSource(
  values: ScriptOptions,
  file: DropInFile,
  problems: string[],
): { src: string; integrity: string | undefined } {
  const src = values.src ?? cdnUrl(VERSION, file);
  if (!isSafeHref(src)) problems.push(`--src "${String(src)}" is not an http(s) or relative URL`);
  if (values.integrity && values['no-integrity']) problems.push('--integrity and --no-integrity: give one or neither');
  let integrity: string | undefined;
  if (values.integrity || (!values['no-integrity'] && integrityByDefault(src, VERSION))) {
    try {
      integrity = dropInIntegrity(file);
    } catch (error) {
      problems.push(`integrity: ${(error as Error).message}`);
    }
  }
  return { src, integrity };
}

/** `usce-compare script`: the script line alone. */
function printScript(values: ScriptOptions & Record<string, unknown>): number {
  const allowed = new Set(['src', 'integrity', 'no-integrity', 'quiz']);
  const others = Object.keys(values).filter((name) => !allowed.has(name) && values[name] !== undefined);
  const problems = others.map((name) => `--${name} goes with \`snippet\`, not \`script\``);
  const { src, integrity } = scriptSource(values, values.quiz ? 'usce-quiz.js' : 'usce-compare.js', problems);
  if (problems.length > 0) return fail(problems);
  process.stdout.write(`${scriptLine(src, integrity)}\n`);
  return 0;
}

/** Every attribute value the widget would show a notice for, so the snippet never carries one. */
function optionProblems(a: SnippetAttributes): string[] {
  const problems: string[] = [];
  const unknownTypes = selectTypes(builtInContent, a.types).unknown;
  if (unknownTypes.length > 0) {
    problems.push(`--types: unknown ${unknownTypes.join(', ')} (valid: ${TYPE_IDS.join(', ')})`);
  }
  const highlight = selectHighlight(a.highlight).unknown;
  if (highlight !== null) problems.push(`--highlight: unknown "${highlight}" (valid: ${TYPE_IDS.join(', ')})`);
  const sections = selectSections(a.sections).unknown;
  if (sections.length > 0) {
    problems.push(`--sections: unknown ${sections.join(', ')} (valid: ${SECTION_IDS.join(', ')})`);
  }
  const theme = selectTheme(a.theme).unknown;
  if (theme !== null) problems.push(`--theme: unknown "${theme}" (valid: ${THEMES.join(', ')})`);
  if (a['heading-level'] !== undefined && !/^[2-6]$/.test(a['heading-level'].trim())) {
    problems.push(`--heading-level: "${a['heading-level']}" is not 2 to 6`);
  }
  const href = a['cta-href']?.trim() ?? '';
  const label = a['cta-label']?.trim() ?? '';
  if (href !== '' && !isSafeHref(href)) problems.push(`--cta-href "${String(href)}" is not an http(s) or relative URL`);
  if ((href === '') !== (label === '')) problems.push('--cta-href and --cta-label go together: give both or neither');
  return problems;
}

function fail(problems: string[]): number {
  process.stderr.write(`usce-compare: nothing written, ${problems.length} problem(s):\n`);
  for (const problem of problems) process.stderr.write(`  ${problem}\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`usce-compare: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
