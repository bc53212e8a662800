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

/** The policy as a `<meta http-equiv>` tag for index.html (`frame-ancestors` is header-only, so it is not used). */
export function cspMetaTag(policy: string = CONTENT_SECURITY_POLICY): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}
