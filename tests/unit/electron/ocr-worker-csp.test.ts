import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY, OCR_WORKER_PATH, OCR_WORKER_POLICY } from '../../../electron/shared/csp';

describe('the OCR worker policy (issue 15)', () => {
  it('differs from the app policy only by wasm compilation in script-src', () => {
    expect(OCR_WORKER_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
    expect(OCR_WORKER_POLICY).not.toMatch(/https?:|\*|'unsafe-eval'/u);
    expect(OCR_WORKER_POLICY).toContain("connect-src 'self' blob: data:");
  });

  it('is sent for the tesseract worker script only', () => {
    const root = '/app/out/renderer';
    expect(appResponseHeaders(join(root, OCR_WORKER_PATH), root)['Content-Security-Policy']).toBe(OCR_WORKER_POLICY);
    for (const other of ['index.html', 'assets/import-worker.js', 'ocr/tesseract-core-simd-lstm.wasm.js', 'x/ocr/worker.min.js']) {
      expect(appResponseHeaders(join(root, other), root)['Content-Security-Policy'], other).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(appResponseHeaders(join(root, OCR_WORKER_PATH))['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});
