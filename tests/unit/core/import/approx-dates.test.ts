// Approximate dates (issue 20): a bulletin whose day cannot be known gets a range — between its
// dated neighbours, or the year its text names — and "Undated" only when nothing is known.
import { contentHash } from '../../../../renderer/src/core/import/hash';
import { describe, expect, it } from 'vitest';
import { approximateDates } from '../../../../renderer/src/core/import/approx-dates';
import { importBackupJson } from '../../../../renderer/src/core/import/importers/json';
import { BACKUP_FORMAT } from '../../../../renderer/src/core/backup/format';
import { importFileReport } from '../../../../renderer/src/core/import/import-file';
import type { ParsedBulletin } from '../../../../renderer/src/core/model';
import { readCorpusBytes } from '../../support/corpus';

const b = (date: string | null, body = 'Text without any year.', precision: ParsedBulletin['datePrecision'] = date ? 'day' : 'unknown'): ParsedBulletin => ({
  title: 'A bulletin', date, datePrecision: precision, place: null, language: 'en', body, bodyHtml: null, countries: [], organisations: [], sourceFile: 'f.txt',
});
const range = (x: ParsedBulletin | undefined) => [x?.date, x?.dateEnd, x?.datePrecision, x?.dateApprox];

describe('approximateDates', () => {
  it('puts an undated bulletin between its dated neighbours, in either listing order', () => {
    const newestFirst = approximateDates([b('2023-11-14'), b('2023-11-09'), b(null), b(null), b('2023-10-18'), b('2023-10-03')]);
    expect(range(newestFirst[2])).toEqual(['2023-10-18', '2023-11-09', 'year', true]);
    expect(range(newestFirst[3])).toEqual(['2023-10-18', '2023-11-09', 'year', true]);
    const oldestFirst = approximateDates([b('2023-11-02'), b('2023-11-09'), b(null), b('2023-11-20')]);
    expect(range(oldestFirst[2])).toEqual(['2023-11-09', '2023-11-20', 'month', true]);
  });

  it('bounds one side by a neighbour and the other by the year the text names, else the neighbour\'s year', () => {
    // Newest first, the undated item on top: no older than the item below it.
    const top = approximateDates([b(null, 'The 2023 Edition closed.'), b('2023-10-18'), b('2023-10-03')]);
    expect(range(top[0])).toEqual(['2023-10-18', '2023-12-31', 'year', true]);
    const saved = approximateDates([b(null), b('2023-10-18'), b('2023-10-03')], { fileDate: '2026-01-10' });
    expect(range(saved[0])).toEqual(['2023-10-18', '2023-12-31', 'year', true]);
    const last = approximateDates([b('2023-03-18'), b('2023-03-03'), b(null)]);
    expect(range(last[2])).toEqual(['2023-01-01', '2023-03-03', 'year', true]);
  });

  it('never reaches past the file\'s date', () => {
    const out = approximateDates([b('2023-10-18'), b('2023-10-03'), b(null, 'The 2023 Edition closed.')], { fileDate: '2023-02-01' });
    expect(range(out[2])).toEqual(['2023-01-01', '2023-02-01', 'year', true]);
    const top = approximateDates([b(null), b('2023-11-02'), b('2023-11-01')], { fileDate: '2023-11-20' });
    expect(range(top[0])).toEqual(['2023-11-02', '2023-11-20', 'month', true]);
  });

  it('takes the year a lone bulletin\'s text names', () => {
    const [one] = approximateDates([b(null, 'The annual meeting was held on 31 October 2023 in hybrid format (Work Plan 2021-2025).')]);
    expect(range(one)).toEqual(['2023-01-01', '2023-12-31', 'year', true]);
    // A year after the file was saved is a plan, not the date.
    expect(approximateDates([b(null, 'Towards the 2030 Agenda.')], { fileDate: '2024-01-01' })[0]?.date).toBeNull();
  });

  it('leaves dated bulletins alone, and undated those about which nothing is known', () => {
    const input = [b('2023-11-14'), b(null)];
    const out = approximateDates(input);
    expect(out[0]).toBe(input[0]);
    expect(out[1]).toBe(input[1]);
    expect(approximateDates([b('2015-01-01'), b(null), b('2023-01-01')])[1]?.date).toBeNull();
  });
});

describe('the ten seed bulletins', () => {
  it('are ten, seven dated as before and the three undated with an approximate 2023 date', async () => {
    const { bulletins, lost } = await importFileReport({ name: 'pacific-alliance-news-2023-10-11.txt', bytes: new Uint8Array(readCorpusBytes()) });
    expect(lost).toEqual([]);
    expect(bulletins.map((x) => [x.date, x.dateEnd ?? null, x.dateApprox ?? false, x.yearInferred ?? false])).toEqual([
      ['2023-11-14', null, false, false],
      ['2023-11-09', null, false, false],
      ['2023-11-09', null, false, true],
      ['2023-10-18', '2023-11-09', true, false],
      ['2023-10-18', '2023-11-09', true, false],
      ['2023-10-18', '2023-11-09', true, false],
      ['2023-10-18', null, false, false],
      ['2023-10-17', null, false, false],
      ['2023-10-10', null, false, false],
      ['2023-10-03', null, false, false],
    ]);
    expect(bulletins.slice(3, 6).map((x) => x.title.slice(0, 24))).toEqual(['Successful completion of', 'Joint Press Release | Me', 'COMMUNICATION | Pacific ']);
    expect(bulletins.every((x) => x.date?.startsWith('2023'))).toBe(true);
  });
});

describe('an export file brings approximate dates back', () => {
  it('keeps range and marks, and drops a range that is not one', () => {
    const row = (id: string, extra: Record<string, unknown>) => ({
      id, title: 'T', date: '2023-10-18', datePrecision: 'year', place: null, language: 'en', countries: [], organisations: [], tags: [],
      sourceFile: 'b.txt', batchId: 'x', contentHash: contentHash('T', 'B'), excerpt: 'B', createdAt: 1, updatedAt: 1, deletedAt: null,
      body: 'B', bodyHtml: null, ...extra,
    });
    const bulletins = [row('a', { dateEnd: '2023-11-09', dateApprox: true }), row('b', { dateEnd: '2023-01-01', dateApprox: true }), row('c', { yearInferred: true })];
    const json = JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: '2024-01-01T00:00:00.000Z', bulletins, tags: [], dossiers: [], savedSearches: [], rules: [] });
    const [kept, broken, inferred] = importBackupJson(json, 'backup.json');
    expect(kept).toMatchObject({ date: '2023-10-18', dateEnd: '2023-11-09', dateApprox: true });
    expect(broken?.dateApprox).toBeUndefined();
    expect(inferred?.yearInferred).toBe(true);
  });
});
