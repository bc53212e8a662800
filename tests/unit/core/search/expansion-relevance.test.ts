/** Expansion mechanisms behind relevance: partial fallback, loose and capped translations, group variants. */
import { describe, expect, it } from 'vitest';
import { SearchEngine, type SearchDoc } from '../../../../renderer/src/core/search/engine';
import { createSpellingIndex } from '../../../../renderer/src/core/search/spelling';
import { pairHashes, tokenize } from '../../../../renderer/src/core/search/analyze';
import { englishDerivations } from '../../../../renderer/src/core/search/families';
import { inWindow, Scorer, type ScoreIndex } from '../../../../renderer/src/core/search/score';

function doc(id: string, title: string, body: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return { id, title, body, tags: [], countries: [], organisations: [], language: 'en', date: '2023-01-01', ...extra };
}

function engineWith(docs: SearchDoc[]): SearchEngine {
  const engine = new SearchEngine();
  engine.add(docs);
  return engine;
}

const partialIds = (engine: SearchEngine, q: string, cross = false): string[] =>
  (engine.search(q, { expandTranslations: cross }).partial ?? []).flatMap((g) => g.ids);

describe('relevance expansions', () => {
  it('lists bulletins with only one of three words when those with most of them are few', () => {
    const engine = engineWith([
      doc('all', 'Women economic empowerment', 'A roadmap on women economic empowerment.'),
      doc('two', 'Women in trade', 'Economic dialogue with women exporters.'),
      doc('one', 'Financial inclusion of women', 'Credit for women entrepreneurs.'),
      doc('none', 'Fisheries', 'Anchovy stocks.'),
    ]);
    const result = engine.search('women economic empowerment');
    expect(result.ids).toEqual(['all']);
    expect(result.total).toBe(1);
    // Most words first, then any of them; never a bulletin with none.
    expect(partialIds(engine, 'women economic empowerment')).toEqual(['two', 'one']);
  });

  it('keeps "most of the words" when that already fills the list', () => {
    const many = Array.from({ length: 12 }, (_, i) => doc(`two${i}`, `Women economic note ${i}`, 'Women and the economic agenda.'));
    const engine = engineWith([...many, doc('one', 'Women', 'Women entrepreneurs.')]);
    expect(partialIds(engine, 'women economic empowerment')).not.toContain('one');
  });

  it('finds a multi-word translation whose words the other language splits, below the exact phrase', () => {
    const engine = engineWith([
      doc('split', 'Call for scholarships: student and academic mobility platform', 'Scholarships for students.', { date: '2024-01-01' }),
      doc('phrase', 'Student mobility', 'The student mobility programme opened.', { date: '2023-01-01' }),
      doc('es', 'Movilidad estudiantil', 'Becas de movilidad estudiantil.', { language: 'es' }),
    ]);
    const ids = engine.search('movilidad estudiantil', { expandTranslations: true }).ids;
    expect(ids).toEqual(expect.arrayContaining(['split', 'phrase', 'es']));
    expect(ids.indexOf('phrase')).toBeLessThan(ids.indexOf('split'));
    expect(engine.search('movilidad estudiantil').ids).toEqual(['es']);
  });

  it('scores a one-word translation with the typed word\'s rarity at most', () => {
    // "fisheries" is common here and "pesca" rare: uncapped, the Spanish bulletin would rank first.
    const common = Array.from({ length: 8 }, (_, i) => doc(`en${i}`, `Report ${i}`, `Notes on fisheries and trade number ${i} with several other words.`, { date: '2020-01-01' }));
    const engine = engineWith([
      ...common,
      doc('en', 'Fisheries', 'Fisheries.', { date: '2024-01-01' }),
      doc('es', 'Pesca', 'Pesca.', { language: 'es', date: '2023-01-01' }),
    ]);
    const ids = engine.search('fisheries', { expandTranslations: true }).ids;
    expect(ids.slice(0, 2)).toEqual(['en', 'es']);
  });

  it('a word merged into a multi-word translation keeps its family', () => {
    const engine = engineWith([
      doc('fishers', 'Pescadores artesanales reciben capacitación', 'Curso de comercialización para pescadores artesanales.', { language: 'es' }),
      doc('other', 'Artisanal crafts fair', 'Crafts.', { language: 'en' }),
    ]);
    expect(engine.search('pesca artesanal', { expandTranslations: true }).ids).toContain('fishers');
    expect(engine.search('pesca artesanal').ids).toContain('fishers');
  });

  it('a query that finds nothing lists the bulletins of its correction apart, and the count stays 0', () => {
    const docs = [
      doc('gtpa', 'Grupo Técnico de Pesca y Acuicultura', 'Plan de trabajo de acuicultura y pesca.', { language: 'es' }),
      doc('other', 'Turismo sostenible', 'Promoción turística.', { language: 'es' }),
    ];
    const engine = new SearchEngine({ spelling: createSpellingIndex });
    engine.add(docs);
    const result = engine.search('acuicultra');
    expect(result.total).toBe(0);
    expect(result.ids).toEqual([]);
    expect(result.suggestion).toBe('acuicultura');
    expect(result.partial).toEqual([{ missing: [], corrected: 'acuicultura', ids: ['gtpa'] }]);
    // A query that matches lists no correction; without "did you mean" there is none to list.
    expect(engine.search('acuicultura').partial).toBeUndefined();
    expect(engineWith(docs).search('acuicultra').partial).toBeUndefined();
  });

  it('a country typed in one language scores the other language\'s name in a title', () => {
    const engine = engineWith([
      doc('title', 'Alianza del Pacífico y Singapur firman tratado', 'Acuerdo comercial.', { language: 'es', countries: ['Singapore'], date: '2020-01-01' }),
      doc('body', 'Labour meeting', 'Delegates of Singapore, Peru and Chile met to review the labour mobility agenda of the region.', { countries: ['Singapore', 'Peru', 'Chile'], date: '2024-01-01' }),
    ]);
    expect(engine.search('Singapore').ids).toEqual(['title', 'body']);
    expect(engine.search('singapur').ids).toEqual(['title', 'body']);
  });

  it('the form of a country name typed comes before its other forms, and a two-word name counts as one word', () => {
    const engine = engineWith([
      doc('en', 'Scholarships for teachers in Korea', 'Teachers will study in Korea.', { countries: ['South Korea'], date: '2025-01-01' }),
      doc('es', 'Corea y la Alianza del Pacífico celebran su diálogo', 'Corea propuso cooperación en innovación con los cuatro países.', { language: 'es', countries: ['South Korea'], date: '2020-01-01' }),
    ]);
    // "South Korea", the canonical name both carry as metadata, once summed its two words and put the
    // English bulletin first for a Spanish `Corea`; each bulletin now leads for its own language's form.
    expect(engine.search('Corea').ids).toEqual(['es', 'en']);
    expect(engine.search('Korea').ids).toEqual(['en', 'es']);
  });

  it('British and American spellings of an English word find each other', () => {
    const engine = engineWith([
      doc('uk', 'Ministers pledge to end child labour', 'Child labour in supply chains.'),
      doc('us', 'Authorized economic operator programs', 'The AEO program is recognised by customs.'),
      doc('other', 'Child health', 'Vaccines for children.'),
    ]);
    expect(engine.search('child labor').ids).toEqual(['uk']);
    expect(engine.search('authorised economic operator').ids).toEqual(['us']);
    expect(engine.search('programme').ids).toEqual(['us']);
    // A variant counts a little less than the spelling typed, like a family member.
    const both = engineWith([
      doc('typed', 'Labour mobility', 'Labour mobility in the region.', { date: '2020-01-01' }),
      doc('variant', 'Labor mobility', 'Labor mobility in the region.', { date: '2024-01-01' }),
    ]);
    expect(both.search('labour mobility').ids).toEqual(['typed', 'variant']);
  });

  it('across languages, a Spanish word the glossary does not know tries its English cognate', () => {
    const engine = engineWith([
      doc('en', 'Development banks launch regional credit guarantees', 'Working-capital credit for small businesses.', { date: '2020-01-01' }),
      doc('es', 'Crédito para pymes exportadoras', 'Bancos de desarrollo ofrecen crédito.', { language: 'es', date: '2019-01-01' }),
      doc('month', 'Informe del mes', 'Este mes se reunió la mesa técnica.', { language: 'es', date: '2024-01-01' }),
    ]);
    // The typed word first; its cognate counts as a loose translation.
    expect(engine.search('credito', { expandTranslations: true }).ids).toEqual(['es', 'en']);
    expect(engine.search('credito').ids).toEqual(['es']);
    // Short words are left alone: "mesa" does not reach "mes".
    expect(engine.search('mesa', { expandTranslations: true }).ids).toEqual(['month']);
    expect(engine.search('mesas', { expandTranslations: true }).total).toBe(1);
  });

  it('across languages, a root Spanish spells with f and English with ph is tried as a prefix, both ways', () => {
    const engine = engineWith([
      doc('en', 'World Bank issues catastrophe bonds', 'Cover against earthquakes.', { date: '2020-01-01' }),
      doc('es', 'Bonos catastróficos para los países', 'Protección frente a terremotos.', { language: 'es', date: '2019-01-01' }),
      doc('photo', 'Photography contest', 'Pictures of the coast.', { date: '2018-01-01' }),
    ]);
    expect(engine.search('catastroficos', { expandTranslations: true }).ids).toEqual(['es', 'en']);
    expect(engine.search('catastrophe', { expandTranslations: true }).ids).toEqual(['en', 'es']);
    expect(engine.search('fotografia', { expandTranslations: true }).ids).toEqual(['photo']);
    // Only across languages, and only where the glossary has nothing.
    expect(engine.search('catastroficos').ids).toEqual(['es']);
  });

  it('across languages, more Latin suffixes the two languages spell apart are tried, both ways', () => {
    const engine = engineWith([
      doc('ism', 'Regional dialogue on terrorism', 'Ministers met.'),
      doc('ency', 'Turbulence in markets', 'Prices moved.'),
      doc('y', 'Historical memory project', 'Archives opened.'),
      doc('es', 'Memoria histórica', 'Se abrieron los archivos.', { language: 'es' }),
    ]);
    expect(engine.search('terrorismo', { expandTranslations: true }).ids).toEqual(['ism']);
    expect(engine.search('turbulencia', { expandTranslations: true }).ids).toEqual(['ency']);
    expect(engine.search('memoria', { expandTranslations: true }).ids).toEqual(['es', 'y']);
    expect(engine.search('terrorism', { expandTranslations: true }).ids).toEqual(['ism']);
    // Not without translations asked.
    expect(engine.search('terrorismo').total).toBe(0);
  });

  it('an English word finds the other words of its root (financing → finance, insurers → insurance), after the word typed', () => {
    const engine = engineWith([
      doc('finance', 'Credit network for small businesses', 'Lack of finance is the main obstacle SMEs report.', { date: '2020-01-01' }),
      doc('typed', 'SME financing', 'Financing for SMEs.', { date: '2019-01-01' }),
      doc('insurance', 'Crop insurance', 'Insurance for farmers hit by El Niño.'),
      doc('meet', 'Ministers meet', 'Ministers meet in Lima.'),
    ]);
    // Every word must match: without the step, "finance" is not "financing" and the bulletin is only a partial match.
    expect(engine.search('SME financing').ids).toEqual(['typed', 'finance']);
    expect(engine.search('insurers').ids).toEqual(['insurance']);
    expect(engine.search('regulators').total).toBe(0);
    // The bare root is not offered: "meeting" is not "meet".
    expect(engine.search('meeting').total).toBe(0);
  });

  it('the forms of a root are made by rule, never from a short root', () => {
    expect(englishDerivations('financing')).toContain('finance');
    expect(englishDerivations('insurer')).toContain('insurance');
    expect(englishDerivations('regulator')).toEqual(expect.arrayContaining(['regulating', 'regulation', 'regulate']));
    expect(englishDerivations('meeting')).not.toContain('meet');
    // "station" would reach "state", "nation" "nate": roots under five letters are not split.
    expect(englishDerivations('station')).toEqual([]);
    expect(englishDerivations('nation')).toEqual([]);
    expect(englishDerivations('pesca')).toEqual([]);
  });

  it('an -er/-or word and its -ing form are one family (volunteer ↔ volunteering)', () => {
    expect(englishDerivations('volunteer')).toContain('volunteering');
    expect(englishDerivations('volunteering')).toContain('volunteer');
    expect(englishDerivations('monitoring')).toContain('monitor');
    // Not from any -ing word: "meeting" does not end in -er/-or before it.
    expect(englishDerivations('meeting')).not.toContain('meet');
    const engine = engineWith([
      doc('ing', 'Youth volunteering programme opens applications', 'Young people may apply to the programme.'),
      doc('noun', 'Volunteers wanted', 'The volunteer program takes forty young people.'),
    ]);
    // Both words must match: without the step, the bulletin on "volunteering" was only a partial match.
    expect(engine.search('volunteer program').total).toBe(2);
    expect(engine.search('volunteering').total).toBe(2);
  });

  it('a typed acronym also finds the organisation spelled out, in either language', () => {
    const engine = engineWith([
      doc('en', 'Vaccine regulators agree on reliance', 'Assessments made under World Health Organization prequalification are accepted.'),
      doc('es', 'Agencias sanitarias coordinan', 'Con apoyo de la Organización Mundial de la Salud.', { language: 'es' }),
      doc('apart', 'Health week', 'The world trade organization and the health ministry met.'),
      doc('other', 'Trade', 'The World Trade Organization met.'),
    ]);
    // "WHO" (what OMS stands for) is a stop word no index holds: only the full names can find these.
    expect([...engine.search('OMS').ids].sort()).toEqual(['en', 'es']);
    // The name as written, not its words scattered ("world trade organization and the health ministry").
    expect(engine.search('OMS').ids).not.toContain('apart');
    expect(engine.search('ONU').total).toBe(0);
  });

  it('an acronym that is a stop word ("un", "who") is one only in capitals', () => {
    const es = { language: 'es' as const };
    const engine = engineWith([
      doc('plain', 'Firman un acuerdo comercial', 'Los países firman un acuerdo.', es),
      doc('un', 'Naciones Unidas', 'Un acuerdo con las Naciones Unidas.', es),
      doc('who', 'Who we are', 'The members who met.'),
      doc('org', 'Vaccines', 'The World Health Organization met.'),
    ]);
    expect([...engine.search('un acuerdo').ids].sort()).toEqual(['plain', 'un']);
    expect([...engine.search('who met').ids].sort()).toEqual(['org', 'who']);
    expect(engine.search('WHO').ids).toEqual(['org']);
    expect(engine.search('UN acuerdo').ids).toEqual(['un']);
  });

  it('two query words with one other word between them in a title earn the proximity bonus', () => {
    const engine = engineWith([
      doc('passing', 'Japón y la Alianza fortalecen su cooperación', 'Las cadenas de valor y la cooperación técnica.', { language: 'es', date: '2025-01-01' }),
      doc('gap', 'Cadenas regionales de valor en la Alianza', 'El estudio identifica sectores con potencial en las cadenas regionales de valor y el valor agregado.', { language: 'es', date: '2020-01-01' }),
    ]);
    // The short bulletin with the words together in passing came first; the title about regional value chains leads now.
    expect(engine.search('cadenas de valor').ids).toEqual(['gap', 'passing']);
    expect(inWindow(tokenize('Cadenas regionales de valor'), 'cadena', 'valor')).toBe(true);
    expect(inWindow(tokenize('Cadenas de valor'), 'cadena', 'valor')).toBe(false);
    expect(inWindow(tokenize('Cadenas productivas y regionales de valor'), 'cadena', 'valor')).toBe(false);
    expect(inWindow(tokenize('Valor regional de cadenas'), 'cadena', 'valor')).toBe(false);
  });

  it('observer countries finds observer states (English family), after the words typed', () => {
    const engine = engineWith([
      doc('states', 'Observer states meet in Lima', 'The observer states of the Pacific Alliance met.', { date: '2020-01-01' }),
      doc('countries', 'Observer countries meet', 'The observer countries met.', { date: '2019-01-01' }),
      doc('other', 'Council of ministers', 'Ministers of the four countries met.'),
    ]);
    expect(engine.search('observer countries').ids).toEqual(['countries', 'states']);
  });

  it('words merged for a multi-word translation are listed word by word among partial matches', () => {
    const engine = engineWith([
      doc('both', 'Women entrepreneurs network', 'A network of women entrepreneurs.'),
      doc('es', 'Mujeres empresarias de la Alianza', 'Las mujeres empresarias exportan.', { language: 'es' }),
      doc('women', 'Economic empowerment of women in trade', 'Women exporters.'),
      doc('mujeres', 'Autonomía económica de las mujeres', 'Hoja de ruta para las mujeres.', { language: 'es' }),
      doc('none', 'Fisheries', 'Anchovy stocks.'),
    ]);
    const glossary = [{ es: 'mujeres empresarias', en: 'women entrepreneurs' }, { es: 'mujeres', en: 'women' }];
    const result = engine.search('mujeres empresarias', { expandTranslations: true, glossary });
    expect([...result.ids].sort()).toEqual(['both', 'es']);
    // One merged clause had no "some of the words": the bulletins on women alone were not offered.
    const partial = (result.partial ?? []).flatMap((g) => g.ids);
    expect([...partial].sort()).toEqual(['mujeres', 'women']);
    expect(result.partial?.[0]?.missing).toEqual(['empresarias']);
  });

  it('an organisation\'s full name typed as words also finds the bulletins that only use its acronym', () => {
    const engine = engineWith([
      doc('full', 'Inter-American Development Bank funds ports', 'The Inter-American Development Bank approved a loan.', { organisations: ['IDB'], date: '2020-01-01' }),
      doc('acronym', 'IDB supports the single window', 'The IDB will fund interoperability.', { organisations: ['IDB'], date: '2024-01-01' }),
      doc('es', 'El BID apoya la ventanilla única', 'El BID financiará la interoperabilidad.', { language: 'es', organisations: ['IDB'], date: '2023-01-01' }),
      doc('other', 'Development bank of Chile', 'A national development bank for American exporters.', { date: '2025-01-01' }),
    ]);
    // Word by word only `full` has every word; the acronym's bulletins follow it, in either language.
    expect(engine.search('Inter-American Development Bank').ids).toEqual(['full', 'acronym', 'es']);
    expect(engine.search('banco interamericano de desarrollo').ids).toEqual(expect.arrayContaining(['acronym', 'es', 'full']));
    // Not an organisation's name: every word is still required.
    expect([...engine.search('American development bank').ids].sort()).toEqual(['full', 'other']);
  });

  it('across languages, a word the glossary does not know tries its cognate by suffix, both ways', () => {
    const engine = engineWith([
      doc('en', 'Digital certification of origin', 'Productivity gains for exporters.', { date: '2020-01-01' }),
      doc('es', 'Certificación de origen digital', 'Aumento de la productividad de los exportadores.', { language: 'es', date: '2019-01-01' }),
      doc('nation', 'Nation brand', 'A most favoured nation clause.', { date: '2024-01-01' }),
    ]);
    const cross = { expandTranslations: true, glossary: [] };
    expect(engine.search('certificación', cross).ids).toEqual(['es', 'en']);
    expect(engine.search('certification', cross).ids).toEqual(['en', 'es']);
    expect(engine.search('productividad', cross).ids).toEqual(['es', 'en']);
    expect(engine.search('productivity', cross).ids).toEqual(['en', 'es']);
    // A stem under four letters is left alone: "nación" does not reach "nation" this way.
    expect(engine.search('nación', cross).total).toBe(0);
  });
});


describe('proximity bonus', () => {
  it('is not given on a signature alone: both words must be in the bulletin', () => {
    // A long bulletin's pair signature is probabilistic: find a pair it (falsely) holds with a word it lacks.
    const words = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x`);
    const engine = engineWith([doc('long', 'Long report', words.join(' ')), doc('short', 'Short', 'zz')]);
    const inner = engine as unknown as { scoreIndex(): ScoreIndex };
    const ix = inner.scoreIndex();
    const slot = ix.table.slot('long') ?? -1;
    let pair: [string, string] | null = null;
    for (let j = 0; j < 5000 && pair === null; j++) {
      const absent = `q${j.toString(36)}y`;
      for (const present of words.slice(0, 20)) {
        if (ix.pairs.hasAll(slot, pairHashes(tokenize(`${present} ${absent}`)))) pair = [present, absent];
      }
    }
    expect(pair).not.toBeNull();
    const [present, absent] = pair ?? ['', ''];
    const scorer = new Scorer(ix, Int32Array.of(slot));
    const scores = new Float64Array(1);
    scorer.near([present, absent], scores);
    expect(scores[0]).toBe(0);
  });
});

describe('did you mean', () => {
  it('prefers the correction a bulletin has with the other words over a more common one that finds nothing', () => {
    const engine = new SearchEngine({ spelling: createSpellingIndex });
    engine.add([
      doc('gi', 'Workshop on geographical indications', 'Offices protect geographical indications.'),
      ...[1, 2, 3].map((i) => doc(`es${i}`, `Zonas geográficas ${i}`, 'Las zonas geográficas del país.', { language: 'es' })),
    ]);
    // "geográficas" is one edit away and more common; "geographical" is two, and the only one with "indications".
    const result = engine.search('geografical indications');
    expect(result.suggestion).toBe('geographical indications');
    expect(result.partial?.[0]?.ids).toEqual(['gi']);
    // A single word has no other words to fit: the nearest, most common correction.
    expect(engine.search('geografical').suggestion).toBe('geográficas');
  });
});
