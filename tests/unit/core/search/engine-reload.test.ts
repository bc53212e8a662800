import { describe, expect, it } from 'vitest';
import { SearchEngine, type SearchDoc } from '../../../../renderer/src/core/search/engine';
import { createSpellingIndex } from '../../../../renderer/src/core/search/spelling';
import type { SearchChunk } from '../../../../renderer/src/core/search/engine-types';

/** Tombstoned slots of an export (its `alive` column). */
function deadSlots(chunks: readonly SearchChunk[]): number[] {
  const alive = chunks.find(([k]) => k === 'table/alive')?.[1];
  if (!(alive instanceof Uint8Array)) throw new Error('no alive column');
  return Array.from(alive.keys()).filter((slot) => alive[slot] !== 1);
}

describe('engine after compaction and reload', () => {
  const words = 'pesca acuicultura fisheries aquaculture cooperación digital seguridad climate change tourism trade'.split(' ');
  const docs: SearchDoc[] = Array.from({ length: 1500 }, (_, i) => ({
    id: `d${i}`,
    title: `${words[i % words.length] ?? ''} ${words[(i * 7) % words.length] ?? ''}`,
    body: Array.from({ length: 12 }, (_, k) => words[(i * 31 + k * k) % words.length]).join(' '),
    tags: [{ id: `t${i % 4}`, name: `Tag ${i % 4}` }],
    countries: [i % 2 ? 'Peru' : 'Chile'],
    organisations: [],
    language: i % 2 ? 'es' : 'en',
    date: `20${String(10 + (i % 14))}-0${(i % 9) + 1}-01`,
  }));
  const queries = ['pesca', 'climate change', '"climate change"', 'cooperacion', 'pesca OR tourism', 'trade -chile', 'tag:"Tag 1" digital', 'year:2015 fisheries', 'acuic', 'title:tourism', 'zebrafish', 'tourisn'];

  it('answers exactly like an engine built from the surviving documents alone', async () => {
    const removed = new Set(docs.slice(0, 1100).filter((_, i) => i % 2 === 0).map((d) => d.id));
    const updated: SearchDoc = { ...(docs[1] as SearchDoc), title: 'Zebrafish' };
    const engine = new SearchEngine({ spelling: createSpellingIndex });
    engine.add(docs);
    // Beyond the compaction threshold (550 tombstones > 20%): every slot list is renumbered.
    engine.remove([...removed]);
    engine.update(updated);
    expect(engine.size).toBe(1500 - 550);
    const chunks = await engine.export();
    // Compacted at the removal; the later update left one tombstone.
    expect(deadSlots(chunks)).toHaveLength(1);
    expect(chunks.find(([k]) => k === 'table/ids.len')?.[1]).toHaveLength(951);
    const reloaded = new SearchEngine({ spelling: createSpellingIndex });
    await reloaded.import(chunks);
    const fresh = new SearchEngine({ spelling: createSpellingIndex });
    fresh.add([...docs.filter((d) => !removed.has(d.id) && d.id !== updated.id), updated]);
    // Same matches, facets and suggestions as the fresh engine; the order may differ by a hair where
    // scores are near-equal, since a tombstone still counts in a word's document frequency (idf).
    const sameMatches = (r: ReturnType<SearchEngine['search']>) => ({ ...r, ids: [...r.ids].sort() });
    for (const q of queries) {
      const want = fresh.search(q);
      if (q !== 'tourisn') expect(want.total, q).toBeGreaterThan(0);
      expect(sameMatches(engine.search(q)), q).toEqual(sameMatches(want));
      expect(reloaded.search(q), q).toEqual(engine.search(q));
    }
    expect(fresh.search('tourisn').suggestion).toBe('tourism');
  });
});

describe('engine after a two-stage reload', () => {
  it('answers alike from the directory with postings supplied on demand, then after the second stage', async () => {
    const word = (n: number): string => `v${n.toString(36)}`;
    const docs: SearchDoc[] = Array.from({ length: 1500 }, (_, i) => ({
      id: `d${i}`, title: `${word(i % 50)} tourism`, body: Array.from({ length: 90 }, (_, k) => word((i * 7919 + k * 104729) % 15000)).join(' '),
      tags: [], countries: [i % 2 ? 'Peru' : 'Chile'], organisations: [], language: 'en', date: `20${String(10 + (i % 14))}-01-01`,
    }));
    const queries = ['v1', 'v1a', word(14999), `${word(7)} -chile`, 'tourisn', 'v', `title:${word(3)}`];
    const source = new SearchEngine({ spelling: createSpellingIndex });
    source.add(docs);
    source.remove(['d5', 'd6']);
    const expected = queries.map((q) => source.search(q));
    const chunks = await source.export();
    const later = chunks.filter(([k]) => k.startsWith('later/'));
    expect(later.filter(([k]) => k.startsWith('later/text/')).length).toBeGreaterThan(1);
    const copy = new SearchEngine({ spelling: createSpellingIndex });
    copy.importFirst(chunks.filter(([k]) => !k.startsWith('later/')));
    let supplied = 0;
    const answers = queries.map((q) => {
      for (;;) {
        const result = copy.search(q);
        const missing = copy.missingChunks();
        if (missing.length === 0) return result;
        supplied += missing.length;
        copy.supplyChunks(missing.map((position) => later[position] as SearchChunk));
      }
    });
    expect(supplied).toBeGreaterThan(0);
    expect(answers).toEqual(expected);
    expect(answers.find((r) => r.suggestion !== undefined)?.suggestion).toBe('tourism');
    expect(copy.loadingLater).toBe(true);
    copy.importLater(later);
    expect(queries.map((q) => copy.search(q))).toEqual(expected);
    expect(await copy.export()).toEqual(chunks);
  });
});

describe('tombstones', () => {
  it('survive export → import without compaction', async () => {
    const doc = (id: string, title: string): SearchDoc => ({ id, title, body: 'x', tags: [], countries: [], organisations: [], language: 'en', date: null });
    const engine = new SearchEngine({ spelling: createSpellingIndex });
    engine.add([doc('a', 'Fisheries'), doc('b', 'Fisheries'), doc('c', 'Trade')]);
    engine.remove(['a']);
    engine.update(doc('b', 'Fisheries policy'));
    const chunks = await engine.export();
    expect(deadSlots(chunks)).toEqual([0, 1]);
    const copy = new SearchEngine({ spelling: createSpellingIndex });
    await copy.import(chunks);
    expect(copy.size).toBe(2);
    expect(copy.has('a')).toBe(false);
    expect(copy.ids().sort()).toEqual(['b', 'c']);
    expect(copy.search('fisheries', { prefixLast: false }).ids).toEqual(['b']);
    copy.add([doc('a', 'Fisheries again')]);
    expect(copy.search('fisheries', { prefixLast: false }).ids.sort()).toEqual(['a', 'b']);
  });
});
