/**
 * Real OCR, offline: tesseract.js with the npm Spanish/English traineddata reads the scanned
 * fixture (an image-only PDF made by tests/fixtures/scanned/generate.mjs) through the PDF importer.
 */
import { readFileSync } from 'node:fs';
import { PDFDocument, degrees } from '@cantoo/pdf-lib';
import type { Worker } from 'tesseract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFileReport } from '../../../../renderer/src/core/import/import-file';
import type { PdfjsLike } from '../../../../renderer/src/core/import/importers/pdf';
import { LOW_CONFIDENCE, type OcrFileSummary } from '../../../../renderer/src/core/import/ocr';
import { ocrMarks } from '../../../../renderer/src/core/import/ocr-marks';
import { localLangPath, nodeOcrEngine, nodeTesseract, recogniseImage } from './ocr-engine-node';

const fixture = (name: string): URL => new URL(`../../../fixtures/scanned/${name}`, import.meta.url);
const source = JSON.parse(readFileSync(fixture('boletin-escaneado-es.json'), 'utf8')) as { bulletins: { title: string; paragraphs: string[] }[] };
const pdfjs = (): Promise<PdfjsLike> => import('pdfjs-dist/legacy/build/pdf.mjs');

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const expectedWords = words(source.bulletins.map((b) => [b.title, ...b.paragraphs].join(' ')).join(' '));

/** Share of the source's words (with repeats) found among the recognised words. */
function recall(recognised: string): number {
  const pool = new Map<string, number>();
  for (const w of words(recognised)) pool.set(w, (pool.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of expectedWords) {
    const left = pool.get(w) ?? 0;
    if (left > 0) {
      hit++;
      pool.set(w, left - 1);
    }
  }
  return hit / expectedWords.length;
}

describe('OCR of the scanned Spanish fixture (tesseract.js, offline)', () => {
  let langs: ReturnType<typeof localLangPath>;
  let worker: Worker;
  beforeAll(async () => {
    langs = localLangPath();
    worker = await nodeTesseract(langs.path);
  }, 120_000);
  afterAll(async () => {
    await worker?.terminate();
    langs?.dispose();
  });

  it('the recall measure fails on text that is not the fixture', () => {
    expect(recall('Lima')).toBeLessThan(0.1);
  });

  it('reads ≥ 90% of the words of the source image, accents included', async () => {
    const png = readFileSync(fixture('boletin-escaneado-es.png'));
    const result = await recogniseImage(worker, png, 1240, 1754);
    const text = result.lines.map((l) => l.text).join('\n');
    expect(recall(text)).toBeGreaterThanOrEqual(0.9);
    expect(text).toMatch(/Declaración/u);
  }, 120_000);

  it('imports the image-only PDF as searchable bulletins with ≥ 90% of the words and a high confidence', async () => {
    const engine = nodeOcrEngine(worker);
    let summary: OcrFileSummary | null = null;
    const report = await importFileReport(
      { name: 'boletin-escaneado-es.pdf', bytes: new Uint8Array(readFileSync(fixture('boletin-escaneado-es.pdf'))) },
      { pdfjs, ocr: { engine, onSummary: (s) => (summary = s) } },
    );
    expect(engine.rendered).toEqual([1]);
    const text = report.bulletins.map((b) => `${b.title}\n${b.body}`).join('\n');
    expect(recall(text)).toBeGreaterThanOrEqual(0.9);
    expect(text).toMatch(/Cancillería/u);
    expect(report.bulletins[0]?.title).toMatch(/^Declaración de Lima/u);
    expect(report.lost).toEqual([]);
    expect(summary).toMatchObject({ pageCount: 1, pages: [{ page: 1, lowConfidence: false }] });
    expect((summary as OcrFileSummary | null)?.confidence).toBeGreaterThanOrEqual(80);
    expect(ocrMarks(report.bulletins, summary as unknown as OcrFileSummary).every((m) => m !== null && !m.lowConfidence)).toBe(true);
  }, 120_000);

  it('reads a scan stored as JPEG 2000 (/JPXDecode) as well', async () => {
    const report = await importFileReport(
      { name: 'boletin-jpx-es.pdf', bytes: new Uint8Array(readFileSync(fixture('boletin-jpx-es.pdf'))) },
      { pdfjs, ocr: { engine: nodeOcrEngine(worker) } },
    );
    expect(recall(report.bulletins.map((b) => `${b.title}\n${b.body}`).join('\n'))).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it('reads a scan on a page turned a quarter (/Rotate 90 or 270) like the upright one, paragraphs and all', async () => {
    const png = readFileSync(fixture('boletin-escaneado-es.png'));
    const bulletinsOf = async (bytes: Uint8Array) =>
      (await importFileReport({ name: 'girado.pdf', bytes }, { pdfjs, ocr: { engine: nodeOcrEngine(worker) } })).bulletins;
    const upright = await bulletinsOf(new Uint8Array(readFileSync(fixture('boletin-escaneado-es.pdf'))));
    for (const rotation of [90, 270]) {
      // A landscape media box holding the scan turned the other way; the viewer's /Rotate sets it upright.
      const pdf = await PDFDocument.create();
      const image = await pdf.embedPng(png);
      const page = pdf.addPage([841.89, 595.28]);
      page.setRotation(degrees(rotation));
      page.drawImage(image, rotation === 90 ? { x: 841.89, y: 0, width: 595.28, height: 841.89, rotate: degrees(90) } : { x: 0, y: 595.28, width: 595.28, height: 841.89, rotate: degrees(-90) });
      const turned = await bulletinsOf(await pdf.save());
      expect(recall(turned.map((b) => `${b.title}\n${b.body}`).join('\n')), `rotation ${rotation}`).toBeGreaterThanOrEqual(0.9);
      expect(turned.map((b) => b.body.split('\n\n').length), `rotation ${rotation}`).toEqual(upright.map((b) => b.body.split('\n\n').length));
    }
  }, 120_000);

  it('flags a faint, blurred scan for review: low confidence, yet its title is read', async () => {
    let summary: OcrFileSummary | null = null;
    const report = await importFileReport(
      { name: 'acta-baja-calidad-es.pdf', bytes: new Uint8Array(readFileSync(fixture('acta-baja-calidad-es.pdf'))) },
      { pdfjs, ocr: { engine: nodeOcrEngine(worker), onSummary: (s) => (summary = s) } },
    );
    const got = summary as OcrFileSummary | null;
    expect(got?.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(got?.pages[0]?.lowConfidence).toBe(true);
    expect(report.bulletins[0]?.title).toMatch(/^Acta de la reuni/u);
    expect(ocrMarks(report.bulletins, got as OcrFileSummary).some((m) => m?.lowConfidence === true)).toBe(true);
  }, 120_000);
});
