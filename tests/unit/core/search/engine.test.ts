import { describe, expect, it } from 'vitest';
import { SearchEngine, type SearchChunk, type SearchDoc } from '../../../../renderer/src/core/search/engine';
import { createSpellingIndex } from '../../../../renderer/src/core/search/spelling';
import { naiveSearch } from '../../../../renderer/src/core/search/naive';
import { readCorpusText } from '../../support/corpus';

function doc(id: string, title: string, body: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return { id, title, body, tags: [], countries: [], organisations: [], language: 'en', date: '2023-01-01', ...extra };
}

function engineWith(docs: SearchDoc[]): SearchEngine {
  const engine = new SearchEngine({ spelling: createSpellingIndex });
  engine.add(docs);
  return engine;
}

const exact = { prefixLast: false } as const;

describe('SearchEngine matching', () => {
  const engine = engineWith([
    doc('peru', 'Reunión en Lima', 'La delegación del Perú presentó avances en acuicultura.', { language: 'es', date: '2023-10-05', countries: ['Peru'] }),
    doc('mexico', 'Summit in México', 'MEXICO and Chile signed a roadmap on fisheries and trade.', { date: '2022-05-01', countries: ['Mexico', 'Chile'] }),
    doc('climate', 'Webinar', 'The webinar on climate change gathered experts on fisheries policies.', { date: '2023-11-10', organisations: ['IDB'] }),
    doc('change', 'Other', 'A change in the climate of negotiation was noted.', { date: '2023-11-11' }),
    doc('council', 'Council', 'The Consejo de Ministros met. El consejo para ministros no.', { language: 'es', date: '2021-03-01' }),
  ]);

  it('finds accented text with accent-free queries and vice versa', () => {
    expect(engine.search('peru', exact).ids).toEqual(['peru']);
    expect(engine.search('PERÚ', exact).ids).toEqual(['peru']);
    expect(engine.search('mexico', exact).ids).toEqual(['mexico']);
    expect(engine.search('acuicultura', exact).ids).toEqual(['peru']);
  });

  it('matches plurals by stem', () => {
    expect(engine.search('fishery policy', exact).ids).toEqual(['climate']);
  });

  it('checks phrases for adjacency and order', () => {
    expect(engine.search('"climate change"').ids).toEqual(['climate']);
    expect(engine.search('climate change', exact).ids.sort()).toEqual(['change', 'climate']);
    expect(engine.search('"change climate"').ids).toEqual([]);
    expect(engine.search('"consejo de ministros"').ids).toEqual(['council']);
    expect(engine.search('"consejo con ministros"').ids).toEqual([]);
  });

  it('supports OR and exclusions', () => {
    expect(engine.search('acuicultura OR roadmap', exact).ids.sort()).toEqual(['mexico', 'peru']);
    expect(engine.search('fisheries -chile', exact).ids).toEqual(['climate']);
    expect(engine.search('climate -"climate change"', exact).ids).toEqual(['change']);
  });

  it('applies field filters', () => {
    expect(engine.search('country:perú').ids).toEqual(['peru']);
    expect(engine.search('country:chile fisheries', exact).ids).toEqual(['mexico']);
    expect(engine.search('lang:es').ids.sort()).toEqual(['council', 'peru']);
    expect(engine.search('year:2022').ids).toEqual(['mexico']);
    expect(engine.search('date:2023-10..2023-11').ids).toEqual(['change', 'climate', 'peru']);
    expect(engine.search('date:..2022-06').ids).toEqual(['mexico', 'council']);
    expect(engine.search('org:idb').ids).toEqual(['climate']);
    expect(engine.search('title:webinar').ids).toEqual(['climate']);
    expect(engine.search('title:fisheries', exact).ids).toEqual([]);
    expect(engine.search('year:2023 -country:peru').ids).toEqual(['change', 'climate']);
  });

  it('lists filter-only queries by date and supports date sorting', () => {
    expect(engine.search('year:2023').ids).toEqual(['change', 'climate', 'peru']);
    expect(engine.search('year:2023', { sort: 'date-asc' }).ids).toEqual(['peru', 'climate', 'change']);
  });

  it('counts facets over all matches, not just the returned page', () => {
    const r = engine.search('', { limit: 1 });
    expect(r.ids).toHaveLength(1);
    expect(r.total).toBe(5);
    expect(r.facets.year).toEqual({ '2021': 1, '2022': 1, '2023': 3 });
    expect(r.facets.language).toEqual({ en: 3, es: 2 });
    expect(r.facets.country).toEqual({ Peru: 1, Mexico: 1, Chile: 1 });
  });

  it('reports errors instead of throwing', () => {
    expect(engine.search('"unclosed').error).toMatch(/quotation/);
    expect(engine.search('the of', exact).error).toMatch(/common words/);
  });

  it('prefix-matches the last typed word only', () => {
    expect(engine.search('acuicul').ids).toEqual(['peru']);
    expect(engine.search('acuicul', exact).ids).toEqual([]);
    expect(engine.search('acuicul ').ids).toEqual([]);
  });
});

describe('SearchEngine ranking', () => {
  it('ranks title matches above body matches, then newer first when the scores tie', () => {
    const engine = engineWith([
      doc('body-new', 'News', 'Aquaculture update.', { date: '2024-01-01' }),
      doc('title-old', 'Aquaculture forum', 'Text.', { date: '2020-01-01' }),
      doc('title-new', 'Aquaculture summit', 'Text.', { date: '2023-01-01' }),
      doc('body-old', 'Misc', 'Aquaculture report.', { date: '2019-01-01' }),
    ]);
    expect(engine.search('aquaculture', exact).ids).toEqual(['title-new', 'title-old', 'body-new', 'body-old']);
    expect(engine.search('aquaculture', { ...exact, sort: 'date-desc' }).ids).toEqual(['body-new', 'title-new', 'title-old', 'body-old']);
  });
});

describe('SearchEngine tags, updates, translations', () => {
  it('filters tags through resolveTag (descendants) or by name', () => {
    const engine = engineWith([
      doc('a', 'A', 'x', { tags: [{ id: 't1', name: 'Green Growth' }] }),
      doc('b', 'B', 'x', { tags: [{ id: 't2', name: 'Oceans' }] }),
      doc('c', 'C', 'x'),
    ]);
    expect(engine.search('tag:"green growth"').ids).toEqual(['a']);
    expect(engine.search('tag:Environment', { resolveTag: () => ['t1', 't2'] }).ids.sort()).toEqual(['a', 'b']);
    // A tag's name is not a word of the bulletin: it matches through `tag:` only.
    expect(engine.search('oceans', exact).ids).toEqual([]);
    expect(engine.search('tag:oceans', exact).ids).toEqual(['b']);
    expect(engine.search('').facets.tag).toEqual({ t1: 1, t2: 1 });
  });

  it('updates and removes documents', () => {
    const engine = engineWith([doc('a', 'Tourism', 'x'), doc('b', 'Trade', 'y')]);
    engine.update(doc('a', 'Education', 'x'));
    expect(engine.search('tourism', exact).ids).toEqual([]);
    expect(engine.search('education', exact).ids).toEqual(['a']);
    engine.remove(['b']);
    expect(engine.size).toBe(1);
    expect(engine.has('b')).toBe(false);
    expect(engine.search('trade', exact).total).toBe(0);
    expect(engine.ids()).toEqual(['a']);
  });

  it('also matches translations when asked', () => {
    const engine = engineWith([
      doc('es', 'Pesca artesanal', 'Cambio climático y pesca.', { language: 'es' }),
      doc('en', 'Fisheries', 'Climate change and fisheries.'),
    ]);
    expect(engine.search('pesca', exact).ids).toEqual(['es']);
    expect(engine.search('pesca', { ...exact, expandTranslations: true }).ids.sort()).toEqual(['en', 'es']);
    expect(engine.search('"climate change"', { expandTranslations: true }).ids.sort()).toEqual(['en', 'es']);
    expect(engine.search('cambio climatico', { ...exact, expandTranslations: true }).ids.sort()).toEqual(['en', 'es']);
  });
});

describe('SearchEngine suggestions and persistence on the real corpus', () => {
  const text = readCorpusText();
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  const docs = paragraphs.map((p, i) =>
    doc(`p${i}`, p.slice(0, 80), p, { date: `2023-${String((i % 12) + 1).padStart(2, '0')}-01`, countries: /Peru/.test(p) ? ['Peru'] : [] }),
  );
  const engine = engineWith(docs);

  it('indexes every paragraph and agrees with a whole-word scan', () => {
    expect(engine.size).toBe(paragraphs.length);
    // Whole words (saved-search semantics: no prefix, no word families).
    for (const q of ['aquaculture', 'Lima', 'roadmap', 'entrepreneurship']) {
      const wholeWord = new RegExp(`\\b${q}s?\\b`, 'i');
      const expected = docs.filter((d) => wholeWord.test(`${d.title}\n${d.body}`)).map((d) => d.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(engine.search(q, exact).ids.sort()).toEqual(expected.sort());
      if (q === 'entrepreneurship') expect(engine.search(q).total).toBeGreaterThan(expected.length);
      // The substring baseline also finds run-together words of the corpus ("andAquaculture").
      expect(naiveSearch(docs, q)).toEqual(expect.arrayContaining(expected));
    }
  });

  it('suggests the closest indexed word in its surface form', () => {
    expect(engine.suggest('aquacultrue')).toBe('aquaculture');
    expect(engine.suggest('fisheriez')).toBe('fisheries');
    expect(engine.suggest('aquaculture')).toBeUndefined();
    const r = engine.search('aquacultrue', exact);
    expect(r.total).toBe(0);
    expect(r.suggestion).toBe('aquaculture');
  });

  it('suggests accented Spanish words', () => {
    const es = engineWith([doc('1', 'Acuicultura', 'La acuicultura y la pesca.', { language: 'es' })]);
    expect(es.suggest('acuicultrua')).toBe('acuicultura');
  });

  it('round-trips export → import with identical results', async () => {
    engine.remove(['p3']);
    const chunks = await engine.export();
    const copy = new SearchEngine({ spelling: createSpellingIndex });
    await copy.import(chunks);
    expect(copy.size).toBe(engine.size);
    for (const q of ['fisheries', '"climate change"', 'country:peru', 'aquaculture -chile', 'pacif', 'year:2023', 'title:dialogue']) {
      expect(copy.search(q)).toEqual(engine.search(q));
    }
    expect(copy.suggest('aquacultrue')).toBe('aquaculture');
    copy.add([doc('new', 'Brand new bulletin', 'Zebrafish research.')]);
    expect(copy.search('zebrafish', exact).ids).toEqual(['new']);
  });

  it('refuses chunks of another format version', async () => {
    const chunks = await engine.export();
    const broken = chunks.map(([k, v]): SearchChunk => (k === 'header' ? [k, String(v).replace(/"version":\d+/, '"version":99')] : [k, v]));
    await expect(new SearchEngine({ spelling: createSpellingIndex }).import(broken)).rejects.toThrow(/rebuild/);
  });
});
