/**
 * The OCR engine for Node tests: pdfjs (legacy build) renders each page onto an @napi-rs/canvas
 * (pdfjs's own Node canvas), tesseract.js recognises it from the npm traineddata. Nothing is
 * fetched: the two languages are copied into one temporary folder because tesseract.js reads
 * every language from the same `langPath`.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { OEM, createWorker, type Worker } from 'tesseract.js';
import type { OcrEngine, OcrPageResult } from '../../../../renderer/src/core/import/ocr';
import { RECOGNISE_OUTPUT, renderScale, toOcrPageResult, type TesseractPageLike } from '../../../../renderer/src/core/import/ocr-tesseract';

const root = resolve(import.meta.dirname, '../../../..');
export const LANGS = ['spa', 'eng'] as const;

/** A folder holding spa/eng .traineddata.gz from node_modules; `dispose` removes it. */
export function localLangPath(): { path: string; dispose(): void } {
  const path = mkdtempSync(join(tmpdir(), 'pa-tessdata-'));
  for (const lang of LANGS) {
    copyFileSync(join(root, 'node_modules/@tesseract.js-data', lang, '4.0.0_best_int', `${lang}.traineddata.gz`), join(path, `${lang}.traineddata.gz`));
  }
  return { path, dispose: () => rmSync(path, { recursive: true, force: true }) };
}

export async function nodeTesseract(langPath: string): Promise<Worker> {
  return createWorker([...LANGS], OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' });
}

/** Recognises an encoded image (PNG) with the given worker. */
export async function recogniseImage(worker: Worker, png: Uint8Array, width: number, height: number): Promise<OcrPageResult> {
  const { data } = await worker.recognize(Buffer.from(png), {}, RECOGNISE_OUTPUT);
  return toOcrPageResult(data as unknown as TesseractPageLike, width, height);
}

interface NodePdfPage {
  view: number[];
  getViewport(p: { scale: number }): { width: number; height: number };
  render(p: { canvasContext: unknown; viewport: unknown }): { promise: Promise<void> };
  cleanup(): void;
}

/** The engine the importer gets in Node tests (counts pages rendered, for assertions). */
export function nodeOcrEngine(worker: Worker): OcrEngine & { rendered: number[] } {
  const rendered: number[] = [];
  return {
    rendered,
    async open(bytes) {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // pdfjs's OpenJPEG/JBIG2 decoders from the package, as the app serves them (a JPEG 2000 scan renders blank without).
      const wasmUrl = `${join(root, 'node_modules/pdfjs-dist/wasm')}/`;
      const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, wasmUrl });
      const doc = await task.promise;
      return {
        async recognisePage(n) {
          const page = (await doc.getPage(n)) as unknown as NodePdfPage;
          const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
          const scale = renderScale(x1 - x0, y1 - y0);
          const viewport = page.getViewport({ scale });
          const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
          const context = canvas.getContext('2d');
          context.fillStyle = '#fff';
          context.fillRect(0, 0, canvas.width, canvas.height);
          await page.render({ canvasContext: context, viewport }).promise;
          page.cleanup();
          rendered.push(n);
          const result = await recogniseImage(worker, canvas.toBuffer('image/png'), canvas.width, canvas.height);
          return { ...result, rendered: { width: viewport.width / scale, height: viewport.height / scale } };
        },
        close: () => task.destroy(),
      };
    },
  };
}
