/**
 * Module Web Worker that runs every importer off the main thread (text, Markdown, JSON, PDF, and
 * HTML and .docx on linkedom). One request per file; errors come back as messages, never as worker
 * crashes. The work itself is in import-job.ts.
 */
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { HtmlToolkit } from '../core/import/html-toolkit';
import type { PdfjsLike } from '../core/import/importers/pdf';
import type { ImportRequest, ImportResponse } from './import-client';
import { runImportJob } from './import-job';
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

/**
 * linkedom, DOMPurify and Readability are most of this worker's code: loaded with the first file
 * that needs them, so a worker that reads text, Markdown or PDF starts without compiling them.
 */
let toolkit: Promise<HtmlToolkit> | null = null;

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
  close(): void;
};

scope.onmessage = (e) => {
  void runImportJob(e.data, (m) => scope.postMessage(m), {
    pdfjs: loadPdfjs,
    html: () =>
      (toolkit ??= import('./worker-dom').then(
        (m) => m.createWorkerHtmlToolkit(),
        (err: unknown) => {
          // A failed load fails this file only; the next one tries again.
          toolkit = null;
          throw err;
        },
      )),
    ocrEngine: createBrowserOcrEngine,
    close: () => scope.close(),
  });
};
