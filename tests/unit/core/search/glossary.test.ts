import { describe, expect, it } from 'vitest';
import { builtInGlossary, expandTerms, translationsOf } from '../../../../renderer/src/core/search/glossary';
import { expandQuery, LOOSE_TRANSLATION_WEIGHT } from '../../../../renderer/src/core/search/expand';
import { parseQuery } from '../../../../renderer/src/core/search/query';

const glossary = builtInGlossary();

describe('glossary', () => {
  it('has about 60 unique Spanish–English pairs including the core PA terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
    const pairs = new Set(glossary.map((e) => `${e.es}|${e.en}`));
    for (const p of ['pesca|fisheries', 'acuicultura|aquaculture', 'pymes|SMEs', 'cambio climático|climate change', 'consejo de ministros|council of ministers', 'presidencia pro tempore|pro tempore presidency']) {
      expect(pairs.has(p)).toBe(true);
    }
  });

  it('translates in both directions, ignoring accents, case and plurals', () => {
    expect(translationsOf('Pesca', glossary)).toEqual(expect.arrayContaining(['fisheries', 'fishing']));
    expect(translationsOf('fishery', glossary)).toEqual(expect.arrayContaining(['pesca', 'pesquerías']));
    expect(translationsOf('cambio climatico', glossary)).toEqual(['climate change']);
    expect(translationsOf('Climate Changes', glossary)).toEqual(['cambio climático']);
    expect(translationsOf('perro', glossary)).toEqual([]);
  });

  it('expandTerms pairs each term with its translations', () => {
    expect(expandTerms(['turismo', 'xyz'], glossary)).toEqual([['turismo', 'tourism'], ['xyz']]);
  });

  it('expands a query: words get OR alternatives, multi-word entries become phrases', () => {
    const r = parseQuery('pymes cambio climatico');
    if (!r.ok) throw new Error(r.error);
    const q = expandQuery(r.query, glossary);
    expect(q.clauses).toHaveLength(2);
    expect(q.clauses[0]?.anyOf.map((t) => [t.kind, t.text])).toEqual([['word', 'pymes'], ['word', 'SMEs']]);
    // The translation as a phrase, and its words apart at a lower weight (the other language may split the term).
    expect(q.clauses[1]?.anyOf.map((t) => [t.kind, t.text])).toEqual([['group', 'cambio climatico'], ['phrase', 'climate change'], ['group', 'climate change']]);
    const loose = q.clauses[1]?.anyOf[2];
    expect(loose?.kind === 'group' ? loose.terms.map((t) => t.weight) : []).toEqual([LOOSE_TRANSLATION_WEIGHT, LOOSE_TRANSLATION_WEIGHT]);
  });
});
