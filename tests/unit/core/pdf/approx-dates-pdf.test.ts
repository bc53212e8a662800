// Approximate dates in the dossier PDF (issue 20): "≈ November 2023" / "≈ 2023" instead of
// "Undated", groups by month or year, and a period bounded by exact dates.
import { describe, expect, it } from 'vitest';
import { formatBulletinDate, formatPeriod } from '../../../../renderer/src/core/pdf/text';
import { groupBulletins } from '../../../../renderer/src/core/pdf/groups';
import { DEFAULT_LABELS } from '../../../../renderer/src/core/pdf';
import { sortIdsByDate } from '../../../../renderer/src/features/dossiers/dossier-model';
import type { BulletinSummary } from '../../../../renderer/src/core/model';
import { makeBulletin } from './pdf-helpers';

const approxYear = { dateEnd: '2023-11-09', dateApprox: true as const };

describe('approximate dates in the PDF', () => {
  it('prints the approximate form, never "Undated"', () => {
    expect(formatBulletinDate('2023-10-18', 'year', DEFAULT_LABELS, approxYear)).toBe('≈ 2023');
    expect(formatBulletinDate('2023-11-02', 'month', DEFAULT_LABELS, { dateEnd: '2023-11-20', dateApprox: true })).toBe('≈ November 2023');
    const spanish = { ...DEFAULT_LABELS, months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] };
    expect(formatBulletinDate('2023-11-02', 'month', spanish, { dateEnd: '2023-11-20', dateApprox: true })).toBe('≈ noviembre 2023');
  });

  it('groups by the month or year the range is shown at; the period comes from exact dates', () => {
    const bulletins = [
      makeBulletin(1, { date: '2023-11-14', datePrecision: 'day' }),
      makeBulletin(2, { date: '2023-10-18', datePrecision: 'year', ...approxYear }),
      makeBulletin(3, { date: '2023-11-02', datePrecision: 'month', dateEnd: '2023-11-20', dateApprox: true }),
      makeBulletin(4, { date: '2023-10-03', datePrecision: 'day' }),
    ];
    expect(groupBulletins(bulletins, 'month', DEFAULT_LABELS).map((g) => [g.label, g.indexes])).toEqual([
      ['2023', [1]],
      ['October 2023', [3]],
      ['November 2023', [0, 2]],
    ]);
    expect(formatPeriod(bulletins, DEFAULT_LABELS)).toBe('3 October 2023 – 14 November 2023');
    expect(formatPeriod([bulletins[1] as (typeof bulletins)[number]], DEFAULT_LABELS)).toBe('≈ 2023');
  });

  it('sorts a dossier\'s approximate bulletin between the dated ones around it', () => {
    const s = (id: string, fields: Partial<BulletinSummary>): BulletinSummary => ({
      id, title: id, date: null, datePrecision: 'day', place: null, language: 'en', countries: [], organisations: [], tags: [], sourceFile: 'f',
      batchId: 'b', contentHash: id, excerpt: '', createdAt: 0, updatedAt: 0, deletedAt: null, ...fields,
    });
    const rows = [s('nov9', { date: '2023-11-09' }), s('approx', { date: '2023-10-18', datePrecision: 'year', ...approxYear }), s('oct20', { date: '2023-10-20' }), s('oct17', { date: '2023-10-17' })];
    expect(sortIdsByDate(['nov9', 'approx', 'oct20', 'oct17'], rows)).toEqual(['oct17', 'oct20', 'approx', 'nov9']);
  });
});
