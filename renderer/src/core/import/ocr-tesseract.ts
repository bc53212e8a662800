/**
 * tesseract.js result → `OcrPageResult`, and how pages are rendered for it. Pure (the result's
 * shape is declared here), so the app's worker engine and the Node test engine convert alike.
 */
import type { OcrLine, OcrPageResult } from './ocr';

interface TesseractBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The part of tesseract.js's `Line` this module reads. */
interface TesseractLineLike {
  text: string;
  confidence: number;
  bbox: TesseractBox;
  words?: readonly { text: string }[];
  rowAttributes?: { rowHeight?: number; row_height?: number };
}

/** The part of tesseract.js's `Page` (recognised with `{ blocks: true }`). */
export interface TesseractPageLike {
  blocks: readonly { paragraphs: readonly { lines: readonly TesseractLineLike[] }[] }[] | null;
}

/** tesseract.js 7 returns no blocks unless asked; text alone would lose the line positions. */
export const RECOGNISE_OUTPUT = { blocks: true, text: false } as const;

/** Tesseract is tuned for ~300 dpi; 216 dpi (3× PDF points) reads 9 pt text and keeps A4 under 2,600 px. */
export const RENDER_DPI = 216;
/** Longest rendered side in pixels, so a poster-sized page cannot claim hundreds of MB. */
export const MAX_RENDER_SIDE = 3000;

/** Scale from PDF points to rendered pixels for a page of `width × height` points. */
export function renderScale(width: number, height: number): number {
  const side = Math.max(width, height, 1);
  return Math.min(RENDER_DPI / 72, MAX_RENDER_SIDE / side);
}

/** Lines of a recognised page, in reading order as tesseract gives them. */
export function toOcrPageResult(page: TesseractPageLike, imageWidth: number, imageHeight: number): OcrPageResult {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words = (line.words ?? []).filter((w) => w.text.trim() !== '').length;
        const row = line.rowAttributes?.rowHeight ?? line.rowAttributes?.row_height;
        lines.push({ text: line.text, confidence: line.confidence, bbox: { x0: line.bbox.x0, y0: line.bbox.y0, x1: line.bbox.x1, y1: line.bbox.y1 }, words, ...(row !== undefined ? { rowHeight: row } : {}) });
      }
    }
  }
  return { imageWidth, imageHeight, lines };
}
