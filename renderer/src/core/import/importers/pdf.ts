/**
 * PDF → text via the pdfjs-dist text layer, rebuilding lines from item positions and paragraphs
 * from vertical gaps, then split like plain text. pdfjs itself is injected (`PdfjsLoader`):
 * the worker loads the browser build, Node tests the legacy build.
 */
import type { ParsedBulletin } from '../../model';
import { ImportFileError } from '../errors';
import { importPlainText } from './text';

/** A text item as pdfjs returns it (marked-content items lack `str` and are skipped). */
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
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
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
      destroy(): Promise<void>;
    }>;
    destroy(): Promise<void>;
  };
}

/** Returns the pdfjs module (lazy, so pdfjs loads only when a PDF is imported). */
export type PdfjsLoader = () => Promise<PdfjsLike>;

const isTextItem = (x: unknown): x is PdfTextItem =>
  typeof x === 'object' && x !== null && typeof (x as PdfTextItem).str === 'string' && Array.isArray((x as PdfTextItem).transform);

interface Line {
  text: string;
  y: number;
  size: number;
}

/** Items in content order → lines: a new line starts when the baseline moves by half a font size. */
function itemsToLines(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let cur: (Line & { endX: number }) | null = null;
  let breakNext = false;
  for (const it of items) {
    const [, , c = 0, d = 0, x = 0, y = 0] = it.transform;
    const size = Math.max(Math.hypot(c, d), it.height, 1);
    if (!cur || breakNext || Math.abs(y - cur.y) > size * 0.5) {
      if (it.str.trim().length > 0 || !breakNext) {
        cur = { text: it.str, y, size, endX: x + it.width };
        lines.push(cur);
      }
    } else {
      const gap = x - cur.endX;
      const needsSpace = gap > size * 0.15 && !cur.text.endsWith(' ') && !it.str.startsWith(' ');
      cur.text += (needsSpace ? ' ' : '') + it.str;
      cur.endX = x + it.width;
      cur.size = Math.max(cur.size, size);
    }
    breakNext = it.hasEOL === true;
  }
  return lines.filter((l) => l.text.trim().length > 0);
}

/** Lines → text with blank lines where the vertical gap is clearly larger than the usual one. */
function linesToText(lines: Line[]): string {
  const gaps = lines.slice(1).map((l, i) => (lines[i]?.y ?? 0) - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] ?? 0;
  let out = '';
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (prev) {
      const gap = prev.y - l.y;
      out += gap < 0 || (median > 0 && gap > median * 1.6) || l.size > prev.size * 1.25 || prev.size > l.size * 1.25 ? '\n\n' : '\n';
    }
    out += l.text.trim();
  });
  return out;
}

/** Maps pdfjs exceptions to user reasons. */
function pdfReason(err: unknown): string {
  const name = typeof err === 'object' && err !== null ? String((err as { name?: unknown }).name) : '';
  return name === 'PasswordException' ? 'password-protected PDF' : 'damaged or truncated PDF';
}

/** Extracts the text of every page; page numbers alone on a line are dropped. */
export async function pdfToText(bytes: Uint8Array, fileName: string, loadPdfjs: PdfjsLoader): Promise<string> {
  if (!/%PDF-/u.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))) {
    throw new ImportFileError(fileName, 'damaged or truncated PDF');
  }
  const pdfjs = await loadPdfjs();
  // pdfjs may transfer (detach) the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: true });
  const pages: string[] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = itemsToLines(content.items.filter(isTextItem)).filter((l) => !/^\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*$/u.test(l.text));
      pages.push(linesToText(lines));
      page.cleanup();
    }
  } catch (err) {
    throw new ImportFileError(fileName, pdfReason(err));
  } finally {
    await task.destroy().catch(() => undefined);
  }
  const text = pages.join('\n').trim();
  if (text.length === 0) throw new ImportFileError(fileName, 'scanned PDF, no text');
  return text;
}

/** Imports a PDF. */
export async function importPdf(bytes: Uint8Array, fileName: string, loadPdfjs: PdfjsLoader): Promise<ParsedBulletin[]> {
  return importPlainText(await pdfToText(bytes, fileName, loadPdfjs), fileName);
}
