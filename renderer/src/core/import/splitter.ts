/**
 * Multi-bulletin text → bulletins. Works on paragraphs (see `paragraphs.ts`) so the HTML importer
 * can reuse the same decisions on its block elements.
 *
 * A bulletin starts at:
 *  1. a title-like paragraph followed by a dateline paragraph (the common newsletter layout);
 *  2. a dateline paragraph with no title before it (title then comes from the first sentence);
 *  0. a heading with at most three short lead lines before its dateline (`headingBlocks`): one
 *     bulletin titled by the heading, its subtitle and bullets in the body;
 *  3. a heading of the document's bulletin level (markdown `#`, HTML `<h1>`/`<h2>`);
 *  4. a labelled title line ("COMMUNICATION | …", "Comunicado de prensa | …");
 *  4b. a paragraph the layout marks as opening the listing's repeating unit (`Para.unit`);
 *  5. a title-like line whose layout score is positive (see `layoutScore`), which is how undated
 *     bulletins are told apart from subheadings inside a bulletin.
 */
import { yearsNamed } from './date-mentions';
import { type Dateline, findFirstDate, inferMissingYears, parseDateline } from './dates';
import { LABEL, cardLayout, isByline, dateAboveTitle, furnishedCardTitle, isKickerBefore, isTitleBeforeDateline, isTitleLike, layoutScore, titleBlockEnd, unitsHaveDecks } from './layout-cues';
import { type Para, endsSentence, textToParas } from './paragraphs';
import { stripTextChrome } from './text-chrome';
import { minOf, pushAll } from '../arrays';
import { redundantDates } from './chrome-text';
import { stripChromeLines } from './chrome-evidence';
import { headingBlocks } from './heading-blocks';
import { type TextUnits, markTextUnits } from './text-units';
import { emptyDateSlots } from './dateline-labels';

export { isTitleLike, layoutScore } from './layout-cues';

/** A section label in capitals of one to three words ("INTEGRACIÓN", "ENTREVISTA", "OPINIÓN"). */
const KICKER = /^\p{Lu}[\p{Lu}\p{M}-]+(?: [\p{Lu}\p{M}-]+){0,2}$/u;

/** A sentence break inside a line: a caption with its credit ("… en Santiago. Foto: …"), no headline. */
const SENTENCE_INSIDE = /[.!?]\s+\p{Lu}/u;
/** A photo credit, which a byline branch must not read as an author ("Photo by …", "Foto: …"). */
const CREDIT = /^(?:foto|fotos|photo|photos|imagen|image)\b/iu;

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
  if (repeated.length > 0) return minOf(repeated);
  return levels.size > 0 ? minOf(levels.keys()) : 0;
}

/**
 * A heading that is nothing but a date, right over another heading ("martes, 14 de noviembre de 2023"
 * over a blog's posts of that day), is the page telling when, not what: it is read as a date line, so it dates the headlines under
 * it instead of becoming a headline (and a heading level) of its own.
 */
function dateHeadingAsLine(p: Para, next: Para | undefined): Para {
  if (p.heading === 0 || !next || next.heading === 0 || p.text.length > 60 || !/\d/u.test(p.text)) return p;
  const d = parseDateline(p.text);
  return d !== null && !d.prose && d.place === null && d.precision === 'day' && d.date !== null && d.consumed >= p.text.length ? { ...p, heading: 0 } : p;
}

/** Every paragraph index of a segment, title first. */
const segmentIndices = (s: Segment): number[] => (s.titleIndex === null ? s.body : [s.titleIndex, ...s.body]);

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
 * into the body of the bulletin before it; before any bulletin it is set aside like a masthead,
 * unless the next segment has no text either (then the two are one bulletin).
 */
export function segmentParasReport(given: Para[], options: { level?: number } = {}): SegmentReport {
  const paras = given.map((p, i) => dateHeadingAsLine(p, given[i + 1]));
  const datelines = paras.map((p) => (p.heading > 0 ? null : parseDateline(p.text)));
  const docHasDatelines = datelines.some((d) => d !== null && !d.prose);
  const cards = cardLayout(paras, datelines);
  const level = bulletinLevel(paras, datelines, options.level);
  const headed = headingBlocks(paras, datelines);
  const decks = unitsHaveDecks(paras, datelines);
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
    // A masthead or kicker set aside just before counts as a break too.
    const opensBlock = (): boolean =>
      p.heading === 0 && (!prev || endsSentence(prev.text) || prev.bullet || datelines[i - 1] != null || removed[removed.length - 1] === i - 1);
    const blockEnd = !nextDateline && opensBlock() ? titleBlockEnd(paras, datelines, i, decks) : -1;
    const headingEnd = p.heading > 0 ? (headed.get(i) ?? -1) : -1;
    const furnished = cards && datelines[i] ? furnishedCardTitle(paras, datelines, i) : -1;
    if (headingEnd > 0) {
      // A heading, its short lead lines and a dateline: one bulletin titled by the heading.
      const seg = start(i, datelines[headingEnd] ?? null);
      for (let j = i + 1; j <= headingEnd; j++) seg.body.push(j);
      seg.datelineAt = headingEnd;
      i = headingEnd;
    } else if (next && nextDateline && isTitleBeforeDateline(p) && (p.heading === 0 || p.heading <= level) && !(cards && dateAboveTitle(paras, datelines, i + 1))) {
      start(i, nextDateline).body.push(i + 1);
      i += 1;
    } else if (blockEnd > 0) {
      const seg = start(i, datelines[blockEnd] ?? null);
      for (let j = i + 1; j <= blockEnd; j++) seg.body.push(j);
      seg.datelineAt = blockEnd;
      i = blockEnd;
    } else if (isKickerBefore(paras, datelines, i)) {
      // A kicker or section header over a headline ("COMUNICADO DE PRENSA", "EVENTOS"): not content.
      removed.push(i);
      continue;
    } else if (p.ruleBefore && current && p.heading === 0 && isTitleLike(p) && next && !isTitleLike(next) && !datelines[i]) {
      // A rule ("-----", "* * *") drawn before a headline: the writer separated two bulletins.
      start(i, null);
    } else if (datelines[i] && !datelines[i]?.prose && dateAboveTitle(paras, datelines, i)) {
      // Listing cards copied from a page: date, then title, then lead ("14 Nov 2023" / "Title" / "…").
      const seg = start(i + 1, datelines[i] ?? null);
      seg.body.push(i, i + 2);
      i += 2;
    } else if (furnished > 0) {
      // The same card with furniture between its date and title ("[ Foto ]", "Forwarded from …"):
      // set aside, so the title is the card's title and the lead its body's start.
      for (let j = i + 1; j < furnished; j++) removed.push(j);
      const seg = start(furnished, datelines[i] ?? null);
      seg.body.push(i, furnished + 1);
      i = furnished + 1;
    } else if (datelines[i] && !datelines[i]?.prose) {
      start(null, datelines[i] ?? null).body.push(i);
    } else if (p.heading > 0 && p.heading <= level) {
      const open = current as Segment | null;
      // A date alone on its line right over the headline (a blog's date header): that date's bulletin.
      if (open && open.titleIndex === null && open.body.length === 1 && open.body[0] === i - 1 && open.dateline && open.dateline.consumed >= (prev?.text.length ?? 0)) open.titleIndex = i;
      else start(i, null);
    } else if (p.heading === 0 && isTitleLike(p) && !SENTENCE_INSIDE.test(p.text) && next && isByline(next) && !CREDIT.test(next.text) && paras[i + 2] && !isTitleLike(paras[i + 2] as Para) && !datelines[i + 2]) {
      // A headline over its byline over prose, with no dateline (a magazine's article): a bulletin.
      // A section label in capitals right above it ("ENTREVISTA") is its kicker, not the last story's text.
      const body = (current as Segment | null)?.body;
      if (body && body[body.length - 1] === i - 1 && prev && KICKER.test(prev.text)) removed.push(body.pop() as number);
      start(i, null);
    } else if (p.unit && p.heading === 0) {
      // The layout's repeating unit opens here (see Para.unit): a card, with or without a date.
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
  // Text-less segments before the first bulletin, merged: a title whose body was read as the next
  // title (a trailing date line under it) is one bulletin with it, not two mastheads set aside.
  let held: Segment | null = null;
  for (const s of segments) {
    if (hasText(s)) {
      if (held) pushAll(removed, segmentIndices(held));
      held = null;
      kept.push(s);
      continue;
    }
    const before = kept[kept.length - 1];
    if (before) pushAll(before.body, segmentIndices(s));
    else if (!held) held = { ...s, body: [...s.body] };
    else {
      const at = s.datelineAt ?? s.body[0];
      if (!held.dateline && s.dateline && at !== undefined) Object.assign(held, { dateline: s.dateline, datelineAt: at });
      pushAll(held.body, segmentIndices(s));
      if (hasText(held)) {
        kept.push(held);
        held = null;
      }
    }
  }
  if (held) pushAll(removed, segmentIndices(held));
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
    // "hace 5 horas": counted back from the file's date, a guess the user should see as one.
    if (d?.relative !== undefined && options.fileDate && /^\d{4}-\d{2}-\d{2}$/u.test(options.fileDate)) {
      b.date = new Date(Date.parse(`${options.fileDate}T00:00:00Z`) - d.relative * 86_400_000).toISOString().slice(0, 10);
      b.yearInferred = true;
    }
    return b;
  });
  const pageDates = (): string[] => paras.map((p) => findFirstDate(p.text)?.date).filter((d): d is string => d !== undefined);
  const pageYears = (): Map<number, number> => yearsNamed(paras.map((p) => p.text).join('\n'), options.fileDate ? +options.fileDate.slice(0, 4) : undefined);
  return inferMissingYears(out, { fileDate: options.fileDate, pageDates, pageYears }).map((b) => {
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
  // Chrome found by evidence first, on raw lines: repeated skip links, sign-offs, meta lines…
  const lines = stripChromeLines(text);
  // Pasted web listings carry their chrome as text ("Home » News", "Read More »", share lines).
  const chrome = stripTextChrome(textToParas(lines.text));
  // A date-only line (what a meta line leaves) right before the story's own dateline is redundant.
  const redundant = new Set(redundantDates(chrome.paras));
  const unredundant = chrome.paras.filter((_, i) => !redundant.has(i));
  // An undated listing's repeating unit (text-units.ts): its starts marked, its source lines set aside.
  const units = markTextUnits(unredundant);
  // A unit's labelled date slot left empty ("Publicado: (sin fecha)") is no text (dateline-labels.ts).
  const furniture = new Set([...units.furniture, ...emptyDateSlots(units.paras)]);
  const paras = units.paras.filter((_, i) => !furniture.has(i));
  const { segments, removed } = segmentParasReport(paras);
  return {
    bulletins: datedByIssue(segmentsToBulletins(paras, segments, options), units.issueDate),
    removed: [
      ...lines.removed,
      ...chrome.removed,
      ...chrome.paras.filter((_, i) => redundant.has(i)).map((p) => p.text),
      ...[...furniture].sort((a, b) => a - b).map((i) => unredundant[i]?.text ?? ''),
      ...removed.map((i) => paras[i]?.text ?? ''),
    ],
  };
}

/** Undated units of a listing take the date its header prints (text-units.ts), as an issue's items do. */
function datedByIssue(bulletins: SplitBulletin[], issue: TextUnits['issueDate']): SplitBulletin[] {
  if (!issue) return bulletins;
  return bulletins.map((b) => (b.date === null ? { ...b, date: issue.date, precision: issue.precision } : b));
}
