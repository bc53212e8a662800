/**
 * OCR of scanned PDF pages (issue 15), the pure part: which pages need it, how recognised lines
 * become layout items for the usual paragraph rebuilding, and the confidence summary the preview
 * shows. Rendering and recognition are injected (`OcrEngine`): the app renders with pdfjs and
 * runs tesseract.js in a worker, Node tests use the same libraries with local files.
 */
import { ImportFileError } from './errors';
import type { LayoutItem, LayoutPage } from './pdf-layout';

/** A box in the rendered image's pixels, origin top-left (tesseract's convention). */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One recognised line: its text, tesseract's 0–100 confidence and where it is. */
export interface OcrLine {
  text: string;
  confidence: number;
  bbox: OcrBox;
  /** Height of the text row without ascenders/descenders noise, when the engine knows it. */
  rowHeight?: number;
  /** Words in the line (for the word-weighted confidence). */
  words: number;
}

/** What the engine returns for one page. */
export interface OcrPageResult {
  /** Size of the rendered image in pixels (boxes are in these units). */
  imageWidth: number;
  imageHeight: number;
  /**
   * The page as rendered, in points: its /Rotate applied, so width and height are swapped for a
   * page turned a quarter. Absent: the page's own size.
   */
  rendered?: { width: number; height: number };
  lines: OcrLine[];
}

/** Renders and recognises pages of one PDF. */
export interface OcrDocument {
  /** 1-based page number → recognised lines. */
  recognisePage(pageNumber: number): Promise<OcrPageResult>;
  close(): Promise<void>;
}

export interface OcrEngine {
  open(bytes: Uint8Array): Promise<OcrDocument>;
}

/** Progress of one file's OCR, page by page. */
export interface OcrProgress {
  fileName: string;
  /** Pages recognised so far / pages that need OCR. */
  done: number;
  total: number;
}

/** One OCR'd page in the summary. */
export interface OcrPageSummary {
  page: number;
  /** Word-weighted mean confidence, 0–100 (0 when nothing was read). */
  confidence: number;
  words: number;
  /** Below `LOW_CONFIDENCE` or nothing read: the user should check this page against the scan. */
  lowConfidence: boolean;
  /** The recognised text, to find which bulletins came from the page. */
  text: string;
}

export interface OcrFileSummary {
  /** The OCR'd pages (pages with a text layer are not listed). */
  pages: OcrPageSummary[];
  /** Pages in the PDF. */
  pageCount: number;
  /** Word-weighted mean over the OCR'd pages. */
  confidence: number;
}

/** Injected into the PDF importer; without it a scanned PDF is refused as before. */
export interface PdfOcr {
  engine: OcrEngine;
  onProgress?(progress: OcrProgress): void;
  /** Receives the summary once the file's OCR'd pages are read. */
  onSummary?(summary: OcrFileSummary): void;
}

/** A page with fewer visible characters than this in its text layer is treated as a scan. */
export const MIN_TEXT_LAYER_CHARS = 20;
/** Below this word-weighted confidence a page is flagged for review. */
export const LOW_CONFIDENCE = 70;
/** Most pages OCR'd in one file: at ~1–3 s a page, more would tie the machine up for minutes. */
export const MAX_OCR_PAGES = 200;
/** Most pages read from any PDF: a "PDF bomb" of thousands of empty pages is refused up front. */
export const MAX_PDF_PAGES = 2000;

export const REASON_OCR_EMPTY = 'image-only PDF: OCR could not read any text';

/** True when the page has no text layer or almost none (a scan, a photo, a fax). */
export function pageNeedsOcr(page: LayoutPage): boolean {
  let chars = 0;
  for (const item of page.items) chars += item.str.replace(/\s+/gu, '').length;
  return chars < MIN_TEXT_LAYER_CHARS;
}

/** Refuses a PDF with more pages than `limit`, before any page is read. */
export function checkPageCount(fileName: string, pages: number, limit: number = MAX_PDF_PAGES): void {
  if (pages > limit) throw new ImportFileError(fileName, `too many pages (${pages.toLocaleString('en')}, limit ${limit.toLocaleString('en')}); split the PDF`);
}

/**
 * Recognised lines → layout items in PDF units (origin bottom-left, y at the line's baseline),
 * one item per line, so `layoutPages` rebuilds paragraphs and headings as for a text PDF.
 * The size is the row height (not the box, which ascenders and descenders make uneven).
 */
export function ocrLinesToItems(result: OcrPageResult, pageWidth: number, pageHeight: number): LayoutItem[] {
  const sx = pageWidth / Math.max(1, result.imageWidth);
  const sy = pageHeight / Math.max(1, result.imageHeight);
  const items: LayoutItem[] = [];
  for (const line of result.lines) {
    const str = line.text.replace(/\s+/gu, ' ').trim();
    if (str === '' || line.words === 0) continue;
    const boxHeight = line.bbox.y1 - line.bbox.y0;
    const row = line.rowHeight !== undefined && line.rowHeight > 0 ? Math.min(line.rowHeight, boxHeight) : boxHeight;
    // A row is about 0.75 of the font size's em box for Latin text; rounded so one size reads as one.
    const size = Math.max(1, Math.round((row * sy) / 0.75));
    items.push({ str, x: line.bbox.x0 * sx, y: pageHeight - line.bbox.y1 * sy, width: (line.bbox.x1 - line.bbox.x0) * sx, size, eol: true });
  }
  return items;
}

/** Word-weighted confidence of one page's lines. */
export function summarisePage(page: number, result: OcrPageResult): OcrPageSummary {
  let words = 0;
  let weighted = 0;
  const text: string[] = [];
  for (const line of result.lines) {
    if (line.words === 0 || line.text.trim() === '') continue;
    words += line.words;
    weighted += line.confidence * line.words;
    text.push(line.text.trim());
  }
  const confidence = words === 0 ? 0 : Math.round(weighted / words);
  return { page, confidence, words, lowConfidence: words === 0 || confidence < LOW_CONFIDENCE, text: text.join('\n') };
}

/** The file's confidence: pages weighted by their word count. */
export function summariseFile(pages: OcrPageSummary[], pageCount: number): OcrFileSummary {
  const words = pages.reduce((n, p) => n + p.words, 0);
  const confidence = words === 0 ? 0 : Math.round(pages.reduce((n, p) => n + p.confidence * p.words, 0) / words);
  return { pages, pageCount, confidence };
}

/** Engine failures (a worker that would not start, a page that would not render) become the file's reason. */
async function engineStep<T>(fileName: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    throw new ImportFileError(fileName, `OCR failed (${(err instanceof Error ? err.message : String(err)).slice(0, 200)})`);
  }
}

/**
 * Fills the pages that have no text layer with recognised lines (in place), reporting progress
 * page by page. Throws a reason naming the file when there are too many pages to OCR, or when
 * the document had no text and OCR read none either.
 */
export async function ocrScannedPages(pages: LayoutPage[], bytes: Uint8Array, fileName: string, ocr: PdfOcr): Promise<OcrFileSummary | null> {
  const todo = pages.map((page, i) => (pageNeedsOcr(page) ? i : -1)).filter((i) => i >= 0);
  if (todo.length === 0) return null;
  if (todo.length > MAX_OCR_PAGES) {
    throw new ImportFileError(fileName, `too many scanned pages to OCR (${todo.length.toLocaleString('en')}, limit ${MAX_OCR_PAGES})`);
  }
  ocr.onProgress?.({ fileName, done: 0, total: todo.length });
  const doc = await engineStep(fileName, () => ocr.engine.open(bytes));
  const summaries: OcrPageSummary[] = [];
  try {
    for (const [done, index] of todo.entries()) {
      const page = pages[index] as LayoutPage;
      const result = await engineStep(fileName, () => doc.recognisePage(index + 1));
      // OCR reads the whole page, what little text layer it had too (a stamped page number, say):
      // that layer is kept only when OCR found nothing, so no line comes out twice.
      // The lines are in the rendered (upright) frame; a rotated page takes that frame's size.
      const frame = result.rendered ?? { width: page.width, height: page.height };
      const items = ocrLinesToItems(result, frame.width, frame.height);
      if (items.length > 0) pages[index] = { width: frame.width, height: frame.height, items };
      summaries.push(summarisePage(index + 1, result));
      ocr.onProgress?.({ fileName, done: done + 1, total: todo.length });
    }
  } finally {
    await doc.close().catch(() => undefined);
  }
  const summary = summariseFile(summaries, pages.length);
  const anyText = pages.some((page) => page.items.some((item) => item.str.trim() !== ''));
  if (!anyText) throw new ImportFileError(fileName, REASON_OCR_EMPTY);
  ocr.onSummary?.(summary);
  return summary;
}
