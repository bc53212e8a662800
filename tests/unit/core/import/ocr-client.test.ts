// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { OcrProgress } from '../../../../renderer/src/core/import/ocr';
import type { OcrReport } from '../../../../renderer/src/core/import/ocr-marks';
import type { ParsedBulletin } from '../../../../renderer/src/core/model';
import { createImportClient, type ImportRequest, type ImportResponse, type WorkerLike } from '../../../../renderer/src/workers/import-client';

const report: OcrReport = { confidence: 91, pageCount: 2, pages: [{ page: 1, confidence: 91, words: 40, lowConfidence: false }], marks: [{ page: 1, confidence: 91, lowConfidence: false }] };
const bulletin = { title: 'Declaración', body: 'Texto' } as ParsedBulletin;

/** A worker that answers like import-worker.ts does for a scanned PDF: progress per page, then the result with its OCR report. */
function scanWorker(requests: ImportRequest[]): WorkerLike {
  let listener: ((e: MessageEvent<ImportResponse>) => void) | null = null;
  const send = (data: ImportResponse) => listener?.({ data } as MessageEvent<ImportResponse>);
  return {
    postMessage(request: ImportRequest) {
      requests.push(request);
      queueMicrotask(() => {
        for (let done = 0; done <= 2; done++) send({ id: request.id, progress: { fileName: request.file.name, done, total: 2 } });
        send({ id: request.id, ok: true, bulletins: [bulletin], ocr: report });
      });
    },
    addEventListener(type: string, l: (e: never) => void) {
      if (type === 'message') listener = l as (e: MessageEvent<ImportResponse>) => void;
    },
    terminate() {},
  } as WorkerLike;
}

describe('import client and OCR', () => {
  it('sends the OCR folder with each file, routes page progress to the caller and returns the report', async () => {
    const requests: ImportRequest[] = [];
    const client = createImportClient({ createWorker: () => scanWorker(requests), ocrBase: 'http://127.0.0.1/ocr/' });
    const progress: OcrProgress[] = [];
    const [result] = await client.importFiles([{ name: 'scan.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }], { onOcrProgress: (p) => progress.push(p) });
    expect(requests.map((r) => r.ocrBase)).toEqual(['http://127.0.0.1/ocr/']);
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(['0/2', '1/2', '2/2']);
    expect(result).toMatchObject({ fileName: 'scan.pdf', bulletins: [bulletin], ocr: report });
  });

  it('sends no OCR folder when it has none (scanned PDFs are then refused by the worker)', async () => {
    const requests: ImportRequest[] = [];
    const client = createImportClient({ createWorker: () => scanWorker(requests) });
    await client.importFiles([{ name: 'scan.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }]);
    expect(requests[0]).not.toHaveProperty('ocrBase');
  });
});
