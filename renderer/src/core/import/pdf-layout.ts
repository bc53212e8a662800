/**
 * PDF text items → paragraphs, the way a reader sees the page. pdfjs gives positioned runs of
 * text; this rebuilds lines (pdf-lines.ts), drops what the printer or the page layout repeats on
 * every page (pdf-furniture.ts), joins wrapped lines back into paragraphs (a title wrapped over
 * three lines is one title) and marks larger type as headings, so the shared splitter reads a PDF
 * the way it reads a .txt. Pure: no pdfjs here.
 */
import { pushAll } from '../arrays';
import { parseDateline } from './dates';
import { type Para, TERMINAL, squash } from './paragraphs';
import { readColumns } from './pdf-columns';
import { furnitureFlags } from './pdf-furniture';
import { type LayoutPage, type Line, bodySize, pageLines, roundSize } from './pdf-lines';

export type { LayoutItem, LayoutPage } from './pdf-lines';

/** Paragraphs for the splitter and the lines set aside as print furniture. */
export interface PdfLayout {
  paras: Para[];
  /** Lines dropped as furniture, one entry per occurrence, in page order. */
  furniture: string[];
}

const BULLET = /^(?:[•·▪◦‣●○■□➢►*+]|-(?!-)|–)\s+/u;

/** Keys (see edgeKey) of right-hand columns whose every line is in type smaller than the body's. */
function sideColumns(lines: Line[], body: number): Set<number> {
  const largest = new Map<number, number>();
  for (const l of lines) if ((l.col ?? 0) > 0) largest.set(edgeKey(l), Math.max(largest.get(edgeKey(l)) ?? 0, roundSize(l.size)));
  return new Set([...largest].filter(([, size]) => body > 0 && size < body * 0.95).map(([k]) => k));
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
  const edge = edges.get(edgeKey(a)) ?? { left: a.x, right: a.endX };
  const charWidth = b.text.length > 0 ? (b.endX - b.x) / b.text.length : a.size * 0.5;
  const firstWord = b.text.split(' ', 1)[0]?.length ?? 0;
  return a.endX + (firstWord + 1) * charWidth > edge.right - a.size * 0.25;
}

/** Right edge of the text column of each page: lines that reach it were wrapped. */
function columnEdges(lines: Line[]): Edges {
  const out: Edges = new Map();
  // The left edge is where most of the page's text starts, not the leftmost line: on a page
  // whose whole listing sits in one indented list (an unstyled print), the list is the column.
  const starts = new Map<number, Map<number, number>>();
  for (const l of lines) {
    const k = edgeKey(l);
    const e = out.get(k);
    out.set(k, e ? { left: Math.min(e.left, l.x), right: Math.max(e.right, l.endX) } : { left: l.x, right: l.endX });
    const byX = starts.get(k) ?? new Map<number, number>();
    byX.set(Math.round(l.x), (byX.get(Math.round(l.x)) ?? 0) + l.text.length);
    starts.set(k, byX);
  }
  for (const [page, byX] of starts) {
    const e = out.get(page);
    const main = [...byX].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (e && main !== undefined) e.left = main;
  }
  // The right edge is where most lines end, not the longest line: a masthead or a tagline set
  // across two columns would otherwise hide every wrap of the column under it.
  const ends = new Map<number, number[]>();
  for (const l of lines) (ends.get(edgeKey(l)) ?? ends.set(edgeKey(l), []).get(edgeKey(l)))?.push(l.endX);
  for (const [k, list] of ends) {
    const e = out.get(k);
    if (!e || list.length < 10) continue;
    list.sort((a, b) => a - b);
    e.right = list[Math.floor(list.length * 0.9)] ?? e.right;
  }
  return out;
}

type Edges = Map<number, { left: number; right: number }>;

/** Edges are per page and column (see pdf-columns.ts). */
const edgeKey = (l: Line): number => l.page * 64 + (l.col ?? 0);

/**
 * How far a line starts right of its page's text column, in font sizes. Browsers draw list
 * markers (•) as shapes, not text, so a list shows in the text layer only as indented lines.
 */
function indentOf(l: Line, edges: Edges): number {
  const left = edges.get(edgeKey(l))?.left ?? l.x;
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
  // A change of type at the same size (a bold title over regular text) starts a paragraph, unless
  // the sentence runs on.
  if (!lower && a.font !== undefined && b.font !== undefined && a.font !== b.font) return false;
  const full = wrapped(a, b, edges);
  const heading = roundSize(a.size) > body * 1.12;
  if (a.page !== b.page) return !heading && !TERMINAL.test(prev.text) && (lower || full);
  const gap = a.y - b.y;
  const step = steps.get(roundSize(a.size)) ?? a.size * 1.2;
  if (gap <= 0 || gap > step * 1.2) return false;
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
  const columned = readColumns(all.filter((_, i) => !flags[i]));
  const body = bodySize(columned);
  // A side column set wholly in smaller type (an agenda box, a sidebar) is not the bulletins' text:
  // it is set aside with the furniture (reported, so the preview can keep it).
  const side = sideColumns(columned, body);
  pushAll(furniture, columned.filter((l) => side.has(edgeKey(l))).map((l) => l.text));
  const lines = columned.filter((l) => !side.has(edgeKey(l)));
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
  const units = unitTitles(blocks, body);
  const headingSizes = [...new Set(blocks.filter((b) => isHeadingBlock(b, body)).map((b) => roundSize(b.size)))].sort((a, b) => b - a);
  const paras: Para[] = blocks.map((b, i) => {
    const p: Para = { text: squash(b.text), heading: isHeadingBlock(b, body) ? Math.min(headingSizes.indexOf(roundSize(b.size)) + 1, 6) : 0, bullet: b.bullet };
    if (units.has(i) && p.heading === 0) p.unit = true;
    return p;
  });
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

/** A block's type: its first line's font and size. */
const typeOf = (b: Block): string => `${b.lines[0]?.font ?? ''}|${roundSize(b.size)}`;

/** Card titles repeat before the unit counts as the listing's (three cards at least). */
const MIN_UNITS = 3;

/**
 * The listing's repeating unit, found from the file: a type other than the body's (bold at body
 * size, say) used for short title-like blocks each directly over body text, three times or more,
 * and (nearly) never for anything else. Those blocks open the units: a card's title, whether or not
 * the card has an image or a date, so a card is never read as a subheading of the one before.
 * Headings by size and date lines are left to their own rules.
 */
function unitTitles(blocks: Block[], body: number): Set<number> {
  const chars = new Map<string, number>();
  for (const b of blocks) chars.set(typeOf(b), (chars.get(typeOf(b)) ?? 0) + b.text.length);
  const bodyType = [...chars].sort((x, y) => y[1] - x[1])[0]?.[0];
  const byType = new Map<string, { titles: number[]; other: number }>();
  blocks.forEach((b, i) => {
    const type = typeOf(b);
    if (b.lines[0]?.font === undefined || type === bodyType || b.bullet || isHeadingBlock(b, body)) return;
    if (parseDateline(b.text) !== null) return;
    const entry = byType.get(type) ?? { titles: [], other: 0 };
    byType.set(type, entry);
    const next = blocks[i + 1];
    const titleLike = b.text.length <= 200 && !TERMINAL.test(b.text) && /^["'“‘«¿¡(]?[\p{Lu}\p{N}]/u.test(b.text);
    if (titleLike && next !== undefined && typeOf(next) === bodyType && !next.bullet) entry.titles.push(i);
    else entry.other++;
  });
  const out = new Set<number>();
  for (const { titles, other } of byType.values()) if (titles.length >= MIN_UNITS && other * 4 <= titles.length) for (const i of titles) out.add(i);
  return out;
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
