/**
 * Content hash for duplicate detection ("already in archive"). Two bulletins whose title and
 * body differ only in case, accents, whitespace or punctuation hash equal.
 */
import { foldText } from '../text/fold';

/** cyrb53 (public domain, bryc): a fast 53-bit string hash with good avalanche. */
function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The text the hash sees: folded, punctuation and whitespace collapsed to single spaces. */
export function normaliseForHash(title: string, body: string): string {
  return foldText(`${title}\n${body}`)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 106-bit hash (two seeded cyrb53 runs) of a bulletin's title and body, as 28 hex digits. */
export function contentHash(title: string, body: string): string {
  const s = normaliseForHash(title, body);
  return cyrb53(s, 0x9e3779b9).toString(16).padStart(14, '0') + cyrb53(s, 0x85ebca6b).toString(16).padStart(14, '0');
}
