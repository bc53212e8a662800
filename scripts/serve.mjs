#!/usr/bin/env node
// Minimal static file server for the web twin (out/renderer) on 127.0.0.1. No dependencies, so it
// runs anywhere Node does. Usage: node scripts/serve.mjs [--root out/renderer] [--port 5174]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function argValue(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/**
 * Starts the server; resolves with its URL. Exported for the bench and screenshot scripts.
 * `extraHeaders` go on every file response (the bench adds COOP/COEP for cross-origin isolation).
 */
export function serveStatic(rootDir, port = 0, extraHeaders = {}) {
  const root = resolve(rootDir);
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(root, pathname));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...extraHeaders,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveUrl) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolveUrl({ url: `http://127.0.0.1:${address.port}/`, server });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = argValue('--root', 'out/renderer');
  const port = Number(argValue('--port', process.env.PORT ?? '5174'));
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No build found in ${root}. Run "npm run build" first.`);
    process.exit(1);
  }
  const { url } = await serveStatic(root, port);
  console.log(`PA Bulletin Archive (web) is running at ${url}  (Ctrl+C to stop)`);
}
