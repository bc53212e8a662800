// Date lines of issue 20: agency metadata lines, labelled Markdown lines, day-first numeric dates,
// dates after a time or a site name, and the weekday a line names (kept to pin the year down).
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../../renderer/src/core/import/dates';
import { mainYearNamed, yearsNamed } from '../../../../renderer/src/core/import/date-mentions';

describe('parseDateline: forms a person would give', () => {
  const cases: [string, string, string][] = [
    // input, date, rest of the paragraph
    ['spanish.news.cn| 2023-08-01 22:14:05|', '2023-08-01', ''],
    ['spanish.news.cn| 2023-08-01 22:14:05| LIMA, 1 ago (Xinhua) -- El canciller', '2023-08-01', 'LIMA, 1 ago (Xinhua) -- El canciller'],
    ['28 de junio de 2023, 18:42', '2023-06-28', ''],
    ['28 de junio de 2023, 18:42 El canciller peruano', '2023-06-28', 'El canciller peruano'],
    ['**Fecha:** 18/03/2024', '2024-03-18', ''],
    ['__Date:__ 18/03/2024', '2024-03-18', ''],
    ['Fecha: 18/03/2024 Fuente: Cancillería', '2024-03-18', 'Fuente: Cancillería'],
    ['Actualizado: 28 de junio de 2023', '2023-06-28', ''],
    ['Last updated: June 28, 2023', '2023-06-28', ''],
    ['18.03.2024', '2024-03-18', ''],
    ['03/04/2024.- La reunión', '2024-04-03', 'La reunión'],
    ['18:42 | 28 de junio de 2023', '2023-06-28', ''],
    ['18:42 28/06/2023 Texto', '2023-06-28', 'Texto'],
    ['10:30 a.m. - 14/11/2023', '2023-11-14', ''],
    ['Andina | 28 de junio de 2023', '2023-06-28', ''],
    ['Xinhua | 28 de junio de 2023, 18:42. El texto', '2023-06-28', 'El texto'],
    ['Redacción EFE | 28/06/2023 - 18:42 h', '2023-06-28', ''],
    ['Agencia Andina · 14 de noviembre de 2023', '2023-11-14', ''],
    ['2023-08-01T22:14:05-05:00', '2023-08-01', ''],
    ['Lima, 28 de junio de 2023, 18:42.- Texto', '2023-06-28', 'Texto'],
    // A feed reader: the feed's name, a spaced dash, an RFC 822 date with its zone.
    ['Andina English — Fri, 12 Apr 2024 18:45:12 -0500', '2024-04-12', ''],
    ['Noticias AP – lun, 15 abr 2024 09:00 GMT', '2024-04-15', ''],
    ['Pacific Alliance News — Tue, 16 Apr 2024 14:30:00 +0000 Text', '2024-04-16', 'Text'],
    // A newsletter's issue line: name and number, the date, the reading time.
    ['Issue #14 · April 9, 2024 · 4 min read', '2024-04-09', '4 min read'],
    ['Boletín N° 87 | 4 de abril de 2024', '2024-04-04', ''],
  ];
  it.each(cases)('%s', (input, date, rest) => {
    const d = parseDateline(input);
    expect(d?.date).toBe(date);
    expect(input.slice(d?.consumed ?? 0)).toBe(rest);
  });

  it('keeps the weekday of a year-less line, in English and Spanish, in prose too', () => {
    expect(parseDateline('Wednesday, June 9.- Text')?.partial).toEqual({ month: 6, day: 9, weekday: 3 });
    expect(parseDateline('Wed., June 9.- Text')?.partial).toEqual({ month: 6, day: 9, weekday: 3 });
    expect(parseDateline('Miércoles, 9 de junio.- Texto')?.partial).toEqual({ month: 6, day: 9, weekday: 3 });
    expect(parseDateline('sábado 12 de agosto.- Texto')?.partial).toEqual({ month: 8, day: 12, weekday: 6 });
    expect(parseDateline('On Sunday, March 3, the ministers met.')?.partial).toEqual({ month: 3, day: 3, weekday: 0 });
    expect(parseDateline('June 9.- Text')?.partial).toEqual({ month: 6, day: 9 });
  });

  it('still refuses prose and labels without a date', () => {
    expect(parseDateline('COMMUNICATION | Pacific Alliance Youth Volunteering – 2023 Edition')).toBeNull();
    expect(parseDateline('Fecha: por confirmar')).toBeNull();
    // A post-meta line's byline is chrome (metaLineDate), not the start of a body.
    expect(parseDateline('Posted on August 4, 2023 by Communications Office')).toBeNull();
    expect(parseDateline('08:20 | The ministers met')).toBeNull();
    expect(parseDateline('21/11/2023 La reunión')).toBeNull();
    expect(parseDateline('12.50 millones de dólares')).toBeNull();
    expect(parseDateline('1.5.23 Sección')).toBeNull();
    // Two-digit years are left alone: a browser's print header stamps "8/7/23, 10:15 AM" month first.
    expect(parseDateline('8/7/23, 10:15 AM')).toBeNull();
    // A dash between words is no feed's name: a headline with a date stays prose.
    expect(parseDateline('Chile — Perú: 12 acuerdos firmados en 2024')).toBeNull();
  });
});

describe('years a text names', () => {
  it('weighs complete dates over bare years and leaves out years after the file', () => {
    const text = 'The meeting was held on 31 October 2023; the Work Plan (2021-2025) and the 2030 Agenda.';
    expect(Object.fromEntries(yearsNamed(text, 2026))).toEqual({ 2023: 2, 2021: 1, 2025: 1 });
    expect(yearsNamed(text).get(2030)).toBe(1);
    expect(mainYearNamed(text, 2026)).toBe(2023);
  });
  it('prefers the year named most, the earlier on a tie, and ignores parts of numbers', () => {
    expect(mainYearNamed('Youth Volunteering – 2023 Edition. The 2023 Edition is over; join the 2024 edition!')).toBe(2023);
    expect(mainYearNamed('In 2019 and in 2020.')).toBe(2019);
    expect(mainYearNamed('USD 1,2023 and 12.2023.5 and item 20231')).toBeNull();
  });
});
