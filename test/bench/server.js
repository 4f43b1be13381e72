// A tiny static file server for the benchmark pages.
//
// It serves the repository root (so pages load /dist/usce-compare.js exactly
// as a blog would load the drop-in file) plus pages generated in memory under
// /bench/. Every response says `no-store`: each run should pay for fetching,
// parsing and compiling the script, as a first-time reader does. With
// `gzip`, HTML, scripts and styles go out compressed, as any web host sends
// them: Lighthouse's simulated network charges for the bytes on the wire.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** The types sent compressed when the server compresses at all. */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css']);

/**
 * Starts the server on 127.0.0.1 at a port the OS picks.
 * @param {string} root directory served at /
 * @param {{ gzip?: boolean }} [options] gzip: compress HTML, scripts and styles for clients that accept it
 * @returns {Promise<{ origin: string, setPage(path: string, html: string): void, close(): Promise<void> }>}
 */
export async function startServer(root, { gzip = false } = {}) {
  /** Generated pages by URL path, e.g. /bench/widget-10.html. */
  const pages = new Map();
  /** The last compressed body per path, so a page loaded run after run is compressed once, not in the timed load. */
  const compressed = new Map();

  /** Sends `body`, compressed (zlib's default level, as most web servers use) when asked for and accepted. */
  const send = (req, res, headers, path, type, body) => {
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (!gzip || !COMPRESSED.has(type) || !accepts) {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[type] ?? 'application/octet-stream' });
      res.end(body);
      return;
    }
    const buffer = Buffer.from(body);
    let entry = compressed.get(path);
    if (!entry || !entry.source.equals(buffer)) {
      entry = { source: buffer, gz: gzipSync(buffer) };
      compressed.set(path, entry);
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[type],
      'Content-Encoding': 'gzip',
      'Content-Length': entry.gz.length,
      Vary: 'Accept-Encoding',
    });
    res.end(entry.gz);
  };

  const server = createServer(async (req, res) => {
    const headers = { 'Cache-Control': 'no-store' };
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (pages.has(path)) {
        send(req, res, headers, path, '.html', pages.get(path));
        return;
      }
      // normalize() folds any `..`; refuse whatever still escapes the root.
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403, headers).end();
        return;
      }
      send(req, res, headers, path, extname(file), await readFile(file));
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
