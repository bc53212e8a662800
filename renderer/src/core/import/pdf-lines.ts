/**
 * pdfjs text runs → lines: the shapes the PDF layout works on and the first step, which groups
 * runs by baseline and splits a line into cells at wide gaps (a print header's stamp and title).
 */
import { squash } from './paragraphs';

/** One pdfjs text run, in page units (y grows upwards, as in PDF). */
export interface LayoutItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the run's height). */
  size: number;
  /** pdfjs says a line ends after this run. */
  eol: boolean;
  /** The run's font as the PDF names it (pdfjs `fontName`): bold and regular are two fonts. */
  font?: string;
}

export interface LayoutPage {
  width: number;
  height: number;
  items: LayoutItem[];
}

/** A horizontal run of a line separated from the rest by a wide gap (header cells, columns). */
export interface Cell {
  text: string;
  x: number;
  endX: number;
  /** Font size of the cell's first run (a line's cells may differ: a body line and a sidebar's). */
  size?: number;
}

export interface Line {
  cells: Cell[];
  text: string;
  x: number;
  endX: number;
  y: number;
  size: number;
  page: number;
  /** The page column the line sits in (pdf-columns.ts), 0 when the page has one. */
  col?: number;
  /** The font that sets most of the line's characters, when the PDF names fonts. */
  font?: string;
}

/** Font size rounded to half a point, so runs of one style compare equal. */
export const roundSize = (s: number): number => Math.round(s * 2) / 2;

/** Runs in content order → lines; a wide gap or a spacer run splits a line into cells. */
export function pageLines(page: LayoutPage, pageIndex: number): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  let cell: Cell | null = null;
  let breakNext = false;
  let sizeChars = new Map<number, number>();
  let fontChars = new Map<string, number>();
  const finish = (): void => {
    if (!cur) return;
    const font = [...fontChars].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (font !== undefined) cur.font = font;
    cur.cells = cur.cells.map((c) => ({ ...c, text: squash(c.text) })).filter((c) => c.text.length > 0);
    cur.text = cur.cells.map((c) => c.text).join(' ');
    cur.size = [...sizeChars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? cur.size;
    if (cur.text.length > 0) lines.push(cur);
  };
  for (const it of page.items) {
    const blank = it.str.trim().length === 0;
    const size = Math.max(it.size, 1);
    // A run that jumps back left of the cell on the same baseline starts another column's line.
    const jumpsBack = !blank && cell !== null && it.x < cell.x - size;
    if (!cur || ((breakNext || Math.abs(it.y - cur.y) > size * 0.5) && !blank) || jumpsBack) {
      finish();
      cell = { text: it.str, x: it.x, endX: it.x + it.width, size };
      cur = { cells: [cell], text: '', x: it.x, endX: it.x + it.width, y: it.y, size, page: pageIndex };
      sizeChars = new Map();
      fontChars = new Map();
    } else if (cell && (it.x - cell.endX > size * 2.5 || (blank && it.width > size * 2.5))) {
      // A spacer ("12/4/26, 3:15 PM" ⟶ page title) or a column gap: a new cell.
      cell = { text: blank ? '' : it.str, x: blank ? it.x + it.width : it.x, endX: it.x + it.width, size };
      cur.cells.push(cell);
    } else if (cell) {
      // A cell opened by a spacer takes the size of its first real run.
      if (!blank && cell.text.trim().length === 0) cell.size = size;
      const gap = it.x - cell.endX;
      const needsSpace = gap > size * 0.15 && !cell.text.endsWith(' ') && !it.str.startsWith(' ');
      cell.text += (needsSpace ? ' ' : '') + it.str;
      cell.endX = Math.max(cell.endX, it.x + it.width);
    }
    if (!blank && cur) {
      cur.x = Math.min(cur.x, it.x);
      cur.endX = Math.max(cur.endX, it.x + it.width);
      const k = roundSize(size);
      sizeChars.set(k, (sizeChars.get(k) ?? 0) + it.str.length);
      if (it.font !== undefined) fontChars.set(it.font, (fontChars.get(it.font) ?? 0) + it.str.length);
    }
    breakNext = it.eol;
  }
  finish();
  return lines;
}

/** The size that holds the most characters: body text. */
export function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(roundSize(l.size), (chars.get(roundSize(l.size)) ?? 0) + l.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
