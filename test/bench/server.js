// A tiny static file server for the benchmark pages.
//
// It serves the repository root (so pages load /dist/usce-compare.js exactly
// as a blog would load the drop-in file) plus pages generated in memory under
// /bench/. Every response says `no-store`: each run should pay for fetching,
// parsing and compiling the script, as a first-time reader does.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Starts the server on 127.0.0.1 at a port the OS picks.
 * @param {string} root directory served at /
 * @returns {Promise<{ origin: string, setPage(path: string, html: string): void, close(): Promise<void> }>}
 */
export async function startServer(root) {
  /** Generated pages by URL path, e.g. /bench/widget-10.html. */
  const pages = new Map();

  const server = createServer(async (req, res) => {
    const headers = { 'Cache-Control': 'no-store' };
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (pages.has(path)) {
        res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
        res.end(pages.get(path));
        return;
      }
      // normalize() folds any `..`; refuse whatever still escapes the root.
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403, headers).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (path, html) => void pages.set(path, html),
    close: () =>
      new Promise((resolve) => {
        // Keep-alive sockets from the browser would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
