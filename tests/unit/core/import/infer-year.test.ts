// Year inference scored on all the evidence together (issue 20): the weekday a line names, the
// order of the dated listing around it, the years the text names, and the file's date last.
import { describe, expect, it } from 'vitest';
import { type Dated, YEAR_COSTS, inferMissingYears, listingOrder } from '../../../../renderer/src/core/import/infer-year';
import { importFileReport } from '../../../../renderer/src/core/import/import-file';

const partial = (month: number, day: number, weekday?: number): Dated => ({
  date: null,
  precision: 'unknown',
  partial: weekday === undefined ? { month, day } : { month, day, weekday },
});
const dated = (date: string): Dated => ({ date, precision: 'day' });
const file = (text: string) => ({ name: 'listing.txt', bytes: new TextEncoder().encode(text) });

describe('inferMissingYears', () => {
  it('"Wednesday, June 9" is 2021 (a Wednesday), not the file\'s 2024', () => {
    const [item] = inferMissingYears([partial(6, 9, 3)], { fileDate: '2024-03-01' });
    expect(item).toMatchObject({ date: '2021-06-09', yearInferred: true });
    // Without the weekday the file's year (the latest such day before it) would have won.
    expect(inferMissingYears([partial(6, 9)], { fileDate: '2024-07-01' })[0]?.date).toBe('2024-06-09');
  });

  it('"17 Feb" between 2023 items is 2023, whatever the page\'s other dates say', () => {
    const items = [dated('2023-03-02'), partial(2, 17), dated('2023-02-10')];
    const pageYears = () => new Map([[2019, 9], [2023, 2]]);
    expect(inferMissingYears(items, { pageYears, fileDate: '2026-01-10' })[1]?.date).toBe('2023-02-17');
  });

  it('follows the listing\'s order across a new year', () => {
    // Newest first: Jan 2024, then "Dec 28", then Dec 2023.
    const items = [dated('2024-01-05'), partial(12, 28), dated('2023-12-20')];
    expect(inferMissingYears(items)[1]?.date).toBe('2023-12-28');
    // Oldest first, "Jan 3" after 30 December 2023 is 2024.
    expect(inferMissingYears([dated('2023-12-20'), dated('2023-12-30'), partial(1, 3)])[2]?.date).toBe('2024-01-03');
  });

  it('takes the year the text names when nothing else is known, the file\'s date last', () => {
    expect(inferMissingYears([partial(8, 1)], { pageYears: () => new Map([[2022, 3], [2023, 1]]) })[0]?.date).toBe('2022-08-01');
    expect(inferMissingYears([partial(8, 1)], { fileDate: '2025-09-01' })[0]?.date).toBe('2025-08-01');
    // A file cannot hold news from after it was saved: the named year loses to that.
    expect(inferMissingYears([partial(8, 1)], { pageYears: () => new Map([[2025, 1]]), fileDate: '2024-09-01' })[0]?.date).toBe('2024-08-01');
  });

  it('weighs a weekday above every other piece of evidence', () => {
    expect(YEAR_COSTS.weekdayMismatch).toBeGreaterThan(YEAR_COSTS.afterFileDate + YEAR_COSTS.yearNotNamed + 366 * YEAR_COSTS.outOfOrderPerDay);
    // Between 2021 items, "Friday, June 9" cannot be 2021 (a Wednesday): 2023 is the nearest Friday.
    expect(inferMissingYears([dated('2021-06-20'), partial(6, 9, 5), dated('2021-06-01')])[1]?.date).toBe('2023-06-09');
  });

  it('leaves an item with nothing to go on undated', () => {
    const item = partial(6, 9, 3);
    expect(inferMissingYears([item])[0]).toBe(item);
  });

  it('reads the listing order from the dates it has', () => {
    expect(listingOrder(['2023-11-14', null, '2023-11-09', '2023-10-18'])).toBe(-1);
    expect(listingOrder(['2023-01-01', '2023-02-01'])).toBe(1);
    expect(listingOrder(['2023-01-01', null])).toBe(0);
  });
});

describe('year inference through the importer', () => {
  it('reads a weekday line of a text file with the file\'s date', async () => {
    const text = 'Ministers meet in Lima\n\nWednesday, June 9.- The ministers of trade met in Lima to review the agenda of the Alliance.\n';
    const report = await importFileReport({ ...file(text), fileDate: '2024-05-02' });
    expect(report.bulletins[0]).toMatchObject({ date: '2021-06-09', yearInferred: true });
  });

  it('dates a year-less item by its dated neighbours, not by the many old years on the page', async () => {
    const text = [
      'Council meets in Santiago', '2 March 2023.- The council met in Santiago, as agreed in 2019, 2019 and 2019.',
      'Agreement on fisheries', '17 Feb.- The fisheries group signed the agreement of 2019 in Lima.',
      'Trade ministers in Bogotá', '10 February 2023.- The trade ministers met in Bogotá.',
    ].join('\n\n');
    const report = await importFileReport({ ...file(text), fileDate: '2026-01-10' });
    expect(report.bulletins.map((b) => b.date)).toEqual(['2023-03-02', '2023-02-17', '2023-02-10']);
  });
});

describe('year inference across a saved listing page', () => {
  it('"17 feb." in one <article> takes 2023 from the posts around it, not the page\'s stale 2019 date', async () => {
    const { nodeImportEnv } = await import('../../support/fidelity-harness');
    const article = (title: string, text: string) => `<article><h2>${title}</h2><p>${text}</p></article>`;
    const html = `<html><head><meta property="article:published_time" content="2019-05-01T10:00:00Z"></head><body><main>
      ${article('Consejo se reúne en Santiago', 'Santiago, 2 de marzo de 2023.- El consejo se reunió en Santiago para revisar la agenda de cooperación.')}
      ${article('Acuerdo pesquero firmado', 'Lima, 17 feb.- El grupo de pesca firmó el acuerdo regional sobre acuicultura.')}
      ${article('Ministros de comercio en Bogotá', 'Bogotá, 10 de febrero de 2023.- Los ministros de comercio se reunieron en Bogotá.')}
    </main></body></html>`;
    const report = await importFileReport({ name: 'listado.html', bytes: new TextEncoder().encode(html) }, nodeImportEnv());
    expect(report.bulletins.map((b) => [b.date, b.yearInferred ?? false])).toEqual([['2023-03-02', false], ['2023-02-17', true], ['2023-02-10', false]]);
  });
});
