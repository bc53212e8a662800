/** Columns found from the page itself: a sidebar's lines never land inside a body sentence. */
import { describe, expect, it } from 'vitest';
import { columnStarts, readColumns } from '../../../../renderer/src/core/import/pdf-columns';
import type { Line } from '../../../../renderer/src/core/import/pdf-lines';

const line = (y: number, ...cells: [string, number][]): Line => ({
  cells: cells.map(([text, x]) => ({ text, x, endX: x + text.length * 5, size: 10 })),
  text: cells.map(([t]) => t).join(' '),
  x: cells[0]?.[1] ?? 0,
  endX: Math.max(...cells.map(([t, x]) => x + t.length * 5)),
  y,
  size: 10,
  page: 0,
});

describe('pdf columns', () => {
  const page = [
    line(700, ['Los cancilleres acuerdan una hoja', 50], ['AGENDA', 435]),
    line(687, ['de ruta para la integración', 50], ['16 ago: coordinadores', 435]),
    line(674, ['financiera de la región.', 50], ['23 ago: pymes', 435]),
    line(661, ['Segundo párrafo del texto.', 50]),
  ];

  it('finds a column start where three runs start far right of the left edge', () => {
    const starts = columnStarts(page);
    expect(starts).toHaveLength(1);
    expect(Math.abs((starts[0] ?? 0) - 435)).toBeLessThanOrEqual(2);
    expect(columnStarts(page.slice(0, 2))).toEqual([]);
  });

  it('reads the page column by column, each line cut at the start', () => {
    expect(readColumns(page).map((l) => [l.col, l.text])).toEqual([
      [0, 'Los cancilleres acuerdan una hoja'],
      [0, 'de ruta para la integración'],
      [0, 'financiera de la región.'],
      [0, 'Segundo párrafo del texto.'],
      [1, 'AGENDA'],
      [1, '16 ago: coordinadores'],
      [1, '23 ago: pymes'],
    ]);
  });

  it('leaves a one-column page alone', () => {
    const one = [line(700, ['Título', 50]), line(687, ['Texto del cuerpo.', 50]), line(674, ['Más texto.', 68])];
    expect(readColumns(one)).toEqual(one);
  });
});
