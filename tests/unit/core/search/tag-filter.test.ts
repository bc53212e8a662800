import { describe, expect, it } from 'vitest';
import { SearchEngine, type SearchDoc } from '../../../../renderer/src/core/search/engine';
import { TagIndex, type SearchTag } from '../../../../renderer/src/core/search/tag-filter';
import { STARTER_TAXONOMY, type StarterTag } from '../../../../renderer/src/core/tags/starter-taxonomy';

/** The starter taxonomy as the search worker receives it. */
function starterTags(): SearchTag[] {
  const out: SearchTag[] = [];
  const walk = (tags: readonly StarterTag[], parentId: string | null): void => {
    for (const t of tags) {
      const id = `${parentId ?? ''}/${t.name}`;
      out.push({ id, name: t.name, parentId });
      walk(t.children ?? [], id);
    }
  };
  walk(STARTER_TAXONOMY, null);
  return out;
}

const doc = (id: string, title: string, body: string, more: Partial<SearchDoc>): SearchDoc => ({
  id, title, body, tags: [], countries: [], organisations: [], language: 'en', date: null, ...more,
});

describe('tag: against the tag tree', () => {
  const tags = starterTags();
  const index = new TagIndex(tags);

  it('matches a whole name or path first, else every tag whose name contains the words, with descendants', () => {
    const green = tags.find((t) => t.name === 'Environment and Green Growth');
    expect(green).toBeDefined();
    expect(index.resolve('Green Growth')).toEqual([green?.id]);
    expect(index.resolve('environment and green growth')).toEqual([green?.id]);
    const fish = index.resolve('fish');
    expect(fish.length).toBeGreaterThan(0);
    expect(fish.every((id) => /fish/i.test(id))).toBe(true);
    // A parent brings its children.
    expect(index.resolve('Member countries').length).toBe(5);
    expect(index.resolve('no such tag')).toEqual([]);
  });

  it('finds a tag by its name in the other language: a `names` entry, or the glossary', () => {
    const named = new TagIndex([{ id: 'p', name: 'Fisheries and Aquaculture', parentId: null, names: { es: 'Pesca y Acuicultura' } }]);
    expect(named.resolve('pesca y acuicultura')).toEqual(['p']);
    expect(index.resolve('Crecimiento Verde').length).toBe(1);
  });

  it('offers tags named like a word when a search finds nothing', () => {
    const engine = new SearchEngine();
    engine.setTags(tags);
    engine.add([doc('a', 'Trade', 'Trade.', {})]);
    const result = engine.search('aquaculture');
    expect(result.total).toBe(0);
    expect(result.tagOffers?.[0]?.tag).toMatch(/Fisheries and Aquaculture/);
  });
});

describe('approximate dates in year: and date:', () => {
  it('match when the range [date, dateEnd] meets the asked one, and persist through export/import', async () => {
    const engine = new SearchEngine();
    engine.add([
      doc('year', 'Approx year', 'x', { date: '2023-01-01', dateEnd: '2023-12-31' }),
      doc('month', 'Approx month', 'x', { date: '2023-11-01', dateEnd: '2023-11-30' }),
      doc('day', 'Exact day', 'x', { date: '2023-10-05' }),
      doc('none', 'Undated', 'x', {}),
    ]);
    const found = (q: string, e: SearchEngine = engine): string[] => e.search(q).ids.sort();
    expect(found('year:2023')).toEqual(['day', 'month', 'year']);
    expect(found('date:2023-11-15..2023-11-20')).toEqual(['month', 'year']);
    expect(found('date:2023-06')).toEqual(['year']);
    expect(found('date:..2023-10-31')).toEqual(['day', 'year']);
    expect(found('year:2024')).toEqual([]);
    const again = new SearchEngine();
    await again.import(await engine.export());
    expect(found('date:2023-11-15..2023-11-20', again)).toEqual(['month', 'year']);
  });
});
