/**
 * Columns of a PDF page read in reading order. A page whose producer wrote it row by row (both
 * columns, or the body and a sidebar, on one baseline) gives lines that mix two columns; a side
 * box's lines drawn between the body's would be read into the middle of a sentence. Column starts
 * are found from the page itself — an x where three or more runs start, well right of the text's
 * left edge — and each line is cut at them; the page is then read column by column, left to right.
 */
import { maxOf, minOf, pushAll } from '../arrays';
import type { Line } from './pdf-lines';

/** Starts closer than this (points) are one column start. */
const SAME_X = 2;
/** A column starts at least this share of the text width right of the left edge. */
const MIN_OFFSET = 0.3;
const MIN_RUNS = 3;

/** Column start x positions of one page's lines (empty for a one-column page). */
export function columnStarts(lines: Line[]): number[] {
  const left = minOf(lines.map((l) => l.x));
  const right = maxOf(lines.map((l) => l.endX));
  const width = right - left;
  if (!(width > 0)) return [];
  const counts = new Map<number, number>();
  for (const l of lines) for (const c of l.cells) if (c.x - left >= width * MIN_OFFSET) counts.set(Math.round(c.x / SAME_X), (counts.get(Math.round(c.x / SAME_X)) ?? 0) + 1);
  const starts = [...counts].filter(([, n]) => n >= MIN_RUNS).map(([k]) => k * SAME_X).sort((a, b) => a - b);
  // Neighbouring buckets are one start.
  return starts.filter((x, i) => i === 0 || x - (starts[i - 1] as number) > SAME_X);
}

/** The page's lines cut at its column starts, column by column; each line knows its column. */
export function readColumns(lines: Line[]): Line[] {
  const out: Line[] = [];
  const pages = new Map<number, Line[]>();
  for (const l of lines) (pages.get(l.page) ?? pages.set(l.page, []).get(l.page))?.push(l);
  for (const pageLines of pages.values()) {
    const starts = columnStarts(pageLines);
    if (starts.length === 0) {
      pushAll(out, pageLines);
      continue;
    }
    const colOf = (x: number): number => starts.filter((s) => x >= s - SAME_X).length;
    const columns: Line[][] = starts.map(() => []).concat([[]]);
    for (const l of pageLines) {
      const parts = new Map<number, Line['cells']>();
      for (const c of l.cells) (parts.get(colOf(c.x)) ?? parts.set(colOf(c.x), []).get(colOf(c.x)))?.push(c);
      for (const [col, cells] of parts) {
        const x = minOf(cells.map((c) => c.x));
        const endX = maxOf(cells.map((c) => c.endX));
        // A part cut from a line takes its own cells' size (the line's is that of most of its text).
        const size = parts.size > 1 ? maxOf(cells.map((c) => c.size ?? l.size)) : l.size;
        (columns[col] as Line[]).push({ ...l, cells, text: cells.map((c) => c.text).join(' '), x, endX, size, col });
      }
    }
    for (const c of columns) pushAll(out, c);
  }
  return out;
}
