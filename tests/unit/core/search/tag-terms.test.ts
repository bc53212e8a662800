import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../renderer/src/core/search/engine';
import { dispatchRead, dispatchSearchRequest, type SearchRequest } from '../../../../renderer/src/core/search/protocol';
import { parseQuery } from '../../../../renderer/src/core/search/query';
import { TagIndex, type SearchTag } from '../../../../renderer/src/core/search/tag-filter';
import { describeTagTerms, MAX_CHOICES, narrowTagTerm } from '../../../../renderer/src/core/search/tag-terms';
import { tagDisplayPath } from '../../../../renderer/src/core/tags/tree';
import { seedArchive, type SeedArchive } from '../../support/seed-archive';

/** The one `tag:` filter value of `query` (as the worker parses it). */
function tagValue(query: string): string {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(`${query}: ${parsed.error}`);
  const filter = parsed.query.filters.find((f) => f.field === 'tag');
  if (filter === undefined) throw new Error(`${query}: no tag filter`);
  return filter.value;
}

describe('tag: terms for the chooser', () => {
  let seed: SeedArchive;
  let index: TagIndex;
  const id = (name: string): string => seed.tags.find((t) => t.name === name)?.id ?? `missing ${name}`;
  beforeAll(async () => {
    seed = await seedArchive();
    index = new TagIndex(seed.tags);
  });

  it('says how a value matched and lists matched tags top-most (sub-tags come with their parent)', () => {
    expect(index.match('Environment and green growth')).toEqual({ kind: 'exact', ids: [id('Environment and Green Growth')] });
    expect(index.match('Green Growth')).toEqual({ kind: 'contains', ids: [id('Environment and Green Growth')] });
    // "coun" is in "Member countries" (and so in its children's paths), "Council of Ministers", "Business Council (CEAP)".
    expect(index.match('coun')).toEqual({ kind: 'contains', ids: [id('Member countries'), id('Council of Ministers'), id('Business Council (CEAP)')] });
    expect(index.match('crecimiento verde').kind).toBe('contains');
    expect(index.match('Pesca y acuicultura').kind).toBe('exact');
    expect(index.match('nothing like it')).toEqual({ kind: 'none', ids: [] });
    // The filter still answers with the union, descendants included.
    expect(index.resolve('coun')).toHaveLength(1 + 4 + 1 + 1);
  });

  it('offers tags named like part of a word that matches none, or nothing', () => {
    expect(index.match('fishy').kind).toBe('none');
    expect(index.near('fishy')).toEqual([id('Fisheries and Aquaculture')]);
    // Through the word's family: pesquería → pesca.
    expect(index.near('pesquería')).toEqual([id('Fisheries and Aquaculture')]);
    expect(index.near('green economics')).toEqual([id('Digital Economy'), id('Environment and Green Growth')]);
    expect(index.near('zzzz qq')).toEqual([]);
  });

  it('writes a value that reads back to exactly one tag, for every starter tag in both languages', () => {
    for (const tag of seed.tags) {
      for (const language of ['en', 'es'] as const) {
        const value = index.exactValue(tag.id, language);
        expect(index.match(tagValue(`tag:${value}`)), `${tag.name} (${language}): ${value}`).toEqual({ kind: 'exact', ids: [tag.id] });
      }
    }
    expect(index.exactValue(id('Peru'), 'es')).toBe('"Países miembros › Perú"');
  });

  it('falls back to the id when every path also names another tag or holds a quotation mark', () => {
    const tags: SearchTag[] = [
      { id: 'root-fish', name: 'Fish', parentId: null },
      { id: 'a', name: 'A', parentId: null },
      { id: 'a-fish', name: 'Fish', parentId: 'a' },
      { id: 'quoted', name: 'The "Lima" group', parentId: null },
    ];
    const small = new TagIndex(tags);
    expect(small.match('fish')).toEqual({ kind: 'exact', ids: ['root-fish', 'a-fish'] });
    expect(small.exactValue('a-fish', 'en')).toBe('"A › Fish"');
    expect(small.exactValue('root-fish', 'en')).toBe('root-fish');
    expect(small.exactValue('quoted', 'en')).toBe('quoted');
    for (const tag of tags) expect(small.match(tagValue(`tag:${small.exactValue(tag.id, 'en')}`)).ids).toEqual([tag.id]);
  });

  it('reads back exactly for any tag names (quotes, colons, accents, spaces, same names at several levels)', () => {
    const name = fc.stringMatching(/^[-A-Za-zÁéñü0-9 :"()]{1,12}$/).map((s) => s.trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.nat()), { minLength: 1, maxLength: 8 }), (spec) => {
        const tags: SearchTag[] = spec.map(([n, parent], i) => ({ id: `t${i}`, name: n, parentId: i === 0 || parent % 3 === 0 ? null : `t${parent % i}` }));
        const ix = new TagIndex(tags, []);
        for (const tag of tags) expect(ix.match(tagValue(`tag:${ix.exactValue(tag.id, 'en')}`)).ids).toEqual([tag.id]);
      }),
      { numRuns: 300 },
    );
  });

  it('builds paths as tree.ts does, also for a corrupted parent cycle and a missing parent', () => {
    const tags: SearchTag[] = [
      { id: 'y', name: 'Y', parentId: 'a' },
      { id: 'x', name: 'X', parentId: 'a' },
      { id: 'a', name: 'A', parentId: 'x' },
      { id: 'z', name: 'Z', parentId: 'y' },
      { id: 'lost', name: 'Lost', parentId: 'gone' },
      { id: 'r', name: 'R', parentId: null },
      { id: 'rc', name: 'RC', parentId: 'r', names: { es: 'RC es' } },
    ];
    const small = new TagIndex(tags, []);
    const asTags = tags.map((t) => ({ ...t, color: '', createdAt: 0 }));
    for (const tag of tags) {
      for (const language of ['en', 'es'] as const) expect(small.pathOf(tag.id, language), tag.id).toBe(tagDisplayPath(asTags, tag.id, language));
    }
    // Descendants are gathered cycle-safely too.
    expect(small.resolve('A').sort()).toEqual(['a', 'x', 'y', 'z']);
  });

  it('rewrites only the chosen term, keeping its minus sign and field name', () => {
    const text = 'fisheries -etiqueta:coun year:2023';
    const at = { start: text.indexOf('-etiqueta'), end: text.indexOf(' year') };
    expect(narrowTagTerm(text, at, '"X › Y"')).toBe('fisheries -etiqueta:"X › Y" year:2023');
  });

  it('reports each tag: term with a query per choice that the engine answers for that tag alone', () => {
    const text = 'tag:coun year:2023';
    const result = seed.engine.search(text);
    const [report, ...rest] = result.tagTerms ?? [];
    expect(rest).toEqual([]);
    expect(report?.term).toBe('tag:coun');
    expect(report?.kind).toBe('contains');
    // In path order, as the sidebar lists them.
    expect(report?.tags.map((c) => c.path)).toEqual(['Member countries', 'PA bodies › Business Council (CEAP)', 'PA bodies › Council of Ministers']);
    expect(report?.tags[1]?.query).toBe('tag:"PA bodies › Business Council (CEAP)" year:2023');
    // Whatever order the tags come in (the database's is not the tree's).
    const parsed = parseQuery(text);
    const reversed = new TagIndex([...seed.tags].reverse());
    expect(parsed.ok && describeTagTerms(text, parsed.query.filters, reversed, 'en')[0]?.tags.map((c) => c.path)).toEqual(report?.tags.map((c) => c.path));
    // The union is what the search answers; each choice narrows it to its tag's bulletins.
    const ceap = seed.tagged.get(id('Business Council (CEAP)')) ?? [];
    expect(ceap.length).toBeGreaterThan(0);
    expect(result.total).toBeGreaterThan(ceap.length);
    expect(seed.engine.search(report?.tags[1]?.query ?? '').ids.sort()).toEqual([...ceap].sort());
    expect(seed.engine.search(report?.tags[1]?.query ?? '').tagTerms?.[0]).toMatchObject({ kind: 'exact', tags: [{ id: id('Business Council (CEAP)') }] });
  });

  it('reports a term that matched no tag with tags named like it, paths in the UI language', () => {
    // "pescadores" names no tag and the glossary has no translation of it; its family (pesca) does.
    const result = seed.engine.search('-tag:pescadores trade', { tagLanguage: 'es' });
    expect(result.tagTerms).toEqual([
      {
        term: '-tag:pescadores',
        kind: 'none',
        count: 0,
        tags: [],
        near: [{ id: id('Fisheries and Aquaculture'), path: 'Grupos técnicos › Pesca y Acuicultura', query: '-tag:"Grupos técnicos › Pesca y Acuicultura" trade' }],
      },
    ]);
    // A word the glossary translates ("pesquerías" = fisheries) matches the tag by translation instead.
    expect(seed.engine.search('-tag:pesquerías trade', { tagLanguage: 'es' }).tagTerms?.[0]).toMatchObject({ kind: 'translation', count: 1 });
    expect(describeTagTerms('tag:x', [], index, 'en')).toEqual([]);
  });

  it('lists at most MAX_CHOICES choices, the first by path, and counts them all', () => {
    const many: SearchTag[] = [{ id: 'root', name: 'Projects', parentId: null }];
    for (let i = 30; i > 0; i--) many.push({ id: `p${i}`, name: `Item ${String(i).padStart(2, '0')}`, parentId: 'root' });
    const text = 'tag:item';
    const parsed = parseQuery(text);
    const [report] = parsed.ok ? describeTagTerms(text, parsed.query.filters, new TagIndex(many), 'en') : [];
    expect(report?.count).toBe(30);
    expect(report?.tags.map((c) => c.path)).toEqual(Array.from({ length: MAX_CHOICES }, (_, i) => `Projects › Item ${String(i + 1).padStart(2, '0')}`));
  });

  it('crosses the worker protocol: setTags, then a search answers with its tag reports', async () => {
    const engine = new SearchEngine();
    const setTags = await dispatchSearchRequest(engine, { id: 1, method: 'setTags', args: [seed.tags] });
    expect(setTags).toEqual({ id: 1, ok: true, result: undefined });
    const { response } = dispatchRead(engine, { id: 2, method: 'search', args: ['tag:coun', { tagLanguage: 'es' }] });
    expect(response.ok && response.result).toMatchObject({
      tagTerms: [{ term: 'tag:coun', kind: 'contains', tags: [{ path: 'Órganos de la AP › Consejo de Ministros' }, { path: 'Órganos de la AP › Consejo Empresarial (CEAP)' }, { path: 'Países miembros' }] }],
    });
    // Messages are cloned data: an unknown method is refused by name.
    const hostile: unknown = { id: 3, method: 'drop', args: [] };
    const refused = await dispatchSearchRequest(engine, structuredClone(hostile) as SearchRequest);
    expect(refused).toEqual({ id: 3, ok: false, error: 'Unknown search method "drop"' });
  });
});
