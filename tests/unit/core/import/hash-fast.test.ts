import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBulletins } from '../../../../renderer/src/core/generator';
import { contentHash, normaliseForHash } from '../../../../renderer/src/core/import/hash';

/** The original two-pass definition: cyrb53 twice over the normalised text. */
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
function referenceHash(title: string, body: string): string {
  const s = normaliseForHash(title, body);
  return cyrb53(s, 0x9e3779b9).toString(16).padStart(14, '0') + cyrb53(s, 0x85ebca6b).toString(16).padStart(14, '0');
}

const PIECES = ['Perú', 'PERU', 'Peru\u0301', 'año', 'ñ', '  ', '\n\n', '—', ', ', '.', '2023', '𝐀', '😀', '\ud800', 'İ', 'ß', '٣', '\u00a0', 'the', 'x'];

describe('contentHash (one pass)', () => {
  it('equals cyrb53 over normaliseForHash for arbitrary text', () => {
    const text = fc.oneof(fc.string({ maxLength: 30, unit: 'grapheme' }), fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((a) => a.join('')));
    fc.assert(fc.property(text, text, (title, body) => contentHash(title, body) === referenceHash(title, body)), { numRuns: 3000, seed: 3 });
  });
  it('equals it on generated bulletins and on edge cases', () => {
    for (const b of generateBulletins(100, 5)) expect(contentHash(b.title, b.body)).toBe(referenceHash(b.title, b.body));
    for (const [t, b] of [['', ''], [' ', ' '], ['—', 'a'], ['a', '—'], ['\ud83d', '\ude00']]) expect(contentHash(t ?? '', b ?? '')).toBe(referenceHash(t ?? '', b ?? ''));
  });
});
