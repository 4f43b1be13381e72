/**
 * The build and server plugins that need Node: they read the disk or serve
 * requests, so they stay out of the browser-tested build/embed-plugins.ts.
 */
import type { ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DROP_IN_FILES, releaseInfo, withRelease } from './release.js';

/**
 * Removes other versions' validator files from `dist` (a folder path ending
 * in `/`), so a stale one is never hosted or packed by mistake.
 */
export function onlyThisValidator(dist: string, validatorFile: string): Plugin {
  return {
    name: 'usce-only-this-validator',
    apply: 'build',
    buildStart() {
      if (!existsSync(dist)) return;
      for (const file of readdirSync(dist)) {
        if (/^usce-validate-.*\.js$/.test(file) && file !== validatorFile) rmSync(`${dist}${file}`);
      }
    },
  };
}

/** Sends the bare server root to the demo article, the page a newcomer wants first. */
export function demoHome(): Plugin {
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

/**
 * Gives the configurator page the release it describes (see build/release.js):
 * on the dev server read from dist/ on every request, in the site build once.
 * `folder` is where the page's own copies of the release's files are served.
 * On the dev server an absolute `folder` (`/v<version>/`) serves the built
 * files of dist/ byte for byte, as the built site does, so a snippet that
 * loads them passes its integrity check.
 */
export function configuratorRelease(root: string, folder: string): Plugin {
  const release = (req: { url?: string }, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const file = path.startsWith(folder) ? path.slice(folder.length) : '';
    if (!/^usce-(compare|quiz|validate-[\w.-]+)\.js$/.test(file) || !existsSync(join(root, 'dist', file)))
      return next();
    res.setHeader('Content-Type', 'text/javascript');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end(readFileSync(join(root, 'dist', file)));
  };
  return {
    name: 'usce-configurator-release',
    configureServer: (server) => {
      if (folder.startsWith('/')) server.middlewares.use(release);
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) =>
        context.filename.endsWith('configurator.html') ? withRelease(html, releaseInfo(root, folder)) : html,
    },
  };
}

/** The site's pages by source file: the configurator is the home page, the demo article beside it. */
const SITE_PAGES: Record<string, string> = {
  'configurator.html': 'index.html',
  'index.html': 'article.html',
  'elements.html': 'elements.html',
  'themes.html': 'themes.html',
  'embed.html': 'embed.html',
  'partner.html': 'partner.html',
};

/**
 * The static configurator site (`npm run build:site`, after `npm run build`):
 * the demo pages under their site names with their links to one another
 * following, the classic-script theme switch they share, and the release's
 * files (drop-ins and validator, byte for byte) under `v<version>/`, a
 * folder later releases add to rather than replace. A `_headers` file (read
 * by Netlify and Cloudflare Pages; other hosts ignore it) lets other sites
 * load that folder with integrity checks and keeps it cached.
 */
export function staticSite(root: string, version: string): Plugin {
  const folder = `v${version}/`;
  const renamed = (html: string) =>
    html
      .replace(/href="(index|configurator)\.html"/g, (_all, page: string) => `href="${SITE_PAGES[`${page}.html`]}"`)
      .replace('src="../dist/usce-compare.js"', `src="./${folder}usce-compare.js"`)
      .replace('<code data-drop-in>dist/usce-compare.js</code>', `<code>${folder}usce-compare.js</code>`)
      .replace(/\s*<span data-repository-only\s*>[^]*?<\/span\s*>/g, '')
      // Classic scripts (the theme switch, the drop-in file) are served as
      // they are; vite-ignore tells vite so, instead of a warning each.
      .replace(/<script src=/g, '<script vite-ignore src=');
  return {
    name: 'usce-static-site',
    apply: 'build',
    transformIndexHtml: { order: 'pre', handler: renamed },
    // After vite's own HTML plugin has written the pages into the bundle.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // Rolldown lets a plugin delete from the bundle and emit, not rename.
        for (const [source, target] of Object.entries(SITE_PAGES)) {
          const page = bundle[source];
          if (page?.type !== 'asset') throw new Error(`the site build made no ${source}`);
          if (source === target) continue;
          // Rollup's documented way to drop an output file.
          // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
          delete bundle[source];
          this.emitFile({ type: 'asset', fileName: target, source: page.source });
        }
        const copy = (from: string, to: string) =>
          this.emitFile({ type: 'asset', fileName: to, source: readFileSync(join(root, from)) });
        copy('demo/theme.js', 'theme.js');
        for (const file of [...DROP_IN_FILES, `usce-validate-${version}.js`]) {
          if (!existsSync(join(root, 'dist', file))) {
            throw new Error(`dist/${file} is missing: run \`npm run build\` before \`vite build --mode site\``);
          }
          copy(`dist/${file}`, `${folder}${file}`);
        }
        this.emitFile({
          type: 'asset',
          fileName: '_headers',
          source: `/${folder}*\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=31536000, immutable\n`,
        });
      },
    },
  };
}
