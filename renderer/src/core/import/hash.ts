/**
 * Content hash for duplicate detection ("already in archive"). Two bulletins whose title and
 * body differ only in case, accents, whitespace or punctuation hash equal.
 */
import { foldText } from '../text/fold';
import * as fold from './char-fold';
import { isWordCodePoint } from './word-scan';

const SEED_A = 0x9e3779b9;
const SEED_B = 0x85ebca6b;

/**
 * cyrb53's (public domain, bryc) final mix of its two 32-bit lanes into a 53-bit number, as the
 * 14 hex digits of `(4294967296 * (2097151 & b) + (a >>> 0)).toString(16)` zero-padded. Written
 * from the two halves because `toString(16)` of a large double is slow.
 */
function finishHex(h1: number, h2: number): string {
  let a = h1;
  let b = h2;
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  const high = 2097151 & b;
  const low = (a >>> 0).toString(16);
  return high === 0 ? low.padStart(14, '0') : high.toString(16).padStart(6, '0') + low.padStart(8, '0');
}

/** The text the hash sees: folded, punctuation and whitespace collapsed to single spaces. */
export function normaliseForHash(title: string, body: string): string {
  return foldText(`${title}\n${body}`)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * 106-bit hash (two seeded cyrb53 runs) of a bulletin's title and body, as 28 hex digits: the
 * hash of `normaliseForHash(title, body)`. It is computed in one pass, feeding letters and digits
 * straight into both hashes and one space per run of anything else (none at the ends), because
 * the regex replace cost more than everything else together. The fold is done unit by unit
 * (`char-fold.ts`), which skips building a folded copy of the text; a text with a unit that
 * cannot be folded on its own is hashed over `foldText` instead, with the same result.
 */
export function contentHash(title: string, body: string): string {
  return hashParts(title, body, false) ?? hashParts(foldText(`${title}\n${body}`), '', true);
}

const { CLASS, FOLD_STATE, FOLDED, FOLD_EMPTY, FOLD_ONE, LETTER, NONE, learnClass, learnFold } = fold;

const START_A1 = 0xdeadbeef ^ SEED_A;
const START_A2 = 0x41c6ce57 ^ SEED_A;
const START_B1 = 0xdeadbeef ^ SEED_B;
const START_B2 = 0x41c6ce57 ^ SEED_B;

/**
 * Word class of unit `i` of an already folded text, by whole code points: both halves of a
 * surrogate pair take the class of the pair's code point (so the pair is one run); a lone
 * surrogate is no word character, as for `[\p{L}\p{N}]`.
 */
function foldedClass(s: string, i: number, unit: number): number {
  let cp = unit;
  if (unit >= 0xd800 && unit <= 0xdfff) {
    const start = unit >= 0xdc00 ? i - 1 : i;
    cp = start >= 0 ? (s.codePointAt(start) ?? 0) : 0;
    if (cp <= 0xffff) return NONE;
  }
  return isWordCodePoint(cp) ? LETTER : NONE;
}

/**
 * The hash of `foldText(title + '\n' + body)`, reading the two strings in turn (no joined copy).
 * With `prefolded` false it folds unit by unit and gives null on a unit that cannot be folded on
 * its own; with `prefolded` true `title` is that folded text already (and `body` is '').
 */
function hashParts(title: string, body: string, prefolded: false): string | null;
function hashParts(folded: string, empty: '', prefolded: true): string;
function hashParts(title: string, body: string, prefolded: boolean): string | null {
  // Locals, not module variables, in the loop: those are reloaded and checked on every use.
  const classes = CLASS;
  const foldState = FOLD_STATE;
  const folded = FOLDED;
  const none = NONE;
  const empty = FOLD_EMPTY;
  const one = FOLD_ONE;
  let a1 = START_A1;
  let a2 = START_A2;
  let b1 = START_B1;
  let b2 = START_B2;
  let started = false;
  let gap = false;
  // Part 0 is the title, part 1 the body; the '\n' between them is a gap like any other.
  for (let part = 0; part < 2; part++) {
    const s = part === 0 ? title : body;
    if (part === 1) gap = started;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      let u = s.charCodeAt(i);
      let cls: number;
      if (u < 0x80) {
        cls = classes[u] ?? none;
        if (u >= 0x41 && u <= 0x5a) u += 32;
      } else if (prefolded) {
        cls = foldedClass(s, i, u);
      } else {
        let state = foldState[u] ?? 0;
        if (state === 0) state = learnFold(u);
        if (state !== one) {
          if (state === empty) continue;
          return null;
        }
        // Safe units fold to one BMP non-surrogate unit: a whole code point.
        u = folded[u] ?? 0;
        cls = classes[u] ?? 0;
        if (cls === 0) cls = learnClass(u);
      }
      if (cls === none) {
        gap = started;
        continue;
      }
      if (gap) {
        a1 = Math.imul(a1 ^ 0x20, 2654435761);
        a2 = Math.imul(a2 ^ 0x20, 1597334677);
        b1 = Math.imul(b1 ^ 0x20, 2654435761);
        b2 = Math.imul(b2 ^ 0x20, 1597334677);
        gap = false;
      }
      started = true;
      a1 = Math.imul(a1 ^ u, 2654435761);
      a2 = Math.imul(a2 ^ u, 1597334677);
      b1 = Math.imul(b1 ^ u, 2654435761);
      b2 = Math.imul(b2 ^ u, 1597334677);
      // Fast lane: the rest of the word while it is ASCII (most of any text).
      let x = i + 1;
      for (; x < n; x++) {
        const c = s.charCodeAt(x);
        if (c >= 0x80 || classes[c] === none) break;
        const v = c >= 0x41 && c <= 0x5a ? c + 32 : c;
        a1 = Math.imul(a1 ^ v, 2654435761);
        a2 = Math.imul(a2 ^ v, 1597334677);
        b1 = Math.imul(b1 ^ v, 2654435761);
        b2 = Math.imul(b2 ^ v, 1597334677);
      }
      i = x - 1;
    }
  }
  return finishHex(a1, a2) + finishHex(b1, b2);
}
