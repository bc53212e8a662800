/**
 * Module Web Worker that builds dossier PDFs off the UI thread.
 * Protocol: one `PdfWorkerRequest` in; `progress` messages, then `done` (bytes transferred) or `error`.
 */
import { buildDossierPdf } from '../core/pdf';
import type { DossierPdfInput, PdfFonts, PdfLabels } from '../core/pdf';

export interface PdfWorkerRequest {
  input: DossierPdfInput;
  fonts: PdfFonts;
  labels?: Partial<PdfLabels>;
  /** Epoch ms for "Compiled on", so the worker and the page agree on the date. */
  now: number;
}

export type PdfWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };

// The DOM lib types `self` as Window; this is the part of DedicatedWorkerGlobalScope we use.
interface WorkerScope {
  onmessage: ((event: MessageEvent<PdfWorkerRequest>) => void) | null;
  postMessage(message: PdfWorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { input, fonts, labels, now } = event.data;
  buildDossierPdf(input, fonts, {
    now: new Date(now),
    labels,
    onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
  }).then(
    (bytes) => scope.postMessage({ type: 'done', bytes }, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
