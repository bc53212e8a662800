/**
 * The nothing-lost contract of the import pipeline. Every importer hands back, besides its
 * bulletins, the text lines it split and the lines it knowingly dropped as chrome; `findLostLines`
 * then proves that each line ended up in some bulletin or in the removed list. A line that did
 * neither is text the user would silently lose, so the preview warns and offers to keep it.
 */
import type { ParsedBulletin } from '../model';
import { foldText } from '../text/fold';
import { PLACE_ONLY, parseDateline } from './dates';

/**
 * What an importer returns (the old `ParsedBulletin[]` is still accepted by `importFile`).
 *
 * - `bulletins`: the split bulletins.
 * - `sourceLines`: the non-chrome text lines the importer split, as it saw them after its own
 *   reconstruction (decoded text lines for .txt; stripped-markdown lines for .md; block texts for
 *   HTML; re-joined lines for PDF). Blank lines are ignored, so passing whole paragraphs or
 *   wrapped lines both work — a line only has to appear, word for word, somewhere in a bulletin.
 * - `removed`: lines the importer dropped on purpose (navigation, share boxes, "Read More »",
 *   running headers, page counters, mastheads…). They are listed so the check can tell "removed
 *   as chrome" from "lost"; the comparison is the same normalised one as for bulletins.
 *   A line that is not in `sourceLines` need not be listed here.
 */
export interface ImporterResult {
  bulletins: ParsedBulletin[];
  sourceLines: string[];
  removed: string[];
}

/** True when `value` is an ImporterResult rather than a bare bulletin array. */
export function isImporterResult(value: ParsedBulletin[] | ImporterResult): value is ImporterResult {
  return !Array.isArray(value);
}

// A lower→Upper join ("andAquaculture") is one source token but two once glued words are
// repaired; splitting at such joins on both sides makes the repair invisible to the check.
/** What a character is to the comparison: part of a word (its folded code), a separator, or nothing. */
const SEPARATOR = -1;
const IGNORED = -2;
const UPPER = 1;
const LOWER = 2;
// Per UTF-16 unit, filled on first sight: folded code + 3 (0 = not classified yet), and case flags.
const CODE = new Int32Array(65536);
const CASE = new Uint8Array(65536);

/** Classifies a character once, through `foldText` (accents off, lower case); returns its code. */
function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const folded = foldText(ch).replace(/[^\p{L}\p{N}]/gu, '');
  let code = folded.length > 0 ? folded.charCodeAt(0) : /[\p{M}\u200B-\u200D\u00AD\uFEFF]/u.test(ch) ? IGNORED : SEPARATOR;
  // Surrogate halves (emoji) are separators: the same on both sides of the comparison.
  if (c >= 0xd800 && c <= 0xdfff) code = SEPARATOR;
  CODE[c] = code + 3;
  CASE[c] = (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0);
  return code;
}

/** Word hashes of a text and, per line, where its words end. */
interface Hashed {
  words: Int32Array;
  count: number;
  lineEnds: number[];
}

/**
 * Hashes each word of `text` (folded: case and accents do not count; any run of non-letters and
 * non-digits separates; a lower→Upper join separates too, so "andAquaculture" compares equal to the
 * repaired "and Aquaculture"), noting at each line break how many words came before it. One pass
 * over char codes: folding each line or word with regexes cost more than the import itself on a
 * 1,000-bulletin listing.
 */
function hashWords(text: string): Hashed {
  const words = new Int32Array((text.length >> 1) + 1);
  const lineEnds: number[] = [];
  let count = 0;
  let h = 0;
  let inWord = false;
  let prevLower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let code: number;
    let flags = 0;
    if (c >= 97 && c <= 122) {
      code = c;
      flags = LOWER;
    } else if (c >= 65 && c <= 90) {
      code = c + 32;
      flags = UPPER;
    } else if (c >= 48 && c <= 57) code = c;
    else if (c < 128) code = SEPARATOR;
    else {
      const known = CODE[c] as number;
      code = known === 0 ? classify(c) : known - 3;
      flags = CASE[c] as number;
    }
    if (code === IGNORED) continue;
    if (code === SEPARATOR) {
      if (inWord) words[count++] = h;
      inWord = false;
      prevLower = false;
      if (c === 10) lineEnds.push(count);
      continue;
    }
    if (inWord && prevLower && flags === UPPER) {
      words[count++] = h;
      inWord = false;
    }
    h = Math.imul((inWord ? h : -2128831035) ^ code, 16777619);
    inWord = true;
    prevLower = flags === LOWER;
  }
  if (inWord) words[count++] = h;
  lineEnds.push(count);
  return { words, count, lineEnds };
}

/** A text's comparison form: the hashes of its folded words (see `hashWords`). */
export function comparisonWords(text: string): number[] {
  const { words, count } = hashWords(text);
  return Array.from(words.subarray(0, count));
}

/** How far past the previous match (in words, then in characters) a line is looked for first. */
const WINDOW = 512;
// A line is nearly always right after the previous one: look just there first, then further.
const NEAR_CHARS = 200;
const WINDOW_CHARS = 8000;

/** Word-level search over the bulletins' words, with a cursor (see `findLostLines`). */
class WordStream {
  private cursor = 0;

  constructor(private readonly words: Int32Array) {}

  /** Finds `seq` just past the cursor, else anywhere (after the cursor first); moves the cursor. */
  find(seq: ArrayLike<number>): boolean {
    const last = this.words.length - seq.length;
    const near = Math.min(this.cursor + WINDOW, last);
    for (let p = this.cursor; p <= near; p++) if (this.matchesAt(seq, p)) return this.take(p, seq.length);
    for (let p = near + 1; p <= last; p++) if (this.matchesAt(seq, p)) return this.take(p, seq.length);
    for (let p = Math.min(this.cursor - 1, last); p >= 0; p--) if (this.matchesAt(seq, p)) return this.take(p, seq.length);
    return false;
  }

  private take(p: number, length: number): true {
    this.cursor = p + length;
    return true;
  }

  private matchesAt(seq: ArrayLike<number>, p: number): boolean {
    for (let j = 0; j < seq.length; j++) if (this.words[p + j] !== seq[j]) return false;
    return true;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
function wordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i) | 0x20;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && c === s.charCodeAt(i))) return true;
  return s.charCodeAt(i) >= 128 && WORD_CHAR.test(s.charAt(i));
}
const squashSpaces = (s: string): string => s.replace(/\s+/gu, ' ');
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Every non-blank source line that is in no bulletin's title or body and not in `removed` (whole,
 * or word for word inside a removed paragraph)
 * (returned trimmed, in source order, each once per occurrence).
 *
 * A line counts as kept when its words occur contiguously in the bulletins' titles and bodies
 * (bulletins in order), after cutting the dateline it may open with (the splitter moves that into
 * date and place). Words are compared folded (see `hashWords`: case, accents, punctuation, bullets,
 * line wraps and glued-word repairs do not count), so a line wrapped into a paragraph, split over
 * two paragraphs or repaired still matches. A line with no letter or digit (a rule "-----", a lone
 * "•") carries no text and is never lost.
 *
 * Cost: most lines are found verbatim just past the previous one (a native substring search);
 * only the others are compared word by word, so the check stays a small part of an import.
 */
export function findLostLines(sourceLines: string[], bulletins: ParsedBulletin[], removed: string[]): string[] {
  const parts: string[] = [];
  for (const b of bulletins) parts.push(b.title, b.body);
  let words: WordStream | null = null;
  const wordStream = (): WordStream => {
    if (words) return words;
    // Titles and bodies joined by a line break, which separates words.
    const all = hashWords(parts.join('\n'));
    return (words = new WordStream(all.words.subarray(0, all.count)));
  };
  const removedKeys = new Set(removed.map((r) => comparisonWords(r).join(',')));
  // The removed text's words, built only when a line is found nowhere else (rare).
  let removedWords: WordStream | null = null;
  const removedStream = (): WordStream => {
    if (removedWords) return removedWords;
    const all = hashWords(removed.join('\n'));
    return (removedWords = new WordStream(all.words.subarray(0, all.count)));
  };
  // Cursor: the title or body (`part`) and the offset in it where the previous line ended.
  let part = 0;
  let offset = 0;
  // Verbatim within `reach` characters past the cursor: the usual case, at the cost of a substring
  // search in the current title or body (or the next ones).
  const verbatim = (text: string, reach: number): boolean => {
    let budget = reach + text.length;
    for (let k = part, from = offset; k < parts.length && budget > 0; k++, from = 0) {
      const s = parts[k] as string;
      // Whole words only: "Lima" is not kept by "Limache".
      for (let at = s.indexOf(text, from); at >= 0 && at - from <= budget; at = s.indexOf(text, at + 1)) {
        if (wordChar(s, at - 1) && wordChar(text, 0)) continue;
        if (wordChar(s, at + text.length) && wordChar(text, text.length - 1)) continue;
        part = k;
        offset = at + text.length;
        return true;
      }
      budget -= s.length - from + 1;
    }
    return false;
  };
  const lost: string[] = [];
  const check = (raw: string): void => {
    const line = raw.trim();
    if (line.length === 0 || verbatim(line, NEAR_CHARS)) return;
    // The splitter moves a dateline into date and place: only the rest of its line must be kept.
    // (A Markdown heading may be that dateline: a date header over a post's title.)
    const bare = line.startsWith('#') ? line.replace(/^#{1,6}\s+/u, '') : line;
    const d = parseDateline(bare);
    // So is a place-only one ("SANTIAGO.–"): into the place.
    const placeOnly = d ? null : PLACE_ONLY.exec(line);
    const rest = d && d.consumed > 0 ? bare.slice(d.consumed).trim() : placeOnly ? line.slice(placeOnly[0].length).trim() : line;
    if (rest !== line && (!HAS_WORD.test(rest) || verbatim(rest, NEAR_CHARS))) return;
    // Bulletins hold whitespace collapsed; the source may not (only looked at now: it costs a pass).
    const plain = squashSpaces(rest);
    if (plain !== rest && verbatim(plain, NEAR_CHARS)) return;
    if (verbatim(plain, WINDOW_CHARS) || (rest !== line && verbatim(squashSpaces(line), WINDOW_CHARS))) return;
    if (!HAS_WORD.test(line)) return;
    const key = comparisonWords(line);
    if (removedKeys.has(key.join(','))) return;
    const restKey = rest !== line ? comparisonWords(rest) : key;
    if (wordStream().find(restKey) || (restKey !== key && wordStream().find(key))) return;
    // Set aside as part of a paragraph: a masthead wrapped over two lines is removed joined.
    // …or, for a dateline, the rest of its line set aside (a time zone left after the date).
    if (removedStream().find(key) || (restKey !== key && restKey.length > 0 && removedStream().find(restKey))) return;
    lost.push(line);
  };
  for (const line of sourceLines) {
    if (line.indexOf('\n') < 0) check(line);
    else for (const part of line.split('\n')) check(part);
  }
  return lost;
}
