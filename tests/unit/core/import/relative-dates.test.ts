/** A time stamp that says only how long ago ("hace 2 días", "5 hours ago") is counted back from the file's date. */
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../../renderer/src/core/import/dates';
import { splitBulletins } from '../../../../renderer/src/core/import/splitter';

const TEXT = [
  'Chile y Perú amplían becas de movilidad',
  'hace 2 días',
  'Los gobiernos de Chile y Perú acordaron ampliar los cupos del programa de becas de la Alianza del Pacífico.',
  '',
  'México abre oficina comercial en Bogotá',
  'hace 5 horas',
  'La Secretaría de Economía inauguró una oficina para apoyar a las pymes exportadoras del bloque.',
].join('\n');

describe('relative time stamps', () => {
  it('reads days, weeks, hours and yesterday, alone on their line only', () => {
    expect(parseDateline('hace 3 días')?.relative).toBe(3);
    expect(parseDateline('2 weeks ago')?.relative).toBe(14);
    expect(parseDateline('5 hours ago')?.relative).toBe(0);
    expect(parseDateline('Ayer')?.relative).toBe(1);
    expect(parseDateline('hace 3 días se firmó el acuerdo')).toBeNull();
  });

  it('dates each story from the file date, marked as inferred', () => {
    const out = splitBulletins(TEXT, { fileDate: '2023-11-20' });
    expect(out.map((b) => [b.title, b.date, b.yearInferred])).toEqual([
      ['Chile y Perú amplían becas de movilidad', '2023-11-18', true],
      ['México abre oficina comercial en Bogotá', '2023-11-20', true],
    ]);
  });

  it('without a file date there is no date to count back from', () => {
    expect(splitBulletins(TEXT).map((b) => b.date)).toEqual([null, null]);
  });
});
