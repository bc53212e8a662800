/**
 * Ranking properties on the judged corpora (tests/fixtures/relevance-check: 173 real-format and generated
 * bulletins in Spanish and English), for the kinds of query a held-out set has: very common words,
 * missing accents, typos, plurals, acronyms both ways, long queries, titles that are the query, and
 * queries whose best answers are in the other language. Properties, not figures: what ranks above what.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine, type SearchDoc } from '../../../../renderer/src/core/search/engine';
import { createSpellingIndex } from '../../../../renderer/src/core/search/spelling';
import { foldText } from '../../../../renderer/src/core/text/fold';
import { CHECK_FIXTURES, loadTestSet } from '../../../relevance/corpus';

let engine: SearchEngine;
let byId: Map<string, SearchDoc>;

beforeAll(() => {
  const { docs } = loadTestSet(CHECK_FIXTURES);
  engine = new SearchEngine({ spelling: createSpellingIndex });
  engine.add(docs);
  byId = new Map(docs.map((d) => [d.id, d]));
});

/** Full matches, then partial ones and a corrected query's (as the list shows them), first `n`. */
function ranked(q: string, n = 10, cross = false): string[] {
  const result = engine.search(q, { expandTranslations: cross, limit: 50 });
  return [...result.ids, ...(result.partial ?? []).flatMap((g) => g.ids)].slice(0, n);
}
const title = (id: string): string => foldText((byId.get(id)?.title ?? '').toLowerCase());
const titlesHave = (ids: string[], word: RegExp): boolean[] => ids.map((id) => word.test(title(id)));

describe('ranking properties on the judged corpus', () => {
  it('very common words ("Alianza del Pacífico") do not lift a bulletin above those about the topic word', () => {
    // Nearly every Spanish bulletin says "Alianza del Pacífico"; the bulletins titled on fishing come first.
    expect(titlesHave(ranked('Alianza del Pacífico pesca', 2), /\bpesca\b/u)).toEqual([true, true]);
    expect(titlesHave(ranked('Pacific Alliance scholarships', 3), /scholarships/u)).toEqual([true, true, true]);
  });

  it('adding the ubiquitous name to a query keeps the same first bulletins', () => {
    // The same bulletins; their order may move a little (the name in a title is a little evidence).
    const firsts = (q: string, n: number): string[] => ranked(q, n).sort();
    expect(firsts('Pacific Alliance vaccines', 2)).toEqual(firsts('vaccines', 2));
    expect(firsts('Alianza del Pacífico propiedad intelectual', 3)).toEqual(firsts('propiedad intelectual', 3));
  });

  it('a query without accents ranks as the accented one', () => {
    expect(ranked('economia circular')).toEqual(ranked('economía circular'));
    expect(ranked('cooperacion regulatoria')).toEqual(ranked('cooperación regulatoria'));
  });

  it('a typo still lists the bulletins it was meant for first', () => {
    expect(titlesHave(ranked('acuicultra', 1), /acuicultura/u)).toEqual([true]);
    expect(titlesHave(ranked('scholarhsips', 3), /scholarships/u)).toEqual([true, true, true]);
  });

  it('singular and plural find the same bulletins in the same first places', () => {
    expect(ranked('scholarship', 5)).toEqual(ranked('scholarships', 5));
    expect(ranked('beca', 5)).toEqual(ranked('becas', 5));
  });

  it('an acronym and its other-language form find the same bulletins, and the full name finds them too', () => {
    const all = (q: string): string[] => [...engine.search(q).ids].sort();
    expect(all('BID')).toEqual(all('IDB'));
    expect(all('BID').length).toBeGreaterThan(0);
    // "pymes" reaches the bulletins on "mipymes" and the other way round (word family).
    expect(ranked('mipymes', 20)).toEqual(expect.arrayContaining(ranked('pymes', 3)));
  });

  it('a bulletin whose title is exactly the query ranks first, above bulletins that mention it in a longer text', () => {
    // "Artisanal Fisheries" is undated: date must not push it down.
    expect(title(ranked('artisanal fisheries', 1)[0] ?? '')).toBe('artisanal fisheries');
    expect(title(ranked('Becas para profesores de idiomas en Corea', 1)[0] ?? '')).toBe('becas para profesores de idiomas en corea');
  });

  it('a long query ranks the bulletins about all its words above those that share only its common ones', () => {
    const top = ranked('technical group on fisheries and aquaculture meeting', 2);
    expect(titlesHave(top, /fisheries and aquaculture/u)).toEqual([true, true]);
  });

  it('words typed together rank a title that has them together above one that has them apart', () => {
    const top = ranked('council of ministers', 1)[0] ?? '';
    expect(title(top)).toMatch(/council of ministers/u);
  });

  it('with translations, a query in one language finds the best answers written in the other', () => {
    const top = ranked('scholarships', 6, true);
    expect(top.some((id) => byId.get(id)?.language === 'es' && /\bbecas\b/u.test(title(id)))).toBe(true);
    const es = ranked('vacunas', 4, true);
    expect(es.some((id) => byId.get(id)?.language === 'en' && /vaccine/u.test(title(id)))).toBe(true);
  });
});
