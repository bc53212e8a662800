/**
 * One pass over a text that finds its words: maximal runs of letters and digits (`[\p{L}\p{N}]+`)
 * with their positions, and the letter-only runs inside them (`\p{L}+`). ASCII is classified by
 * code; other code points by the Unicode property regexes, cached per code point.
 */

/** The words of a text, in order. */
export interface Scan {
  /** Each `[\p{L}\p{N}]+` run. */
  words: string[];
  /** UTF-16 index where each word starts. */
  starts: number[];
  /** Each `\p{L}+` run (only filled when asked for). */
  letterRuns: string[];
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

/**
 * Scans `text` once. `letterRuns` is filled too unless `withLetterRuns` is false (callers that
 * only look words up skip that work).
 */
export function scanWords(text: string, withLetterRuns = true): Scan {
  const words: string[] = [];
  const starts: number[] = [];
  const letterRuns: string[] = [];
  const n = text.length;
  let wordStart = -1;
  let runStart = -1;
  let hasDigit = false;
  let i = 0;
  while (i <= n) {
    let cls: CharClass = NONE;
    let width = 1;
    if (i < n) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      cls = classOf(cp);
    }
    if (cls === LETTER) {
      if (wordStart < 0) wordStart = i;
      if (runStart < 0) runStart = i;
    } else {
      if (withLetterRuns && runStart >= 0 && (hasDigit || cls === DIGIT)) letterRuns.push(text.slice(runStart, i));
      runStart = -1;
      if (cls === DIGIT) {
        if (wordStart < 0) wordStart = i;
        hasDigit = true;
      } else if (wordStart >= 0) {
        const word = text.slice(wordStart, i);
        words.push(word);
        starts.push(wordStart);
        // A word without digits is itself the only letter run.
        if (withLetterRuns && !hasDigit) letterRuns.push(word);
        wordStart = -1;
        hasDigit = false;
      }
    }
    i += width;
  }
  return { words, starts, letterRuns };
}
