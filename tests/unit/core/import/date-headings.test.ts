/** A heading that is only a date dates the headlines under it (a blog's date header) instead of titling a bulletin. */
import { describe, expect, it } from 'vitest';
import { segmentParas, segmentsToBulletins } from '../../../../renderer/src/core/import/splitter';
import type { Para } from '../../../../renderer/src/core/import/paragraphs';

const h = (level: number, text: string): Para => ({ text, heading: level, bullet: false });
const p = (text: string): Para => ({ text, heading: 0, bullet: false });
const BODY = (n: number): Para => p(`Los ministros de la Alianza del Pacífico acordaron el punto ${n} de la agenda de integración regional.`);

describe('date headings', () => {
  const page = [
    h(2, 'martes, 14 de noviembre de 2023'),
    h(3, 'Chile y Perú amplían becas de movilidad'),
    BODY(1),
    h(2, 'lunes, 13 de noviembre de 2023'),
    h(3, 'Colombia presenta la hoja de ruta digital'),
    BODY(2),
    h(2, 'viernes, 10 de noviembre de 2023'),
    h(3, 'Pescadores artesanales intercambian experiencias'),
    BODY(3),
    h(2, 'Archivo del blog'),
  ];

  it('dates the post under it and is neither a title nor part of the post before', () => {
    const out = segmentsToBulletins(page, segmentParas(page));
    expect(out.map((b) => [b.title, b.date])).toEqual([
      ['Chile y Perú amplían becas de movilidad', '2023-11-14'],
      ['Colombia presenta la hoja de ruta digital', '2023-11-13'],
      ['Pescadores artesanales intercambian experiencias', '2023-11-10'],
    ]);
    expect(out[0]?.paragraphs.join(' ')).not.toContain('noviembre');
  });

  it('a heading that names a month or a place with its date stays a heading', () => {
    const doc = [h(1, 'Seguimiento de prensa — marzo 2024'), p('Responsable: Unidad de Comunicaciones'), h(2, 'Ministros revisan el mercado integrado'), BODY(1), h(2, 'Lanzan convocatoria de voluntariado'), BODY(2)];
    const out = segmentsToBulletins(doc, segmentParas(doc));
    expect(out.map((b) => b.title)).toEqual(['Seguimiento de prensa — marzo 2024', 'Ministros revisan el mercado integrado', 'Lanzan convocatoria de voluntariado']);
  });
});
