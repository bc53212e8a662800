import type { PageSize } from '../model';
import type { FontKey, FontMetrics } from './fonts';

export type Rgb = readonly [number, number, number];

export const COLORS = {
  text: [0.1, 0.1, 0.12],
  muted: [0.38, 0.4, 0.44],
  accent: [0.09, 0.26, 0.45],
  rule: [0.78, 0.8, 0.84],
  white: [1, 1, 1],
} as const satisfies Record<string, Rgb>;

/** One line of text: words separated by a space, plus `gap` extra points per space when justified. */
export interface TextOp {
  kind: 'text';
  font: FontKey;
  size: number;
  x: number;
  /** Baseline. */
  y: number;
  /** Printable words (already passed through `FontMetrics.measure`). */
  words: string[];
  gap: number;
  color: Rgb;
}

export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  color: Rgb;
}

export type DrawOp = TextOp | RectOp;

/** A clickable area that jumps to the first page of bulletin `target`. */
export interface LinkArea {
  rect: [number, number, number, number];
  target: number;
}

export type PageRole = 'cover' | 'intro' | 'toc' | 'content';

export interface LaidPage {
  role: PageRole;
  ops: DrawOp[];
  links: LinkArea[];
}

export interface PageGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const SIZES: Record<PageSize, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };

/** Page box and text area for a paper size (margins ~22 mm sides, room for header and footer). */
export function geometryFor(size: PageSize): PageGeometry {
  const [width, height] = SIZES[size];
  return { width, height, left: 62, right: width - 62, top: height - 74, bottom: 70 };
}

/** A styled text block to wrap: font, size, line height, colour. */
export interface TextStyle {
  font: FontKey;
  size: number;
  leading: number;
  color: Rgb;
}

/** A wrapped line before placement: printable words, their total width and whether it ends a paragraph. */
export interface WrappedLine {
  words: string[];
  /** Width of words + single spaces, in points. */
  width: number;
  last: boolean;
}

/**
 * Greedy line breaking with cached word widths. Words wider than the line are cut into pieces.
 * Returns lines whose natural width never exceeds `maxWidth` (except a single glyph wider than it).
 */
export function wrapWords(words: readonly string[], metrics: FontMetrics, size: number, maxWidth: number): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const space = metrics.measure(' ').width * size / 1000;
  const max1000 = (maxWidth * 1000) / size;
  let current: string[] = [];
  let width = 0;
  const push = (text: string, w: number): void => {
    if (current.length > 0 && width + space + w > maxWidth) {
      lines.push({ words: current, width, last: false });
      current = [];
      width = 0;
    }
    width += (current.length > 0 ? space : 0) + w;
    current.push(text);
  };
  for (const raw of words) {
    const m = metrics.measure(raw);
    if (m.width <= max1000) {
      push(m.text, (m.width * size) / 1000);
      continue;
    }
    for (const piece of metrics.splitToWidth(m.text, max1000)) {
      push(piece, (metrics.measure(piece).width * size) / 1000);
    }
  }
  if (current.length > 0) lines.push({ words: current, width, last: true });
  const lastLine = lines[lines.length - 1];
  if (lastLine) lastLine.last = true;
  return lines;
}

/**
 * Places content top-down on pages, opening a new page when the next item does not fit.
 * `onNewPage` lets the caller decorate fresh pages (nothing here knows about headers).
 */
export class Composer {
  readonly pages: LaidPage[] = [];
  readonly geo: PageGeometry;
  y = 0;
  private role: PageRole = 'content';

  constructor(geo: PageGeometry) {
    this.geo = geo;
  }

  get page(): LaidPage {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('Composer has no page yet');
    return page;
  }

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  /** True when nothing has been placed below the top margin of the current page. */
  get atTop(): boolean {
    return this.pages.length > 0 && this.y >= this.geo.top;
  }

  newPage(role: PageRole = this.role): void {
    this.role = role;
    this.pages.push({ role, ops: [], links: [] });
    this.y = this.geo.top;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void {
    if (this.pages.length === 0 || (this.y - height < this.geo.bottom && !this.atTop)) this.newPage();
  }

  /** Vertical space, dropped at the top of a page so pages never start with a gap. */
  space(height: number): void {
    if (!this.atTop) this.y -= height;
  }

  /** Places wrapped lines, breaking pages between lines; justified lines get extra word spacing. */
  lines(lines: readonly WrappedLine[], style: TextStyle, opts: { x?: number; width?: number; justify?: boolean } = {}): TextOp[] {
    const placed: TextOp[] = [];
    const x = opts.x ?? this.geo.left;
    const width = opts.width ?? this.geo.right - x;
    for (const line of lines) {
      this.ensure(style.leading);
      this.y -= style.leading;
      const gaps = line.words.length - 1;
      const gap = opts.justify && !line.last && gaps > 0 ? Math.max(0, (width - line.width) / gaps) : 0;
      const op: TextOp = {
        kind: 'text', font: style.font, size: style.size, x, y: this.y + (style.leading - style.size) * 0.5 + style.size * 0.22,
        words: line.words, gap, color: style.color,
      };
      this.page.ops.push(op);
      placed.push(op);
    }
    return placed;
  }

  rect(x: number, y: number, w: number, h: number, color: Rgb): void {
    this.page.ops.push({ kind: 'rect', x, y, w, h, color });
  }
}

/** Lines' total height. */
export function linesHeight(lines: readonly WrappedLine[], style: TextStyle): number {
  return lines.length * style.leading;
}
