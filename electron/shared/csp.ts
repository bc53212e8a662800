/**
 * The one Content-Security-Policy of the app. Main sets it as a header on every app:// response
 * and the built index.html carries the same policy in a `<meta>` (see `cspMetaTag`), so the web
 * twin served from any static server is just as locked down.
 *
 * Why each relaxation exists:
 * - `style-src 'unsafe-inline'`: React `style={...}` attributes and virtualised list positioning.
 * - `img-src data: blob:`: thumbnails and previews made from imported files.
 * - `font-src data:`: pdf-lib/pdfjs embed fonts as data URLs.
 * - `connect-src blob: data:`: reading object URLs created from imported files.
 * - `worker-src blob:`: Vite may inline small workers as blob URLs.
 * No remote origin and no `unsafe-eval`: pdfjs must be called with `isEvalSupported: false`
 * (otherwise it probes `new Function` and logs a CSP violation, though it still works).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/**
 * The policy of the one script that may compile WebAssembly: tesseract.js's worker (`ocr/worker.min.js`,
 * issue 15), whose core is a wasm module. A worker's policy comes from its own response, so this adds
 * `'wasm-unsafe-eval'` (compile wasm — not `eval`, not `new Function`) to that worker only; the page and
 * every other worker keep `CONTENT_SECURITY_POLICY`. Remote origins stay forbidden there too.
 */
export const OCR_WORKER_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

/** The app-relative path of the tesseract.js worker, the only file served with `OCR_WORKER_POLICY`. */
export const OCR_WORKER_PATH = 'ocr/worker.min.js';

/**
 * Where the team-archive sync may connect from the web twin: an https server, or this computer over
 * plain http (tests, a local CouchDB). A `<meta>` policy is fixed when the page is built, so it cannot
 * name the one server a person configures; Electron narrows it to exactly that origin with its header
 * policy (`policyWithSyncOrigin`) and its session filter (`electron/shared/sync-origin.ts`): a page
 * obeys both policies, so there only the configured server passes.
 */
export const WEB_SYNC_CONNECT_SOURCES = ['https:', 'http://127.0.0.1:*', 'http://localhost:*'] as const;

/** The policy in the built index.html: the app policy plus the sync sources above in `connect-src`. */
export const WEB_TWIN_POLICY = CONTENT_SECURITY_POLICY.replace("connect-src 'self' blob: data:", `connect-src 'self' blob: data: ${WEB_SYNC_CONNECT_SOURCES.join(' ')}`);

/** The app policy with one more origin allowed in `connect-src` (the configured team server), or unchanged for null. */
export function policyWithSyncOrigin(origin: string | null, policy: string = CONTENT_SECURITY_POLICY): string {
  if (!origin) return policy;
  if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/.test(origin) && !/^https?:\/\/\[[0-9a-f:]+\](:\d+)?$/.test(origin)) return policy;
  return policy.replace("connect-src 'self' blob: data:", `connect-src 'self' blob: data: ${origin}`);
}

/** The policy as a `<meta http-equiv>` tag for index.html (`frame-ancestors` is header-only, so it is not used). */
export function cspMetaTag(policy: string = WEB_TWIN_POLICY): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}
