/**
 * The app's OCR engine, used inside the import worker: pdfjs renders a scanned page onto an
 * OffscreenCanvas and tesseract.js recognises it in its own (nested, classic) Worker.
 * Everything is served by the app itself from `ocr/` (see `ocrAssets` in electron.vite.config.ts):
 * the tesseract worker script, the SIMD LSTM core, the spa/eng traineddata from npm and pdfjs's image
 * decoders (JPEG 2000, JBIG2). Nothing is
 * cached in IndexedDB (`cacheMethod: 'none'`) and nothing is fetched from anywhere else.
 */
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type * as Pdfjs from 'pdfjs-dist';
import type { Worker as TesseractWorker, createWorker as CreateWorker } from 'tesseract.js';
import type { OcrDocument, OcrEngine } from '../core/import/ocr';
import { RECOGNISE_OUTPUT, renderScale, toOcrPageResult, type TesseractPageLike } from '../core/import/ocr-tesseract';

/** The files the build copies to `ocr/` (names fixed: tesseract.js builds the traineddata URLs itself). */
export const OCR_FILES = {
  worker: 'worker.min.js',
  core: 'tesseract-core-simd-lstm.wasm.js',
  langs: ['spa', 'eng'],
  /** pdfjs's OpenJPEG/JBIG2/ICC decoders (`wasmUrl`): without them a JPEG 2000 scan renders blank. */
  pdfjsWasm: 'pdfjs/',
} as const;

/**
 * pdfjs makes scratch canvases with `document.createElement`, which a worker lacks;
 * these are OffscreenCanvases (same interface as pdfjs's BaseCanvasFactory).
 */
class OffscreenCanvasFactory {
  create(width: number, height: number): { canvas: OffscreenCanvas; context: OffscreenCanvasRenderingContext2D | null } {
    const canvas = new OffscreenCanvas(Math.max(1, width), Math.max(1, height));
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(entry: { canvas: OffscreenCanvas }, width: number, height: number): void {
    entry.canvas.width = width;
    entry.canvas.height = height;
  }
  destroy(entry: { canvas: OffscreenCanvas | null; context: unknown }): void {
    if (entry.canvas) entry.canvas.width = entry.canvas.height = 0;
    entry.canvas = null;
    entry.context = null;
  }
}

/** pdfjs's DOM filters (SVG in the document) do not exist in a worker; scans need none. */
class NoFilterFactory {
  addFilter(): string {
    return 'none';
  }
  addHCMFilter(): string {
    return 'none';
  }
  addAlphaFilter(): string {
    return 'none';
  }
  addLuminosityFilter(): string {
    return 'none';
  }
  addHighlightHCMFilter(): string {
    return 'none';
  }
  destroy(): void {}
}

async function loadPdfjs(): Promise<typeof Pdfjs> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
  return pdfjs;
}

/**
 * Longest wait for tesseract to load its core and traineddata (~1–2 s normally). A core that cannot
 * start (say, a policy refusing WebAssembly) leaves tesseract.js waiting forever, not failing.
 */
const START_TIMEOUT_MS = 60_000;

/** Starts tesseract.js with the app's own copies of its files. */
async function startTesseract(base: string): Promise<TesseractWorker> {
  const { createWorker, OEM } = await import('tesseract.js');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the OCR engine did not start (worker, core or traineddata failed to load)')), START_TIMEOUT_MS);
  });
  const starting = createTesseract(createWorker, OEM.LSTM_ONLY, base);
  try {
    return await Promise.race([starting, timeout]);
  } catch (error) {
    void starting.then((w) => w.terminate(), () => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function createTesseract(createWorker: typeof CreateWorker, oem: number, base: string): Promise<TesseractWorker> {
  return createWorker([...OCR_FILES.langs], oem, {
    workerPath: new URL(OCR_FILES.worker, base).href,
    corePath: new URL(OCR_FILES.core, base).href,
    langPath: new URL('.', base).href.replace(/\/$/u, ''),
    gzip: true,
    cacheMethod: 'none',
    // A blob: worker would need `worker-src blob:` for a script that then imports the real one.
    workerBlobURL: false,
  });
}

/**
 * The engine for one import worker. `base` is the absolute URL of the `ocr/` folder (the page
 * computes it, as a worker's own URL differs between the dev server and the build).
 * Tesseract starts on the first scanned file and stops when that file is done (~100 MB freed).
 */
export function createBrowserOcrEngine(base: string): OcrEngine {
  return {
    async open(bytes: Uint8Array): Promise<OcrDocument> {
      const pdfjs = await loadPdfjs();
      const task = pdfjs.getDocument({
        data: bytes.slice(),
        verbosity: 0,
        isEvalSupported: false,
        disableFontFace: true,
        CanvasFactory: OffscreenCanvasFactory,
        FilterFactory: NoFilterFactory,
        wasmUrl: new URL(OCR_FILES.pdfjsWasm, base).href,
      });
      let tesseract: Promise<TesseractWorker> | null = null;
      const doc = await task.promise;
      return {
        async recognisePage(n) {
          const page = await doc.getPage(n);
          const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
          const scale = renderScale(x1 - x0, y1 - y0);
          const viewport = page.getViewport({ scale });
          const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no 2D canvas in this worker');
          context.fillStyle = '#fff'; // transparent pixels would read as black
          context.fillRect(0, 0, canvas.width, canvas.height);
          // pdfjs types the context as a DOM one; an OffscreenCanvas context draws the same.
          await page.render({ canvas: null, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
          page.cleanup();
          const image = await canvas.convertToBlob({ type: 'image/png' });
          tesseract ??= startTesseract(base);
          const { data } = await (await tesseract).recognize(image, {}, RECOGNISE_OUTPUT);
          // Rotation applied by the viewport: the lines are in the upright page's frame.
          return { ...toOcrPageResult(data as unknown as TesseractPageLike, canvas.width, canvas.height), rendered: { width: viewport.width / scale, height: viewport.height / scale } };
        },
        async close() {
          const started = tesseract;
          tesseract = null;
          await Promise.all([started?.then((w) => w.terminate()).catch(() => undefined), task.destroy()]);
        },
      };
    },
  };
}
