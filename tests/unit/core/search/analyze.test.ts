import { describe, expect, it } from 'vitest';
import { analyze, analyzeWord, foldWord, pairKeys, tokenize } from '../../../../renderer/src/core/search/analyze';
import { stem } from '../../../../renderer/src/core/search/stem';
import { isStopWord } from '../../../../renderer/src/core/search/stopwords';

describe('folding', () => {
  it('folds case and accents', () => {
    expect(foldWord('Perú')).toBe('peru');
    expect(foldWord('PERU')).toBe('peru');
    expect(foldWord('México')).toBe('mexico');
    expect(foldWord('ACUÍCOLAS')).toBe('acuicolas');
  });
});

describe('stemming', () => {
  it.each([
    ['bulletins', 'bulletin'], ['acuicolas', 'acuicola'], ['pesqueras', 'pesquera'], ['naciones', 'nacion'],
    ['policies', 'policy'], ['meetings', 'meeting'], ['countries', 'country'], ['ciudades', 'ciudad'],
    ['sectores', 'sector'], ['regionales', 'regional'], ['mujeres', 'mujer'], ['paises', 'pais'], ['processes', 'process'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('maps singular and plural to the same key in both languages', () => {
    for (const [a, b] of [['service', 'services'], ['state', 'states'], ['interes', 'intereses'], ['jóvenes', 'joven'], ['pymes', 'pyme'], ['MSMEs', 'MSME'], ['sales', 'sale']]) {
      expect(analyzeWord(a ?? '')).toBe(analyzeWord(b ?? ''));
    }
  });

  it('does not merge distinct words', () => {
    expect(stem('perro')).not.toBe(stem('pero'));
    expect(stem('meeting')).not.toBe(stem('meet'));
    expect(analyzeWord('news')).not.toBe(analyzeWord('new'));
    expect(stem('crisis')).toBe('crisis');
    expect(stem('campus')).toBe('campus');
    expect(stem('business')).toBe('business');
  });
});

describe('stop words and tokenizing', () => {
  it('drops Spanish and English stop words', () => {
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord('de')).toBe(true);
    expect(isStopWord('fisheries')).toBe(false);
    expect(analyze('The Council of Ministers de la Alianza')).toEqual(['council', 'minister', 'alianza']);
  });

  it('splits on punctuation and hyphens and keeps digits', () => {
    expect(tokenize('Public-Private, 2023-2024!').map((t) => t.folded)).toEqual(['public', 'private', '2023', '2024']);
  });

  it('builds adjacency keys that keep the exact stop words between content words', () => {
    expect(pairKeys(tokenize('Consejo de Ministros'))).toEqual(['consejo|de|ministro']);
    expect(pairKeys(tokenize('consejo para ministros'))).not.toEqual(pairKeys(tokenize('consejo de ministros')));
  });
});
