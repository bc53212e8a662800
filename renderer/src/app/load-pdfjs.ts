/**
 * pdfjs-dist for drawing PDF pages in the UI (the dossier preview, `Show source page`). Loaded on
 * first use so it stays out of the start-up bundle; its worker comes from the app's bundle, never a CDN.
 */
import type * as Pdfjs from 'pdfjs-dist';

export type PdfjsModule = typeof Pdfjs;

let pdfjsPromise: Promise<PdfjsModule> | null = null;

/** The pdfjs module with its worker set; a failed load is retried on the next call. */
export function loadPdfjs(): Promise<PdfjsModule> {
  pdfjsPromise ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(
    ([pdfjs, worker]) => {
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      return pdfjs;
    },
    (error: unknown) => {
      pdfjsPromise = null;
      throw error;
    },
  );
  return pdfjsPromise;
}

/**
 * Draws page `pageNumber` (1-based) of an open document into a new canvas `widthCss` CSS pixels
 * wide, sharp on high-density screens, named for assistive technology by `label`.
 */
export async function drawPdfPage(pdf: Pdfjs.PDFDocumentProxy, pageNumber: number, widthCss: number, label: string): Promise<HTMLCanvasElement> {
  const page = await pdf.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: (widthCss / base.width) * ratio });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${widthCss}px`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  await page.render({ canvas, viewport }).promise;
  return canvas;
}
