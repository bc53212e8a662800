import { describe, expect, it } from 'vitest';
import { CodeRows, packInts } from '../../../../renderer/src/core/search/csr';
import { SearchEngine, type SearchChunk, type SearchDoc } from '../../../../renderer/src/core/search/engine';
import { createSpellingIndex } from '../../../../renderer/src/core/search/spelling';
import { LATER_CHUNK_PREFIX } from '../../../../renderer/src/core/search/engine-types';
import { READ_ONLY_METHODS, waitsForLater, type SearchRequest } from '../../../../renderer/src/core/search/protocol';

const WORDS = 'pacific alliance cooperation fisheries trade climate change tourism digital security'.split(' ');
const doc = (i: number, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id: `doc-${i}`,
  title: `${WORDS[i % 10] ?? ''} ${WORDS[(i * 3) % 10] ?? ''} — «${i}»`,
  body: Array.from({ length: 8 }, (_, k) => WORDS[(i * 7 + k * k) % 10]).join(' '),
  tags: i % 4 === 0 ? [] : [{ id: `t${i % 3}`, name: `Tag ${i % 3}` }],
  countries: i % 5 === 0 ? [] : [i % 2 ? 'Peru' : 'Chile', ...(i % 3 ? ['Mexico'] : [])],
  organisations: i % 2 ? ['APEC'] : [],
  language: i % 7 === 0 ? 'other' : i % 2 ? 'es' : 'en',
  date: i % 9 === 0 ? null : `20${10 + (i % 12)}-0${(i % 9) + 1}-1${i % 10}`,
  ...extra,
});
const QUERIES = ['cooperation', 'pacif', 'trade -chile', 'country:mexico fisheries', 'tag:"Tag 1"', 'org:apec', 'year:2015', 'lang:es climate',
  '"pacific alliance"', '"alliance pacific"', 'tourism -"climate change"', 'title:digital'];

/**
 * What the worker does for a query before the later chunks: run it, and while postings chunks were
 * missing, hand over exactly those (by position among the later chunks) and run it again.
 */
function answer<T>(copy: SearchEngine, later: readonly SearchChunk[], run: () => T): { result: T; supplied: number[] } {
  const supplied: number[] = [];
  for (;;) {
    const result = run();
    const missing = copy.missingChunks();
    if (missing.length === 0) return { result, supplied };
    supplied.push(...missing);
    copy.supplyChunks(missing.map((position) => later[position] as SearchChunk));
  }
}

function built(): SearchEngine {
  const engine = new SearchEngine();
  engine.add(Array.from({ length: 400 }, (_, i) => doc(i)));
  engine.remove(['doc-3', 'doc-10', 'doc-11']); // tombstones (below the compaction threshold)
  engine.update(doc(20, { title: 'Zebrafish pacific' }));
  return engine;
}

describe('persisted format', () => {
  it('keeps binary parts binary and round-trips tombstones, typed columns and every kind of query', async () => {
    const engine = built();
    const chunks = await engine.export();
    const byKey = new Map(chunks);
    expect(byKey.get(`${LATER_CHUNK_PREFIX}pairs`)).toBeInstanceOf(Uint8Array);
    expect(byKey.get('table/dates')).toBeInstanceOf(Int32Array);
    expect(byKey.get('table/alive')).toEqual(expect.any(Uint8Array));
    expect(chunks.filter(([k]) => k.startsWith(LATER_CHUNK_PREFIX)).map(([k]) => k)).toEqual([
      'later/text/0', 'later/table/titles', 'later/table/titles.len', 'later/pairs.len', 'later/pairs',
    ]);
    const copy = new SearchEngine();
    await copy.import(structuredClone(chunks));
    expect(copy.size).toBe(engine.size);
    expect(copy.has('doc-3')).toBe(false);
    expect(copy.has('doc-4')).toBe(true);
    expect(copy.ids().sort()).toEqual(engine.ids().sort());
    for (const q of [...QUERIES, 'zebrafish']) {
      for (const sort of ['relevance', 'date-asc', 'date-desc'] as const) expect(copy.search(q, { sort }), `${q} ${sort}`).toEqual(engine.search(q, { sort }));
    }
    // Writes after a load: re-sorting needs the titles, phrases the appended signatures.
    const more = [doc(500, { title: 'Aardvark pacific alliance' }), doc(501)];
    copy.add(more);
    engine.add(more);
    copy.remove(['doc-4']);
    engine.remove(['doc-4']);
    for (const q of QUERIES) expect(copy.search(q), q).toEqual(engine.search(q));
    expect(await copy.export()).toEqual(await engine.export());
  });

  it('loads a version 6 index whose header still names the term backend it was saved with', async () => {
    // Before one term index remained, the header carried `backend` ('flex', 'custom', 'hybrid'); all wrote these postings.
    const engine = built();
    const chunks = await engine.export();
    const header = JSON.parse(String(new Map(chunks).get('header'))) as Record<string, unknown>;
    expect(header).not.toHaveProperty('backend');
    for (const backend of ['flex', 'custom', 'hybrid']) {
      const old = chunks.map(([k, v]): SearchChunk => [k, k === 'header' ? JSON.stringify({ ...header, backend }) : v]);
      const copy = new SearchEngine();
      await copy.import(old);
      for (const q of QUERIES) expect(copy.search(q), `${backend} ${q}`).toEqual(engine.search(q));
    }
  });

  it('answers plain searches after the first stage and refuses phrases and writes until the later chunks', async () => {
    const engine = built();
    const chunks = await engine.export();
    const first = chunks.filter(([k]) => !k.startsWith(LATER_CHUNK_PREFIX));
    const later = chunks.filter(([k]) => k.startsWith(LATER_CHUNK_PREFIX));
    const copy = new SearchEngine();
    copy.importFirst(first);
    expect(copy.loadingLater).toBe(true);
    for (const q of QUERIES.filter((q) => !q.includes('"') || q.startsWith('tag:'))) {
      expect(copy.needsLater(q), q).toBe(false);
      expect(answer(copy, later, () => copy.search(q, { sort: 'date-asc' })).result, q).toEqual(engine.search(q, { sort: 'date-asc' }));
    }
    expect(copy.loadingLater).toBe(true);
    expect(copy.needsLater('"pacific alliance"')).toBe(true);
    // An acronym's full names are phrases the search adds: they do not wait (their words anywhere meanwhile).
    expect(copy.needsLater('OCDE')).toBe(false);
    expect(() => copy.search('OCDE')).not.toThrow();
    expect(copy.needsLater('tourism -"climate change"')).toBe(true);
    expect(copy.needsLater('pacific', { expandTranslations: true, glossary: [{ en: 'pacific', es: 'alianza del pacífico' }] })).toBe(true);
    expect(() => copy.search('"pacific alliance"')).toThrow(/loading/);
    expect(() => copy.add([doc(900)])).toThrow(/loading/);
    expect(() => copy.remove(['doc-1'])).toThrow(/loading/);
    await expect(copy.export()).rejects.toThrow(/loading/);
    const search = (query: string): SearchRequest => ({ id: 1, method: 'search', args: [query, {}] });
    expect(waitsForLater(copy, search('"pacific alliance"'))).toBe(true);
    expect(waitsForLater(copy, search('pacific alliance'))).toBe(false);
    expect(waitsForLater(copy, { id: 2, method: 'add', args: [[]] })).toBe(true);
    expect(READ_ONLY_METHODS.has('add')).toBe(false);
    copy.importLater(later);
    expect(copy.loadingLater).toBe(false);
    expect(waitsForLater(copy, search('"pacific alliance"'))).toBe(false);
    for (const q of QUERIES) expect(copy.search(q), q).toEqual(engine.search(q));
    expect(await copy.export()).toEqual(chunks);
  });

  it('reads the all-fields postings of a query on demand: only its chunks, with terms, prefixes and counts known up front', async () => {
    // Many distinct words, so the postings span many chunks.
    const engine = new SearchEngine({ spelling: createSpellingIndex });
    const word = (n: number): string => `w${n.toString(36)}x`;
    engine.add(Array.from({ length: 3000 }, (_, i) => doc(i, { body: Array.from({ length: 100 }, (_, k) => word((i * 7919 + k * 104729) % 20000)).join(' ') })));
    const chunks = await engine.export();
    const first = chunks.filter(([k]) => !k.startsWith(LATER_CHUNK_PREFIX));
    const later = chunks.filter(([k]) => k.startsWith(LATER_CHUNK_PREFIX));
    const textChunks = later.filter(([k]) => k.startsWith(`${LATER_CHUNK_PREFIX}text/`)).length;
    expect(textChunks).toBeGreaterThan(3);
    later.slice(0, textChunks).forEach(([k], n) => expect(k).toBe(`${LATER_CHUNK_PREFIX}text/${n}`));
    const copy = new SearchEngine({ spelling: createSpellingIndex });
    copy.importFirst(first);
    // Typing: prefix expansions ranked by the directory's counts, no chunk needed to pick them.
    expect(answer(copy, later, () => copy.suggest('tourisn')).result).toBe('tourism');
    const typed = answer(copy, later, () => copy.search('w1'));
    expect(typed.result).toEqual(engine.search('w1'));
    expect(typed.supplied.length).toBeLessThan(textChunks);
    const exact = answer(copy, later, () => copy.search(word(77), { prefixLast: false }));
    expect(exact.result).toEqual(engine.search(word(77), { prefixLast: false }));
    expect(exact.supplied.length).toBeLessThanOrEqual(1);
    const fix = answer(copy, later, () => copy.search('tourisn'));
    expect(fix.result).toEqual(engine.search('tourisn'));
    expect(fix.result.suggestion).toBe('tourism');
    expect(copy.missingChunks()).toEqual([]);
    copy.importLater(later);
    expect(copy.loadingLater).toBe(false);
    expect(await copy.export()).toEqual(chunks);
    // Damaged: a chunk handed over in another's place.
    const damaged = new SearchEngine();
    damaged.importFirst(first);
    expect(() => damaged.supplyChunks([[`${LATER_CHUNK_PREFIX}text/0`, later[1]?.[1] ?? '']])).toThrow(/rebuild/);
  });

  it('rejects damaged or old-format chunks so the app rebuilds', async () => {
    const chunks = await built().export();
    const without = (key: string): SearchChunk[] => chunks.filter(([k]) => k !== key);
    await expect(new SearchEngine().import(without('table/ids.len'))).rejects.toThrow(/rebuild/);
    await expect(new SearchEngine().import(without('order'))).rejects.toThrow(/rebuild/);
    const copy = new SearchEngine();
    copy.importFirst(chunks);
    expect(() => copy.importLater(without('later/pairs'))).toThrow(/rebuild/);
    expect(() => copy.search('"pacific alliance"')).toThrow();
    expect(() => copy.add([doc(900)])).toThrow(/rebuild/);
    copy.clear();
    copy.add([doc(900)]);
    expect(copy.size).toBe(1);
    const v3: SearchChunk[] = [['header', '{"version":3,"backend":"flex","size":1,"tagNames":[]}'], ['table', '{}'], ['pairs', '1\na']];
    await expect(new SearchEngine().import(v3)).rejects.toThrow(/not supported/);
  });
});

describe('packed columns', () => {
  it('picks the smallest typed array and round-trips code rows', () => {
    expect(packInts([1, 255])).toBeInstanceOf(Uint8Array);
    expect(packInts([1, 256])).toBeInstanceOf(Uint16Array);
    expect(packInts([70000, 2])).toBeInstanceOf(Int32Array);
    expect(Array.from(packInts([-1, 3]))).toEqual([-1, 3]);
    const rows = new CodeRows();
    const data = [[1, 2], [], [300], [0, 4, 5]];
    for (const r of data) rows.push(r);
    const [lengths, values] = rows.encode();
    expect(values).toBeInstanceOf(Uint16Array);
    const copy = new CodeRows();
    copy.load(lengths, values);
    expect(data.map((_, i) => copy.row(i))).toEqual(data);
    copy.push([7]);
    expect(copy.row(4)).toEqual([7]);
    expect(() => copy.load(lengths, values.subarray(1))).toThrow(/corrupt/);
  });
});
