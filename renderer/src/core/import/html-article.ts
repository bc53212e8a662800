/**
 * One `<article>` of a saved page as one bulletin: the first heading is its title, the rest its
 * body, and the date comes from a date-only header line (the post's `<time>`) or a dateline in
 * the first paragraphs, which may come after a lead sentence or subtitle.
 */
import { type Dateline, parseDateline } from './dates';
import type { Para } from './paragraphs';
import type { Segment, SegmentReport } from './splitter';
import { endsSentence } from './paragraphs';

/** How many leading paragraphs may stand between the title and the dateline (lead, subtitle). */
const MAX_LEAD_PARAS = 2;
const LEAD_MAX_CHARS = 300;

/** The dateline of the first body paragraph when that paragraph is nothing but a date. */
function dateOnly(paras: Para[], body: number[]): Dateline | null {
  const p = body[0] === undefined ? undefined : paras[body[0]];
  if (!p || p.heading > 0 || body.length < 2) return null;
  const d = parseDateline(p.text);
  return d && d.consumed >= p.text.length ? d : null;
}

/** Most words a kicker has ("Nota de prensa", "Comunicado", "Press release", "Opinión"). */
const KICKER_WORDS = 5;

/**
 * Short labels above the article's title: a card's or a page's kicker ("Comunicado", "Nota de
 * prensa"). They name the genre or section, not the story, so they are no part of the body;
 * a date there stays (it dates the story).
 */
function kickers(paras: Para[], titleIndex: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < titleIndex; i++) {
    const p = paras[i] as Para;
    const short = p.text.split(/\s+/u).length <= KICKER_WORDS && !endsSentence(p.text) && !/[,;:]$/u.test(p.text);
    if (p.heading === 0 && !p.bullet && short && parseDateline(p.text) === null) out.push(i);
  }
  return out;
}

/**
 * The article's segment; its dateline may sit in a later paragraph than the first, after a short
 * lead sentence (`datelineAt`). Date-only header paragraphs leave the body and give the date
 * unless a dateline follows. Kickers above the title are set aside (`removed`).
 */
export function wholeArticleReport(paras: Para[]): SegmentReport {
  const titleIndex = paras.findIndex((p) => p.heading > 0);
  const removed = titleIndex > 0 ? kickers(paras, titleIndex) : [];
  const body: number[] = [];
  paras.forEach((_, i) => i !== titleIndex && !removed.includes(i) && body.push(i));
  let fallback: Dateline | null = null;
  for (let d = dateOnly(paras, body); d; d = dateOnly(paras, body)) {
    fallback ??= { ...d, consumed: 0 };
    body.shift();
  }
  // A date alone at the end (a post footer's "Posted on …") is metadata too.
  for (let last = body[body.length - 1]; last !== undefined && body.length > 1; last = body[body.length - 1]) {
    const p = paras[last] as Para;
    const d = p.heading === 0 ? parseDateline(p.text) : null;
    if (!d || d.consumed < p.text.length) break;
    fallback ??= { ...d, consumed: 0 };
    body.pop();
  }
  const segment: Segment = { titleIndex: titleIndex >= 0 ? titleIndex : null, body, dateline: fallback };
  for (let k = 0; k <= MAX_LEAD_PARAS && k < body.length; k++) {
    const index = body[k] as number;
    const p = paras[index] as Para;
    const d = p.heading === 0 ? parseDateline(p.text) : null;
    if (d && !d.prose && (d.date !== null || d.partial)) return { segments: [{ ...segment, dateline: d, datelineAt: index }], removed };
    // Only short lead paragraphs may come before the dateline; the first may be a deck set as a heading.
    if ((p.heading > 0 && k > 0) || p.bullet || p.text.length > LEAD_MAX_CHARS) break;
  }
  return { segments: [segment], removed };
}

/** Fewest characters of the first paragraph under a story's dateline. */
const STORY_CHARS = 60;
/** Fewest sub-headings, each over its own dateline, that make an article a listing of stories. */
const MIN_DATED_SUBHEADINGS = 2;

/**
 * The heading level of an article's sub-headings when they head dated stories — a newsletter
 * issue's items ("Chancay gets a customs pilot" over "Lima · Oct 2"), a digest post — else null.
 * A sub-heading is dated when the paragraph right under it is a dateline; the level is a listing's
 * when at least two of its headings are, and most of them (an essay's section titles are not).
 * Evidence from the page's own units, not from its markup's name for them.
 */
export function datedSubheadingLevel(paras: Para[]): number | null {
  const first = paras.findIndex((p) => p.heading > 0);
  if (first < 0) return null;
  const top = (paras[first] as Para).heading;
  const all = new Map<number, number>();
  const dated = new Map<number, number>();
  for (let i = first + 1; i < paras.length; i++) {
    const h = (paras[i] as Para).heading;
    if (h <= top) continue;
    all.set(h, (all.get(h) ?? 0) + 1);
    if (datedBelow(paras, i)) dated.set(h, (dated.get(h) ?? 0) + 1);
  }
  for (const [h, n] of dated) if (n >= MIN_DATED_SUBHEADINGS && n * 2 > (all.get(h) ?? 0)) return h;
  return null;
}

/** True when the paragraph right under heading `i` is a dateline and nothing else much. */
function datedBelow(paras: Para[], i: number): boolean {
  const next = paras[i + 1];
  const d = next && next.heading === 0 && next.text.length <= 80 ? parseDateline(next.text) : null;
  return d !== null && !d.prose && (d.date !== null || d.partial !== undefined);
}

/**
 * Where a listing article's first story starts: its first dated heading of `level`. What stands
 * above it (the title, subtitle, byline, intro, contents) is the issue's, no story.
 */
export function firstDatedHeading(paras: Para[], level: number): number {
  // A story's dateline is followed by its text (an issue's date by its byline or its like bar).
  const story = (k: number): boolean => {
    const text = paras[k + 2];
    return text !== undefined && text.heading === 0 && text.text.length >= STORY_CHARS && endsSentence(text.text);
  };
  const i = paras.findIndex((p, k) => p.heading === level && datedBelow(paras, k) && story(k));
  return Math.max(0, i);
}
