import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  appResponseHeaders,
  createAppRequestHandler,
  mimeTypeFor,
  resolveAppPath,
} from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp';

const root = resolve('/srv/app/out/renderer');

describe('resolveAppPath', () => {
  it('maps bundle files under the root', () => {
    expect(resolveAppPath(root, APP_ENTRY_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://bundle/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://bundle/assets/a%20b.css?v=1#x')).toBe(join(root, 'assets', 'a b.css'));
    expect(resolveAppPath(root, 'app://bundle/')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['dot-dot', 'app://bundle/../../etc/passwd'],
    ['dot-dot in the middle', 'app://bundle/assets/../../secret.txt'],
    ['single dot segment', 'app://bundle/./index.html'],
    ['encoded dot-dot', 'app://bundle/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dot-dot', 'app://bundle/%2E./secret'],
    ['double-encoded dot-dot', 'app://bundle/%252e%252e/secret'],
    ['encoded slash', 'app://bundle/assets%2f..%2fsecret'],
    ['encoded backslash', 'app://bundle/assets%5c..%5csecret'],
    ['backslash', 'app://bundle/assets\\..\\secret'],
    ['absolute path via empty segment', 'app://bundle//etc/passwd'],
    ['drive letter', 'app://bundle/C:/Windows/win.ini'],
    ['NUL', 'app://bundle/index.html\u0000.png'],
    ['encoded NUL', 'app://bundle/index.html%00.png'],
    ['other host', 'app://evil/index.html'],
    ['no host', 'app:///etc/passwd'],
    ['other scheme', 'file:///etc/passwd'],
    ['https', 'https://bundle/index.html'],
    ['credentials', 'app://user@bundle/index.html'],
    ['directory', 'app://bundle/assets/'],
  ])('rejects %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never returns a path outside the root for odd inputs', () => {
    const odd = ['app://bundle/a/b/c.js', 'app://bundle/%E2%9C%93.txt', 'app://bundle/%', 'app://bundle/..%2f'];
    for (const url of odd) {
      const result = resolveAppPath(root, url);
      if (result !== null) expect(result.startsWith(root + '/') || result.startsWith(root + '\\')).toBe(true);
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['pdf.worker.mjs', 'text/javascript; charset=utf-8'],
    ['x.css', 'text/css; charset=utf-8'],
    ['openjpeg.wasm', 'application/wasm'],
    ['NotoSans.TTF', 'font/ttf'],
    ['glossary.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['f.woff2', 'font/woff2'],
    ['unknown.bcmap', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('app request handler', () => {
  const files = new Map([[join(root, 'index.html'), new TextEncoder().encode('<!doctype html>')]]);
  const read = async (path: string): Promise<Uint8Array> => {
    const data = files.get(path);
    if (!data) throw new Error('ENOENT');
    return data;
  };
  const handler = createAppRequestHandler(root, read);

  it('serves files with the CSP, MIME type and nosniff', async () => {
    const res = await handler(new Request('app://bundle/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('<!doctype html>');
  });

  it('answers 403 for traversal, 404 for missing, 405 for POST', async () => {
    // Request() already resolves literal dot segments, as Chromium does; encoded separators and other hosts remain.
    expect((await handler(new Request('app://bundle/assets%2f..%2fsecret'))).status).toBe(403);
    expect((await handler(new Request('app://evil/index.html'))).status).toBe(403);
    expect((await handler(new Request('app://bundle/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('sets the CSP header on every file type (workers ignore <meta>)', () => {
    expect(appResponseHeaders('/x/worker.js')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});
