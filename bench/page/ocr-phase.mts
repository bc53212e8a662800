/**
 * OCR phase (issue 15): an N-page scanned PDF (the scanned fixture's page repeated) through the
 * app's own import client, as the app runs it: import worker → pdfjs render on an OffscreenCanvas →
 * tesseract.js (spa+eng) in its worker, files from the app build's `ocr/` folder (out/renderer/ocr).
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { createImportClient } from '../../renderer/src/workers/import-client';
import scannedUrl from '../../tests/fixtures/scanned/boletin-escaneado-es.pdf?url';
import { log, round } from './measure.mjs';

export interface OcrBenchResult {
  pages: number;
  /** Import call → result, everything included (tesseract start-up, every page, layout, split). */
  totalMs: number;
  pagesPerSec: number;
  /** Import call → first page recognised: tesseract start-up (core + traineddata) plus one page. */
  firstPageMs: number;
  /** Pages 2…N only: the steady rate once tesseract is running. */
  steadyPagesPerSec: number | null;
  confidence: number | null;
  bulletins: number;
}

/**
 * The fixture's page N times, each drawn 5 pt lower than the one before: the same line at the same
 * height on several pages is print furniture to the layout (a running head) and would be dropped.
 */
async function scannedPdf(pages: number): Promise<Uint8Array> {
  const source = await PDFDocument.load(new Uint8Array(await (await fetch(scannedUrl)).arrayBuffer()));
  const doc = await PDFDocument.create();
  const [scan] = await doc.embedPdf(source, [0]);
  if (!scan) throw new Error('the scanned fixture has no page');
  for (let i = 0; i < pages; i++) doc.addPage([scan.width, scan.height]).drawPage(scan, { x: 0, y: -5 * i });
  return doc.save();
}

export async function runOcrPhase(pages: number): Promise<OcrBenchResult> {
  const bytes = await scannedPdf(pages);
  const client = createImportClient({
    createWorker: () => new Worker(new URL('../../renderer/src/workers/import-worker.ts', import.meta.url), { type: 'module' }),
    poolSize: 1,
    // The app build's OCR files, beside the bench page under the same server.
    ocrBase: new URL('../renderer/ocr/', location.href).href,
  });
  const done: number[] = [];
  const t0 = performance.now();
  try {
    const [result] = await client.importFiles([{ name: 'scanned-bench.pdf', bytes }], {
      onOcrProgress: (p) => {
        if (p.done > 0) done[p.done - 1] = performance.now();
      },
    });
    const totalMs = performance.now() - t0;
    if (!result || result.error) throw new Error(result?.error ?? 'no result');
    const first = (done[0] ?? NaN) - t0;
    const last = done[pages - 1] ?? NaN;
    const steady = pages > 1 ? (pages - 1) / ((last - (done[0] ?? NaN)) / 1000) : null;
    const out: OcrBenchResult = {
      pages,
      totalMs: round(totalMs),
      pagesPerSec: round(pages / (totalMs / 1000)),
      firstPageMs: round(first),
      steadyPagesPerSec: steady === null ? null : round(steady),
      confidence: result.ocr?.confidence ?? null,
      bulletins: result.bulletins.length,
    };
    log(`ocr: ${pages} pages in ${out.totalMs} ms → ${out.pagesPerSec} pages/s (first page ${out.firstPageMs} ms, then ${out.steadyPagesPerSec} pages/s), confidence ${out.confidence}`);
    return out;
  } finally {
    client.dispose();
  }
}
