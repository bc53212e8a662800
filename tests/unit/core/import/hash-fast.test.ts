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

const PIECES = ['Perú', 'PERU', 'Peru\u0301', 'año', 'ñ', '  ', '\n\n', '—', ', ', '.', '2023', '𝐀', '😀', '\ud800', '\udc00', 'İ', 'ß', '٣', '\u00a0', 'the', 'x'];

describe('contentHash (one pass)', () => {
  it('equals cyrb53 over normaliseForHash for arbitrary text', () => {
    const text = fc.oneof(fc.string({ maxLength: 30, unit: 'grapheme' }), fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((a) => a.join('')));
    fc.assert(fc.property(text, text, (title, body) => contentHash(title, body) === referenceHash(title, body)), { numRuns: 3000, seed: 3 });
  });
  it('equals it where folding a unit at a time needs care', () => {
    const tricky = ['e\u0301', '\u0301', 'İ', 'ŉ', 'Σ', 'ΟΔΟΣ', 'a\u0591\u05B0', '\u0345', 'ǅ', 'Ⅻ', 'ﬁ', 'K', 'Å', '½', '€', '…', 'Ñ', ' ', '\n'];
    const text = fc.array(fc.constantFrom(...tricky, ...PIECES), { maxLength: 25 }).map((a) => a.join(''));
    fc.assert(fc.property(text, text, (title, body) => contentHash(title, body) === referenceHash(title, body)), { numRuns: 3000, seed: 9 });
  });
  it('equals it on generated bulletins and on edge cases', () => {
    for (const b of generateBulletins(100, 5)) expect(contentHash(b.title, b.body)).toBe(referenceHash(b.title, b.body));
    for (const [t, b] of [['', ''], [' ', ' '], ['—', 'a'], ['a', '—'], ['\ud83d', '\ude00']]) expect(contentHash(t ?? '', b ?? '')).toBe(referenceHash(t ?? '', b ?? ''));
  });
});

/**
 * Values computed by the hash code as it was before the unit-by-unit fold, pinned because they
 * are stored in users' archives for duplicate detection: they must never change.
 */
describe('contentHash (pinned values)', () => {
  it('gives the same hashes as before on fixed texts', () => {
    const cases: [string, string, string][] = [
      ['', '', '10c329583afc3b0dc0cfa5aed872'],
      ['Acuerdo comercial', 'Lima, 21 de noviembre de 2023.- Los ministros de Perú y México firmaron el acuerdo.', '1db5bcb4feca3104c690c1ef3f85'],
      ['ÑANDÚ «Año» — PERU\u0301', 'Καλημέρα ΟΔΟΣ σοφίας. İstanbul ß ǅ ٣ Ⅻ 𝐀𝐁 😀 \ud800 x', '17814f1cc1102413cc32eadf24d2'],
      ['Hebrew', 'a\u0591\u05B0b \u05D0\u05B8\u0591 e\u0301\u0323 ﬁ ﬀ Å Ω K', '0183365e136de80bab4b5cff3b6c'],
      ['  ', '\u00a0\u2007\t—“quoted”, ‘single’… ¿Qué? ¡Sí!', '165eb5748e77ae1c7c0e8321454c'],
      // Surrogates (the foldText path): lone halves are gaps, pairs one run. Pinned from the two-loop code.
      ['Lone halves', 'a\udc00b 𝐀\ud800 \ude00x 😀😀', '0070a93df8db9e1d8775ccb12783'],
    ];
    for (const [title, body, hash] of cases) expect(contentHash(title, body)).toBe(hash);
  });
  it('gives the same hashes as before on 2,000 generated bulletins', () => {
    let all = '';
    for (const b of generateBulletins(2000, 13)) all += contentHash(b.title, b.body);
    expect(all.slice(0, 56)).toBe('05487766d03f5d169416cec082a91b20769d4bba4c13a4ad0a252d2d');
    expect(contentHash('', all)).toBe('137e0d9f2ea4960f7b31ba2cd2e0');
  });
});
