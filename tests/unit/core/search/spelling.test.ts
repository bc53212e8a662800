import { describe, expect, it } from 'vitest';
import { generateTagged, mulberry32 } from '../../../../renderer/src/core/generator';
import { tokenize } from '../../../../renderer/src/core/search/analyze';
import { createSpellingIndex } from '../../../../renderer/src/core/search/spelling';
import { isSpellable } from '../../../../renderer/src/core/search/suggest';

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

describe('createSpellingIndex on a generated vocabulary', () => {
  const vocabulary = new Set<string>();
  for (const g of generateTagged(400, 3)) for (const t of tokenize(`${g.bulletin.title} ${g.bulletin.body}`)) if (!t.stop && isSpellable(t.surface)) vocabulary.add(t.surface);
  const words = [...vocabulary];
  const spelling = createSpellingIndex(words);

  it('finds the meant word for every single typo (a letter dropped, added, replaced or swapped)', () => {
    const random = mulberry32(5);
    const pick = (s: string): number => Math.floor(random() * s.length);
    const letters = 'abcdefghijklmnopqrstuvwxyzñ';
    let tried = 0;
    for (let i = 0; i < 400; i++) {
      const word = words[Math.floor(random() * words.length)] ?? '';
      if (word.length < 5) continue;
      const at = 1 + pick(word.slice(2));
      const letter = letters.charAt(pick(letters));
      const typo = [
        word.slice(0, at) + word.slice(at + 1),
        word.slice(0, at) + letter + word.slice(at),
        word.slice(0, at) + letter + word.slice(at + 1),
        word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2),
      ][i % 4] ?? word;
      if (typo === word || vocabulary.has(typo)) continue;
      tried++;
      expect(spelling.candidates(typo), `${typo} for ${word}`).toContain(word);
    }
    expect(words.length).toBeGreaterThan(2000);
    expect(tried).toBeGreaterThan(250);
  });
});
