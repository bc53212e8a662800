import { describe, expect, it } from 'vitest';
import { findBatchDuplicates, normaliseTitle, type BatchEntry } from '../../../../renderer/src/core/import/batch-duplicates';

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
});
