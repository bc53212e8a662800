/**
 * Content hash for duplicate detection ("already in archive"). Two bulletins whose title and
 * body differ only in case, accents, whitespace or punctuation hash equal.
 */
import { foldText } from '../text/fold';
import { isWordCodePoint } from './word-scan';

const SEED_A = 0x9e3779b9;
const SEED_B = 0x85ebca6b;

/** cyrb53's (public domain, bryc) final mix of its two 32-bit lanes into a 53-bit number. */
function finish(h1: number, h2: number): number {
  let a = h1;
  let b = h2;
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return 4294967296 * (2097151 & b) + (a >>> 0);
}

/** The text the hash sees: folded, punctuation and whitespace collapsed to single spaces. */
export function normaliseForHash(title: string, body: string): string {
  return foldText(`${title}\n${body}`)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const hex = (n: number): string => n.toString(16).padStart(14, '0');

/**
 * 106-bit hash (two seeded cyrb53 runs) of a bulletin's title and body, as 28 hex digits: the
 * hash of `normaliseForHash(title, body)`. It is computed in one pass over the folded text,
 * feeding letters and digits straight into both hashes and one space per run of anything else
 * (none at the ends), because the regex replace cost more than everything else together.
 */
export function contentHash(title: string, body: string): string {
  const s = foldText(`${title}\n${body}`);
  let a1 = 0xdeadbeef ^ SEED_A;
  let a2 = 0x41c6ce57 ^ SEED_A;
  let b1 = 0xdeadbeef ^ SEED_B;
  let b2 = 0x41c6ce57 ^ SEED_B;
  let started = false;
  let gap = false;
  const n = s.length;
  for (let i = 0; i < n; ) {
    const hi = s.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (hi < 0x80) {
      word = (hi >= 0x61 && hi <= 0x7a) || (hi >= 0x30 && hi <= 0x39) || (hi >= 0x41 && hi <= 0x5a);
    } else {
      const cp = s.codePointAt(i) ?? hi;
      if (cp > 0xffff) width = 2;
      word = isWordCodePoint(cp);
    }
    if (!word) {
      gap = started;
      i += width;
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
    for (let k = 0; k < width; k++) {
      const ch = s.charCodeAt(i + k);
      a1 = Math.imul(a1 ^ ch, 2654435761);
      a2 = Math.imul(a2 ^ ch, 1597334677);
      b1 = Math.imul(b1 ^ ch, 2654435761);
      b2 = Math.imul(b2 ^ ch, 1597334677);
    }
    i += width;
  }
  return hex(finish(a1, a2)) + hex(finish(b1, b2));
}
