/**
 * One pass over a text that finds its words — maximal runs of letters and digits
 * (`[\p{L}\p{N}]+`) — and the letter-only runs inside them (`\p{L}+`), each as a position range
 * and a 32-bit hash of its UTF-16 code units. No substrings are made: callers look the hash up in
 * a table built with `hashWord` and confirm a hit with `startsWith`, so a text of thousands of
 * words costs no allocation per word. ASCII is classified by code; other code points by the
 * Unicode property regexes, cached per code point.
 */

/** Word and letter-run ranges of a text, in order (parallel arrays). */
export interface Scan {
  wordHash: number[];
  wordStart: number[];
  wordEnd: number[];
  runHash: number[];
  runStart: number[];
  runEnd: number[];
}

const NONE = 0;
const LETTER = 1;
const DIGIT = 2;
type CharClass = typeof NONE | typeof LETTER | typeof DIGIT;

const LETTER_RE = /^\p{L}$/u;
const DIGIT_RE = /^\p{N}$/u;
const nonAscii = new Map<number, CharClass>();

function classOf(cp: number): CharClass {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return LETTER;
    return cp >= 0x30 && cp <= 0x39 ? DIGIT : NONE;
  }
  let c = nonAscii.get(cp);
  if (c === undefined) {
    const s = String.fromCodePoint(cp);
    c = LETTER_RE.test(s) ? LETTER : DIGIT_RE.test(s) ? DIGIT : NONE;
    nonAscii.set(cp, c);
  }
  return c;
}

/** True for a code point that `[\p{L}\p{N}]` matches. */
export function isWordCodePoint(cp: number): boolean {
  return classOf(cp) !== NONE;
}

const FNV_OFFSET = 0x811c9dc5;
const step = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);

/** The hash `scanWords` gives a word or run equal to `s` (FNV-1a over UTF-16 code units). */
export function hashWord(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}

/** Scans `text` once for its words and letter runs. */
export function scanWords(text: string): Scan {
  const scan: Scan = { wordHash: [], wordStart: [], wordEnd: [], runHash: [], runStart: [], runEnd: [] };
  const n = text.length;
  let wordStart = -1;
  let wordHash = FNV_OFFSET;
  let runStart = -1;
  let runHash = FNV_OFFSET;
  for (let i = 0; i <= n; ) {
    let cls: CharClass = NONE;
    let width = 1;
    let hi = 0;
    let lo = -1;
    if (i < n) {
      hi = text.charCodeAt(i);
      let cp = hi;
      if (hi >= 0xd800 && hi <= 0xdbff && i + 1 < n) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          lo = next;
          cp = (hi - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      cls = classOf(cp);
    }
    if (cls !== LETTER && runStart >= 0) {
      scan.runHash.push(runHash);
      scan.runStart.push(runStart);
      scan.runEnd.push(i);
      runStart = -1;
    }
    if (cls === NONE) {
      if (wordStart >= 0) {
        scan.wordHash.push(wordHash);
        scan.wordStart.push(wordStart);
        scan.wordEnd.push(i);
        wordStart = -1;
      }
    } else {
      if (wordStart < 0) {
        wordStart = i;
        wordHash = FNV_OFFSET;
      }
      wordHash = step(wordHash, hi);
      if (lo >= 0) wordHash = step(wordHash, lo);
      if (cls === LETTER) {
        if (runStart < 0) {
          runStart = i;
          runHash = FNV_OFFSET;
        }
        runHash = step(runHash, hi);
        if (lo >= 0) runHash = step(runHash, lo);
      }
    }
    i += width;
  }
  return scan;
}

/** The words of a scan as strings (tests and debugging). */
export function scannedWords(text: string, scan: Scan): string[] {
  return scan.wordStart.map((s, i) => text.slice(s, scan.wordEnd[i]));
}

/** The letter runs of a scan as strings (tests and debugging). */
export function scannedRuns(text: string, scan: Scan): string[] {
  return scan.runStart.map((s, i) => text.slice(s, scan.runEnd[i]));
}
