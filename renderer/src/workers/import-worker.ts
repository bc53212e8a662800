/**
 * Module Web Worker that runs the DOM-free importers (text, markdown, JSON, PDF) off the main
 * thread. One request per file; errors come back as messages, never as worker crashes.
 */
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ImportFileError } from '../core/import/errors';
import { contentHash } from '../core/import/hash';
import { importFileReport } from '../core/import/import-file';
import type { PdfjsLike } from '../core/import/importers/pdf';
import type { OcrFileSummary, PdfOcr } from '../core/import/ocr';
import { type OcrReport, ocrReport } from '../core/import/ocr-marks';
import type { ParsedBulletin } from '../core/model';
import type { ImportRequest, ImportResponse } from './import-client';
import { createBrowserOcrEngine } from './ocr-engine';

let pdfjsPromise: Promise<PdfjsLike> | null = null;

/** Loads pdfjs once; its own worker is started from this worker (nested workers are fine in Chromium). */
function loadPdfjs(): Promise<PdfjsLike> {
  pdfjsPromise ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
    return pdfjs;
  });
  return pdfjsPromise;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
};

/**
 * Bulletins per message back: receiving 1,000 bulletins (~3 MB) at once is one long task on the UI
 * thread (and the garbage collection it sets off); 200 keep each well under 50 ms.
 */
const REPLY_SLICE = 200;

function reply(id: number, bulletins: ParsedBulletin[], lost: string[], ocr: OcrReport | null): void {
  // Hashing here keeps it off the main thread, which would otherwise hash every bulletin to find duplicates.
  const contentHashes = bulletins.map((b) => contentHash(b.title, b.body));
  for (let i = 0; i < bulletins.length || i === 0; i += REPLY_SLICE) {
    const more = i + REPLY_SLICE < bulletins.length;
    const slice = { id, ok: true as const, bulletins: bulletins.slice(i, i + REPLY_SLICE), contentHashes: contentHashes.slice(i, i + REPLY_SLICE), more };
    // The left-out lines and the OCR report travel once, with the first slice.
    scope.postMessage(i === 0 ? { ...slice, ...(lost.length > 0 ? { lost } : {}), ...(ocr ? { ocr } : {}) } : slice);
  }
}

scope.onmessage = (e) => {
  const { id, file, ocrBase } = e.data;
  // Scanned PDF pages are OCR'd when the page told us where the OCR files are (issue 15).
  let summary: OcrFileSummary | null = null;
  const ocr: PdfOcr | undefined = ocrBase
    ? { engine: createBrowserOcrEngine(ocrBase), onProgress: (progress) => scope.postMessage({ id, progress }), onSummary: (s) => (summary = s) }
    : undefined;
  importFileReport(file, { pdfjs: loadPdfjs, ocr }).then(
    (report) => reply(id, report.bulletins, report.lost, summary ? ocrReport(report.bulletins, summary) : null),
    (err: unknown) =>
      scope.postMessage({ id, ok: false, error: err instanceof ImportFileError ? err.message : `${file.name}: ${String(err)}` }),
  );
};
