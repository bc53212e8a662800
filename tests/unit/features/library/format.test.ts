import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../renderer/src/features/library/format';

describe('formatDate', () => {
  it('shows a date at the precision the source gave, in English and Spanish', () => {
    expect(formatDate('2023-11-14', 'day', 'en')).toBe('14 Nov 2023');
    expect(formatDate('2023-11-14', 'month', 'en')).toBe('November 2023');
    expect(formatDate('2023', 'year', 'en')).toBe('2023');
    expect(formatDate('2023-11-14', 'day', 'es')).toMatch(/^14 nov\.? 2023$/);
    expect(formatDate('2023-11-01', 'month', 'es')).toBe('noviembre de 2023');
  });

  it('keeps each language apart although the formatters are reused', () => {
    const dates = ['2023-01-05', '2024-02-29', '1999-12-31'];
    const en = dates.map((d) => formatDate(d, 'day', 'en'));
    const es = dates.map((d) => formatDate(d, 'day', 'es'));
    expect(en).toEqual(['5 Jan 2023', '29 Feb 2024', '31 Dec 1999']);
    expect(es.map((s) => s.replace('.', ''))).toEqual(['5 ene 2023', '29 feb 2024', '31 dic 1999']);
    // Interleaved calls give the same answers (no formatter is shared across languages or precisions).
    expect(dates.map((d) => formatDate(d, 'day', 'en'))).toEqual(en);
    expect(formatDate('2023-11-14', 'month', 'en')).toBe('November 2023');
  });

  it('gives back what it cannot read', () => {
    expect(formatDate('unknown', 'day', 'en')).toBe('unknown');
  });
});
