/** Front matter before the first story (a cover note, a masthead) and captions are no bulletins. */
import { describe, expect, it } from 'vitest';
import { importPlainTextResult } from '../../../../renderer/src/core/import/importers/text';
import { isTitleLike } from '../../../../renderer/src/core/import/layout-cues';

const STORY = (t: string, d: string) => `${t}\nLima, ${d} de noviembre de 2023.- El texto de la nota sobre ${t.toLowerCase()} sigue aquí.\n`;

describe('cover note before dated stories', () => {
  it('sets aside a short undated first item when only dated stories follow', () => {
    const text = `Les hacemos llegar el boletín de esta semana.\n\nBOLETÍN N° 87\n\n${STORY('Primera nota', '13')}\n${STORY('Segunda nota', '14')}`;
    const r = importPlainTextResult(text, 'x.txt');
    expect(r.bulletins.map((b) => b.title)).toEqual(['Primera nota', 'Segunda nota']);
    expect(r.removed.join('\n')).toContain('Les hacemos llegar');
  });

  it('keeps an undated first story that is long, or when a later one is undated too', () => {
    const long = `Nota sin fecha\n${'Una oración larga sobre la integración regional. '.repeat(8)}\n\n${STORY('Primera nota', '13')}\n${STORY('Segunda nota', '14')}`;
    expect(importPlainTextResult(long, 'x.txt').bulletins).toHaveLength(3);
  });
});

describe('isTitleLike and photo captions', () => {
  it('never takes a caption ending with its credit for a title', () => {
    const p = (text: string) => ({ text, heading: 0, bullet: false });
    expect(isTitleLike(p('A tourist takes photos in Cusco, Peru, Nov. 10, 2023. (Photo by Mariana Bazo/Xinhua)'))).toBe(false);
    expect(isTitleLike(p('Vista del puerto de Callao (EFE/Paolo Aguilar)'))).toBe(false);
    expect(isTitleLike(p('Chile y Perú firman acuerdo (actualizado)'))).toBe(true);
  });
});
