import { describe, expect, it } from 'vitest';
import { createSpellingIndex } from '../../../../renderer/src/core/search/spelling';

const VOCABULARY = ['acuicultura', 'agricultura', 'pacific', 'pacífico', 'cooperación', 'fisheries', 'tourism', 'turismo', 'alianza', 'minería', 'comercio'];

describe('createSpellingIndex (FlexSearch, tolerant + LatinBalance)', () => {
  const spelling = createSpellingIndex(VOCABULARY);

  it.each([
    ['acuicultra', 'acuicultura'], // a letter missing
    ['acuicultrua', 'acuicultura'], // two letters swapped
    ['acuiculturra', 'acuicultura'], // a letter too many
    ['acuicultira', 'acuicultura'], // a letter wrong
    ['Pacfic', 'pacific'],
    ['cooperacion', 'cooperación'], // accents folded
    ['fisheriez', 'fisheries'],
    ['mineria', 'minería'],
  ])('finds %s → %s among few candidates', (typed, meant) => {
    const candidates = spelling.candidates(typed);
    expect(candidates).toContain(meant);
    expect(candidates.length).toBeLessThanOrEqual(3);
  });

  it('finds nothing for words far from every word held', () => {
    expect(spelling.candidates('zebrafish')).toEqual([]);
  });

  it('learns added words once', () => {
    const grown = createSpellingIndex(VOCABULARY);
    grown.add('zebrafish');
    grown.add('zebrafish');
    expect(grown.size).toBe(VOCABULARY.length + 1);
    expect(grown.candidates('zebrafsh')).toEqual(['zebrafish']);
  });
});
