import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repairGluedWords } from '../../../../renderer/src/core/text/glued-words';
import { importFile } from '../../../../renderer/src/core/import/import-file';
import { analyze, analyzeWord } from '../../../../renderer/src/core/search/analyze';

describe('repairGluedWords', () => {
  it('splits lower→Upper joins of known words and acronyms', () => {
    expect(repairGluedWords('Network of Fisheries andAquaculture Research')).toBe('Network of Fisheries and Aquaculture Research');
    expect(repairGluedWords('the Development ofMSMEs and Entrepreneurship')).toBe('the Development of MSMEs and Entrepreneurship');
    expect(repairGluedWords('la reunión deMinistros en Lima')).toBe('la reunión de Ministros en Lima');
    expect(repairGluedWords('the PacificAlliance summit')).toBe('the Pacific Alliance summit');
    expect(repairGluedWords('science andTechnology in Valparaíso')).toBe('science and Technology in Valparaíso');
    expect(repairGluedWords('el puerto deValparaíso')).toBe('el puerto de Valparaíso');
  });

  it('leaves real camel-case names alone', () => {
    for (const name of ['iPhone', 'McDonald', 'LinkedIn', 'YouTube', 'PyMEs', 'MiPyMEs', 'WhatsApp', 'eBay', 'iOS', 'JavaScript', 'GitHub', 'DeLorean', 'InDesign', 'TheFork', 'macOS', 'jQuery']) {
      expect(repairGluedWords(`Follow us on ${name} today`), name).toBe(`Follow us on ${name} today`);
    }
  });

  it('leaves unknown halves alone', () => {
    expect(repairGluedWords('the blorgZind factor')).toBe('the blorgZind factor');
  });

  it('only ever inserts spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const out = repairGluedWords(s);
        expect(out.replace(/ /gu, '')).toBe(s.replace(/ /gu, ''));
      }),
    );
  });
});

describe('glued words at import', () => {
  it('stores repaired title and body, so search finds both halves', async () => {
    const text = 'Fisheries andAquaculture group meets\n\nNovember 9, 2023.- The plan for the Development ofMSMEs was approved.';
    const [b] = await importFile({ name: 'g.txt', bytes: new TextEncoder().encode(text) });
    expect(b?.title).toBe('Fisheries and Aquaculture group meets');
    expect(b?.body).toContain('Development of MSMEs');
    const terms = analyze(`${b?.title} ${b?.body}`);
    expect(terms).toContain(analyzeWord('Aquaculture'));
    expect(terms).toContain(analyzeWord('MSMEs'));
  });
});

describe('names with a short capitalised prefix', () => {
  it('keeps ProColombia and ProChile whole (their prefix is a known word, but a name is spelt so)', () => {
    expect(repairGluedWords('PromPerú y ProColombia presentaron; ProChile también.')).toBe('PromPerú y ProColombia presentaron; ProChile también.');
  });
  it('still splits a whole capitalised word glued to the next', () => {
    expect(repairGluedWords('Fisheries Aquaculture DevelopmentCouncil')).toBe('Fisheries Aquaculture Development Council');
  });
});
