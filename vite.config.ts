import type { ServerResponse } from 'node:http';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './build/minify-templates.js';
import { builtInContent } from './src/content/content.js';
import { quizOnly } from './src/content/quiz-only.js';

/**
 * The drop-in files, by the name in `embed-<name>`: the tag whose presence
 * means a copy of the file already ran, and what to log if this copy cannot
 * start.
 */
const EMBEDS: Record<string, { tag: string; failure: string; quizOnly?: boolean }> = {
  compare: { tag: 'usce-compare', failure: 'usce-compare: could not start.' },
  // Shows only the quiz, so it ships only the quiz's part of the content.
  quiz: { tag: 'usce-quiz', failure: 'usce-compare: could not start the quiz.', quizOnly: true },
};

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The validator's file, loaded by the drop-in files when a page overrides
 * the content. Versioned, so a cached copy from another release is never
 * paired with a drop-in file it does not fit.
 */
export const VALIDATOR_FILE = `usce-validate-${version}.js`;

/**
 * Three kinds of build from one config, switched by mode:
 *
 * - default: the ESM library for bundler users (dist/lib), lit left external
 *   so the host app shares one copy;
 * - `embed-<name>`: a self-contained, minified IIFE drop-in file
 *   (dist/usce-<name>.js) built from src/embed/<name>.ts, lit bundled. An IIFE
 *   rather than an ES module so it works from a classic `<script defer>` as
 *   well as `<script type="module">`, and can be loaded twice without a
 *   redeclaration error;
 * - `embed-validate`: the validator file next to them (VALIDATOR_FILE), an ES
 *   module, since the drop-in files load it with `import()`.
 */
export default defineConfig(({ mode }) => {
  const embed = mode.startsWith('embed-') ? mode.slice('embed-'.length) : null;
  if (mode === 'bin') return binConfig();
  if (embed === 'validate') {
    return {
      plugins: [onlyThisValidator()],
      build: {
        target: 'es2021',
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: false,
        minify: 'oxc',
        lib: { entry: 'src/embed/validate.ts', formats: ['es'], fileName: () => VALIDATOR_FILE },
        // Vite leaves an ES library unminified, for the app bundler that
        // usually comes next; this file goes to browsers as it is.
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  return {
    define: embed
      ? {
          __USCE_VALIDATOR_FILE__: JSON.stringify(VALIDATOR_FILE),
          __USCE_DROP_IN_FILE__: JSON.stringify(`usce-${embed}.js`),
        }
      : {},
    plugins: embed
      ? [
          // lit's `html` and `css` templates lose the indentation and line
          // breaks they have in the source (see build/minify-templates.ts).
          minifyTemplates(),
          onlyOnce(embed),
          lazyValidator(),
          shortLitErrors(),
          ...(EMBEDS[embed]?.quizOnly ? [quizOnlyContent()] : []),
        ]
      : [demoHome()],
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    build: embed
      ? {
          target: 'es2021',
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: false,
          minify: 'oxc',
          lib: {
            entry: `src/embed/${embed}.ts`,
            name: 'UsceCompare',
            formats: ['iife'],
            fileName: () => `usce-${embed}.js`,
          },
        }
      : {
          target: 'es2021',
          outDir: 'dist/lib',
          emptyOutDir: true,
          sourcemap: true,
          minify: false,
          lib: {
            entry: { index: 'src/index.ts', define: 'src/define.ts' },
            formats: ['es'],
            fileName: (_format, entryName) => `${entryName}.js`,
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//],
            // One output file per source module, so bundlers can drop what an app does not import.
            output: { preserveModules: true, preserveModulesRoot: 'src' },
          },
        },
  };
});

/**
 * Wraps the drop-in's IIFE in a check that no copy of it ran before, and a
 * catch for anything thrown while it starts. The entry imports the element
 * definitions statically, so the bundle is plain top-level code with no
 * lazy-initialisation wrapper per module; the check has to sit outside
 * the bundle, since lit creates its Trusted Types policy as soon as its
 * module runs: a second copy of the file on a page must not run any of it.
 */
function onlyOnce(embed: string): Plugin {
  const spec = EMBEDS[embed];
  if (!spec) throw new Error(`no drop-in named "${embed}": add it to EMBEDS in vite.config.ts`);
  return {
    name: 'usce-embed-only-once',
    apply: 'build',
    // After minification, so the wrapper is the last word on the file's shape.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        chunk.code =
          `if(!customElements.get(${JSON.stringify(spec.tag)}))try{${chunk.code.trim()}}` +
          `catch(e){console.warn(${JSON.stringify(spec.failure)},e)}\n`;
      }
    },
  };
}

/** Removes other versions' validator files from dist/, so a stale one is never hosted or packed by mistake. */
function onlyThisValidator(): Plugin {
  return {
    name: 'usce-only-this-validator',
    apply: 'build',
    buildStart() {
      const dist = fileURLToPath(new URL('./dist/', import.meta.url));
      if (!existsSync(dist)) return;
      for (const file of readdirSync(dist)) {
        if (/^usce-validate-.*\.js$/.test(file) && file !== VALIDATOR_FILE) rmSync(`${dist}${file}`);
      }
    },
  };
}

/**
 * lit's two long error messages for a misused `css` tag, cut to their first
 * words in the drop-in files. The lit inside a drop-in is private to it:
 * only our own templates reach these checks, so the advice about
 * `unsafeCSS` could only ever be read by us, and tests catch that first.
 * A lit release that words them otherwise is reported, not failed.
 */
function shortLitErrors(): Plugin {
  const edits: Array<[string, string]> = [
    ['"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult is not constructable"'],
    [`". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`, '""'],
  ];
  return {
    name: 'usce-short-lit-errors',
    apply: 'build',
    transform(code, id) {
      if (!/\/@lit\/reactive-element\/css-tag\.js$/.test(id)) return null;
      let result = code;
      for (const [from, to] of edits) {
        if (result.includes(from)) result = result.replace(from, to);
        else this.warn(`lit's message ${from.slice(0, 40)}… was not found: it is left as lit has it`);
      }
      return { code: result, map: null };
    },
  };
}

/** Swaps the library's validator module for the drop-in's, which loads the validator file on first use. */
function lazyValidator(): Plugin {
  const library = fileURLToPath(new URL('./src/context/validator.ts', import.meta.url));
  const dropIn = fileURLToPath(new URL('./src/embed/validator.ts', import.meta.url));
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
 * Replaces the built-in content module with the quiz's part of it (see
 * src/content/quiz-only.ts), derived here from the real module, so the text
 * has one source. The quiz's questions keep their own module.
 */
function quizOnlyContent(): Plugin {
  const contentModule = fileURLToPath(new URL('./src/content/content.ts', import.meta.url));
  const { quiz: _quiz, ...rest } = quizOnly(builtInContent);
  return {
    name: 'usce-quiz-only-content',
    enforce: 'pre',
    load(id) {
      if (id !== contentModule) return null;
      return `import { builtInQuiz } from './quiz-questions.js';
export const builtInContent = { ...${JSON.stringify(rest)}, quiz: builtInQuiz };`;
    },
  };
}

/**
 * The `usce-compare` command (dist/bin/usce-compare.js): one self-contained
 * file for plain Node, with lit's server build and @lit-labs/ssr bundled in,
 * so installing the package adds no runtime dependency for it.
 */
function binConfig(): UserConfig {
  return {
    ssr: { noExternal: true, target: 'node' },
    build: {
      target: 'node20',
      outDir: 'dist/bin',
      emptyOutDir: true,
      sourcemap: false,
      minify: 'oxc',
      ssr: 'src/ssr/cli.ts',
      rolldownOptions: {
        output: { entryFileNames: 'usce-compare.js', inlineDynamicImports: true, banner: '#!/usr/bin/env node' },
      },
    },
  };
}

/** Sends the bare server root to the demo article, the page a newcomer wants first. */
function demoHome(): Plugin {
  const redirect = (req: { url?: string }, res: ServerResponse, next: () => void) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.statusCode = 302;
      res.setHeader('Location', '/demo/');
      res.end();
      return;
    }
    next();
  };
  return {
    name: 'usce-demo-home',
    configureServer: (server) => void server.middlewares.use(redirect),
    configurePreviewServer: (server) => void server.middlewares.use(redirect),
  };
}
