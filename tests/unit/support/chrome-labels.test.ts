/** The chrome labeller: which lines of a fixture are chrome, kept, or not said by its expected bulletins. */
import { describe, expect, it } from 'vitest';
import { isDateLine, labelChromeParas } from './chrome-labels';
import type { ExpectedBulletin } from './fidelity-harness';

const b = (title: string, bodyStart: string, bodyEnd: string): ExpectedBulletin => ({ title, date: null, lang: 'es', bodyStart, bodyEnd });

describe('labelChromeParas', () => {
  it('labels chrome around the bulletins, keeps titles, datelines and bodies', () => {
    const doc = [
      'Pasar al contenido principal',
      'Perú y Chile revisan la agenda',
      '28 de junio de 2023',
      'Los cancilleres revisaron la agenda.',
      'Compartir en: Facebook X',
      'La próxima reunión será en Lima.',
      'Fin',
      'Pasar al contenido principal',
      'Reunión técnica en Lima',
      'Por Ana Pérez',
      'Los técnicos se reunieron en Lima.',
      '© 2023 Cancillería',
    ];
    const labels = labelChromeParas([doc], [b('Perú y Chile revisan la agenda', 'Los cancilleres revisaron', 'será en Lima.'), b('Reunión técnica en Lima', 'Los técnicos se reunieron', 'en Lima.')]);
    expect(labels).toEqual([['chrome', 'kept', 'kept', 'kept', 'kept', 'kept', 'chrome', 'chrome', 'kept', 'chrome', 'kept', 'chrome']]);
  });

  it('takes the title right before the body, so an earlier table of contents is chrome', () => {
    const doc = ['In this issue', '• Ministers meet in Santiago', 'Ministers meet in Santiago', 'The ministers met on Monday.'];
    expect(labelChromeParas([doc], [b('Ministers meet in Santiago', 'The ministers met', 'on Monday.')])).toEqual([['chrome', 'chrome', 'kept', 'kept']]);
  });

  it('matches raw lines: a word hyphenated across two lines, Markdown marks', () => {
    const doc = ['**Ministers approve plan**', 'The Council ap-', 'proved the plan.', 'Page 1 of 3'];
    expect(labelChromeParas([doc], [b('Ministers approve plan', 'The Council approved', 'the plan.')])).toEqual([['kept', 'kept', 'kept', 'chrome']]);
  });

  it('says nothing around a bulletin it cannot find, and follows bulletins across documents', () => {
    const docs = [['Masthead', 'Title one', 'Body one.'], ['Lost title', 'Text not in the expected file.', 'Title three', 'Body three.', 'Footer']];
    const expected = [b('Title one', 'Body one.', 'Body one.'), b('Lost title', 'Missing body', 'Missing body'), b('Title three', 'Body three.', 'Body three.')];
    expect(labelChromeParas(docs, expected)).toEqual([
      ['chrome', 'kept', 'kept'],
      [null, null, 'kept', 'kept', 'chrome'],
    ]);
  });

  it('a line the fixture names as chrome is chrome wherever it stands, also inside a body', () => {
    const doc = ['Title', 'The authorities expect the end of', 'QUARTERLY 3', 'the year, they said.'];
    expect(labelChromeParas([doc], [b('Title', 'The authorities', 'they said.')], ['QUARTERLY 3'])[0]).toEqual(['kept', 'kept', 'chrome', 'kept']);
  });
});

describe('isDateLine', () => {
  it.each([
    ['28 de junio de 2023', true],
    ['LIMA, 1 ago 2023.-', true],
    ['spanish.news.cn| 2023-08-02 09:14:05|', false],
    ['23 de diciembre de 2024 / Sin categoría', false],
    ['Los ministros se reunieron el 28 de junio de 2023 en Lima.', false],
  ])('%s → %s', (text, expected) => {
    expect(isDateLine(text)).toBe(expected);
  });
});
