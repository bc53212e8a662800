/**
 * Page-side entry for PDF export: loads the bundled fonts once and runs the writer in a module
 * Web Worker so a 400-page dossier never blocks the UI.
 */
import type { DossierPdfInput, PdfFonts, PdfLabels } from '../core/pdf';
import type { PdfWorkerMessage, PdfWorkerRequest } from './pdf-worker';
// `?url` makes Vite emit the fonts as hashed assets addressed relative to this module, so the
// build works from any static http path and from Electron's app:// protocol (base './').
import regularUrl from '../../../resources/fonts/DejaVuSans.ttf?url';
import boldUrl from '../../../resources/fonts/DejaVuSans-Bold.ttf?url';

let fontsPromise: Promise<PdfFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** DejaVu Sans regular and bold, fetched once per session (≈1.5 MB, never leaves the machine). */
export function loadPdfFonts(): Promise<PdfFonts> {
  fontsPromise ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fontsPromise = null; // let a later export retry
      throw error;
    });
  return fontsPromise;
}

export interface ExportPdfOptions {
  labels?: Partial<PdfLabels>;
  now?: Date;
  signal?: AbortSignal;
}

/**
 * Builds the dossier PDF in a worker and resolves with its bytes.
 * `fonts` may be omitted (null) to use the bundled DejaVu Sans. Aborting terminates the worker.
 */
export async function exportDossierPdf(
  input: DossierPdfInput,
  fonts?: PdfFonts | null,
  onProgress?: (done: number, total: number) => void,
  options: ExportPdfOptions = {},
): Promise<Uint8Array> {
  const usedFonts = fonts ?? (await loadPdfFonts());
  const worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf-export' });
  return new Promise<Uint8Array>((resolve, reject) => {
    const finish = (): void => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      reject(new DOMException('PDF export cancelled', 'AbortError'));
    };
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<PdfWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else {
        finish();
        if (message.type === 'done') resolve(message.bytes);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'PDF worker failed to start'));
    };
    const request: PdfWorkerRequest = { input, fonts: usedFonts, labels: options.labels, now: (options.now ?? new Date()).getTime() };
    worker.postMessage(request);
  });
}
