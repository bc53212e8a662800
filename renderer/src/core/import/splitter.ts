/**
 * Multi-bulletin text → bulletins. Works on paragraphs (see `paragraphs.ts`) so the HTML importer
 * can reuse the same decisions on its block elements.
 *
 * A bulletin starts at:
 *  1. a title-like paragraph followed by a dateline paragraph (the common newsletter layout);
 *  2. a dateline paragraph with no title before it (title then comes from the first sentence);
 *  3. a heading of the document's bulletin level (markdown `#`, HTML `<h1>`/`<h2>`);
 *  4. a labelled title line ("COMMUNICATION | …", "Comunicado de prensa | …");
 *  5. a title-like line whose layout score is positive (see `layoutScore`), which is how undated
 *     bulletins are told apart from subheadings inside a bulletin.
 */
import { foldText } from '../text/fold';
import { type Dateline, findFirstDate, inferMissingYears, parseDateline } from './dates';
import { type Para, TERMINAL, textToParas } from './paragraphs';
import { stripTextChrome } from './text-chrome';

/** A bulletin as the splitter sees it: paragraph indices into the input. */
export interface Segment {
  /** Index of the title paragraph, or null when the title must come from the body. */
  titleIndex: number | null;
  /** Body paragraph indices (the dateline paragraph included, if any). */
  body: number[];
  dateline: Dateline | null;
  /**
   * Paragraph index of the dateline when it is not the first body paragraph (a subtitle or
   * bullet lines came between title and dateline). Absent: the first body paragraph.
   */
  datelineAt?: number;
}

/** A bulletin split out of text, before metadata. */
export interface SplitBulletin {
  title: string;
  /** True when no title line existed and the title was taken from the first sentence. */
  titleFromBody: boolean;
  date: string | null;
  precision: Dateline['precision'];
  place: string | null;
  /** Body paragraphs with the dateline removed. */
  paragraphs: string[];
  partial?: Dateline['partial'];
  /** The dateline had no year; one was chosen from the other dates or the file's date. */
  yearInferred?: true;
}

const LABEL =
  /^(?:communication|communiqu[eé]|comunicado(?: de prensa| conjunto)?|(?:joint )?press release|(?:joint )?statement|declaraci[oó]n(?: conjunta)?|nota de prensa|news|noticia|informativo)\s*[|:–—]\s*\S/iu;
const FUNCTION_WORDS = new Set(
  'a an the of to in on for with by and at from is are was were has have de del la las los el en y con por para que se un una al su es'.split(' '),
);

const words = (s: string): string[] => s.split(/\s+/u).filter((w) => w.length > 0);

/** Short, starts like a heading, does not end like a sentence. */
export function isTitleLike(p: Para): boolean {
  const t = p.text;
  if (p.bullet || t.length < 3 || t.length > 200) return false;
  if (/[.!:;,…]["'”’»)\]]*$/u.test(t)) return false;
  if (!/^["'“‘«¿¡(]?[\p{Lu}\p{N}]/u.test(t)) return false;
  return words(t).length <= 30;
}

/** A byline or credit between a title and its dateline ("Por Redacción EFE", "Photo: Foreign Ministry"). */
const BYLINE = /^(?:por|by|foto|fotos|photo|photos|fuente|source|texto|redacci[oó]n|escrito por|written by)\s*:?\s+\S.{0,80}$/iu;
const isByline = (p: Para): boolean => p.heading === 0 && !p.bullet && BYLINE.test(p.text) && words(p.text).length <= 10;

/** The paragraph right before a dateline is its title unless it reads like the end of a body. */
function isTitleBeforeDateline(p: Para): boolean {
  if (p.bullet || p.heading > 0) return p.heading > 0;
  if (isByline(p)) return false;
  if (p.text.length > 250 || /[:;,]$/u.test(p.text)) return false;
  if (!/^["'“‘«¿¡(]?[\p{Lu}\p{N}]/u.test(p.text)) return false;
  // More than one sentence → body text, not a headline.
  return !/[.!?]["”’»)]*\s+\p{Lu}/u.test(p.text);
}

/**
 * A title block: title line, then a subtitle / lead sentence and/or bullet lines, then the dateline
 * ("Ministers agree on roadmap" / "The plan cuts roaming costs." / "• 12 measures" / "Lima, …").
 * Returns the dateline's paragraph index when `i` opens one, else -1. The paragraph right before
 * the dateline must read as a subtitle (a sentence, a bullet, or clearly longer than the title),
 * otherwise it is the title itself and the ordinary rule applies.
 */
function titleBlockEnd(paras: Para[], datelines: (Dateline | null)[], i: number): number {
  const title = paras[i] as Para;
  if (title.heading > 0 || !isTitleLike(title) || /https?:|www\.|@/u.test(title.text)) return -1;
  let sentences = 0;
  for (let j = i + 1; j < paras.length && j <= i + 6; j++) {
    const p = paras[j] as Para;
    const d = datelines[j];
    if (d && !d.prose) return j > i + 1 && isSubtitle(paras[j - 1] as Para, title) ? j : -1;
    if (p.heading > 0 || LABEL.test(p.text)) return -1;
    if (p.bullet || isByline(p)) continue;
    // One lead paragraph at most, and a short one: a second paragraph means body text began.
    if (++sentences > 1 || p.text.length > 320) return -1;
  }
  return -1;
}

/**
 * True when the document's dates stand above their titles (listing cards: date, title, lead) more
 * often than below them (title, date, lead): then a lead before the next card's date is not a title.
 */
function cardLayout(paras: Para[], datelines: (Dateline | null)[]): boolean {
  let above = 0;
  let below = 0;
  for (let i = 0; i < paras.length; i++) {
    const d = datelines[i];
    if (!d || d.prose || d.consumed < (paras[i]?.text.length ?? 0)) continue;
    if (dateAboveTitle(paras, datelines, i)) above++;
    const prev = paras[i - 1];
    if (prev && isTitleLike(prev) && !TERMINAL.test(prev.text)) below++;
  }
  return above >= 2 && above > below;
}

/** A date alone on its line, then a headline, then body text (and no dateline of its own). */
function dateAboveTitle(paras: Para[], datelines: (Dateline | null)[], i: number): boolean {
  const d = datelines[i];
  const title = paras[i + 1];
  const lead = paras[i + 2];
  if (!d || !title || !lead || d.consumed < (paras[i]?.text.length ?? 0)) return false;
  if (datelines[i + 1] || datelines[i + 2] || title.bullet || !isTitleLike(title) || isByline(title)) return false;
  return !lead.bullet && lead.heading === 0 && !isTitleLike(lead) && lead.text.length > title.text.length;
}

function isSubtitle(p: Para, title: Para): boolean {
  return p.bullet || isByline(p) || TERMINAL.test(p.text) || p.text.length > Math.max(90, 1.3 * title.text.length);
}

const isTitleCase = (t: string): boolean =>
  words(t)
    .filter((w) => /^\p{L}{4,}/u.test(w))
    .every((w) => /^\p{Lu}/u.test(w));

/**
 * How strongly a title-like line that has no dateline after it looks like the start of a new
 * bulletin (> 0) rather than a subheading inside the current one (≤ 0). Subheadings tend to be
 * short Title Case noun phrases whose words are echoed in the next paragraph ("VIII Pacific
 * Alliance Youth Meeting" → 'the inauguration of the “VIII Pacific Alliance Youth Meeting”');
 * headlines are longer sentence-case phrases, sometimes followed by a summary bullet.
 */
export function layoutScore(prev: Para, cand: Para, next: Para, docHasDatelines: boolean): number {
  if (!TERMINAL.test(prev.text) && !prev.bullet) return -Infinity;
  if (!next.bullet && (next.text.length <= cand.text.length || isTitleLike(next))) return -Infinity;
  const w = words(cand.text);
  // Undated bulletins sit between dated ones too: a dated document only makes the bar higher.
  let score = docHasDatelines ? 0 : 1;
  if (next.bullet) score += 2;
  if (w.length >= 6 && w.some((x) => FUNCTION_WORDS.has(x.toLowerCase()))) score += 1;
  if (cand.text.length >= 60) score += 1;
  if (w.length <= 5) score -= 1;
  if (w.length <= 3) score -= 1;
  const titleCase = isTitleCase(cand.text);
  if (titleCase) score -= 1;
  // A sentence-case line of five words or more over a longer paragraph reads as a headline.
  else if (w.length >= 5) score += 1;
  const echo = foldText(next.text).indexOf(foldText(cand.text));
  // A lead restates its headline as its subject ("El programa de voluntariado juvenil abrió…");
  // a subheading is echoed further in ('attended the inauguration of the “VIII … Meeting”').
  if (echo >= 0) score += LEAD_ECHO.test(foldText(next.text).slice(0, echo)) ? 3 : -3;
  return score;
}

const LEAD_ECHO = /^(?:(?:the|a|an|el|la|los|las|un|una)\s+)?$/u;

/** The heading level that starts bulletins: the level that precedes datelines, else the most used. */
function bulletinLevel(paras: Para[], datelines: (Dateline | null)[], preferred?: number): number {
  const levels = new Map<number, number>();
  for (let i = 0; i < paras.length; i++) {
    const h = paras[i]?.heading ?? 0;
    if (h === 0) continue;
    if (datelines[i + 1]) return h;
    levels.set(h, (levels.get(h) ?? 0) + 1);
  }
  if (preferred !== undefined) return preferred;
  const repeated = [...levels].filter(([, n]) => n > 1).map(([h]) => h);
  if (repeated.length > 0) return Math.min(...repeated);
  return levels.size > 0 ? Math.min(...levels.keys()) : 0;
}

/** Segments plus the paragraphs the splitter set aside as not content (mastheads). */
export interface SegmentReport {
  segments: Segment[];
  /** Indices of paragraphs in no segment, on purpose. Every other paragraph is in one segment. */
  removed: number[];
}

/**
 * Groups paragraphs into bulletins. `options.level` forces the heading level that starts bulletins
 * unless a heading is followed by a dateline (then that heading's level wins).
 */
export function segmentParas(paras: Para[], options: { level?: number } = {}): Segment[] {
  return segmentParasReport(paras, options).segments;
}

/**
 * `segmentParas` with what it set aside. A segment left without body text (a title at the very end,
 * a title whose dateline is all its paragraph) is not dropped — its text would be lost — but folded
 * into the body of the bulletin before it; before any bulletin it is set aside like a masthead.
 */
export function segmentParasReport(paras: Para[], options: { level?: number } = {}): SegmentReport {
  const datelines = paras.map((p) => (p.heading > 0 ? null : parseDateline(p.text)));
  const docHasDatelines = datelines.some((d) => d !== null && !d.prose);
  const cards = cardLayout(paras, datelines);
  const level = bulletinLevel(paras, datelines, options.level);
  const segments: Segment[] = [];
  const removed: number[] = [];
  let current: Segment | null = null;
  const start = (titleIndex: number | null, dateline: Dateline | null): Segment => {
    current = { titleIndex, body: [], dateline };
    segments.push(current);
    return current;
  };
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i] as Para;
    const prev = paras[i - 1];
    const next = paras[i + 1];
    const nextDateline = datelines[i + 1] ?? null;
    // Only a paragraph that could open a bulletin is looked at as a title block (it costs a look-ahead).
    const opensBlock = (): boolean => p.heading === 0 && (!prev || TERMINAL.test(prev.text) || prev.bullet || datelines[i - 1] != null);
    const blockEnd = !nextDateline && opensBlock() ? titleBlockEnd(paras, datelines, i) : -1;
    if (next && nextDateline && isTitleBeforeDateline(p) && (p.heading === 0 || p.heading <= level) && !(cards && dateAboveTitle(paras, datelines, i + 1))) {
      start(i, nextDateline).body.push(i + 1);
      i += 1;
    } else if (blockEnd > 0) {
      const seg = start(i, datelines[blockEnd] ?? null);
      for (let j = i + 1; j <= blockEnd; j++) seg.body.push(j);
      seg.datelineAt = blockEnd;
      i = blockEnd;
    } else if (p.ruleBefore && current && p.heading === 0 && isTitleLike(p) && next && !isTitleLike(next) && !datelines[i]) {
      // A rule ("-----", "* * *") drawn before a headline: the writer separated two bulletins.
      start(i, null);
    } else if (datelines[i] && !datelines[i]?.prose && dateAboveTitle(paras, datelines, i)) {
      // Listing cards copied from a page: date, then title, then lead ("14 Nov 2023" / "Title" / "…").
      const seg = start(i + 1, datelines[i] ?? null);
      seg.body.push(i, i + 2);
      i += 2;
    } else if (datelines[i] && !datelines[i]?.prose) {
      start(null, datelines[i] ?? null).body.push(i);
    } else if (p.heading > 0 && p.heading <= level) {
      start(i, null);
    } else if (p.heading === 0 && LABEL.test(p.text) && p.text.length <= 250) {
      start(i, null);
    } else if (!current && p.heading === 0 && isTitleLike(p) && next && !isTitleLike(next)) {
      start(i, null);
    } else if (!current && p.heading === 0 && isTitleLike(p) && next && (isTitleLike(next) || next.heading > 0)) {
      // A masthead ("BOLETÍN INFORMATIVO …") before the first bulletin's title: not content.
      removed.push(i);
      continue;
    } else if (current && prev && next && p.heading === 0 && isTitleLike(p) && layoutScore(prev, p, next, docHasDatelines) > 0) {
      start(i, null);
    } else {
      (current ?? start(null, null)).body.push(i);
    }
  }
  const hasText = (s: Segment): boolean =>
    s.body.some((b) => (paras[b]?.text.length ?? 0) > (s.dateline && b === (s.datelineAt ?? s.body[0]) ? s.dateline.consumed : 0));
  const kept: Segment[] = [];
  for (const s of segments) {
    if (hasText(s)) {
      kept.push(s);
      continue;
    }
    const own = s.titleIndex === null ? s.body : [s.titleIndex, ...s.body];
    const before = kept[kept.length - 1];
    if (before) before.body.push(...own);
    else removed.push(...own);
  }
  return { segments: kept, removed: removed.sort((a, b) => a - b) };
}

/** First sentence of a body, cut to a title's length. */
export function titleFromText(text: string, max = 140): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  const clean = sentence.replace(/[.]$/u, '').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Turns segments into bulletins: dateline cut from the body, title chosen, missing years inferred
 * (from the neighbours, else from `options.fileDate`, ISO).
 */
export function segmentsToBulletins(paras: Para[], segments: Segment[], options: { fileDate?: string } = {}): SplitBulletin[] {
  const out = segments.map((s): SplitBulletin => {
    const cutAt = s.datelineAt ?? s.body[0];
    const body = s.body.map((i) => {
      const text = paras[i]?.text ?? '';
      return i === cutAt && s.dateline ? text.slice(s.dateline.consumed).trim() : text;
    });
    const paragraphs = body.filter((t) => t.length > 0);
    const titlePara = s.titleIndex === null ? undefined : paras[s.titleIndex];
    const title = titlePara ? titlePara.text : titleFromText(paragraphs[0] ?? '');
    const d = s.dateline;
    const b: SplitBulletin = {
      title,
      titleFromBody: !titlePara,
      date: d?.date ?? null,
      precision: d?.precision ?? 'unknown',
      place: d?.place ?? null,
      paragraphs,
    };
    if (d?.partial) b.partial = d.partial;
    return b;
  });
  const pageDates = (): string[] => paras.map((p) => findFirstDate(p.text)?.date).filter((d): d is string => d !== undefined);
  return inferMissingYears(out, { fileDate: options.fileDate, pageDates }).map((b) => {
    if (!b.partial) return b;
    const { partial: _p, ...rest } = b;
    return rest;
  });
}

/** Splits a multi-bulletin plain or markdown-headed text into bulletins. */
export function splitBulletins(text: string, options: { fileDate?: string } = {}): SplitBulletin[] {
  return splitBulletinsReport(text, options).bulletins;
}

/** `splitBulletins` plus the paragraphs it set aside (see `segmentParasReport`). */
export function splitBulletinsReport(text: string, options: { fileDate?: string } = {}): { bulletins: SplitBulletin[]; removed: string[] } {
  // Pasted web listings carry their chrome as text ("Home » News", "Read More »", share lines).
  const chrome = stripTextChrome(textToParas(text));
  const paras = chrome.paras;
  const { segments, removed } = segmentParasReport(paras);
  return { bulletins: segmentsToBulletins(paras, segments, options), removed: [...chrome.removed, ...removed.map((i) => paras[i]?.text ?? '')] };
}
