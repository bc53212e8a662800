// The repeating unit of a listing, found from the file itself (issue 20): where the title stands
// relative to the date and the lead, and which shape the units' titles share. Variants of the
// layouts met, not copies of the fixtures.
import { describe, expect, it } from 'vitest';
import { splitBulletinsReport } from '../../../../renderer/src/core/import/splitter';
import { datesUnderHeadings } from '../../../../renderer/src/core/import/heading-blocks';
import type { Para } from '../../../../renderer/src/core/import/paragraphs';

const LEAD = (what: string): string => `${what} met in Lima to agree on a common plan for the coming year, the ministry said.`;
const titles = (text: string): [string, string | null][] => splitBulletinsReport(text).bulletins.map((b) => [b.title, b.date]);

describe('cards with the date above the title', () => {
  it('sets aside one or two furniture lines between a card’s date and its title (placeholder, forward line, category)', () => {
    const text = [
      '3 June 2024', 'Ports agree on shared data', LEAD('Port authorities'), '',
      '5 June 2024', '[ Photo ]', 'Chile hosts the youth forum', LEAD('Young leaders'), '',
      '6 June 2024', 'Reenviado de Cancillería Perú', 'Trade', 'Peru and Mexico review customs rules', LEAD('Customs officials'), '',
      '9 June 2024', 'Women exporters programme opens', LEAD('Exporting firms'),
    ].join('\n');
    const r = splitBulletinsReport(text);
    expect(r.bulletins.map((b) => [b.title, b.date, b.paragraphs[0]?.slice(0, 14)])).toEqual([
      ['Ports agree on shared data', '2024-06-03', 'Port authoriti'],
      ['Chile hosts the youth forum', '2024-06-05', 'Young leaders '],
      ['Peru and Mexico review customs rules', '2024-06-06', 'Customs offici'],
      ['Women exporters programme opens', '2024-06-09', 'Exporting firm'],
    ]);
    expect(r.removed).toEqual(expect.arrayContaining(['[ Photo ]', 'Reenviado de Cancillería Perú', 'Trade']));
  });

  it('leaves a sentence after the date in the body: only short unfinished lines are furniture', () => {
    const text = [
      '3 June 2024', 'Ports agree on shared data', LEAD('Port authorities'), '',
      '5 June 2024', 'The forum opened today.', 'Chile hosts the youth forum', LEAD('Young leaders'), '',
      '9 June 2024', 'Women exporters programme opens', LEAD('Exporting firms'),
    ].join('\n');
    expect(titles(text)[1]?.[0]).not.toBe('Chile hosts the youth forum');
  });
});

describe('decks judged from the units', () => {
  const STORY = (what: string): string => `${what} signed an agreement on the border crossing used by millions of people a year.`;
  it('reads a headline-like masthead over the first title as no deck when the other units have one headline each', () => {
    const text = [
      'Agencia de Noticias del Sur - Servicio en inglés',
      'Peru and Chile sign agreement to speed up border crossings',
      'Lima, Nov. 21 (ANDINA). – ' + STORY('Peru and Chile'),
      'Photo: Archive',
      'Pacific Alliance scholarships take students to Mexico',
      'Lima, Nov. 23 (ANDINA). – ' + STORY('The two ministries'),
      'Blueberry exports to Colombia double in the season',
      'Lima, Nov. 24 (ANDINA). – ' + STORY('Exporters'),
    ].join('\n');
    const r = splitBulletinsReport(text, { fileDate: '2023-11-25' });
    expect(r.bulletins.map((b) => b.title)).toEqual([
      'Peru and Chile sign agreement to speed up border crossings',
      'Pacific Alliance scholarships take students to Mexico',
      'Blueberry exports to Colombia double in the season',
    ]);
    expect(r.removed).toContain('Agencia de Noticias del Sur - Servicio en inglés');
  });

  it('keeps a title and its deck when most units have one', () => {
    const unit = (title: string, deck: string, day: number): string[] => ['', title, deck, `Lima, ${day} de noviembre de 2023.- ${STORY('Los ministros')}`];
    const text = [
      ...unit('Colombia asume la presidencia del bloque regional', 'El país liderará la agenda de integración durante un año', 3),
      ...unit('Perú y México firman acuerdo de cooperación técnica', 'El convenio abarca salud, educación y comercio digital', 5),
    ].join('\n');
    expect(splitBulletinsReport(text).bulletins.map((b) => [b.title, b.paragraphs[0]?.slice(0, 6)])).toEqual([
      ['Colombia asume la presidencia del bloque regional', 'El paí'],
      ['Perú y México firman acuerdo de cooperación técnica', 'El con'],
    ]);
  });
});

describe('cards that print their date last (heading, lead, date)', () => {
  const h = (text: string): Para => ({ text, heading: 3, bullet: false });
  const p = (text: string): Para => ({ text, heading: 0, bullet: false });
  it('moves each card’s date under its heading when the last card ends with a date and the first has none above', () => {
    const paras = [h('Uno'), p(LEAD('A')), p('12.03.2024'), h('Dos'), p(LEAD('B')), p('13.03.2024'), h('Tres'), p(LEAD('C')), p('14.03.2024')];
    expect(datesUnderHeadings(paras)).toEqual([0, 2, 1, 3, 5, 4, 6, 8, 7]);
  });
  it('leaves dates above headings to the reading that moves them down one card', () => {
    const paras = [p('12.03.2024'), h('Uno'), p(LEAD('A')), p('13.03.2024'), h('Dos'), p(LEAD('B'))];
    expect(datesUnderHeadings(paras)).toEqual([1, 0, 2, 4, 3, 5]);
  });
});
