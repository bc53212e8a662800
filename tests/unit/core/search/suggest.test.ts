import { describe, expect, it } from 'vitest';
import { correctQueryText, editBudget, isSpellable, matchCase, meantInstead, rankSuggestions, RARE_FACTOR, type WordCount } from '../../../../renderer/src/core/search/suggest';

const words = (...pairs: [string, number][]): WordCount[] => pairs.map(([word, count]) => ({ word, count }));
const ranked = (typed: string, candidates: WordCount[]): string[] => rankSuggestions(typed, candidates).map((c) => c.word);

describe('rankSuggestions', () => {
  it('puts fewer edits first, whatever the frequency', () => {
    expect(ranked('acuicultra', words(['agricultura', 900], ['acuicultura', 3]))).toEqual(['acuicultura']);
    expect(ranked('fisheriez', words(['fisheres', 500], ['fisheries', 2], ['fishers', 900]))).toEqual(['fisheries', 'fisheres']);
  });

  it('breaks ties on edits by frequency, then by closeness of length, then A→Z', () => {
    expect(ranked('desarolo', words(['desarrollo', 40], ['desarollos', 90]))).toEqual(['desarollos', 'desarrollo']);
    expect(ranked('pesqa', words(['pesqua', 5], ['pesca', 5]))).toEqual(['pesca', 'pesqua']);
    expect(ranked('pesco', words(['pesca', 5], ['pesce', 5]))).toEqual(['pesca', 'pesce']);
  });

  it('ignores case and accents when counting edits, and leaves out the typed word itself', () => {
    expect(ranked('inversion', words(['inversión', 10], ['inversiones', 10]))).toEqual(['inversiones']);
    expect(ranked('mineira', words(['minería', 10]))).toEqual(['minería']);
    expect(ranked('Pacfic', words(['pacific', 10]))).toEqual(['pacific']);
  });

  it('keeps to the edit budget: one edit up to five letters, two from six', () => {
    expect(editBudget(5)).toBe(1);
    expect(editBudget(6)).toBe(2);
    expect(ranked('comrcio', words(['comercio', 1], ['comerciante', 1]))).toEqual(['comercio']);
    expect(ranked('pezca', words(['pesca', 1], ['peces', 1]))).toEqual(['pesca']);
    expect(ranked('tursimo', words(['tourism', 50]))).toEqual([]);
  });

  it('offers nothing for words shorter than four letters', () => {
    expect(ranked('pez', words(['paz', 10], ['pes', 1]))).toEqual([]);
  });
});

describe('meantInstead (a word a few bulletins have)', () => {
  it('takes a correction one edit away that is RARE_FACTOR times as common', () => {
    expect(meantInstead(1, { word: 'government', count: RARE_FACTOR, distance: 1 })).toBe(true);
    expect(meantInstead(2, { word: 'government', count: 2 * RARE_FACTOR - 1, distance: 1 })).toBe(false);
    expect(meantInstead(1, { word: 'government', count: 1000, distance: 2 })).toBe(false);
  });

  it('reports distances with the ranking', () => {
    expect(rankSuggestions('goverment', words(['government', 30], ['governments', 5]))).toEqual([
      { word: 'government', count: 30, distance: 1 },
      { word: 'governments', count: 5, distance: 2 },
    ]);
  });
});

describe('isSpellable', () => {
  it('takes words of three letters or more without digits', () => {
    expect(['pacific', 'acuicultura', 'paz'].map(isSpellable)).toEqual([true, true, true]);
    expect(['2023', 'g20', 'de'].map(isSpellable)).toEqual([false, false, false]);
  });
});

describe('matchCase and correctQueryText', () => {
  it('writes the suggestion in the typed capitalisation', () => {
    expect(matchCase('Pacfic', 'pacific')).toBe('Pacific');
    expect(matchCase('ALAINZA', 'alianza')).toBe('ALIANZA');
    expect(matchCase('acuicultra', 'acuicultura')).toBe('acuicultura');
  });

  it('replaces whole words only, keeping the rest of the query', () => {
    const fix = (w: string): string | undefined => ({ pesca: undefined, acuicultra: 'acuicultura', Pacfic: 'pacific' } as Record<string, string | undefined>)[w];
    expect(correctQueryText('pesca acuicultra -chile year:2023', ['pesca', 'acuicultra'], fix)).toBe('pesca acuicultura -chile year:2023');
    expect(correctQueryText('"Pacfic alliance" Pacfic', ['Pacfic', 'alliance'], fix)).toBe('"Pacific alliance" Pacfic');
    expect(correctQueryText('xacuicultra acuicultra', ['acuicultra'], fix)).toBe('xacuicultra acuicultura');
    expect(correctQueryText('pesca', ['pesca'], fix)).toBeUndefined();
  });
});
