// Front matter before the first story, told by how the first bulletin differs from the others.
import { describe, expect, it } from 'vitest';
import { frontMatter } from '../../../../renderer/src/core/import/front-matter';
import { importPlainTextResult } from '../../../../renderer/src/core/import/importers/text';
import type { SplitBulletin } from '../../../../renderer/src/core/import/splitter';

const item = (title: string, date: string | null, words = 30): SplitBulletin => ({
  title,
  titleFromBody: false,
  date,
  precision: date ? 'day' : 'unknown',
  place: null,
  paragraphs: [Array.from({ length: words }, (_, i) => `palabra${i}`).join(' ')],
});

describe('frontMatter', () => {
  it('reads a short dated first item over undated ones as the issue header', () => {
    expect(frontMatter([item('Boletín de marzo', '2024-03-28', 12), item('Uno', null), item('Dos', null)])?.kind).toBe('issue');
  });
  it('reads a short undated first item over dated ones as a cover note', () => {
    expect(frontMatter([item('Sala de prensa', null, 1), item('Uno', '2024-04-22'), item('Dos', '2024-04-18')])?.kind).toBe('cover');
  });
  it('is no front matter when the first item is long, alone with one story, or like the others', () => {
    expect(frontMatter([item('Boletín', '2024-03-28', 80), item('Uno', null), item('Dos', null)])).toBeNull();
    expect(frontMatter([item('Boletín', '2024-03-28', 12), item('Uno', null)])).toBeNull();
    expect(frontMatter([item('Uno', '2024-03-28', 12), item('Dos', '2024-03-29'), item('Tres', null)])).toBeNull();
    expect(frontMatter([item('Uno', null, 12), item('Dos', null), item('Tres', null)])).toBeNull();
    // A header whose "intro" runs to three paragraphs may hold a first item: nothing is set aside.
    expect(frontMatter([{ ...item('Boletín', '2024-03-28', 5), paragraphs: ['Hola.', 'Puertos', 'Texto.'] }, item('Uno', null), item('Dos', null)])).toBeNull();
  });
});

describe('an issue header in a text newsletter', () => {
  it('dates every item with the issue’s date and imports no bulletin for the header', () => {
    const body = (s: string): string => `${s} según informó el boletín semanal de la Alianza del Pacífico a sus lectores.`;
    const text = [
      'Boletín Comercial del Pacífico', 'Edición semanal', 'Publicado el 4 de abril de 2024', '',
      'Bienvenidos a una nueva edición.', '',
      'Los puertos del Pacífico comparten estadísticas', body('Los puertos de la región publicarán cifras mensuales'), '',
      'Chile y Perú prueban pagos inmediatos', body('Los bancos centrales iniciaron un piloto'), '',
      'México reduce aranceles a insumos médicos', body('El gobierno redujo aranceles'),
    ].join('\n');
    const r = importPlainTextResult(text, 'boletin.txt');
    expect(r.bulletins.map((b) => [b.title, b.date])).toEqual([
      ['Los puertos del Pacífico comparten estadísticas', '2024-04-04'],
      ['Chile y Perú prueban pagos inmediatos', '2024-04-04'],
      ['México reduce aranceles a insumos médicos', '2024-04-04'],
    ]);
    expect(r.removed.join('\n')).toContain('Bienvenidos a una nueva edición.');
  });
});

describe('a generated header (no prose) over stories of prose', () => {
  const prose = (title: string, date: string | null): SplitBulletin => ({ ...item(title, date), paragraphs: ['El viceministro planteó a los socios del bloque compartir la información satelital.'] });
  it('is a cover when every other item has a sentence of prose and it has none', () => {
    const header = { ...item('Resumen RSS', '2023-11-09', 0), paragraphs: ['Generado el jueves 9 de noviembre de 2023 · 7 entradas nuevas de 5 fuentes'] };
    expect(frontMatter([header, prose('Uno', '2023-11-08'), prose('Dos', '2023-11-07')])?.kind).toBe('cover');
  });
  it('is no cover when a later item has no prose either (cards of one line are a listing)', () => {
    const card = { ...item('Uno', '2023-11-08', 0), paragraphs: ['Lima · Comercio'] };
    const header = { ...item('Resumen', '2023-11-09', 0), paragraphs: ['7 entradas nuevas'] };
    expect(frontMatter([header, card, prose('Dos', '2023-11-07')])).toBeNull();
  });
});
