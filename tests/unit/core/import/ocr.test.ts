import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../renderer/src/core/import/errors';
import { importFile, importFileReport } from '../../../../renderer/src/core/import/import-file';
import type { PdfjsLike } from '../../../../renderer/src/core/import/importers/pdf';
import {
  MAX_OCR_PAGES,
  MAX_PDF_PAGES,
  REASON_OCR_EMPTY,
  type OcrEngine,
  type OcrFileSummary,
  type OcrPageResult,
  type OcrProgress,
  ocrLinesToItems,
  ocrScannedPages,
  pageNeedsOcr,
  summarisePage,
} from '../../../../renderer/src/core/import/ocr';
import { ocrMarks } from '../../../../renderer/src/core/import/ocr-marks';

const pdfjs = (): Promise<PdfjsLike> => import('pdfjs-dist/legacy/build/pdf.mjs');
const scanned = new Uint8Array(readFileSync(new URL('../../../fixtures/scanned/boletin-escaneado-es.pdf', import.meta.url)));

const line = (text: string, y: number, confidence = 93, height = 30): OcrPageResult['lines'][number] => ({
  text,
  confidence,
  bbox: { x0: 100, y0: y, x1: 1100, y1: y + height },
  rowHeight: height * 0.8,
  words: text.split(/\s+/u).filter(Boolean).length,
});

/** An engine that "recognises" fixed lines and records what it was asked. */
function fakeEngine(lines: (page: number) => OcrPageResult['lines']): OcrEngine & { asked: number[]; opened: number } {
  const engine = {
    asked: [] as number[],
    opened: 0,
    async open() {
      engine.opened++;
      return {
        recognisePage: async (n: number) => {
          engine.asked.push(n);
          return { imageWidth: 1240, imageHeight: 1754, lines: lines(n) };
        },
        close: async () => undefined,
      };
    },
  };
  return engine;
}

const bulletinLines = (confidence = 93): OcrPageResult['lines'] => [
  line('Declaración de Lima sobre cooperación regional', 150, confidence, 50),
  line('Lima, 14 de marzo de 2024. Los ministros de Chile, Colombia, México y Perú', 260, confidence),
  line('firmaron hoy una declaración conjunta sobre educación e innovación.', 300, confidence),
];

async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([200, 200]);
  return doc.save();
}

async function reasonOf(p: Promise<unknown>): Promise<string> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ImportFileError);
  return (err as ImportFileError).message;
}

describe('pageNeedsOcr', () => {
  const item = (str: string) => ({ str, x: 0, y: 0, width: 10, size: 10, eol: true });
  it('is true for a page with no text layer or only a stamped page number', () => {
    expect(pageNeedsOcr({ width: 595, height: 842, items: [] })).toBe(true);
    expect(pageNeedsOcr({ width: 595, height: 842, items: [item('Página 1 de 3')] })).toBe(true);
  });
  it('is false for a page with a real text layer', () => {
    expect(pageNeedsOcr({ width: 595, height: 842, items: [item('Los ministros firmaron hoy una declaración conjunta.')] })).toBe(false);
  });
});

describe('ocrLinesToItems', () => {
  it('maps pixel boxes (top-left origin) to PDF points (bottom-left origin), one item per line', () => {
    const items = ocrLinesToItems({ imageWidth: 1000, imageHeight: 2000, lines: [line('Hola  mundo', 100, 90, 40)] }, 500, 1000);
    expect(items).toEqual([{ str: 'Hola mundo', x: 50, y: 1000 - 70, width: 500, size: Math.round(16 / 0.75), eol: true }]);
  });
  it('drops empty lines', () => {
    expect(ocrLinesToItems({ imageWidth: 10, imageHeight: 10, lines: [{ ...line(' ', 1), words: 0 }] }, 10, 10)).toEqual([]);
  });
});

describe('ocrScannedPages', () => {
  it('puts the lines of a page rendered turned (/Rotate) in the upright frame the engine rendered', async () => {
    const pages = [{ width: 842, height: 595, items: [] }];
    const engine: OcrEngine = {
      open: async () => ({
        recognisePage: async () => ({ imageWidth: 595, imageHeight: 842, rendered: { width: 595, height: 842 }, lines: [line('Título', 100, 90, 40)] }),
        close: async () => undefined,
      }),
    };
    await ocrScannedPages(pages, new Uint8Array(), 'girado.pdf', { engine });
    expect(pages[0]).toMatchObject({ width: 595, height: 842, items: [{ str: 'Título', x: 100, y: 842 - 140, width: 1000 }] });
  });
});

describe('summarisePage', () => {
  it('weights confidence by words and flags low-confidence and empty pages', () => {
    const page = summarisePage(2, { imageWidth: 1, imageHeight: 1, lines: [line('uno dos tres', 0, 90), line('cuatro', 40, 30)] });
    expect(page).toMatchObject({ page: 2, words: 4, confidence: 75, lowConfidence: false });
    expect(summarisePage(1, { imageWidth: 1, imageHeight: 1, lines: [line('ilegible', 0, 40)] }).lowConfidence).toBe(true);
    expect(summarisePage(1, { imageWidth: 1, imageHeight: 1, lines: [] })).toMatchObject({ words: 0, confidence: 0, lowConfidence: true });
  });
});

describe('PDF import with OCR', () => {
  it('recognises the image-only fixture page and reports progress page by page', async () => {
    const engine = fakeEngine(() => bulletinLines());
    const progress: OcrProgress[] = [];
    let summary: OcrFileSummary | null = null;
    const report = await importFileReport(
      { name: 'escaneado.pdf', bytes: scanned },
      { pdfjs, ocr: { engine, onProgress: (p) => progress.push(p), onSummary: (s) => (summary = s) } },
    );
    expect(engine.asked).toEqual([1]);
    expect(progress).toEqual([
      { fileName: 'escaneado.pdf', done: 0, total: 1 },
      { fileName: 'escaneado.pdf', done: 1, total: 1 },
    ]);
    const text = report.bulletins.map((b) => `${b.title}\n${b.body}`).join('\n');
    expect(text).toContain('Declaración de Lima');
    expect(text).toContain('declaración conjunta');
    expect(report.lost).toEqual([]);
    expect(summary).toMatchObject({ pageCount: 1, confidence: 93, pages: [{ page: 1, lowConfidence: false }] });
  });

  it('replaces a scanned page\'s stray text layer with the OCR lines, so nothing comes out twice', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([595, 842]).drawText('Pag. 1', { x: 50, y: 40, size: 9, font });
    const engine = fakeEngine(() => bulletinLines());
    const report = await importFileReport({ name: 'sello.pdf', bytes: await doc.save() }, { pdfjs, ocr: { engine } });
    expect(engine.asked).toEqual([1]);
    const text = report.bulletins.map((b) => `${b.title}\n${b.body}`).join('\n');
    expect(text).not.toContain('Pag. 1');
    expect(text.match(/Declaración de Lima/gu)).toHaveLength(1);
  });

  it('never opens the engine for a PDF that has a text layer', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([595, 842]).drawText('Lima, 3 de mayo de 2024. Los ministros se reunieron hoy en Lima.', { x: 50, y: 700, size: 11, font });
    const engine = fakeEngine(() => bulletinLines());
    await importFile({ name: 'texto.pdf', bytes: await doc.save() }, { pdfjs, ocr: { engine } });
    expect(engine.opened).toBe(0);
  });

  it('names the file when OCR reads nothing, and without OCR keeps the old reason', async () => {
    const engine = fakeEngine(() => []);
    expect(await reasonOf(importFile({ name: 'fax.pdf', bytes: scanned }, { pdfjs, ocr: { engine } }))).toBe(`fax.pdf: ${REASON_OCR_EMPTY}`);
    expect(await reasonOf(importFile({ name: 'fax.pdf', bytes: scanned }, { pdfjs }))).toBe('fax.pdf: scanned PDF, no text');
  });

  it('turns an engine failure into a reason naming the file', async () => {
    const engine: OcrEngine = { open: () => Promise.reject(new Error('the OCR engine did not start')) };
    expect(await reasonOf(importFile({ name: 'acta.pdf', bytes: scanned }, { pdfjs, ocr: { engine } }))).toBe('acta.pdf: OCR failed (the OCR engine did not start)');
  });

  it(`refuses more than ${MAX_OCR_PAGES} scanned pages before recognising any`, async () => {
    const engine = fakeEngine(() => bulletinLines());
    const message = await reasonOf(importFile({ name: 'lote.pdf', bytes: await blankPdf(MAX_OCR_PAGES + 1) }, { pdfjs, ocr: { engine } }));
    expect(message).toBe(`lote.pdf: too many scanned pages to OCR (${MAX_OCR_PAGES + 1}, limit ${MAX_OCR_PAGES})`);
    expect(engine.opened).toBe(0);
  });

  it(`refuses a PDF bomb of more than ${MAX_PDF_PAGES} pages up front, OCR or not`, async () => {
    const bytes = await blankPdf(MAX_PDF_PAGES + 1);
    const engine = fakeEngine(() => bulletinLines());
    const expected = `bomba.pdf: too many pages (2,001, limit 2,000); split the PDF`;
    expect(await reasonOf(importFile({ name: 'bomba.pdf', bytes }, { pdfjs, ocr: { engine } }))).toBe(expected);
    expect(await reasonOf(importFile({ name: 'bomba.pdf', bytes }, { pdfjs }))).toBe(expected);
    expect(engine.opened).toBe(0);
  });
});

describe('ocrMarks', () => {
  const summary: OcrFileSummary = {
    pageCount: 3,
    confidence: 80,
    pages: [
      { page: 2, confidence: 95, words: 50, lowConfidence: false, text: 'Declaración de Lima sobre coope-\nración regional\nLos ministros…' },
      { page: 3, confidence: 55, words: 40, lowConfidence: true, text: 'Becas para estudiantes\nEl acuerdo…' },
    ],
  };
  it('marks a bulletin with the OCR page its title is on (lines and hyphens rejoined)', () => {
    const marks = ocrMarks([{ title: 'Declaración de Lima sobre cooperación regional' }, { title: 'Becas para estudiantes' }, { title: 'Texto de la página 1' }], summary);
    expect(marks).toEqual([{ page: 2, confidence: 95, lowConfidence: false }, { page: 3, confidence: 55, lowConfidence: true }, null]);
  });
  it('marks every bulletin of a fully scanned file, with the file confidence when the title is not found', () => {
    const marks = ocrMarks([{ title: 'Título mal leído' }], { ...summary, pageCount: 2 });
    expect(marks).toEqual([{ page: 2, confidence: 80, lowConfidence: true }]);
  });
});
