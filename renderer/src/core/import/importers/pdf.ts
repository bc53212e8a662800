/**
 * PDF → bulletins via the pdfjs-dist text layer: runs → paragraphs and headings (pdf-layout.ts),
 * page chrome dropped (chrome-text.ts), then the shared splitter. pdfjs itself is injected (`PdfjsLoader`):
 * the worker loads the browser build, Node tests the legacy build.
 */
import { toParsedBulletin } from '../build-bulletin';
import { stripChromeParas } from '../chrome-text';
import { stripChromeByEvidence } from '../chrome-evidence';
import type { ImporterResult } from '../coverage';
import { ImportFileError } from '../errors';
import { parseDateline } from '../dates';
import type { Para } from '../paragraphs';
import type { ImportOptions } from './html';
import { documentTitleBlock } from '../heading-blocks';
import { type PdfOcr, checkPageCount, ocrScannedPages } from '../ocr';
import { stripPrintedPageChrome } from '../pdf-chrome';
import { type LayoutItem, type LayoutPage, layoutPages } from '../pdf-layout';
import { segmentParasReport, segmentsToBulletins } from '../splitter';
import { checkFileChars } from '../limits';

/** A text item as pdfjs returns it (marked-content items lack `str` and are skipped). */
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
  fontName?: string;
}

/** The slice of the pdfjs-dist API this importer uses. */
export interface PdfjsLike {
  getDocument(src: {
    data: Uint8Array;
    verbosity?: number;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    stopAtErrors?: boolean;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ view?: number[]; getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
      destroy(): Promise<void>;
    }>;
    destroy(): Promise<void>;
  };
}

/** Returns the pdfjs module (lazy, so pdfjs loads only when a PDF is imported). */
export type PdfjsLoader = () => Promise<PdfjsLike>;

const isTextItem = (x: unknown): x is PdfTextItem =>
  typeof x === 'object' && x !== null && typeof (x as PdfTextItem).str === 'string' && Array.isArray((x as PdfTextItem).transform);

/** pdfjs runs → layout items (position from the transform, size from its scale or the run height). */
function toLayoutItem(it: PdfTextItem): LayoutItem {
  const [, , c = 0, d = 0, x = 0, y = 0] = it.transform;
  const item: LayoutItem = { str: it.str, x, y, width: it.width, size: Math.max(Math.hypot(c, d), it.height, 1), eol: it.hasEOL === true };
  if (typeof it.fontName === 'string') item.font = it.fontName;
  return item;
}

/** Maps pdfjs exceptions to user reasons. */
function pdfReason(err: unknown): string {
  const name = typeof err === 'object' && err !== null ? String((err as { name?: unknown }).name) : '';
  return name === 'PasswordException' ? 'password-protected PDF' : 'damaged or truncated PDF';
}

/** Reads every page's text runs; pdfjs failures become the user's reasons. */
export async function readPdfPages(bytes: Uint8Array, fileName: string, loadPdfjs: PdfjsLoader): Promise<LayoutPage[]> {
  if (!/%PDF-/u.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))) {
    throw new ImportFileError(fileName, 'damaged or truncated PDF');
  }
  const pdfjs = await loadPdfjs();
  // pdfjs may transfer (detach) the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: true });
  const pages: LayoutPage[] = [];
  let chars = 0;
  try {
    const doc = await task.promise;
    checkPageCount(fileName, doc.numPages); // a PDF bomb is refused before any page is read (ocr.ts)
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view ?? [];
      const items = content.items.filter(isTextItem).map(toLayoutItem);
      // A page's text can be any size (compressed streams): bound the file's total as it grows.
      for (const item of items) chars += item.str.length;
      checkFileChars(fileName, chars);
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError(fileName, pdfReason(err));
  } finally {
    await task.destroy().catch(() => undefined);
  }
  return pages;
}

// --- Issue 15 (originals, helper F): the page each bulletin starts on. -----------------------
/** Titles not found in a row before the search gives up (each miss scans the rest of the text). */
const TITLE_PAGE_MISSES = 20;

/**
 * The 1-based page each title is on, found in the pages' own text with whitespace ignored, searching
 * forward from the previous title (bulletins come in page order); undefined when not found.
 */
export function titlePages(pages: readonly LayoutPage[], titles: readonly string[]): Array<number | undefined> {
  const starts: number[] = [];
  let text = '';
  for (const page of pages) {
    starts.push(text.length);
    text += page.items.map((item) => item.str).join('').replace(/\s+/gu, '');
  }
  let from = 0;
  let misses = 0;
  return titles.map((title) => {
    const key = title.replace(/\s+/gu, '').slice(0, 40);
    if (key.length === 0 || misses >= TITLE_PAGE_MISSES) return undefined;
    const at = text.indexOf(key, from);
    if (at < 0) {
      misses++;
      return undefined;
    }
    misses = 0;
    from = at;
    let page = 0;
    while (page + 1 < starts.length && (starts[page + 1] ?? Infinity) <= at) page++;
    return page + 1;
  });
}
// --- end issue 15 ------------------------------------------------------------------------------

/**
 * A masthead in large type over bulletins titled in body text ("BOLETÍN QUINCENAL" and its
 * tagline): the first paragraph is the document's only heading and two or more bulletins have a
 * plain title line right over their dateline. Returns the masthead's paragraph indices (the heading
 * and the short undated lines under it, up to the first title), else none.
 */
function mastheadBlock(paras: Para[]): number[] {
  if ((paras[0]?.heading ?? 0) === 0 || paras.slice(1).some((p) => p.heading > 0)) return [];
  const dated = (p: Para | undefined): boolean => p !== undefined && p.heading === 0 && parseDateline(p.text)?.date != null;
  const titled = paras.filter((p, i) => i > 0 && p.heading === 0 && !dated(p) && dated(paras[i + 1])).length;
  if (titled < 2) return [];
  const out = [0];
  for (let i = 1; i < paras.length && i <= 3; i++) {
    const p = paras[i] as Para;
    if (dated(paras[i + 1]) || dated(p) || p.text.length > 120 || /[.!?]$/u.test(p.text)) break;
    out.push(i);
  }
  return out;
}

/**
 * Imports a PDF: paragraphs rebuilt from the text layer (see `layoutPages`), split like plain
 * text. Print furniture and page chrome go to `removed`; `sourceLines` are what the splitter was fed plus `removed`.
 * With `ocr`, scanned pages are recognised first; without it a PDF with no text is refused.
 */
export async function importPdf(
  bytes: Uint8Array,
  fileName: string,
  loadPdfjs: PdfjsLoader,
  options: ImportOptions = {},
  ocr?: PdfOcr,
): Promise<ImporterResult> {
  const pages = await readPdfPages(bytes, fileName, loadPdfjs);
  // OCR hook (issue 15, see ocr.ts): pages without a text layer get recognised lines when an engine is injected.
  if (ocr) await ocrScannedPages(pages, bytes, fileName, ocr);
  const layout = layoutPages(pages);
  if (layout.paras.length === 0) throw new ImportFileError(fileName, 'scanned PDF, no text');
  const page = stripPrintedPageChrome(layout.paras);
  const byText = stripChromeParas(page.paras);
  // Chrome by evidence (repeated lines, sign-offs, footers…), the pass every format shares.
  const evidence = stripChromeByEvidence(byText.paras);
  const chrome = { paras: evidence.paras, removed: [...byText.removed, ...evidence.removed] };
  const title = new Set([...documentTitleBlock(chrome.paras), ...mastheadBlock(chrome.paras)]);
  const paras = chrome.paras.filter((_, i) => !title.has(i));
  const removed = [...page.removed, ...chrome.removed, ...chrome.paras.filter((_, i) => title.has(i)).map((p) => p.text)];
  const h1 = paras.filter((p) => p.heading === 1).length;
  const report = segmentParasReport(paras, h1 === 1 ? { level: 1 } : {});
  const bulletins = segmentsToBulletins(paras, report.segments, options)
    .filter((b) => b.paragraphs.length > 0 && b.title.length > 0)
    .map((b) => toParsedBulletin(b, fileName));
  if (bulletins.length === 0) throw new ImportFileError(fileName, 'no bulletin found');
  // Issue 15: the reader's `Show source page` opens the page a bulletin's title is on.
  titlePages(pages, bulletins.map((b) => b.title)).forEach((n, i) => {
    const bulletin = bulletins[i];
    if (n !== undefined && bulletin) bulletin.sourcePage = n;
  });
  return {
    bulletins,
    // What the splitter was fed plus what was set aside; a "Read More »" cut off a paragraph's end
    // is in `removed` and the paragraph is fed without it.
    sourceLines: [...layout.furniture, ...removed, ...paras.map((p) => p.text)],
    removed: [...layout.furniture, ...removed, ...report.removed.map((i) => paras[i]?.text ?? '')],
  };
}
