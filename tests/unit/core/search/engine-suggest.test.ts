// "Did you mean" end to end in the engine, on the bench generator's bilingual bulletins.
import { describe, expect, it } from 'vitest';
import { generateTagged } from '../../../../renderer/src/core/generator';
import { SearchEngine, type SearchDoc } from '../../../../renderer/src/core/search/engine';
import { dispatchRead, wantsSpelling, type SearchRequest } from '../../../../renderer/src/core/search/protocol';
import { createSpellingIndex } from '../../../../renderer/src/core/search/spelling';
import { FEW_MATCHES } from '../../../../renderer/src/core/search/suggest';

const docs: SearchDoc[] = generateTagged(1500, 11).map((g, i) => ({
  id: `b${i}`, title: g.bulletin.title, body: g.bulletin.body, tags: [], countries: g.bulletin.countries,
  organisations: g.bulletin.organisations, language: g.bulletin.language, date: g.bulletin.date,
}));
const doc = (id: string, title: string, body = ''): SearchDoc => ({ id, title, body, tags: [], countries: [], organisations: [], language: 'en', date: '2024-01-01' });

function engineWith(list: SearchDoc[]): SearchEngine {
  const engine = new SearchEngine({ spelling: createSpellingIndex });
  engine.add(list);
  return engine;
}

describe('SearchEngine suggestions', () => {
  const engine = engineWith(docs);

  it('corrects misspelt Spanish and English words to words of the archive', () => {
    expect(engine.search('acuicultura').total).toBeGreaterThan(0);
    expect(engine.search('pacific').total).toBeGreaterThan(0);
    expect(engine.suggest('acuicultra')).toBe('acuicultura');
    expect(engine.suggest('cooperacoin')).toBe('cooperación');
    expect(engine.suggest('Pacfic')).toBe('pacific');
    expect(engine.suggest('goverment')).toBe('government');
  });

  it('offers the corrected query when nothing matched, in the typed capitalisation', () => {
    const r = engine.search('Pacfic goverment');
    expect(r.total).toBe(0);
    expect(r.suggestion).toBe('Pacific government');
    expect(engine.search(r.suggestion ?? '').total).toBeGreaterThan(0);
  });

  it('offers nothing for queries that match, nor for words already in the archive', () => {
    for (const q of ['acuicultura', 'Pacific', 'cooperacion', 'pesca OR fisheries']) {
      const r = engine.search(q);
      expect(r.total, q).toBeGreaterThan(0);
      expect(r.suggestion, q).toBeUndefined();
    }
    expect(engine.suggest('acuicultura')).toBeUndefined();
    expect(engine.suggest('qwxzvbnm')).toBeUndefined();
  });

  it('suggests nothing without a spelling factory, and wantsSpelling says the worker should load one', () => {
    const plain = new SearchEngine();
    plain.add(docs.slice(0, 50));
    const request: SearchRequest = { id: 1, method: 'search', args: ['acuicultra', {}] };
    const { response } = dispatchRead(plain, request);
    expect(response).toMatchObject({ ok: true, result: { total: 0 } });
    expect(plain.search('acuicultra').suggestion).toBeUndefined();
    expect(wantsSpelling(plain, request, response)).toBe(true);
    const many: SearchRequest = { id: 2, method: 'search', args: ['alianza OR pacific', {}] };
    const found = dispatchRead(plain, many).response;
    expect(found).toMatchObject({ ok: true, result: { total: expect.any(Number) } });
    expect((found as { result: { total: number } }).result.total).toBeGreaterThan(FEW_MATCHES);
    expect(wantsSpelling(plain, many, found)).toBe(false);
    expect(wantsSpelling(plain, { id: 3, method: 'suggest', args: ['acuicultra'] }, { id: 3, ok: true, result: undefined })).toBe(true);
    plain.useSpelling(createSpellingIndex);
    expect(plain.canSuggest).toBe(true);
    expect(wantsSpelling(plain, request, response)).toBe(false);
    expect(plain.search('acuicultra').suggestion).toBe('acuicultura');
  });

  it('also corrects a word only a few bulletins have when a far more common word is one edit away', () => {
    const many = Array.from({ length: 30 }, (_, i) => doc(`g${i}`, `Government report ${i}`, 'The government of Chile.'));
    const typo = engineWith([...many, doc('t', 'Goverment report', 'A typo in a bulletin.'), doc('m', 'Mangroves', 'Mangroves of Tumbes.')]);
    const r = typo.search('goverment');
    expect(r.total).toBe(1);
    expect(r.suggestion).toBe('government');
    // Real words seen in few bulletins, with no far more common neighbour, stay as typed.
    expect(typo.search('mangroves').suggestion).toBeUndefined();
    expect(typo.search('tumbes').suggestion).toBeUndefined();
    // Enough matches: no suggestion at all.
    expect(typo.search('report').suggestion).toBeUndefined();
  });

  it('keeps up with the archive after the first suggestion: new words, removed and cleared ones', () => {
    const small = engineWith([doc('a', 'Zebrafish research', 'Aquaculture of zebrafish.'), doc('b', 'Tourism', 'Tourism fair.')]);
    expect(small.suggest('tourisn')).toBe('tourism');
    small.add([doc('c', 'Wetlands', 'Mangroves restored.')]);
    expect(small.suggest('mangrovs')).toBe('mangroves');
    small.remove(['a']);
    expect(small.suggest('zebrafsh')).toBeUndefined();
    small.add([doc('d', 'Zebrafish again', '')]);
    expect(small.suggest('zebrafsh')).toBe('zebrafish');
    small.clear();
    expect(small.suggest('tourisn')).toBeUndefined();
    small.add([doc('e', 'Tourism', '')]);
    expect(small.suggest('tourisn')).toBe('tourism');
  });
});
