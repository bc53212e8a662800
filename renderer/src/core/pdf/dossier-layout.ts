import type { FontKey, FontMetrics } from './fonts';
import { COLORS, Composer, geometryFor, linesHeight, wrapWords } from './layout';
import type { LaidPage, PageGeometry, TextOp, TextStyle, WrappedLine } from './layout';
import { groupBulletins } from './groups';
import { formatBulletinDate, formatDay, formatPeriod, splitParagraphs, splitWords } from './text';
import type { DossierPdfInput, PdfLabels } from './types';
import { pushAll } from '../arrays';

export type FontSet = Record<FontKey, FontMetrics>;

/** The whole dossier placed on pages, with where each bulletin starts (for the TOC, links and outline). */
export interface DossierLayout {
  geo: PageGeometry;
  pages: LaidPage[];
  /** 0-based page index where bulletin `i` (input order) starts. */
  starts: number[];
  /** Top y of each bulletin's title on its start page (link and outline destinations). */
  startTops: number[];
  groups: Array<{ label: string | null; indexes: number[]; page: number }>;
  /** Cleaned bulletin titles for bookmarks. */
  titles: string[];
}

export interface LayoutOptions {
  now: Date;
  justify: boolean;
  /** Called after each bulletin is laid out. */
  onBulletin?(done: number): void;
}

const S = {
  coverTitle: { font: 'bold', size: 26, leading: 32, color: COLORS.accent },
  coverSubtitle: { font: 'regular', size: 14, leading: 19, color: COLORS.muted },
  coverLabel: { font: 'bold', size: 8.5, leading: 12, color: COLORS.muted },
  coverValue: { font: 'regular', size: 11.5, leading: 16, color: COLORS.text },
  heading: { font: 'bold', size: 20, leading: 26, color: COLORS.accent },
  groupHeading: { font: 'bold', size: 17, leading: 22, color: COLORS.accent },
  tocGroup: { font: 'bold', size: 11.5, leading: 17, color: COLORS.accent },
  tocEntry: { font: 'regular', size: 10, leading: 13.5, color: COLORS.text },
  tocDate: { font: 'regular', size: 8, leading: 11, color: COLORS.muted },
  title: { font: 'bold', size: 14, leading: 18, color: COLORS.text },
  dateline: { font: 'regular', size: 8.8, leading: 12, color: COLORS.muted },
  tags: { font: 'regular', size: 8.8, leading: 12, color: COLORS.accent },
  body: { font: 'regular', size: 10.5, leading: 14.6, color: COLORS.text },
  chrome: { font: 'regular', size: 8, leading: 10, color: COLORS.muted },
} as const satisfies Record<string, TextStyle>;

const NUMBER_COLUMN = 44;

/**
 * Lays out cover, introduction, table of contents and bulletins. The TOC's length does not depend
 * on its page numbers (they sit in a fixed column), so it is laid out first with placeholders and
 * the numbers are filled in once the bulletins are placed: the second pass is only a fix-up.
 */
export function layoutDossier(input: DossierPdfInput, fonts: FontSet, labels: PdfLabels, opts: LayoutOptions): DossierLayout {
  const geo = geometryFor(input.pageSize);
  const c = new Composer(geo);
  const width = geo.right - geo.left;
  const wrap = (words: readonly string[], style: TextStyle, w = width): WrappedLine[] =>
    wrapWords(words, fonts[style.font], style.size, w);
  const titles = input.bulletins.map((b) => splitWords(b.title).join(' ') || labels.untitled);
  const groups = groupBulletins(input.bulletins, input.grouping, labels).map((g) => ({ ...g, page: 0 }));

  layoutCover(c, input, labels, opts.now, wrap);

  const intro = splitParagraphs(input.introduction);
  if (intro.length > 0) {
    c.newPage('intro');
    c.lines(wrap([labels.introduction], S.heading), S.heading);
    c.space(10);
    for (const para of intro) {
      c.lines(wrap(para, S.body), S.body, { justify: opts.justify });
      c.space(5);
    }
  }

  // Table of contents with placeholder numbers.
  const fixups: Array<{ op: TextOp; target: number }> = [];
  c.newPage('toc');
  c.lines(wrap([labels.contents], S.heading), S.heading);
  c.space(8);
  for (const group of groups) {
    if (group.label !== null) {
      const head = wrap(splitWords(group.label), S.tocGroup);
      c.ensure(linesHeight(head, S.tocGroup) + 8 + S.tocEntry.leading + S.tocDate.leading);
      c.space(8);
      c.lines(head, S.tocGroup);
    }
    for (const i of group.indexes) {
      const b = input.bulletins[i];
      if (!b) continue;
      const entry = wrap(splitWords(titles[i] ?? ''), S.tocEntry, width - NUMBER_COLUMN);
      const dateline = wrap(splitWords(formatBulletinDate(b.date, b.datePrecision, labels, b)), S.tocDate, width - NUMBER_COLUMN);
      c.ensure(linesHeight(entry, S.tocEntry) + linesHeight(dateline, S.tocDate) + 5);
      c.space(5);
      const top = c.y;
      const page = c.pageIndex;
      const placed = c.lines(entry, S.tocEntry, { width: width - NUMBER_COLUMN });
      // The number sits on the entry's first line.
      const number: TextOp = { kind: 'text', font: 'regular', size: S.tocEntry.size, x: geo.right, y: placed[0]?.y ?? top - S.tocEntry.leading, words: [], gap: 0, color: S.tocEntry.color };
      c.pages[page]?.ops.push(number);
      fixups.push({ op: number, target: i });
      c.lines(dateline, S.tocDate, { width: width - NUMBER_COLUMN });
      const bottom = c.pageIndex === page ? c.y - 2 : geo.bottom;
      c.pages[page]?.links.push({ rect: [geo.left - 2, bottom, geo.right + 2, top], target: i });
    }
  }

  // Bulletins.
  const starts = input.bulletins.map(() => 0);
  const startTops = input.bulletins.map(() => geo.top);
  c.newPage('content');
  let done = 0;
  for (const group of groups) {
    if (group.label !== null) {
      if (!c.atTop) c.newPage();
      group.page = c.pageIndex;
      c.lines(wrap(splitWords(group.label), S.groupHeading), S.groupHeading);
      c.y -= 5;
      c.rect(geo.left, c.y, width, 1.2, COLORS.accent);
      c.y -= 14;
    }
    group.indexes.forEach((i, n) => {
      const b = input.bulletins[i];
      if (!b) return;
      const title = wrap(splitWords(titles[i] ?? ''), S.title);
      const dateParts = [formatBulletinDate(b.date, b.datePrecision, labels, b), b.place ?? '', b.sourceFile]
        .map((p) => splitWords(p).join(' '))
        .filter((p) => p !== '');
      const dateline = wrap(splitWords(dateParts.join(' · ')), S.dateline);
      const tagNames = b.tags.map((t) => splitWords(t).join(' ')).filter((t) => t !== '');
      const tags = tagNames.length > 0 ? wrap(splitWords(`${labels.tags}: ${tagNames.join(', ')}`), S.tags) : [];
      const paragraphs = splitParagraphs(b.body).map((p) => wrap(p, S.body));
      const bodyLines = paragraphs.reduce((sum, p) => sum + p.length, 0);
      // Keep title, dateline, tags and the first two body lines together.
      const head = linesHeight(title, S.title) + linesHeight(dateline, S.dateline) + linesHeight(tags, S.tags) + 8 + Math.min(2, bodyLines) * S.body.leading;
      const separator = n > 0 || group.label === null ? 30 : 0;
      if (head + separator <= geo.top - geo.bottom) c.ensure(head + separator);
      else if (!c.atTop) c.newPage();
      if (!c.atTop && separator > 0) {
        c.y -= 12;
        c.rect(geo.left, c.y, width, 0.5, COLORS.rule);
        c.y -= 18;
      }
      starts[i] = c.pageIndex;
      startTops[i] = c.y;
      c.lines(title, S.title);
      c.space(3);
      c.lines(dateline, S.dateline);
      c.lines(tags, S.tags);
      c.space(5);
      paragraphs.forEach((p, k) => {
        if (k > 0) c.space(5);
        c.lines(p, S.body, { justify: opts.justify });
      });
      opts.onBulletin?.(++done);
    });
  }

  // Fix-ups now that every page exists.
  for (const { op, target } of fixups) {
    const m = fonts.regular.measure(String((starts[target] ?? 0) + 1));
    op.words = [m.text];
    op.x = geo.right - (m.width * op.size) / 1000;
  }
  addChrome(c.pages, geo, fonts, labels, splitWords(input.title));
  return { geo, pages: c.pages, starts, startTops, groups, titles };
}

type Wrap = (words: readonly string[], style: TextStyle, w?: number) => WrappedLine[];

function layoutCover(c: Composer, input: DossierPdfInput, labels: PdfLabels, now: Date, wrap: Wrap): void {
  const { geo } = c;
  c.newPage('cover');
  c.rect(0, geo.height - 46, geo.width, 46, COLORS.accent);
  c.page.ops.push({ kind: 'text', font: 'bold', size: 10, x: geo.left, y: geo.height - 28, words: ['PA', 'Bulletin', 'Archive'], gap: 0, color: COLORS.white });
  c.y = geo.height * 0.7;
  c.rect(geo.left, c.y + 14, 56, 4, COLORS.accent);
  c.lines(wrap(splitWords(input.title).length > 0 ? splitWords(input.title) : [labels.untitled], S.coverTitle), S.coverTitle);
  const subtitle = splitWords(input.subtitle);
  if (subtitle.length > 0) {
    c.space(6);
    c.lines(wrap(subtitle, S.coverSubtitle), S.coverSubtitle);
  }
  c.space(40);
  const rows: Array<[string, string]> = [
    [labels.periodCovered, formatPeriod(input.bulletins, labels)],
    [labels.bulletinCount, String(input.bulletins.length)],
    [labels.compiledOn, formatDay(now, labels)],
  ];
  if (splitWords(input.author).length > 0) rows.push([labels.preparedBy, input.author]);
  for (const [label, value] of rows) {
    c.ensure(S.coverLabel.leading + S.coverValue.leading);
    c.lines(wrap(splitWords(label.toUpperCase()), S.coverLabel), S.coverLabel);
    c.lines(wrap(splitWords(value), S.coverValue), S.coverValue);
    c.space(10);
  }
}

/** Running header (dossier title) on every page but the cover, and "Page X of Y" on every page. */
function addChrome(pages: LaidPage[], geo: PageGeometry, fonts: FontSet, labels: PdfLabels, title: string[]): void {
  const f = fonts[S.chrome.font];
  const size = S.chrome.size;
  const widthOf = (words: string[]): number =>
    words.reduce((sum, w, k) => sum + ((f.measure(w).width + (k > 0 ? f.measure(' ').width : 0)) * size) / 1000, 0);
  const header: string[] = [];
  const room = geo.right - geo.left - widthOf(['…']);
  for (const w of title) {
    if (widthOf([...header, w]) > room) {
      if (header.length === 0) pushAll(header, f.splitToWidth(f.measure(w).text, (room * 1000) / size).slice(0, 1));
      header.push('…');
      break;
    }
    header.push(f.measure(w).text);
  }
  pages.forEach((page, k) => {
    const footer = splitWords(labels.pageXofY.replace('{x}', String(k + 1)).replace('{y}', String(pages.length))).map((w) => f.measure(w).text);
    page.ops.push({ kind: 'text', font: S.chrome.font, size, x: (geo.width - widthOf(footer)) / 2, y: 40, words: footer, gap: 0, color: S.chrome.color });
    if (page.role === 'cover') return;
    page.ops.push({ kind: 'text', font: S.chrome.font, size, x: geo.left, y: geo.height - 46, words: header, gap: 0, color: S.chrome.color });
    page.ops.push({ kind: 'rect', x: geo.left, y: geo.height - 53, w: geo.right - geo.left, h: 0.5, color: COLORS.rule });
  });
}
