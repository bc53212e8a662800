/**
 * PDF text items → paragraphs, the way a reader sees the page. pdfjs gives positioned runs of
 * text; this rebuilds lines, drops what the printer or the page layout repeats on every page
 * (browser print header and footer, running heads, page numbers), joins wrapped lines back into
 * paragraphs (a title wrapped over three lines is one title) and marks larger type as headings,
 * so the shared splitter reads a PDF the way it reads a .txt. Pure: no pdfjs here.
 */
import { parseDateline } from './dates';
import { type Para, TERMINAL, squash } from './paragraphs';

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
}

export interface LayoutPage {
  width: number;
  height: number;
  items: LayoutItem[];
}

/** Paragraphs for the splitter and the lines set aside as print furniture. */
export interface PdfLayout {
  paras: Para[];
  /** Lines dropped as furniture, one entry per occurrence, in page order. */
  furniture: string[];
}

/** A horizontal run of a line separated from the rest by a wide gap (header cells, columns). */
interface Cell {
  text: string;
  x: number;
  endX: number;
}

interface Line {
  cells: Cell[];
  text: string;
  x: number;
  endX: number;
  y: number;
  size: number;
  page: number;
}

const BULLET = /^(?:[•·▪◦‣●○■□➢►*+]|-(?!-)|–)\s+/u;
const PAGE_NUMBER = /^(?:-\s*)?\d{1,4}(?:\s*-)?$/u;
// Outside the header/footer band a bare number is a page number only below 1000: "2023" alone
// is more likely a year heading of a listing.
const PAGE_NUMBER_ANYWHERE = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/u;
/** Browser print furniture and page counters, matched on a whole cell. */
const FURNITURE = [
  // Chromium/Firefox date-time stamp: "12/4/26, 3:15 PM", "4/12/2026 15:15", "04.12.26, 15:15".
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?$/iu,
  /^(?:https?|file):\/\/\S+$/iu,
  /^www\.\S+$/iu,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
  // Firefox's footer counter.
  /^\d{1,4}\s+(?:of|de)\s+\d{1,4}$/iu,
  /^(?:page|p[aá]gina|p[aá]g\.?)\s*\d{1,4}(?:\s*(?:of|de|\/)\s*\d{1,4})?$/iu,
  PAGE_NUMBER,
];
/** Share of the page height at the top and bottom where print headers and footers sit. */
const BAND = 0.045;
/** Share of the page height where a running head repeated at the same height counts as one. */
const RUNNING_HEAD_BAND = 0.12;

const isFurnitureCell = (t: string): boolean => FURNITURE.some((re) => re.test(t));
const roundSize = (s: number): number => Math.round(s * 2) / 2;

/** Runs in content order → lines; a wide gap or a spacer run splits a line into cells. */
function pageLines(page: LayoutPage, pageIndex: number): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  let cell: Cell | null = null;
  let breakNext = false;
  let sizeChars = new Map<number, number>();
  const finish = (): void => {
    if (!cur) return;
    cur.cells = cur.cells.map((c) => ({ ...c, text: squash(c.text) })).filter((c) => c.text.length > 0);
    cur.text = cur.cells.map((c) => c.text).join(' ');
    cur.size = [...sizeChars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? cur.size;
    if (cur.text.length > 0) lines.push(cur);
  };
  for (const it of page.items) {
    const blank = it.str.trim().length === 0;
    const size = Math.max(it.size, 1);
    if (!cur || ((breakNext || Math.abs(it.y - cur.y) > size * 0.5) && !blank)) {
      finish();
      cell = { text: it.str, x: it.x, endX: it.x + it.width };
      cur = { cells: [cell], text: '', x: it.x, endX: it.x + it.width, y: it.y, size, page: pageIndex };
      sizeChars = new Map();
    } else if (cell && (it.x - cell.endX > size * 2.5 || (blank && it.width > size * 2.5))) {
      // A spacer ("12/4/26, 3:15 PM" ⟶ page title) or a column gap: a new cell.
      cell = { text: blank ? '' : it.str, x: blank ? it.x + it.width : it.x, endX: it.x + it.width };
      cur.cells.push(cell);
    } else if (cell) {
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
    }
    breakNext = it.eol;
  }
  finish();
  return lines;
}

const inBand = (l: Line, page: LayoutPage): boolean => page.height > 0 && (l.y > page.height * (1 - BAND) || l.y < page.height * BAND);
// Digits vary from page to page in running heads ("Boletín 12 – página 3").
const repeatKey = (l: Line): string => `${l.text.replace(/\d+/gu, '#')}`;

/**
 * Marks print furniture: in the header/footer band, any line with a stamp, URL or page counter
 * (the page title printed beside the stamp goes with it) and any line repeated on other pages;
 * near the top or bottom, a line repeated word for word at the same height on two pages or more
 * (a running head); anywhere, bare page numbers.
 */
function furnitureFlags(pages: LayoutPage[], lines: Line[]): boolean[] {
  const bandPages = new Map<string, Set<number>>();
  const samePlace = new Map<string, Set<number>>();
  for (const l of lines) {
    const page = pages[l.page] as LayoutPage;
    if (inBand(l, page)) (bandPages.get(repeatKey(l)) ?? bandPages.set(repeatKey(l), new Set()).get(repeatKey(l)))?.add(l.page);
    const key = `${l.text}@${Math.round(l.y)}`;
    (samePlace.get(key) ?? samePlace.set(key, new Set()).get(key))?.add(l.page);
  }
  return lines.map((l) => {
    const page = pages[l.page] as LayoutPage;
    if (PAGE_NUMBER_ANYWHERE.test(l.text)) return true;
    if (inBand(l, page) && (l.cells.some((c) => isFurnitureCell(c.text)) || (bandPages.get(repeatKey(l))?.size ?? 0) > 1)) return true;
    // Running heads of office exports sit inside the margin area, lower than a browser's header.
    const outer = page.height > 0 && (l.y > page.height * (1 - RUNNING_HEAD_BAND) || l.y < page.height * RUNNING_HEAD_BAND);
    return outer && pages.length > 1 && l.text.length >= 3 && (samePlace.get(`${l.text}@${Math.round(l.y)}`)?.size ?? 0) > 1;
  });
}

/** Median line step of each font size: the gap a wrapped line has, bigger gaps start paragraphs. */
function lineSteps(lines: Line[]): Map<number, number> {
  const gaps = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    const gap = a.y - b.y;
    if (a.page !== b.page || roundSize(a.size) !== roundSize(b.size) || gap <= 0 || gap > a.size * 2.5) continue;
    const list = gaps.get(roundSize(a.size)) ?? [];
    list.push(gap);
    gaps.set(roundSize(a.size), list);
  }
  const out = new Map<number, number>();
  for (const [size, list] of gaps) {
    list.sort((x, y) => x - y);
    // The smallest third is the wrap step; paragraph gaps are the larger ones.
    out.set(size, list[Math.floor((list.length - 1) / 3)] ?? size * 1.2);
  }
  return out;
}

/** The size that holds the most characters: body text. */
function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(roundSize(l.size), (chars.get(roundSize(l.size)) ?? 0) + l.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

interface Block {
  text: string;
  size: number;
  bullet: boolean;
  lines: Line[];
}

/**
 * Joins `b` to the text of `a`, undoing a hyphenated break ("interna-" + "cional"). Browsers print
 * the hyphen of a soft-hyphen break as U+2010.
 */
function joinText(a: string, b: string): string {
  if (/\p{L}[-\u00AD\u2010]$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  return `${a.replace(/\u00AD$/u, '')} ${b}`;
}

/**
 * True when `b` was pushed to a new line because its first word did not fit on `a`'s: `a` then
 * ends near the column's right edge, with less room left than that word (and a space) needs.
 */
function wrapped(a: Line, b: Line, edges: Edges): boolean {
  const edge = edges.get(a.page) ?? { left: a.x, right: a.endX };
  const charWidth = b.text.length > 0 ? (b.endX - b.x) / b.text.length : a.size * 0.5;
  const firstWord = b.text.split(' ', 1)[0]?.length ?? 0;
  return a.endX + (firstWord + 1) * charWidth > edge.right - a.size * 0.25;
}

/** Right edge of the text column of each page: lines that reach it were wrapped. */
function columnEdges(lines: Line[]): Edges {
  const out = new Map<number, { left: number; right: number }>();
  for (const l of lines) {
    const e = out.get(l.page);
    out.set(l.page, e ? { left: Math.min(e.left, l.x), right: Math.max(e.right, l.endX) } : { left: l.x, right: l.endX });
  }
  return out;
}

type Edges = Map<number, { left: number; right: number }>;

/**
 * How far a line starts right of its page's text column, in font sizes. Browsers draw list
 * markers (•) as shapes, not text, so a list shows in the text layer only as indented lines.
 */
function indentOf(l: Line, edges: Edges): number {
  const left = edges.get(l.page)?.left ?? l.x;
  return (l.x - left) / l.size;
}
const isIndented = (l: Line, edges: Edges): boolean => indentOf(l, edges) >= 0.6 && indentOf(l, edges) <= 4;

function continues(prev: Block, b: Line, body: number, steps: Map<number, number>, edges: Edges): boolean {
  const a = prev.lines[prev.lines.length - 1] as Line;
  if (Math.abs(a.size - b.size) > Math.max(a.size, b.size) * 0.1) return false;
  if (BULLET.test(b.text)) return false;
  // A line indented deeper than the one before starts a list item (or an indented paragraph).
  if (isIndented(b, edges) && Math.abs(b.x - a.x) > a.size * 0.3) return false;
  const lower = /^\p{Ll}/u.test(b.text);
  if (!lower && parseDateline(b.text)) return false;
  const full = wrapped(a, b, edges);
  const heading = roundSize(a.size) > body * 1.12;
  if (a.page !== b.page) return !heading && !TERMINAL.test(prev.text) && (lower || full);
  const gap = a.y - b.y;
  const step = steps.get(roundSize(a.size)) ?? a.size * 1.2;
  if (gap <= 0 || gap > step * 1.35) return false;
  // Body text: a short line ends its paragraph (a title line at body size, a last line).
  return heading || full || lower || (!TERMINAL.test(prev.text) && prev.bullet);
}

/**
 * Rebuilds paragraphs from the pages' text runs. Heading levels go by font size: every size
 * clearly larger than body text is a heading level, the largest being level 1.
 */
export function layoutPages(pages: LayoutPage[]): PdfLayout {
  const all = pages.flatMap((p, i) => pageLines(p, i));
  const flags = furnitureFlags(pages, all);
  const furniture = all.filter((_, i) => flags[i]).map((l) => l.text);
  const lines = all.filter((_, i) => !flags[i]);
  const body = bodySize(lines);
  const steps = lineSteps(lines);
  const edges = columnEdges(lines);
  const blocks: Block[] = [];
  for (const l of lines) {
    const prev = blocks[blocks.length - 1];
    if (prev && continues(prev, l, body, steps, edges)) {
      prev.text = joinText(prev.text, l.text);
      prev.lines.push(l);
      continue;
    }
    const bullet = BULLET.exec(l.text);
    blocks.push({ text: bullet ? `• ${l.text.slice(bullet[0].length)}` : l.text, size: l.size, bullet: bullet !== null, lines: [l] });
  }
  markIndentedLists(blocks, edges);
  const headingSizes = [...new Set(blocks.filter((b) => isHeadingBlock(b, body)).map((b) => roundSize(b.size)))].sort((a, b) => b - a);
  const paras: Para[] = blocks.map((b) => ({
    text: squash(b.text),
    heading: isHeadingBlock(b, body) ? Math.min(headingSizes.indexOf(roundSize(b.size)) + 1, 6) : 0,
    bullet: b.bullet,
  }));
  return dropSiteLabels(paras, blocks, body, furniture);
}

/**
 * Blocks whose lines all sit at the same indent are list items when they come two or more in a
 * row (a first-line indent would have its next lines back at the margin).
 */
function markIndentedLists(blocks: Block[], edges: Edges): void {
  const listLike = (b: Block | undefined): boolean => {
    const first = b?.lines[0];
    return b !== undefined && !b.bullet && first !== undefined && isIndented(first, edges) && b.lines.every((l) => Math.abs(l.x - first.x) <= first.size * 0.3);
  };
  const sameIndent = (a: Block | undefined, b: Block | undefined): boolean =>
    a !== undefined && b !== undefined && Math.abs((a.lines[0]?.x ?? 0) - (b.lines[0]?.x ?? 0)) <= (a.lines[0]?.size ?? 0) * 0.3;
  const marks = blocks.map((b, i) => listLike(b) && ((listLike(blocks[i - 1]) && sameIndent(b, blocks[i - 1])) || (listLike(blocks[i + 1]) && sameIndent(b, blocks[i + 1]))));
  blocks.forEach((b, i) => {
    if (!marks[i]) return;
    b.bullet = true;
    b.text = `• ${b.text}`;
  });
}

function isHeadingBlock(b: Block, body: number): boolean {
  return !b.bullet && body > 0 && roundSize(b.size) >= body * 1.12 && b.text.length <= 250 && !/[.;,]$/u.test(b.text);
}

/**
 * A short line in small type right above a heading ("Alianza del Pacífico · Noticias") is the
 * site's label, not the bulletin's title nor its text.
 */
function dropSiteLabels(paras: Para[], blocks: Block[], body: number, furniture: string[]): PdfLayout {
  const kept: Para[] = [];
  paras.forEach((p, i) => {
    const next = paras[i + 1];
    const size = blocks[i]?.size ?? body;
    const labelLike = p.heading === 0 && !p.bullet && p.text.length <= 80 && !TERMINAL.test(p.text) && parseDateline(p.text) === null;
    if (labelLike && next && next.heading > 0 && (size < body * 0.95 || /\s[·|»›/]\s/u.test(p.text))) {
      furniture.push(p.text);
      return;
    }
    kept.push(p);
  });
  return { paras: kept, furniture };
}
