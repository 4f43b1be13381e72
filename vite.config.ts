import type { ServerResponse } from 'node:http';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lazyValidator, onlyOnce, quizOnlyContent, shortLitErrors, type EmbedSpec } from './build/embed-plugins.js';
import { minifyTemplates } from './build/minify-templates.js';
import { configuratorRelease, demoHome, onlyThisValidator, staticSite } from './build/node-plugins.js';
import { builtInContent } from './src/content/content.js';
import { quizOnly } from './src/content/quiz-only.js';

/**
 * The drop-in files, by the name in `embed-<name>`: the tag whose presence
 * means a copy of the file already ran, and what to log if this copy cannot
 * start.
 */
const EMBEDS: Record<string, EmbedSpec> = {
  compare: {
    tag: 'usce-compare',
    tags: ['usce-compare', 'usce-table', 'usce-cards', 'usce-quiz'],
    failure: 'usce-compare: could not start.',
  },
  // Shows only the quiz, so it ships only the quiz's part of the content.
  quiz: { tag: 'usce-quiz', tags: ['usce-quiz'], failure: 'usce-compare: could not start the quiz.', quizOnly: true },
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
export default defineConfig(({ mode, command }) => {
  const embed = mode.startsWith('embed-') ? mode.slice('embed-'.length) : null;
  if (mode === 'bin') return binConfig();
  if (mode === 'site') return siteConfig();
  if (embed === 'validate') {
    return {
      plugins: [onlyThisValidator(fileURLToPath(new URL('./dist/', import.meta.url)), VALIDATOR_FILE)],
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
          __USCE_VERSION__: JSON.stringify(version),
        }
      : command === 'serve'
        ? {
            // The dev server runs the drop-in entries from source (see devDropIns).
            __USCE_VALIDATOR_FILE__: JSON.stringify(VALIDATOR_FILE),
            __USCE_DROP_IN_FILE__: JSON.stringify('usce-compare.js'),
            __USCE_VERSION__: JSON.stringify(version),
          }
        : {},
    plugins: embed
      ? [
          // lit's `html` and `css` templates lose the indentation and line
          // breaks they have in the source (see build/minify-templates.ts).
          minifyTemplates(),
          onlyOnce(embedSpec(embed)),
          lazyValidator(sourcePath('src/context/validator.ts'), sourcePath('src/embed/validator.ts')),
          shortLitErrors(),
          ...(embedSpec(embed).quizOnly === true ? [quizOnlyContentPlugin()] : []),
        ]
      : [demoHome(), devDropIns(), configuratorRelease(sourcePath(''), `/v${version}/`)],
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

/**
 * The configurator site (dist/site): the demo pages as a production build
 * (lit without its dev-mode checks), with relative addresses so that any
 * static host serves it from any folder. Run after the drop-in files are
 * built: it copies them and describes them to the configurator.
 */
function siteConfig(): UserConfig {
  const root = sourcePath('');
  return {
    root: sourcePath('demo'),
    base: './',
    publicDir: false,
    // The pages name the source as /src/…, from the repository's root.
    resolve: { alias: [{ find: /^\/src\//, replacement: sourcePath('src/') }] },
    plugins: [configuratorRelease(root, `./v${version}/`), staticSite(root, version)],
    build: {
      target: 'es2021',
      outDir: sourcePath('dist/site'),
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: {
        input: Object.fromEntries(
          ['configurator', 'index', 'elements', 'themes', 'embed', 'partner'].map((page) => [
            page,
            sourcePath(`demo/${page}.html`),
          ]),
        ),
      },
    },
  };
}

function embedSpec(embed: string): EmbedSpec {
  const spec = EMBEDS[embed];
  if (!spec) throw new Error(`no drop-in named "${embed}": add it to EMBEDS in vite.config.ts`);
  return spec;
}

function sourcePath(path: string): string {
  return fileURLToPath(new URL(`./${path}`, import.meta.url));
}

/** The quiz drop-in's content: the quiz's part of the real module, so the text has one source. */
function quizOnlyContentPlugin() {
  const { quiz: _quiz, ...rest } = quizOnly(builtInContent);
  return quizOnlyContent(sourcePath('src/content/content.ts'), rest);
}

/**
 * Under `npm start`, a page that loads a drop-in file (dist/usce-<name>.js) as
 * a classic script gets a small classic script that loads the entry's source
 * as a module, so demo/embed.html works without a build.
 */
function devDropIns(): Plugin {
  return {
    name: 'usce-dev-drop-ins',
    apply: 'serve',
    configureServer: (server) =>
      void server.middlewares.use((req: { url?: string }, res: ServerResponse, next: () => void) => {
        const match = /^\/dist\/usce-(compare|quiz)\.js(?:\?.*)?$/.exec(req.url ?? '');
        if (!match) return next();
        const entry = JSON.stringify(`/src/embed/${match[1]}.ts`);
        res.setHeader('Content-Type', 'text/javascript');
        res.end(
          `(() => { const s = document.createElement('script'); s.type = 'module'; s.src = ${entry}; document.head.append(s); })();\n`,
        );
      }),
  };
}
