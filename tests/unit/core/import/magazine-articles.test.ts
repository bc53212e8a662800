/** Undated magazine articles: a headline over its byline starts one, the issue month dates it. */
import { describe, expect, it } from 'vitest';
import { splitBulletins } from '../../../../renderer/src/core/import/splitter';
import { issueMonthOf } from '../../../../renderer/src/core/import/approx-dates';
import { importFile } from '../../../../renderer/src/core/import/import-file';

const magazine = [
  'REVISTA ALIANZA · N.º 12 · NOVIEMBRE 2023',
  '',
  'INTEGRACIÓN',
  'Puertos del Pacífico: la competencia que une',
  'Por Andrea Villanueva',
  'Los cuatro países compiten por las mismas rutas hacia Asia, pero comparten más problemas que ventajas.',
  'El siguiente paso será un calendario común de inversiones.',
  '',
  'ENTREVISTA',
  'La movilidad estudiantil es nuestra mejor política exterior',
  'Por Jorge Paredes',
  'La coordinadora de la plataforma de movilidad hace un balance de diez años de becas.',
].join('\n');

describe('a headline over its byline', () => {
  it('starts an article, its byline opening the body and the capitals label above it set aside', () => {
    const b = splitBulletins(magazine);
    expect(b.map((x) => [x.title, x.paragraphs[0]])).toEqual([
      ['Puertos del Pacífico: la competencia que une', 'Por Andrea Villanueva'],
      ['La movilidad estudiantil es nuestra mejor política exterior', 'Por Jorge Paredes'],
    ]);
    expect(b[0]?.paragraphs.join(' ')).not.toContain('ENTREVISTA');
  });

  it('does not read a caption with its credit, or a photo credit, as headline and byline', () => {
    const story = ['Título de la nota de hoy', 'Lima, 3 de octubre de 2023.- Texto de la nota, con su frase.', 'Los coordinadores reunidos en Santiago. Foto: Cancillería', 'Por Redacción', 'Más texto de la nota en una frase.'].join('\n');
    expect(splitBulletins(story)).toHaveLength(1);
    const credit = ['Título de la nota de hoy', 'Lima, 3 de octubre de 2023.- Texto de la nota, con su frase.', 'Share', 'Photo by Camila Soto on Unsplash', 'Más texto de la nota en una frase.'].join('\n');
    expect(splitBulletins(credit)).toHaveLength(1);
  });
});

describe('the issue month', () => {
  it('is the one month a set-aside masthead or running head prints', () => {
    expect(issueMonthOf(['REVISTA ALIANZA · N.º 12 · NOVIEMBRE 2023', 'INTEGRACIÓN'])).toBe('2023-11');
    expect(issueMonthOf(['Octubre 2023', 'Noviembre 2023'])).toBeUndefined();
    expect(issueMonthOf(['Inicio', 'Noticias'])).toBeUndefined();
  });

  it('dates the undated articles of the issue to its month', async () => {
    const bytes = new TextEncoder().encode(magazine);
    const b = await importFile({ name: 'revista.txt', bytes, fileDate: '2023-11-28' });
    expect(b.map((x) => [x.date, x.dateEnd, x.dateApprox, x.datePrecision])).toEqual([
      ['2023-11-01', '2023-11-28', true, 'month'],
      ['2023-11-01', '2023-11-28', true, 'month'],
    ]);
  });
});
