/**
 * The build and server plugins that need Node: they read the disk or serve
 * requests, so they stay out of the browser-tested build/embed-plugins.ts.
 */
import type { ServerResponse } from 'node:http';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import type { Plugin } from 'vite';

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
