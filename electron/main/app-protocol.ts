/**
 * The `app://bundle/` scheme that serves the built renderer instead of `file://` (which would give
 * every page read access to the whole disk and no real origin). Path resolution is a pure function
 * so the traversal guard is unit-tested without Electron.
 */
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, OCR_WORKER_PATH, OCR_WORKER_POLICY } from '../shared/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Privileges for `protocol.registerSchemesAsPrivileged` (must run before `app` is ready). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** Content type for a served file; unknown types are opaque bytes (and `nosniff` stops guessing). */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// A dot segment, literal or percent-encoded, anywhere in the raw URL. The URL parser would
// silently resolve these, so they are refused before parsing rather than trusted afterwards.
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$|\?|#)/i;
// eslint-disable-next-line no-control-regex -- NUL and friends are what we refuse
const FORBIDDEN_RAW = /[\\\u0000-\u001f]|%00|%2f|%5c/i;

/**
 * Maps an `app://bundle/...` request to a file under `root`, or null when the URL is not ours or
 * tries to leave `root` (dot segments, encoded separators, backslashes, NUL, drive letters, other hosts).
 * "/" maps to index.html; query and hash are ignored.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  if (FORBIDDEN_RAW.test(requestUrl)) return null;
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.toLowerCase().startsWith(prefix)) return null;
  if (DOT_SEGMENT.test(requestUrl.slice(prefix.length - 1))) return null;

  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;

  const rawSegments = url.pathname.split('/').slice(1);
  if (rawSegments.length === 1 && rawSegments[0] === '') return join(resolve(root), 'index.html');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // Empty segments ("//", trailing "/"), leftover escapes (double encoding) and ":" (drive
    // letters, NTFS streams) have no business in a bundle path.
    if (segment === '' || segment === '.' || segment === '..' || /[%:/\\]/.test(segment)) return null;
    segments.push(segment);
  }

  const base = resolve(root);
  const target = join(base, ...segments);
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return target;
}

/**
 * Headers of every app:// response: the CSP header also covers workers, which ignore `<meta>`.
 * `root` given, the tesseract.js worker under it gets `OCR_WORKER_POLICY` (wasm allowed, see csp.ts).
 */
export function appResponseHeaders(filePath: string, root?: string, policy: (base: string) => string = (base) => base): Record<string, string> {
  const ocrWorker = root !== undefined && resolve(filePath) === resolve(root, OCR_WORKER_PATH);
  return {
    'Content-Type': mimeTypeFor(filePath),
    'Content-Security-Policy': policy(ocrWorker ? OCR_WORKER_POLICY : CONTENT_SECURITY_POLICY),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

type ReadFile = (path: string) => Promise<Uint8Array>;

/** The `protocol.handle` callback serving files from `root`. */
export function createAppRequestHandler(root: string, read: ReadFile = readFile, policy?: (base: string) => string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    const filePath = resolveAppPath(root, request.url);
    if (filePath === null) return new Response('Forbidden', { status: 403 });
    try {
      const body = await read(filePath);
      const headers = appResponseHeaders(filePath, root, policy);
      // Copy into a fresh ArrayBuffer-backed view: Response wants a BufferSource, Node Buffers may be pooled.
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}

/** Installs the handler (call after `app` is ready). */
/** `policy` adds the team server's origin to each response's CSP (see team-server.ts). */
export function registerAppProtocol(protocol: Protocol, root: string, policy?: (base: string) => string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root, readFile, policy));
}
