// The minimal range match of issue 20: `year:` / `date:` meet an approximate date's whole range,
// also after the index is saved and loaded, removed and compacted.
import { describe, expect, it } from 'vitest';
import { SearchEngine, type SearchDoc } from '../../../../renderer/src/core/search/engine';

const doc = (id: string, date: string | null, dateEnd?: string): SearchDoc => ({
  id, title: `Bulletin ${id}`, body: 'fisheries cooperation', tags: [], countries: [], organisations: [], language: 'en', date, ...(dateEnd ? { dateEnd } : {}),
});
const found = (engine: SearchEngine, q: string): string[] => [...engine.search(q, { sort: 'date-asc' }).ids].sort();

describe('approximate ranges in year: and date: filters', () => {
  const docs = [doc('exact', '2023-11-14'), doc('range', '2023-10-18', '2023-11-09'), doc('across', '2023-12-20', '2024-01-05'), doc('undated', null)];

  it('matches when the range meets the asked period', () => {
    const engine = new SearchEngine();
    engine.add(docs);
    expect(found(engine, 'year:2023')).toEqual(['across', 'exact', 'range']);
    expect(found(engine, 'year:2024')).toEqual(['across']);
    expect(found(engine, 'date:2023-11')).toEqual(['exact', 'range']);
    expect(found(engine, 'date:2023-10-20..2023-10-25')).toEqual(['range']);
    expect(found(engine, 'date:..2023-10-17')).toEqual([]);
    expect(found(engine, '-year:2023 fisheries')).toEqual(['undated']);
  });

  it('keeps the ranges through save/load and compaction', async () => {
    const engine = new SearchEngine();
    engine.add([doc('gone', '2020-01-01', '2020-02-01'), ...docs]);
    engine.remove(['gone']);
    const copy = new SearchEngine();
    await copy.import(structuredClone(await engine.export()));
    expect(found(copy, 'year:2024')).toEqual(['across']);
    expect(found(copy, 'year:2020')).toEqual([]);
    copy.add([doc('later', '2021-03-01', '2021-05-01')]);
    expect(found(copy, 'date:2021-04')).toEqual(['later']);
  });
});
