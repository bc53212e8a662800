import { describe, expect, it } from 'vitest';
import { detectLanguage, findCountries, findOrganisations } from '../../../../renderer/src/core/import/metadata';
import { contentHash, normaliseForHash } from '../../../../renderer/src/core/import/hash';
import { splitBulletins } from '../../../../renderer/src/core/import/splitter';
import { readCorpusText } from '../../support/corpus';

describe('detectLanguage', () => {
  it('tells Spanish from English', () => {
    expect(detectLanguage('Los ministros de Comercio Exterior se reunieron en Lima para revisar los avances del acuerdo.')).toBe('es');
    // "con" and "una" are Italian too: "de" and "en" tell Spanish apart (it writes "di", "in").
    expect(detectLanguage('Pymes chilenas de alimentos viajan a feria en Ciudad de México. Veinticinco empresas participarán en una rueda de negocios con compradores, con apoyo de oficinas comerciales.')).toBe('es');
    expect(detectLanguage('The ministers met in Lima to review the progress of the agreement with the IDB.')).toBe('en');
  });
  it('says other for other languages, names and empty text', () => {
    expect(detectLanguage('Les ministres se sont réunis dans la capitale pour une réunion avec les partenaires et des experts.')).toBe('other');
    expect(detectLanguage('Os ministros se reuniram em Brasília para uma reunião com os parceiros e também com o banco.')).toBe('other');
    expect(detectLanguage('Chile Colombia México Perú')).toBe('other');
    expect(detectLanguage('')).toBe('other');
  });
  it('reads the corpus as English despite Spanish institution names', () => {
    const b = splitBulletins(readCorpusText());
    expect(b.map((x) => detectLanguage(`${x.title}\n${x.paragraphs.join('\n')}`))).toEqual(Array(10).fill('en'));
  });
});

describe('findCountries', () => {
  it('maps spellings, accents and adjectives to canonical names', () => {
    expect(findCountries('Reunión en Perú con delegaciones de México, Méjico y Brasil')).toEqual(['Peru', 'Mexico', 'Brazil']);
    expect(findCountries('the Peruvian public sector and Chilean agencies')).toEqual(['Peru', 'Chile']);
    expect(findCountries('empresas peruanas, mexicanos y chilenas')).toEqual(['Peru', 'Mexico', 'Chile']);
    expect(findCountries('held in Santiago de Chile')).toEqual(['Chile']);
    expect(findCountries('España, Estados Unidos, EE.UU., Reino Unido y Corea del Sur')).toEqual(['Spain', 'United States', 'United Kingdom', 'South Korea']);
    expect(findCountries('Timor-Leste as an observer; New Zealand and Nueva Zelanda')).toEqual(['Timor-Leste', 'New Zealand']);
    expect(findCountries('República Dominicana y Costa Rica')).toEqual(['Dominican Republic', 'Costa Rica']);
  });
  it('avoids partial-word false positives', () => {
    expect(findCountries('Chiletec and Peruanismo and Indiana and Omani')).toEqual([]);
    expect(findCountries('Spanish-language newsletters')).toEqual([]);
  });
});

describe('findOrganisations', () => {
  it('finds acronyms and full names in both languages', () => {
    expect(findOrganisations('the IDB, OECD and ECLAC, and the PA Business Council (CEAP)')).toEqual(['IDB', 'OECD', 'ECLAC', 'CEAP']);
    expect(findOrganisations('el Banco Interamericano de Desarrollo y la CEPAL, con la OCDE')).toEqual(['IDB', 'ECLAC', 'OECD']);
    expect(findOrganisations('Instituto del Mar del Perú, la ANSEA y el Mercosur')).toEqual(['IMARPE', 'ASEAN', 'MERCOSUR']);
    expect(findOrganisations('the United Nations and the European Union, la OIT y el PNUD')).toEqual(['UN', 'EU', 'ILO', 'UNDP']);
  });
  it('requires capitals for acronyms and ignores all-caps headlines', () => {
    expect(findOrganisations('un acuerdo con una empresa')).toEqual([]);
    expect(findOrganisations('UN NUEVO ACUERDO REGIONAL FIRMADO')).toEqual([]);
    expect(findOrganisations('La ONU y la UE apoyan')).toEqual(['UN', 'EU']);
  });
});

describe('contentHash', () => {
  it('ignores case, accents, whitespace and punctuation', () => {
    expect(contentHash('Perú: reunión', 'Texto  del\n\nboletín.')).toBe(contentHash('PERU reunion', 'texto del boletin'));
    expect(normaliseForHash('A, b', ' c! ')).toBe('a b c');
  });
  it('differs for different texts and is stable in length', () => {
    const a = contentHash('Title', 'Body one');
    const b = contentHash('Title', 'Body two');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{28}$/);
    expect(contentHash('', '')).toMatch(/^[0-9a-f]{28}$/);
  });
  it('has no collisions on many similar texts', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(contentHash(`Bulletin ${i}`, `Body ${i * 7}`));
    expect(seen.size).toBe(20_000);
  });
});
