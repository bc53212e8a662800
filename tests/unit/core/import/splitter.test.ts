import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentParas, splitBulletins, titleFromText } from '../../../../renderer/src/core/import/splitter';
import { stripMarkdown } from '../../../../renderer/src/core/import/importers/text';
import { type Para, textToParas } from '../../../../renderer/src/core/import/paragraphs';
import { readCorpusText } from '../../support/corpus';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url), 'utf8');
const summary = (text: string) => splitBulletins(text).map((b) => [b.title, b.date]);

describe('splitter on the corpus', () => {
  const text = readCorpusText();
  const bulletins = splitBulletins(text);

  it('finds exactly ten bulletins with their titles and dates', () => {
    expect(bulletins.map((b) => [b.title.slice(0, 45), b.date])).toEqual([
      ['The webinar on Climate Change organized by th', '2023-11-14'],
      ['Public-Private Dialogue: Public-Private Roadm', '2023-11-09'],
      ['II Meeting of the Exporting SME of the Pacifi', '2023-11-09'],
      ['Successful completion of the Pacific Alliance', null],
      ['Joint Press Release | Meeting between the Com', null],
      ['COMMUNICATION | Pacific Alliance Youth Volunt', null],
      ['High-Level Group of the Pacific Alliance meet', '2023-10-18'],
      ['The meeting of National Coordinators of the P', '2023-10-17'],
      ['The Pacific Alliance promotes dialogue betwee', '2023-10-10'],
      ['The International Seminar on psychosocial occ', '2023-10-03'],
    ]);
    expect(bulletins.map((b) => b.precision)).toEqual(['day', 'day', 'day', 'unknown', 'unknown', 'unknown', 'day', 'day', 'day', 'day']);
  });

  it('keeps the subheading inside its bulletin', () => {
    const gan = bulletins[6];
    expect(gan?.paragraphs).toContain('VIII Pacific Alliance Youth Meeting');
    expect(gan?.paragraphs.at(-1)).toMatch(/^It should be noted that at the end of September/);
    expect(bulletins.some((b) => b.title === 'VIII Pacific Alliance Youth Meeting')).toBe(false);
  });

  it('removes the dateline from the body and joins the wrapped line', () => {
    expect(bulletins[0]?.paragraphs[0]).toMatch(/^On November 10, 2023, the webinar/);
    expect(bulletins[2]?.paragraphs[0]).toMatch(/^With the participation of representatives of trade unions/);
    expect(bulletins[6]?.paragraphs.join('\n')).toContain('Regional Integration in Latin America and the Caribbean');
    expect(bulletins[3]?.paragraphs[0]).toMatch(/^• The initiative was financed/);
    expect(bulletins[8]?.paragraphs.slice(-2)).toEqual(['Day 1:', 'Day 2:']);
  });

  it('gives the same result with CRLF line ends and without blank lines', () => {
    expect(summary(text.replace(/\n/g, '\r\n'))).toEqual(summary(text));
    expect(summary(text.replace(/\n\n+/g, '\n')).map((s) => s[1])).toEqual(summary(text).map((s) => s[1]));
  });
});

describe('splitter on other styles', () => {
  it('Spanish newsletter with place datelines, masthead and subheading', () => {
    const b = splitBulletins(fixture('es-newsletter.txt'));
    expect(b.map((x) => [x.title, x.date, x.place])).toEqual([
      ['Ministros de Comercio Exterior se reúnen en Lima para impulsar la integración regional', '2023-11-21', 'Lima'],
      ['La Alianza del Pacífico presenta su estrategia de economía digital', '2023-10-03', 'Santiago de Chile'],
      ['Encuentro de pymes exportadoras en Bogotá', '2023-07-01', 'Bogotá'],
    ]);
    expect(b[0]?.paragraphs).toContain('Próximos pasos');
    expect(b[0]?.paragraphs[0]).toMatch(/^Los ministros/);
  });

  it('markdown headings: ## starts bulletins, ### is a subheading, # is the masthead', () => {
    const b = splitBulletins(stripMarkdown(fixture('markdown-headings.md')));
    expect(b.map((x) => [x.title, x.date, x.place])).toEqual([
      ['Pacific Alliance and ASEAN strengthen ties', '2023-10-31', 'Jakarta'],
      ['Youth volunteering programme closes its 2023 edition', null, null],
      ['Trade ministers meet in Lima', '2023-11-14', null],
    ]);
    expect(b[0]?.paragraphs).toContain('Background');
    expect(b[0]?.paragraphs[0]).toMatch(/^The National Coordinators of the Pacific Alliance met/);
    expect(b[1]?.paragraphs).toContain('• Volunteers worked on community projects.');
  });

  it('single bulletin without a title line takes its first sentence', () => {
    const b = splitBulletins(fixture('single-no-title.txt'));
    expect(b).toHaveLength(1);
    expect(b[0]?.title).toBe('The Pacific Alliance Cooperation Fund approved three new projects on artisanal fisheries, digital trade and youth employment');
    expect(b[0]?.paragraphs).toHaveLength(2);
  });

  it('hard-wrapped text with CRLF joins lines back into paragraphs', () => {
    const b = splitBulletins(fixture('wrapped.txt').replace(/\n/g, '\r\n'));
    expect(b.map((x) => [x.title, x.date])).toEqual([
      ['High-Level Group of the Pacific Alliance meets in Lima', '2023-10-18'],
      ['The National Coordinators of the Pacific Alliance meet in Lima', '2023-10-17'],
    ]);
    expect(b[0]?.paragraphs).toHaveLength(2);
    expect(b[0]?.paragraphs[0]).toBe(
      'The High Level Group (GAN) of the Pacific Alliance, which brings together deputy ministers of Foreign Affairs and Foreign Trade, met on Wednesday in Lima to review the status of the accession processes of new members.',
    );
  });

  it('blank-line-free layout', () => {
    const b = splitBulletins(fixture('no-blank-lines.txt'));
    expect(b.map((x) => [x.title, x.date, x.place, x.paragraphs.length])).toEqual([
      ['Reunión de Coordinadores Nacionales en Lima', '2023-10-17', null, 3],
      ['Seminario sobre riesgos psicosociales en el trabajo', '2023-10-03', 'Santiago', 2],
      ['Taller de seguridad digital empresarial', '2023-10-10', null, 1],
    ]);
  });

  it('labelled and undated bulletins split; an echoed subheading does not', () => {
    const b = splitBulletins(fixture('labels-undated.txt'));
    expect(b.map((x) => x.title)).toEqual([
      'COMUNICADO | Voluntariado Juvenil de la Alianza del Pacífico – Edición 2023',
      'Comunicado de prensa | Reunión de la Alianza del Pacífico con la ANSEA',
      'Exitosa culminación del proyecto de pesca artesanal y acuicultura de la Alianza del Pacífico',
    ]);
    expect(b[0]?.paragraphs).toContain('Encuentro Juvenil Alianza Pacífico');
    expect(b.every((x) => x.date === null)).toBe(true);
  });

  it('mixed date styles', () => {
    expect(summary(fixture('mixed-dates.txt'))).toEqual([
      ['Acuerdo sobre movilidad estudiantil', '2023-11-21'],
      ['Reunión técnica sobre pesca', '2023-11-21'],
      ['Informe anual de la Red IIPA-AP', '2023-11-20'],
      ['Foro de cooperación con Estados observadores', '2023-09-15'],
    ]);
  });

  it('datelines without titles start untitled bulletins', () => {
    const b = splitBulletins('Lima, 3 de octubre de 2023.- Primera noticia. Más texto.\n\nLima, 4 de octubre de 2023.- Segunda noticia.');
    expect(b.map((x) => [x.title, x.date, x.titleFromBody])).toEqual([
      ['Primera noticia', '2023-10-03', true],
      ['Segunda noticia', '2023-10-04', true],
    ]);
  });

  it('infers a missing year from the neighbours', () => {
    const b = splitBulletins('A\n\nDecember 30, 2023.- x.\n\nB\n\nDecember 28.- y.\n\nC\n\nJanuary 2, 2024.- z.');
    expect(b.map((x) => x.date)).toEqual(['2023-12-30', '2023-12-28', '2024-01-02']);
  });

  it('returns nothing for blank text', () => {
    expect(splitBulletins('')).toEqual([]);
    expect(splitBulletins(' \n\r\n\t ')).toEqual([]);
  });

  it('a headline and its deck (no final period) before the dateline are one bulletin titled by the headline, also after a kicker', () => {
    const text = [
      'COMUNICADO DE PRENSA',
      '',
      'Colombia asume la Presidencia Pro Tempore de la Alianza del Pacífico',
      'El país liderará la agenda del bloque durante los próximos doce meses',
      '',
      'Bogotá, 5 de marzo de 2024.- El Gobierno de Colombia asumió hoy la Presidencia Pro Tempore.',
      '',
      'Ministros de Hacienda evalúan la integración financiera',
      'Bogotá, 6 de marzo de 2024.- Los ministros de Hacienda evaluaron los avances del mercado integrado.',
    ].join('\n');
    const out = splitBulletins(text);
    expect(out.map((b) => [b.title, b.date])).toEqual([
      ['Colombia asume la Presidencia Pro Tempore de la Alianza del Pacífico', '2024-03-05'],
      ['Ministros de Hacienda evalúan la integración financiera', '2024-03-06'],
    ]);
    expect(out[0]?.paragraphs[0]).toBe('El país liderará la agenda del bloque durante los próximos doce meses');
  });

  it('a drawn rule under a Markdown paragraph is a rule, not a setext heading that would swallow the dateline', () => {
    const md = '## Alliance alliance\nLima, 12 de mayo de 2015 (Andina).- Alliance alliance alliance alliance.\n-----\n';
    expect(splitBulletins(stripMarkdown(md)).map((b) => [b.title, b.date, b.paragraphs])).toEqual([
      ['Alliance alliance', '2015-05-12', ['Alliance alliance alliance alliance.']],
    ]);
    expect(stripMarkdown('Ministers meet in Lima\n-----\nText.')).toMatch(/^## Ministers meet in Lima\n/u);
  });

  it('numbered headlines over their datelines title their bulletins; a numbered list inside a title block stays in it', () => {
    const text = [
      'PACIFIC ALLIANCE WEEKLY BULLETIN — No. 45',
      '',
      '1. Ministers approve the 2030 Strategic Vision roadmap',
      'Lima, November 14, 2023.- The Council of Ministers approved the roadmap.',
      '',
      'Trade ministers agree on a digital agenda',
      '1. Electronic invoicing',
      '2. Paperless trade',
      'Bogotá, November 15, 2023.- The ministers agreed on two measures.',
    ].join('\n');
    expect(splitBulletins(text).map((b) => [b.title, b.date, b.paragraphs.length])).toEqual([
      ['1. Ministers approve the 2030 Strategic Vision roadmap', '2023-11-14', 1],
      ['Trade ministers agree on a digital agenda', '2023-11-15', 3],
    ]);
  });

  it('titleFromText cuts long sentences at a word', () => {
    const t = titleFromText('word '.repeat(100));
    expect(t.length).toBeLessThanOrEqual(141);
    expect(t.endsWith('…')).toBe(true);
  });
});

describe('splitter properties', () => {
  const unicode = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: fc.constantFrom('a', 'É', ' ', '\n', '\r\n', '.', '-', '#', '•', '😀', 'ש', '\u0301', '1', '/', ':'), maxLength: 300 }),
    fc.constantFrom('x'.repeat(10_000), `Title\n\n${'y'.repeat(10_000)}.`, '\n\n\n', '#\n##\n', 'November 9.-', '•'),
  );
  it('never throws, and keeps every non-blank input character group in some bulletin', () => {
    fc.assert(
      fc.property(unicode, (s) => {
        const out = splitBulletins(s);
        for (const b of out) {
          expect(typeof b.title).toBe('string');
          expect(b.paragraphs.every((p) => p.trim().length > 0)).toBe(true);
        }
        // A paragraph with no letter or digit ("#•#", "-----") is a drawn rule and may go as chrome.
        if (textToParas(s).some((p) => p.heading === 0 && /[\p{L}\p{N}]/u.test(p.text)) && out.length === 0) {
          // Only bulletins made solely of a dateline may vanish.
          expect(textToParas(s).every((p) => p.heading > 0 || /\d/.test(p.text))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('title blocks and undated listings (issue 13)', () => {
  it('keeps a long headline over its lead apart in pasted (not hard-wrapped) text', () => {
    const t = 'Pacific Alliance ministers agree on a roadmap for the digital market\nThe ministers of Chile, Colombia, Mexico and Peru agreed on a roadmap.\n\nYouth exchange programme opens its 2024 call for students\nStudents from the four member countries may apply until May.';
    expect(splitBulletins(t).map((b) => [b.title, b.paragraphs])).toEqual([
      ['Pacific Alliance ministers agree on a roadmap for the digital market', ['The ministers of Chile, Colombia, Mexico and Peru agreed on a roadmap.']],
      ['Youth exchange programme opens its 2024 call for students', ['Students from the four member countries may apply until May.']],
    ]);
  });

  it('keeps title, subtitle and bullets before the dateline in one bulletin titled by the title line', () => {
    const t = 'Ministers agree on a roadmap\nThe plan cuts roaming costs across the four countries.\n• 12 measures\n• A review in 2025\nLima, 12 de mayo de 2015 (Andina).- Los ministros firmaron el plan.\n\nSecond bulletin title here\nBogotá, 13 de mayo de 2015.- Texto del segundo boletín.';
    const out = splitBulletins(t);
    expect(out.map((b) => [b.title, b.date])).toEqual([
      ['Ministers agree on a roadmap', '2015-05-12'],
      ['Second bulletin title here', '2015-05-13'],
    ]);
    expect(out[0]?.paragraphs).toEqual(['The plan cuts roaming costs across the four countries.', '• 12 measures', '• A review in 2025', 'Los ministros firmaron el plan.']);
  });

  it('splits an undated bulletin between dated ones on its headline', () => {
    const t = 'First bulletin title\nNovember 14, 2023.- The first body sentence.\n\nWebinar on the circular economy draws participants\nMore than 600 people followed the webinar organised with ECLAC on the circular economy.\n\nThird bulletin title\nNovember 9, 2023.- The third body sentence.';
    expect(splitBulletins(t).map((b) => [b.title, b.date])).toEqual([
      ['First bulletin title', '2023-11-14'],
      ['Webinar on the circular economy draws participants', null],
      ['Third bulletin title', '2023-11-09'],
    ]);
  });
});

describe('splitter: units the layout marks', () => {
  it('starts a bulletin at each paragraph marked as opening the repeating unit, short Title Case or not', () => {
    const p = (text: string, unit = false): Para => ({ text, heading: 0, bullet: false, ...(unit ? { unit: true as const } : {}) });
    const paras = [p('Ruta Exportadora', true), p('Acompaña a las empresas que exportan por primera vez.'), p('Mentorías para Empresarias', true), p('Empresarias con experiencia acompañan a emprendedoras.')];
    expect(segmentParas(paras).map((s) => s.titleIndex)).toEqual([0, 2]);
    // Without the mark the second title reads as a subheading of the first card.
    expect(segmentParas(paras.map((x) => p(x.text))).map((s) => s.titleIndex)).toEqual([0]);
  });
});
