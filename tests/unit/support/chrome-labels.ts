/**
 * Labels for the chrome evidence, read from a fixture's expected bulletins (title, bodyStart,
 * bodyEnd, in file order): a line is **kept** when it is a title, a body line or a date line the
 * splitter needs, **chrome** when it stands outside every bulletin's title…bodyEnd span (or
 * between a title and its body start, where only a dateline may stand), and unknown (null) around
 * a bulletin that cannot be found in the text. The expected file pins only a body's two ends, so
 * a fixture names the chrome that stands inside a story (`chromeLines`: a running head, a page
 * mark); a line so named is chrome wherever it stands.
 */
import { findFirstDate, parseDateline } from '../../../renderer/src/core/import/dates';
import type { ExpectedBulletin } from './fidelity-harness';

/** What a line should be: chrome (leaves the bulletins), kept, or null when the fixture does not say. */
export type ChromeLabel = 'chrome' | 'kept' | null;

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
/**
 * What a text is matched by: its letters and digits, lower-cased. The lines the pass sees are raw
 * (a word hyphenated across two lines, Markdown marks, a dateline glued to the body's first words),
 * the expected texts are the finished bulletin's.
 */
const matchKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
// A site's name before the date ("spanish.news.cn| 2023-08-02 09:14:05|") makes a meta line: chrome
// whose date the pass keeps, not a dateline.
const HOST = /\b[\p{L}\p{N}-]+\.(?:com|net|org|info|cn|pe|cl|co|mx|gob|gov|es|int)\b/iu;

/**
 * A line that is a date and little else ("28 de junio de 2023", "LIMA, 1 ago (Andina).-"): the
 * splitter reads it as a bulletin's date, so it is kept wherever it stands.
 */
export function isDateLine(text: string): boolean {
  const t = squash(text);
  if (t.length === 0 || t.length > 80 || !/\d/u.test(t) || HOST.test(t)) return false;
  const d = parseDateline(t);
  return d !== null && !d.prose && (d.date !== null || d.partial !== undefined) && d.consumed >= t.length - 3;
}

/** Where one expected bulletin sits in the joined text (offsets), or null parts when not found. */
interface Span {
  /** Start of the title's occurrence right before the body, or null when the title is not in the text. */
  title: number | null;
  titleEnd: number | null;
  bodyStart: number;
  bodyEnd: number;
}

/** Finds each bulletin's span in order; a bulletin not found is null and the search goes on after the last one found. */
function findSpans(joined: string, bulletins: ExpectedBulletin[]): (Span | null)[] {
  let cursor = 0;
  return bulletins.map((b) => {
    const start = matchKey(b.bodyStart);
    const end = matchKey(b.bodyEnd);
    const bs = joined.indexOf(start, cursor);
    if (bs < 0) return null;
    const be = joined.indexOf(end, bs);
    if (be < 0) return null;
    const title = matchKey(b.title);
    // The title's last occurrence before the body: an earlier one is a table of contents.
    const ts = bs > 0 ? joined.lastIndexOf(title, bs - 1) : -1;
    const found = ts >= cursor;
    cursor = be + end.length;
    return { title: found ? ts : null, titleEnd: found ? ts + title.length : null, bodyStart: bs, bodyEnd: cursor };
  });
}

/**
 * Labels every paragraph of `docs` (the documents one file handed the evidence pass, in order)
 * against the file's expected bulletins. Returns one label array per document.
 */
export function labelChromeParas(docs: readonly (readonly string[])[], bulletins: ExpectedBulletin[], chromeLines: readonly string[] = []): ChromeLabel[][] {
  const named = new Set(chromeLines.map(squash));
  // One joined text for the whole file, each paragraph's offsets in it.
  const at: { k: number; i: number; from: number; to: number; text: string }[] = [];
  let joined = '';
  docs.forEach((paras, k) =>
    paras.forEach((p, i) => {
      const key = matchKey(p);
      at.push({ k, i, from: joined.length, to: joined.length + key.length, text: p });
      joined += key;
    }),
  );
  const spans = findSpans(joined, bulletins);
  const labels: ChromeLabel[][] = docs.map((paras) => paras.map((): ChromeLabel => null));
  const overlaps = (p: { from: number; to: number }, from: number, to: number): boolean => p.from < to && p.to > from;
  for (const p of at) {
    const row = labels[p.k] as ChromeLabel[];
    // A line of no letters or digits (a rule) is matched by nothing: it stays unknown.
    if (p.to === p.from) continue;
    let label: ChromeLabel | undefined;
    // Which gap the paragraph is in: before span g (index of the first span starting after it).
    let unknownGap = false;
    for (let g = 0; g < spans.length && label === undefined; g++) {
      const s = spans[g];
      if (!s) {
        // A bulletin not found: the stretch where it should be says nothing.
        unknownGap = true;
        continue;
      }
      const head = s.title ?? s.bodyStart;
      if (p.to <= head) {
        // Before this bulletin: chrome, unless its title could not be found (it is somewhere here).
        label = unknownGap || s.title === null ? null : isDateLine(p.text) ? 'kept' : 'chrome';
      } else if (p.from >= s.bodyEnd) {
        unknownGap = false;
      } else if (s.title !== null && s.titleEnd !== null && overlaps(p, s.title, s.titleEnd)) label = 'kept';
      // Between the title and the body only the dateline is kept.
      else if (p.to <= s.bodyStart) label = isDateLine(p.text) ? 'kept' : 'chrome';
      // The body, from its first words to its last: what stands between is the story's own (a
      // caption, a list label, a wrapped line) unless the fixture names it in chromeLines. A short
      // line there holding a date ("August 1, 2023 9:45 PM GMT-5") is unsaid: the pass may keep it
      // or keep only its date, and the expected file cannot tell which it wants.
      else label = p.from <= s.bodyStart || p.to >= s.bodyEnd || !(p.text.length <= 80 && findFirstDate(p.text)) ? 'kept' : null;
    }
    if (label === undefined) label = unknownGap ? null : isDateLine(p.text) ? 'kept' : 'chrome';
    if (named.has(squash(p.text))) label = 'chrome';
    row[p.i] = label;
  }
  return labels;
}
