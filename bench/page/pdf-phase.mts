/**
 * PDF phase: the app's dossier writer vs the straightforward pdf-lib baseline, same input, same
 * fonts, same thread, in the same run.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { generateTagged } from '../../renderer/src/core/generator';
import { buildDossierPdf, type DossierPdfInput, type PdfFonts } from '../../renderer/src/core/pdf';
import { buildDossierPdfBaseline } from '../../renderer/src/core/pdf/baseline';
import { exportDossierPdf, loadPdfFonts } from '../../renderer/src/workers/pdf-client';
import { log, round, tick } from './measure.mjs';

export interface PdfResult {
  bulletins: number;
  pages: number;
  bytes: number;
  /** Our writer on the page's thread (same conditions as the baseline). */
  ms: number;
  baselineMs: number;
  speedup: number;
  /** What the user waits for: the app's export in its worker, fonts cached. */
  workerMs: number;
}

/** A dossier input of `count` generated bulletins (both languages, tags, countries). */
export function dossierInput(count: number, seed: number): DossierPdfInput {
  return {
    title: 'Pacific Alliance — benchmark dossier',
    subtitle: `${count} bulletins`,
    author: 'Benchmark',
    introduction: 'Generated bulletins in English and Spanish, grouped by month.',
    grouping: 'month',
    pageSize: 'A4',
    language: 'en',
    bulletins: generateTagged(count, seed).map((g, i) => ({
      id: `pdf-${i}`,
      title: g.bulletin.title,
      date: g.bulletin.date,
      datePrecision: g.bulletin.datePrecision,
      place: g.bulletin.place,
      sourceFile: g.bulletin.sourceFile,
      tags: g.tagNames,
      countries: g.bulletin.countries,
      body: g.bulletin.body,
    })),
  };
}

async function timed(fn: () => Promise<Uint8Array>): Promise<{ ms: number; bytes: Uint8Array }> {
  await tick();
  const t0 = performance.now();
  const bytes = await fn();
  return { ms: performance.now() - t0, bytes };
}

/** Warms both writers on a small dossier, then times one full run of each, then the worker path. */
export async function runPdfPhase(count: number, seed: number): Promise<PdfResult> {
  const fonts: PdfFonts = await loadPdfFonts();
  const now = new Date(Date.UTC(2026, 0, 1));
  const warm = dossierInput(5, seed + 1);
  await buildDossierPdf(warm, fonts, { now });
  await buildDossierPdfBaseline(warm, fonts, { now });
  const input = dossierInput(count, seed);
  const ours = await timed(() => buildDossierPdf(input, fonts, { now }));
  log(`pdf: ours ${round(ours.ms)} ms (${ours.bytes.length} bytes)`);
  const base = await timed(() => buildDossierPdfBaseline(input, fonts, { now }));
  log(`pdf: baseline ${round(base.ms)} ms`);
  const worker = await timed(() => exportDossierPdf(input, fonts, undefined, { now }));
  log(`pdf: app export in its worker ${round(worker.ms)} ms`);
  const pages = (await PDFDocument.load(ours.bytes, { updateMetadata: false })).getPageCount();
  return {
    bulletins: count,
    pages,
    bytes: ours.bytes.length,
    ms: round(ours.ms),
    baselineMs: round(base.ms),
    speedup: round(base.ms / ours.ms),
    workerMs: round(worker.ms),
  };
}
