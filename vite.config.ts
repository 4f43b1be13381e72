import { defineConfig, type Plugin, type UserConfig } from 'vite';

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
  if (mode === 'bin') return binConfig();
  return {
    plugins: [demoHome()],
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
