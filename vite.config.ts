import { defineConfig, type Plugin } from 'vite';
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

/**
 * Two kinds of build from one config, switched by mode:
 *
 * - default: the ESM library for bundler users (dist/lib), lit left external
 *   so the host app shares one copy;
 * - `embed-<name>`: a self-contained, minified IIFE drop-in file
 *   (dist/usce-<name>.js) built from src/embed/<name>.ts, lit bundled. An IIFE
 *   rather than an ES module so it works from a classic `<script defer>` as
 *   well as `<script type="module">`, and can be loaded twice without a
 *   redeclaration error.
 */
export default defineConfig(({ mode }) => {
  const embed = mode.startsWith('embed-') ? mode.slice('embed-'.length) : null;
  return {
    plugins: embed
      ? [
          // lit's `html` and `css` templates lose the indentation and line
          // breaks they have in the source (see build/minify-templates.ts).
          minifyTemplates(),
          onlyOnce(embed),
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
      return `import { builtInQuiz } from '../quiz/questions.js';
export const builtInContent = { ...${JSON.stringify(rest)}, quiz: builtInQuiz };`;
    },
  };
}

/** Sends the bare server root to the demo article, the page a newcomer wants first. */
function demoHome(): Plugin {
  const redirect = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
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
