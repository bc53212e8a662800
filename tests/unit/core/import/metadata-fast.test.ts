import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBulletins } from '../../../../renderer/src/core/generator';
import { detectLanguage, extractMetadata, findCountries, findOrganisations } from '../../../../renderer/src/core/import/metadata';
import { expandPattern } from '../../../../renderer/src/core/import/pattern-expand';
import { hashWord, scanWords, scannedRuns, scannedWords } from '../../../../renderer/src/core/import/word-scan';
import * as ref from './metadata-reference';
import { readCorpusText } from '../../support/corpus';

/** Pieces that exercise names, their spellings and their word boundaries. */
const NAMES = [
  'Chile', 'chilenas', 'Chiletec', 'Perú', 'Peru\u0301', 'peruanos', 'PERÚ', 'México', 'Méjico', 'Costa Rica', 'Costa\nRica',
  'costarricense', 'EE.UU.', 'EE. UU', 'EEUU', 'ee uu', 'U.S.', 'U.S.A.', 'USA', 'usa2', 'Estados Unidos', 'United States of America',
  'Republic of Korea', 'República de Corea del Sur', 'Corea', 'koreans', 'Viet Nam', 'Vietnam', 'Timor-Leste', 'Timor Leste',
  'East Timor', 'Trinidad y Tobago', 'Trinidad and Tobago', 'UK', 'uk', 'India', 'Indiana', 'El Salvador', 'salvadoreñas',
  'Nueva Zelanda', 'Reino Unido', 'Gran Bretaña', 'Países Bajos', 'Türkiye', 'Brasil', 'brasileños', 'Japón', 'japonesas',
  'IDB', 'BID', 'IADB', 'Inter-American Development Bank', 'Interamerican Development Bank', 'Banco Interamericano de Desarrollo',
  'OECD', 'OCDE', 'Organisation for Economic Co-operation and Development', 'organization for economic cooperation and development',
  'Organización para la Cooperación y el Desarrollo Económicos', 'ECLAC', 'CEPAL', 'Economic Commission for Latin America and the Caribbean',
  'ASEAN', 'Association of Southeast Asian Nations', 'association of south east asian nations', 'Mercosur', 'MERCOSUL', 'mercosur',
  'PA Business Council', 'Pacific Alliance Business Council', 'CEAP', 'IMARPE', 'Instituto del Mar del Perú', 'INIDEP',
  'Instituto Nacional de Investigación y Desarrollo Pesquero', 'CAF', 'APEC', 'Asia-Pacific Economic Cooperation', 'Asia Pacific',
  'asiapacific economic cooperation', 'WTO', 'OMC', 'FAO', 'ILO', 'OIT', 'International Labour Organization', 'UNDP', 'PNUD',
  'UN', 'un', 'ONU', 'United Nations', 'Naciones Unidas', 'EU', 'UE', 'European Union', 'Unión Europea', 'IMF', 'WB', 'World Bank',
  'OAS', 'OEA', 'Organización de los Estados Americanos', 'UNESCO', 'WHO', 'OMS', 'PAHO', 'OPS', 'UNCTAD', 'ProColombia',
  'PROCOLOMBIA', 'procolombia', 'PROMPERÚ', 'PromPerú', 'PROMPERU\u0301', 'promperu',
  'United Nations Educational, Scientific and Cultural Organization',
];
const WORDS = [
  'the', 'of', 'and', 'el', 'los', 'que', 'de', 'la', 'y', 'en', 'para', 'un', 'una', 'le', 'les', 'der', 'die', 'il', 'o', 'e', 'um',
  'ministers', 'reunión', 'acuerdo', 'NUEVO', 'ACUERDO', 'REGIONAL', 'FIRMADO', 'ENCUENTRO', 'covid19', '2023', 'el2', 'x1the',
  '𝐀𝐁', '😀', 'İstanbul', 'ß', 'ǅ', '٣', 'Ⅻ',
];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', ', ', '. ', '-', '.', '', '(', ')', '\u0301', '—', '’s ', '/', '\u00a0'];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const text = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

function agrees(t: string): void {
  const expected = {
    language: ref.detectLanguage(t),
    countries: ref.findCountries(t),
    organisations: ref.findOrganisations(t),
  };
  expect(extractMetadata(t)).toEqual(expected);
  expect(detectLanguage(t)).toBe(expected.language);
  expect(findCountries(t)).toEqual(expected.countries);
  expect(findOrganisations(t)).toEqual(expected.organisations);
}

describe('one-pass metadata', () => {
  it('agrees with the regex-per-name reference on generated texts', () => {
    fc.assert(fc.property(text, (t) => agrees(t)), { numRuns: 1500, seed: 7 });
  });

  it('agrees where folding a unit at a time needs care (marks, ŉ, İ, Σ, marks that NFD reorders)', () => {
    const tricky = fc.constantFrom(
      'Costa\u0301 Rica', 'Costa \u0301Rica', 'costa rica\u0301', 'E\u0301E. UU', 'İndia', 'ŉ', 'Σ', 'ΟΔΟΣ', 'a\u0591\u05B0',
      '\u0345', 'ǅ', 'Ⅻ', 'ﬁ', 'K', 'Å', '\u2028', 'United\u00a0Nations', 'Unión\u0301 Europea', 'UN', 'ONU', 'ÜN', 'the', 'de',
      '1the', 'x2de', 'PROMPERÚ', 'PromPeru\u0301', '😀', '\ud800', 'Timor-Leste',
    );
    const mixed = fc
      .array(fc.tuple(fc.oneof(tricky, fc.constantFrom(...NAMES), fc.constantFrom(...WORDS)), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
      .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
    fc.assert(fc.property(mixed, (t) => agrees(t)), { numRuns: 1500, seed: 21 });
  });

  it('agrees on the real corpus and on generated bulletins in both languages', () => {
    agrees(readCorpusText());
    for (const b of generateBulletins(150, 11)) agrees(`${b.title}\n\n${b.body}`);
  });

  it('reads only the first 20,000 characters for the language, like the reference', () => {
    const english = 'The ministers of trade met in Lima with the bank. '.repeat(380);
    const spanish = 'Los ministros de comercio se reunieron en Lima con el banco para el acuerdo. '.repeat(700);
    // The sample decides: English within the first 20,000 characters, Spanish over the whole text.
    expect(ref.detectLanguage(english + spanish)).toBe('en');
    expect(ref.detectLanguage(`${english}${spanish}`.slice(19_000))).toBe('es');
    agrees(english + spanish);
    agrees(spanish.slice(0, 19_990) + english);
  });
});

describe('expandPattern', () => {
  it('expands groups, options, classes and escapes into every matching string', () => {
    expect(expandPattern('ee\\.? ?uu').sort()).toEqual(['ee uu', 'ee. uu', 'ee.uu', 'eeuu'].sort());
    expect(expandPattern('(?:south |republic of )?korea')).toEqual(['korea', 'south korea', 'republic of korea']);
    expect(expandPattern('timor[- ]leste|east timor')).toEqual(['timor-leste', 'timor leste', 'east timor']);
  });
  it('refuses what it cannot expand finitely', () => {
    for (const bad of ['a+', 'a*', 'a{2}', 'a.b', '(a)', '[a-z]', '\\w', '(?:a']) expect(() => expandPattern(bad), bad).toThrow();
  });
});

describe('scanWords', () => {
  it('finds letter-and-digit words with their positions and the letter runs inside', () => {
    const text = 'Él dijo: covid19 x1y 😀 𝐀b 12';
    const s = scanWords(text);
    expect(scannedWords(text, s)).toEqual(['Él', 'dijo', 'covid19', 'x1y', '𝐀b', '12']);
    expect(s.wordStart).toEqual([0, 3, 9, 17, 24, 28]);
    expect(scannedRuns(text, s)).toEqual(['Él', 'dijo', 'covid', 'x', 'y', '𝐀b']);
    expect(s.wordHash).toEqual(scannedWords(text, s).map(hashWord));
    expect(s.runHash).toEqual(scannedRuns(text, s).map(hashWord));
  });
});
