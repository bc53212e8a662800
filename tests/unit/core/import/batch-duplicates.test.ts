import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText } from '../../../../renderer/src/core/text/fold';
import { bodySketch, findBatchDuplicates, normaliseTitle, type BatchEntry } from '../../../../renderer/src/core/import/batch-duplicates';

const WORDS = 'trade ministers summit lima santiago bogota mexico agreement fisheries scholarship tourism investment customs exporters digital women youth climate ocean pacific'.split(' ');
/** A distinct made-up body for bulletin `n` (words picked by a small LCG), then a shared footer. */
function body(n: number, footer = ''): string {
  let x = n * 7919 + 17;
  const out: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length] ?? 'x');
  }
  return `${out.join(' ')}.${footer}`;
}
const FOOTER = '\n\nPacific Alliance press office. Unsubscribe from this newsletter or share it on Facebook, X and WhatsApp with your colleagues and friends today.';

describe('findBatchDuplicates', () => {
  it('normalises titles for case, accents and punctuation', () => {
    expect(normaliseTitle('  Reunión de MINISTROS, en Lima! ')).toBe(normaliseTitle('reunion de ministros en lima'));
  });

  it('finds a near-identical body in another file despite a shared footer on every bulletin', async () => {
    const a: BatchEntry[] = Array.from({ length: 150 }, (_, n) => ({ fileName: 'a.html', title: `A ${n}`, date: null, body: body(n, FOOTER) }));
    const b: BatchEntry[] = Array.from({ length: 150 }, (_, n) => ({ fileName: 'b.pdf', title: `B ${n}`, date: null, body: body(n + 1000, FOOTER) }));
    // One bulletin of a.html again in b.pdf, under another title, one word changed.
    b.push({ fileName: 'b.pdf', title: 'Copy', date: null, body: body(42, FOOTER).replace(/^\w+/, 'changed') });
    const found = await findBatchDuplicates([...a, ...b]);
    expect(found).toEqual([{ index: 300, of: 42, reason: 'body' }]);
  });

  it('needs two files, and the same date for a title match', async () => {
    const same = { title: 'Summit in Lima', date: '2023-05-03', body: 'Short.' };
    expect(await findBatchDuplicates([{ fileName: 'a.txt', ...same }, { fileName: 'a.txt', ...same }])).toEqual([]);
    expect(await findBatchDuplicates([{ fileName: 'a.txt', ...same }, { fileName: 'b.txt', ...same, date: '2023-05-04' }])).toEqual([]);
    expect(await findBatchDuplicates([{ fileName: 'a.txt', ...same }, { fileName: 'b.txt', ...same, title: 'SUMMIT IN LIMA.' }])).toEqual([
      { index: 1, of: 0, reason: 'title-date' },
    ]);
  });

  it('uses the sketches the import worker made instead of sketching again, with the same answer', async () => {
    const a: BatchEntry[] = Array.from({ length: 40 }, (_, n) => ({ fileName: 'a.html', title: `A ${n}`, date: null, body: body(n, FOOTER) }));
    const b: BatchEntry[] = [{ fileName: 'b.pdf', title: 'Copy', date: null, body: body(7, FOOTER).replace(/^\w+/, 'changed') }];
    const here = await findBatchDuplicates([...a, ...b]);
    const given = await findBatchDuplicates([...a, ...b].map((e) => ({ ...e, sketch: bodySketch(e.body) })));
    expect(here).toEqual([{ index: 40, of: 7, reason: 'body' }]);
    expect(given).toEqual(here);
    // A given sketch is taken as it is: two different bodies given one sketch are copies; a body
    // given none (null: too short) is not compared by its text at all.
    const sketch = bodySketch(body(1));
    const pair = [
      { fileName: 'a.txt', title: 'One', date: null, body: body(1), sketch },
      { fileName: 'b.txt', title: 'Two', date: null, body: body(2), sketch },
    ];
    expect(await findBatchDuplicates(pair)).toEqual([{ index: 1, of: 0, reason: 'body' }]);
    expect(await findBatchDuplicates(pair.map((e) => ({ ...e, body: body(1), sketch: null })))).toEqual([]);
  });

  it('sketches a body as ascending unsigned hashes, at most 64, and none for a short body', () => {
    const sketch = bodySketch(body(3));
    expect(sketch).toBeInstanceOf(Uint32Array);
    expect(sketch?.length).toBeGreaterThan(20);
    expect(sketch?.length).toBeLessThanOrEqual(64);
    expect([...(sketch ?? [])]).toEqual([...(sketch ?? [])].sort((x, y) => x - y));
    expect(bodySketch('Too short to compare.')).toBeNull();
  });

  it('sketches exactly as the plain definition does (words split by regex, a Set of shingle hashes, sorted)', () => {
    // The definition the single-scan sketch must reproduce bit for bit: sketches made by an older
    // worker and by this one meet in one batch, and the fidelity reports must not move.
    const hashWord = (text: string): number => {
      let h = 0x811c9dc5;
      for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const reference = (text: string): Uint32Array | null => {
      const w = foldText(text.length > 20_000 ? text.slice(0, 20_000) : text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(hashWord);
      if (w.length < 20) return null;
      const hashes = new Set<number>();
      for (let i = 0; i + 5 <= w.length; i += 1) {
        let h = 0x9e3779b9;
        for (let j = i; j < i + 5; j += 1) h = Math.imul(h ^ (w[j] ?? 0), 0x85ebca6b) ^ (h >>> 13);
        hashes.add(h >>> 0);
      }
      return Uint32Array.from(hashes).sort().slice(0, 64);
    };
    // Words from a small alphabet (so shingles repeat), accents, ñ/ß/İ, digits, CJK, astral letters
    // and digits (𝐀, 𝟘), emoji, lone surrogates, combining marks and punctuation between them.
    const piece = fc.constantFrom('lima', 'Perú', 'ÑANDÚ', 'straße', 'İstanbul', '2023', 'año', '東京', '𝐀𝐁', '𝟘1', '😀', '\ud800', '\udc00', 'e\u0301', '\u0663', '-', ', ', '. ', '\n', ' ', '  ', "'");
    let compared = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 40, maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 40 }), (pieces, noise) => {
        const text = pieces.join(' ') + noise;
        const want = reference(text);
        if (want) compared += 1;
        expect(bodySketch(text)).toEqual(want);
      }),
      { numRuns: 300 },
    );
    // Most runs must be long enough to be sketched at all, or the property proves nothing.
    expect(compared).toBeGreaterThan(200);
    // Texts whose every unit folds on its own (the per-unit fold, with no fallback to foldText):
    // English and Spanish with accents, ñ, ß, combining accents, typographic quotes and dashes.
    const safe = fc.constantFrom('lima', 'Perú', 'ÑANDÚ', 'straße', 'Ælfred', '2023', 'año', 'e\u0301', 'A\u0308', '“cita”', '—', '…', '½', '-', ', ', '. ', '\n', ' ', "'");
    fc.assert(
      fc.property(fc.array(safe, { minLength: 40, maxLength: 400 }), (pieces) => {
        const text = pieces.join(pieces.length % 2 === 0 ? ' ' : '');
        expect(bodySketch(text)).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
    // Long bodies (hundreds of shingles: only the smallest hashes are sorted) from vocabularies small
    // enough that few distinct shingles exist (then every hash is sorted) or large enough that many do.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 260, max: 1500 }), fc.integer(), (vocabulary, count, seed) => {
        let x = seed >>> 0;
        const text = Array.from({ length: count }, () => {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          return `w${x % vocabulary}`;
        }).join(' ');
        expect(bodySketch(text)).toEqual(reference(text));
      }),
      { numRuns: 200 },
    );
    for (const n of [1, 2, 3]) expect(bodySketch(body(n, FOOTER))).toEqual(reference(body(n, FOOTER)));
    const long = Array.from({ length: 80 }, (_, n) => body(n, FOOTER)).join(' ');
    expect(long.length).toBeGreaterThan(20_000);
    expect(bodySketch(long)).toEqual(reference(long));
  });
});
