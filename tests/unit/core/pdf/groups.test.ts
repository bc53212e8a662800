import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupBulletins, printOrder, type GroupFacts } from '../../../../renderer/src/core/pdf/groups';
import { pdfWordsFor } from '../../../../renderer/src/core/pdf/words';

const EN = pdfWordsFor('en');
const ES = pdfWordsFor('es');

const at = (date: string | null, patch: Partial<GroupFacts> = {}): GroupFacts => ({
  date,
  datePrecision: date === null ? 'unknown' : 'day',
  countries: [],
  tags: [],
  ...patch,
});

describe('groupBulletins: groups follow dates, the manual order is kept inside each', () => {
  it('orders months chronologically but keeps the dossier order within a month', () => {
    // Dossier order set by hand: a late-October item before an early one, November first of all.
    const items = [at('2023-11-14'), at('2023-10-30'), at('2023-10-03'), at(null), at('2023-10-17'), at('2023-11-09')];
    const groups = groupBulletins(items, 'month', EN);
    expect(groups).toEqual([
      { label: 'October 2023', indexes: [1, 2, 4] },
      { label: 'November 2023', indexes: [0, 5] },
      { label: 'Undated', indexes: [3] },
    ]);
    expect(printOrder(groups)).toEqual([1, 2, 4, 0, 5, 3]);
  });

  it('names month groups in the dossier language, capitalised as headings', () => {
    const groups = groupBulletins([at('2023-10-30'), at('2023-09-01'), at(null)], 'month', ES);
    expect(groups.map((g) => g.label)).toEqual(['Septiembre de 2023', 'Octubre de 2023', 'Sin fecha']);
  });

  it('puts a year-only date in its year, before that year\'s months', () => {
    const groups = groupBulletins([at('2023-10-30'), at('2023-01-01', { datePrecision: 'year' })], 'month', EN);
    expect(groups.map((g) => g.label)).toEqual(['2023', 'October 2023']);
  });

  it('groups by first country, alphabetically ignoring accents, the ungrouped last', () => {
    const items = [at(null, { countries: ['Peru', 'Chile'] }), at(null), at(null, { countries: ['México'] }), at(null, { countries: ['Chile'] }), at(null, { countries: ['Peru'] })];
    expect(groupBulletins(items, 'country', EN)).toEqual([
      { label: 'Chile', indexes: [3] },
      { label: 'México', indexes: [2] },
      { label: 'Peru', indexes: [0, 4] },
      { label: 'No country', indexes: [1] },
    ]);
  });

  it('is one group without a heading when not grouped', () => {
    expect(groupBulletins([at('2023-11-01'), at('2023-01-01')], 'none', EN)).toEqual([{ label: null, indexes: [0, 1] }]);
  });

  it('prints every bulletin exactly once, and a bulletin\'s order among its group follows the input', () => {
    const fact = fc.record({
      date: fc.option(fc.constantFrom('2023-01-05', '2023-01-20', '2023-02-11', '2022-12-31'), { nil: null }),
      year: fc.boolean(),
      countries: fc.array(fc.constantFrom('Chile', 'Peru', 'México', ' '), { maxLength: 2 }),
      tags: fc.array(fc.constantFrom('trade', 'Fisheries', 'fisheries'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 25 }), fc.constantFrom('none', 'month', 'country', 'tag' as const), (raw, grouping) => {
        const items = raw.map((r) => at(r.date, { countries: r.countries, tags: r.tags, ...(r.year && r.date ? { datePrecision: 'year' as const } : {}) }));
        const groups = groupBulletins(items, grouping, EN);
        const order = printOrder(groups);
        expect([...order].sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
        for (const g of groups) expect(g.indexes).toEqual([...g.indexes].sort((a, b) => a - b));
      }),
    );
  });
});
