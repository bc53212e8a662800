/**
 * A story copied from a news page carries two datelines: the page's own (under the headline,
 * "12 Sep, 2023 10:32 a.m. EST") and the wire's in its first paragraph ("Lima, 12 sep (EFE).-").
 * Read alone, the first opens a "story" of a headline over a photo caption or a time zone left
 * from the date, and the second a story with no title line. Evidence from the pair, not words:
 * a titled unit whose paragraphs are all short and finish no sentence, followed by an untitled
 * unit of the same date, is one story — the headline and date of the first, the text of the
 * second; the first's leftovers (caption, "EST") are page furniture, set aside.
 */
import type { SplitBulletin } from './splitter';
import { endsSentence } from './paragraphs';

/** Longest leftover under a page's headline (a photo caption with its credit). */
const MAX_LEFTOVER = 300;

const header = (b: SplitBulletin): boolean =>
  !b.titleFromBody && b.date !== null && b.paragraphs.every((p) => p.length <= MAX_LEFTOVER && !endsSentence(p));

/** The bulletins with each page header joined to the untitled story of its date, and what was set aside. */
export function mergePageHeaders(bulletins: SplitBulletin[]): { bulletins: SplitBulletin[]; removed: string[] } {
  const out: SplitBulletin[] = [];
  const removed: string[] = [];
  for (let i = 0; i < bulletins.length; i++) {
    const b = bulletins[i] as SplitBulletin;
    const next = bulletins[i + 1];
    if (next && header(b) && next.titleFromBody && next.date === b.date && next.paragraphs.length > 0) {
      for (const p of b.paragraphs) removed.push(p);
      out.push({ ...next, title: b.title, titleFromBody: false, date: b.date, precision: b.precision });
      i++;
      continue;
    }
    out.push(b);
  }
  return { bulletins: out, removed };
}

/** Fewest short unfinished lines after a story's last sentence that make a page's tail. */
const MIN_TAIL_LINES = 4;
const TAIL_LINE_CHARS = 80;
const tailLine = (p: string): boolean => p.length <= TAIL_LINE_CHARS && !endsSentence(p) && !/^[•·*-]\s/u.test(p);
const hasSentence = (b: SplitBulletin): boolean => b.paragraphs.some((p) => p.length > TAIL_LINE_CHARS || endsSentence(p));

/**
 * A copied page's tail after its story: reaction and share bars, "More articles by …", related
 * titles with their dates, footer links — a run of short lines that finish no sentence after the
 * story's last sentence, and units made of such lines only (a related title read as a story).
 * Evidence from the lines' form, not their words: text continues in sentences, furniture does not.
 * Bullet lists stay (a story may end with one); fewer than MIN_TAIL_LINES lines stay.
 */
/** Most short sentences a page tail may hold (a sign-up box's blurb between its label and button). */
const MAX_TAIL_SENTENCES = 2;
/** A label over links ("Lea más en Bloomberg Línea:", "Related:"): furniture when inside a tail run. */
const tailLabel = (p: string): boolean => p.length <= TAIL_LINE_CHARS && /:\s*$/u.test(p);
const shortSentence = (p: string): boolean => p.length <= TAIL_LINE_CHARS && endsSentence(p);

/**
 * Where a story's page tail starts, or -1: from the end, a run of short unfinished lines (MIN_TAIL_LINES
 * at least; labels ending in a colon and up to two short sentences among them — a newsletter box's
 * "Reciba las noticias … en su correo." between "Newsletter …" and "Suscribirme"). The run always
 * starts at an unfinished line or a label, so the story's own last sentence stays. Linear.
 */
function tailStart(paragraphs: string[]): number {
  let unfinished = 0;
  let sentences = 0;
  let start = -1;
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i] as string;
    if (tailLine(p)) unfinished++;
    else if (tailLabel(p) && unfinished > 0) {
      /* a label over the links below it */
    } else if (shortSentence(p) && sentences < MAX_TAIL_SENTENCES) {
      sentences++;
      continue;
    } else break;
    start = i;
  }
  return start > 0 && unfinished >= MIN_TAIL_LINES ? start : -1;
}

export function withoutPageTails(bulletins: SplitBulletin[]): { bulletins: SplitBulletin[]; removed: string[] } {
  const out: SplitBulletin[] = [];
  const removed: string[] = [];
  for (const b of bulletins) {
    if (out.length > 0 && !hasSentence(b)) {
      if (!b.titleFromBody) removed.push(b.title);
      for (const p of b.paragraphs) removed.push(p);
      continue;
    }
    const end = tailStart(b.paragraphs);
    if (end > 0) {
      for (const p of b.paragraphs.slice(end)) removed.push(p);
      out.push({ ...b, paragraphs: b.paragraphs.slice(0, end) });
    } else out.push(b);
  }
  return { bulletins: out, removed };
}

/** Fewest short unfinished lines before a lone story's first sentence that make page furniture. */
const MIN_HEAD_LINES = 2;
/** Longest such line (a job title with its pipes runs long). */
const HEAD_LINE_CHARS = 160;

/**
 * A single copied story whose text opens with two or more short lines that finish no sentence
 * before its first sentence (an author's job title, "+ Follow", a time zone, a share label):
 * those lines are the page's, set aside. Only for a file that is one story: in a listing the
 * lines under a title may be a deck or a kicker of the next unit, which the splitter owns.
 */
export function withoutLoneStoryHead(bulletins: SplitBulletin[]): { bulletins: SplitBulletin[]; removed: string[] } {
  const only = bulletins.length === 1 ? bulletins[0] : undefined;
  if (!only) return { bulletins, removed: [] };
  const first = only.paragraphs.findIndex((p) => p.length > HEAD_LINE_CHARS || endsSentence(p));
  if (first < MIN_HEAD_LINES) return { bulletins, removed: [] };
  return { bulletins: [{ ...only, paragraphs: only.paragraphs.slice(first) }], removed: only.paragraphs.slice(0, first) };
}
