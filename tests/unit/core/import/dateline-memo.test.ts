import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateline, withDatelineMemo } from '../../../../renderer/src/core/import/dates';

// Pieces of datelines and of the prose around them, so that random lines often parse.
const piece = fc.constantFrom(
  'Lima, ', 'Ciudad de México, a ', '(ANSA) - SANTIAGO, ', 'Fecha: ', 'spanish.news.cn| ', 'On Wednesday, ', '08:20 | ',
  '14 de noviembre de 2023', 'November 14, 2023', '2023-08-01 22:14:05', '18/03/2024', 'June 9', '21 nov', '(Andina)',
  '.- ', ' – ', ': ', '|', ', ', ' ', 'the ministers met', 'Los ministros', '12', 'x'.repeat(150),
);
const line = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

describe('withDatelineMemo', () => {
  it('gives what parseDateline gives without it, on first and repeated asks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 20 }), async (lines) => {
        const plain = lines.map((l) => parseDateline(l));
        const memoised = await withDatelineMemo(async () => [...lines, ...lines].map((l) => parseDateline(l)));
        expect(memoised).toEqual([...plain, ...plain]);
      }),
      { numRuns: 300 },
    );
  });

  it('tells a 200-character head apart from the same head with more text after it', async () => {
    const head = `Lima, 14 de noviembre de 2023${' '.repeat(171)}`;
    expect(head).toHaveLength(200);
    const [whole, longer] = await withDatelineMemo(async () => [parseDateline(head), parseDateline(`${head}más texto`)]);
    expect(whole).toEqual(parseDateline(head));
    expect(longer).toEqual(parseDateline(`${head}más texto`));
    expect(whole).not.toEqual(longer);
  });

  it('shares one frozen result while it runs, and stops when the work ends', async () => {
    const text = 'Lima, 14 de noviembre de 2023.- Los ministros';
    const [a, b] = await withDatelineMemo(async () => [parseDateline(text), parseDateline(text)]);
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(parseDateline(text)).not.toBe(parseDateline(text));
  });

  it('ends even when the work fails', async () => {
    await expect(withDatelineMemo(async () => Promise.reject(new Error('bad file')))).rejects.toThrow('bad file');
    const text = 'Lima, 14 de noviembre de 2023.- Los ministros';
    expect(parseDateline(text)).not.toBe(parseDateline(text));
  });
});
