import { describe, expect, it } from 'vitest';
import { SearchEngine, type SearchDoc, type TermBackend } from '../../../../renderer/src/core/search/engine';
import { FlexPostings } from '../../../../renderer/src/core/search/flex-postings';
import { PairSignatures } from '../../../../renderer/src/core/search/pair-signatures';
import { Postings } from '../../../../renderer/src/core/search/postings';
import type { TermIndex } from '../../../../renderer/src/core/search/term-index';
import { pairHashes, tokenize } from '../../../../renderer/src/core/search/analyze';
import type { SearchChunk } from '../../../../renderer/src/core/search/engine-types';

/** Tombstoned slots of an export (its `alive` column). */
function deadSlots(chunks: readonly SearchChunk[]): number[] {
  const alive = chunks.find(([k]) => k === 'table/alive')?.[1];
  if (!(alive instanceof Uint8Array)) throw new Error('no alive column');
  return Array.from(alive.keys()).filter((slot) => alive[slot] !== 1);
}

const backends: Array<[TermBackend, () => TermIndex]> = [
  ['flex', () => new FlexPostings()],
  ['custom', () => new Postings()],
];

describe.each(backends)('term index (%s)', (_name, make) => {
  function filled(): TermIndex {
    const index = make();
    index.addDoc(0, ['pesca', 'peru']);
    index.addDoc(1, ['pesca', 'pescado']);
    index.addDoc(2, ['chile']);
    index.addDoc(3, ['pesca', 'chile', 'pescador']);
    return index;
  }

  it('returns ascending slots per term and nothing for unknown terms', () => {
    const index = filled();
    expect(index.get('pesca')).toEqual([0, 1, 3]);
    expect(index.get('chile')).toEqual([2, 3]);
    expect(index.get('nada')).toEqual([]);
    expect(index.has('peru')).toBe(true);
    expect(index.termCount).toBe(5);
  });

  it('expands prefixes, most frequent first when capped', () => {
    const index = filled();
    expect(index.withPrefix('pesc', 10).sort()).toEqual(['pesca', 'pescado', 'pescador']);
    expect(index.withPrefix('pesc', 1)).toEqual(['pesca']);
    expect(index.withPrefix('x', 10)).toEqual([]);
  });

  it('renumbers slots and forgets terms left without documents', () => {
    const index = filled();
    index.remap(Int32Array.from([0, -1, 1, 2]));
    expect(index.get('pesca')).toEqual([0, 2]);
    expect(index.get('chile')).toEqual([1, 2]);
    expect(index.has('pescado')).toBe(false);
    index.addDoc(3, ['pescado']);
    expect(index.get('pescado')).toEqual([3]);
  });

  it('round-trips through encode/decode and keeps accepting documents', () => {
    const copy = make();
    copy.decode(filled().encode());
    expect(copy.get('pesca')).toEqual([0, 1, 3]);
    expect(copy.withPrefix('pesc', 10).sort()).toEqual(['pesca', 'pescado', 'pescador']);
    copy.addDoc(4, ['pesca', 'nuevo']);
    expect(copy.get('pesca')).toEqual([0, 1, 3, 4]);
    expect(copy.get('nuevo')).toEqual([4]);
  });
});

describe.each(backends)('term index persistence (%s)', (_name, make) => {
  function big(): TermIndex {
    const index = make();
    for (let slot = 0; slot < 3000; slot++) index.addDoc(slot, ['all', ...(slot % 3 === 0 ? ['third'] : []), ...(slot % 1000 === 7 ? ['rare'] : [])]);
    return index;
  }

  it('re-encodes untouched and touched terms identically, with long lists intact', () => {
    const source = big();
    const copy = make();
    copy.decode(source.encode());
    expect(copy.encode()).toEqual(source.encode());
    expect(copy.get('third')).toEqual(source.get('third'));
    expect(copy.get('all')).toHaveLength(3000);
    expect(copy.withPrefix('r', 5)).toEqual(['rare']);
    expect(copy.encode()).toEqual(source.encode());
  });

  it('compacts a decoded index without losing unused terms', () => {
    const copy = make();
    copy.decode(big().encode());
    const map = Int32Array.from({ length: 3000 }, (_, slot) => (slot < 1500 ? -1 : slot - 1500));
    copy.remap(map);
    expect(copy.get('rare')).toEqual([507]); // slots 7 and 1007 were removed, 2007 → 507
    expect(copy.get('third')[0]).toBe(0);
    expect(copy.get('all')).toHaveLength(1500);
  });
});

describe('phrase signatures', () => {
  const hashes = (text: string): number[] => pairHashes(tokenize(text));

  it('tells adjacent pairs apart from reversed and separated ones', () => {
    const sig = new PairSignatures();
    sig.push(hashes('La cooperación técnica del grupo de trabajo avanza'));
    expect(sig.hasAll(0, hashes('cooperacion tecnica'))).toBe(true);
    expect(sig.hasAll(0, hashes('grupo de trabajo'))).toBe(true);
    let falsePositives = 0;
    for (let i = 0; i < 200; i++) if (sig.hasAll(0, hashes(`palabra${i} otra${i}`))) falsePositives++;
    expect(falsePositives).toBeLessThan(10);
  });

  it('keeps large multi-block filters exact for present pairs, rarely wrong otherwise, and binary when stored', () => {
    const sig = new PairSignatures();
    const words = Array.from({ length: 600 }, (_, i) => `w${i}x`).join(' ');
    sig.push(hashes(words));
    sig.push(hashes('short text here'));
    const copy = new PairSignatures();
    const [lengths, units] = sig.encode();
    expect(units).toBeInstanceOf(Uint8Array);
    expect(units.length).toBe(Array.from(lengths).reduce((a, b) => a + b, 0));
    copy.decode(lengths, units);
    for (let i = 0; i < 599; i++) expect(copy.hasAll(0, hashes(`w${i}x w${i + 1}x`))).toBe(true);
    let falsePositives = 0;
    for (let i = 0; i < 2000; i++) if (copy.hasAll(0, hashes(`w${i}x w${i + 7}x`))) falsePositives++;
    expect(falsePositives).toBeLessThan(60);
    const all = copy.filter([0, 1], hashes('short text'));
    expect(all).toEqual([1]);
  });

  it('reads imported signatures in place, appends after them and compacts both', () => {
    const sig = new PairSignatures();
    sig.push(hashes('climate change'));
    sig.push(hashes('digital security'));
    const copy = new PairSignatures();
    copy.decode(...sig.encode());
    copy.push(hashes('green growth'));
    expect(copy.size).toBe(3);
    expect(copy.hasAll(1, hashes('digital security'))).toBe(true);
    expect(copy.hasAll(2, hashes('green growth'))).toBe(true);
    const again = new PairSignatures();
    again.decode(...copy.encode());
    expect(again.hasAll(2, hashes('green growth'))).toBe(true);
    copy.remap(Int32Array.from([-1, 0, 1]));
    expect(copy.size).toBe(2);
    expect(copy.hasAll(0, hashes('digital security'))).toBe(true);
    expect(copy.hasAll(1, hashes('green growth'))).toBe(true);
  });
});

describe('engine backends agree', () => {
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
  const queries = ['pesca', 'climate change', '"climate change"', 'cooperacion', 'pesca OR tourism', 'trade -chile', 'tag:"Tag 1" digital', 'year:2015 fisheries', 'acuic'];

  it('gives identical results on FlexSearch and the custom postings, also after removals and a reload', async () => {
    const flex = new SearchEngine();
    const custom = new SearchEngine({ backend: 'custom' });
    const hybrid = new SearchEngine({ backend: 'hybrid' });
    expect(flex.backend).toBe('flex');
    for (const engine of [flex, custom, hybrid]) {
      engine.add(docs);
      // Beyond the compaction threshold: FlexSearch renumbers through export → import.
      engine.remove(docs.slice(0, 1100).filter((_, i) => i % 2 === 0).map((d) => d.id));
      engine.update({ ...(docs[1] as SearchDoc), title: 'Zebrafish' });
    }
    expect(flex.size).toBe(1500 - 550);
    const chunks = await flex.export();
    // Compacted at the removal (550 tombstones > 20%); the later update left one tombstone.
    expect(deadSlots(chunks)).toHaveLength(1);
    expect(chunks.find(([k]) => k === 'table/ids.len')?.[1]).toHaveLength(951);
    const reloaded = new SearchEngine({ backend: 'custom' });
    await reloaded.import(chunks);
    expect(reloaded.backend).toBe('flex');
    for (const q of [...queries, 'zebrafish']) {
      const expected = custom.search(q);
      expect(expected.total, q).toBeGreaterThan(0);
      expect(flex.search(q), q).toEqual(expected);
      expect(hybrid.search(q), q).toEqual(expected);
      expect(reloaded.search(q), q).toEqual(expected);
    }
  });
});

describe('engine backends agree after a two-stage reload', () => {
  it('answers alike from the directory with postings supplied on demand, then after the second stage', async () => {
    const word = (n: number): string => `v${n.toString(36)}`;
    const docs: SearchDoc[] = Array.from({ length: 1500 }, (_, i) => ({
      id: `d${i}`, title: `${word(i % 50)} tourism`, body: Array.from({ length: 90 }, (_, k) => word((i * 7919 + k * 104729) % 15000)).join(' '),
      tags: [], countries: [i % 2 ? 'Peru' : 'Chile'], organisations: [], language: 'en', date: `20${String(10 + (i % 14))}-01-01`,
    }));
    const queries = ['v1', 'v1a', word(14999), `${word(7)} -chile`, 'tourisn', 'v', `title:${word(3)}`];
    const results: Array<Array<ReturnType<SearchEngine['search']>>> = [];
    for (const backend of ['flex', 'custom', 'hybrid'] as const) {
      const source = new SearchEngine({ backend });
      source.add(docs);
      source.remove(['d5', 'd6']);
      const chunks = await source.export();
      const later = chunks.filter(([k]) => k.startsWith('later/'));
      expect(later.filter(([k]) => k.startsWith('later/text/')).length, backend).toBeGreaterThan(1);
      const copy = new SearchEngine();
      copy.importFirst(chunks.filter(([k]) => !k.startsWith('later/')));
      expect(copy.backend).toBe(backend);
      const answers = queries.map((q) => {
        for (;;) {
          const result = copy.search(q);
          const missing = copy.missingChunks();
          if (missing.length === 0) return result;
          copy.supplyChunks(missing.map((position) => later[position] as SearchChunk));
        }
      });
      expect(copy.loadingLater).toBe(true);
      copy.importLater(later);
      expect(queries.map((q) => copy.search(q))).toEqual(answers);
      expect(await copy.export()).toEqual(chunks);
      results.push(answers);
    }
    expect(results[0]?.find((r) => r.suggestion !== undefined)?.suggestion).toBe('tourism');
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe('tombstones', () => {
  it('survive export → import without compaction', async () => {
    const doc = (id: string, title: string): SearchDoc => ({ id, title, body: 'x', tags: [], countries: [], organisations: [], language: 'en', date: null });
    const engine = new SearchEngine();
    engine.add([doc('a', 'Fisheries'), doc('b', 'Fisheries'), doc('c', 'Trade')]);
    engine.remove(['a']);
    engine.update(doc('b', 'Fisheries policy'));
    const chunks = await engine.export();
    expect(deadSlots(chunks)).toEqual([0, 1]);
    const copy = new SearchEngine();
    await copy.import(chunks);
    expect(copy.size).toBe(2);
    expect(copy.has('a')).toBe(false);
    expect(copy.ids().sort()).toEqual(['b', 'c']);
    expect(copy.search('fisheries', { prefixLast: false }).ids).toEqual(['b']);
    copy.add([doc('a', 'Fisheries again')]);
    expect(copy.search('fisheries', { prefixLast: false }).ids.sort()).toEqual(['a', 'b']);
  });
});
