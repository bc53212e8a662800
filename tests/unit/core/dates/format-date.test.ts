import { describe, expect, it } from 'vitest';
import { SHORT_MONTHS, approxText, confirmedStart, dateSortKey, dateSpan, formatDateFields, rangeText, timeAttr } from '../../../../renderer/src/core/dates/format-date';
import type { DateFields } from '../../../../renderer/src/core/model';

const approx = (date: string, dateEnd: string, datePrecision: 'month' | 'year'): DateFields => ({ date, dateEnd, datePrecision, dateApprox: true });
const exact = (iso: string) => `exact ${iso}`;

describe('format-date', () => {
  it('shows a range within a month as ≈ month, else ≈ year, in English and Spanish', () => {
    const nov = approx('2023-11-09', '2023-11-20', 'month');
    expect(approxText(nov, SHORT_MONTHS.en)).toBe('≈ Nov 2023');
    expect(approxText(nov, SHORT_MONTHS.es)).toBe('≈ nov 2023');
    expect(timeAttr(nov)).toBe('2023-11');
    const year = approx('2023-10-18', '2023-11-09', 'year');
    expect(approxText(year, SHORT_MONTHS.en)).toBe('≈ 2023');
    expect(timeAttr(year)).toBe('2023');
    expect(approxText(approx('2023-12-20', '2024-01-05', 'year'), SHORT_MONTHS.en)).toBe('≈ 2023–2024');
    expect(rangeText(year, SHORT_MONTHS.en)).toBe('18 Oct 2023 – 9 Nov 2023');
  });

  it('keeps exact dates to the caller and says undated only when nothing is known', () => {
    expect(formatDateFields({ date: '2023-11-14', datePrecision: 'day' }, SHORT_MONTHS.en, exact, 'Undated')).toBe('exact 2023-11-14');
    expect(formatDateFields(approx('2023-10-18', '2023-11-09', 'year'), SHORT_MONTHS.en, exact, 'Undated')).toBe('≈ 2023');
    expect(formatDateFields({ date: null, datePrecision: 'unknown' }, SHORT_MONTHS.en, exact, 'Sin fecha')).toBe('Sin fecha');
    expect(timeAttr({ date: null, datePrecision: 'unknown' })).toBeNull();
    expect(timeAttr({ date: '2023-11-14', datePrecision: 'day' })).toBe('2023-11-14');
  });

  it('sorts a range at its middle and gives spans for grouping', () => {
    expect(dateSortKey(approx('2023-10-18', '2023-11-09', 'year'))).toBe('2023-10-29');
    expect(dateSortKey({ date: '2023-10-18', datePrecision: 'day' })).toBe('2023-10-18');
    expect(dateSortKey({ date: null, datePrecision: 'unknown' })).toBeNull();
    expect(dateSpan({ date: '2024-02-01', datePrecision: 'month' })).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateSpan({ date: '2023-01-01', datePrecision: 'year' })).toEqual(['2023-01-01', '2023-12-31']);
  });

  it('confirms a range as the unit it was shown at', () => {
    expect(confirmedStart('2023-10-18', 'year')).toBe('2023-01-01');
    expect(confirmedStart('2023-11-09', 'month')).toBe('2023-11-01');
    expect(confirmedStart('2023-11-09', 'day')).toBe('2023-11-09');
  });
});
