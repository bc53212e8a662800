import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Dated, findFirstDate, inferMissingYears, isValidDate, parseDateline } from '../../../../renderer/src/core/import/dates';

describe('parseDateline', () => {
  const cases: [string, string | null, string, string | null, string][] = [
    // input, date, precision, place, rest of the paragraph
    ['November 14, 2023.- On November 10', '2023-11-14', 'day', null, 'On November 10'],
    ['9 November 2023.- Within the framework', '2023-11-09', 'day', null, 'Within the framework'],
    ['Lima, 21 de noviembre de 2023.- El Consejo', '2023-11-21', 'day', 'Lima', 'El Consejo'],
    ['Santiago de Chile, 3 de octubre de 2023.– Los ministros', '2023-10-03', 'day', 'Santiago de Chile', 'Los ministros'],
    ['21/11/2023 La reunión', null, 'none', null, ''],
    ['21/11/2023', '2023-11-21', 'day', null, ''],
    ['2023-11-21: text', '2023-11-21', 'day', null, 'text'],
    ['(Lima, 21 nov 2023) El texto', '2023-11-21', 'day', 'Lima', 'El texto'],
    ['Bogotá, 5 sept. 2023 – The meeting', '2023-09-05', 'day', 'Bogotá', 'The meeting'],
    ['Lima, 12 set. 2023.- Texto', '2023-09-12', 'day', 'Lima', 'Texto'],
    ['Ciudad de México, 1° de julio de 2023.- Texto', '2023-07-01', 'day', 'Ciudad de México', 'Texto'],
    ['Quito, 15 dic. 2023: Texto', '2023-12-15', 'day', 'Quito', 'Texto'],
    ['Monday, November 13, 2023.- Text', '2023-11-13', 'day', null, 'Text'],
    ['Lunes, 13 de noviembre de 2023.- Texto', '2023-11-13', 'day', null, 'Texto'],
    ['October 18, 2023. The High Level Group', '2023-10-18', 'day', null, 'The High Level Group'],
    ['noviembre de 2023.- Texto', '2023-11-01', 'month', null, 'Texto'],
    ['Lima, 3 de octubre del 2023 - Texto', '2023-10-03', 'day', 'Lima', 'Texto'],
    ['11/21/2023.- Text', '2023-11-21', 'day', null, 'Text'],
    // The forms of issue 13, one each.
    ['Lima, 12 de mayo de 2015 (Andina).- El ministro', '2015-05-12', 'day', 'Lima', 'El ministro'],
    ['Ciudad de México, a 17 de febrero de 2023.- La Secretaría', '2023-02-17', 'day', 'Ciudad de México', 'La Secretaría'],
    ['Alianza del Pacífico (octubre 12/16). Los países', '2016-10-12', 'day', 'Alianza del Pacífico', 'Los países'],
    ['August 4, 2023 – The ministers', '2023-08-04', 'day', null, 'The ministers'],
    // The agency before the place (ANSA, AP) and a source after a middle dot (notes apps).
    ['(ANSA) - SANTIAGO, 14 NOV 2023 - El gobierno', '2023-11-14', 'day', 'SANTIAGO', 'El gobierno'],
    ['(AP) — CIUDAD DE MEXICO, 16 nov 2023 — La cancillería', '2023-11-16', 'day', 'CIUDAD DE MEXICO', 'La cancillería'],
    ['20 Nov 2023 · Source: Andina', '2023-11-20', 'day', null, 'Source: Andina'],
    ['Source: Xinhua| 2023-11-14 10:32:15|Editor: huaxia', '2023-11-14', 'day', null, 'Editor: huaxia'],
    ['17 April, 2024', '2024-04-17', 'day', null, ''],
    ['17 April, 2024. The delegates', '2024-04-17', 'day', null, 'The delegates'],
    ['March 13th, 2023.- The Council', '2023-03-13', 'day', null, 'The Council'],
    ['Santiago, 3 ene. 2024.- Texto', '2024-01-03', 'day', 'Santiago', 'Texto'],
    ['Bogotá, 9 feb. 2024.- Texto', '2024-02-09', 'day', 'Bogotá', 'Texto'],
    ['Lima, 21 sept. 2023.- Texto', '2023-09-21', 'day', 'Lima', 'Texto'],
    ['Sept. 21, 2023.- Text', '2023-09-21', 'day', null, 'Text'],
    ['LIMA, 5 de junio de 2023.- Texto', '2023-06-05', 'day', 'LIMA', 'Texto'],
    ['LIMA, Peru, Nov. 14, 2023 /PRNewswire/ -- The Pacific Alliance', '2023-11-14', 'day', 'LIMA', 'The Pacific Alliance'],
    ['MEXICO CITY, Nov. 20, 2023 /PRNewswire-HISPANIC PR WIRE/ -- The Council', '2023-11-20', 'day', 'MEXICO CITY', 'The Council'],
    ['Publicado: 14/11/2023', '2023-11-14', 'day', null, ''],
    ['Publicado el 14 de noviembre de 2023', '2023-11-14', 'day', null, ''],
    ['Posted on November 14, 2023', '2023-11-14', 'day', null, ''],
    ['14 de noviembre de 2023, 10:30', '2023-11-14', 'day', null, ''],
    ['November 14, 2023 10:30 AM', '2023-11-14', 'day', null, ''],
    ['Lima, 14 de noviembre de 2023 | 10:30 h.- Texto', '2023-11-14', 'day', 'Lima', 'Texto'],
  ];
  it.each(cases)('%s', (input, date, precision, place, rest) => {
    const d = parseDateline(input);
    if (precision === 'none') {
      expect(d).toBeNull();
      return;
    }
    expect(d).not.toBeNull();
    expect(d?.date).toBe(date);
    expect(d?.precision).toBe(precision);
    expect(d?.place).toBe(place);
    expect(input.slice(d?.consumed ?? 0)).toBe(rest);
  });

  it('reads year-less agency and wire datelines, keeping month and day', () => {
    const cases: [string, string | null, number, number, string][] = [
      ['08:20 | Lima, ago. 1. El ministro', 'Lima', 8, 1, 'El ministro'],
      ['CIUDAD DE MÉXICO, febrero 17 (EL UNIVERSAL).- La canciller', 'CIUDAD DE MÉXICO', 2, 17, 'La canciller'],
      ['Punta Mita, México, 20 jun (SIG). Los presidentes', 'Punta Mita', 6, 20, 'Los presidentes'],
      ['Lima, 4 set.- Texto', 'Lima', 9, 4, 'Texto'],
    ];
    for (const [input, place, month, day, rest] of cases) {
      const d = parseDateline(input);
      expect(d, input).toMatchObject({ date: null, place, partial: { month, day } });
      expect(input.slice(d?.consumed ?? 0)).toBe(rest);
    }
  });

  it('reads a weekday date that opens a sentence without cutting the sentence', () => {
    expect(parseDateline('On Wednesday, June 9, the ministers met in Lima.')).toMatchObject({ date: null, prose: true, consumed: 0, partial: { month: 6, day: 9 } });
    expect(parseDateline('On Monday, November 13, 2023, the Council met.')).toMatchObject({ date: '2023-11-13', prose: true, consumed: 0 });
    expect(parseDateline('El miércoles 9 de junio, los ministros se reunieron.')).toMatchObject({ partial: { month: 6, day: 9 }, prose: true });
    expect(parseDateline('On the agenda were 3 items.')).toBeNull();
    expect(parseDateline('On June 9 the ministers met.')).toBeNull();
  });

  it('does not take a time or a parenthesis in prose for a dateline', () => {
    expect(parseDateline('08:20 | The ministers met')).toBeNull();
    expect(parseDateline('La Alianza del Pacífico (AP) reunió a 4 países.')).toBeNull();
    expect(parseDateline('Lima (Andina) informó que 20 países asistieron.')).toBeNull();
  });

  it('keeps month and day when the year is missing', () => {
    const d = parseDateline('November 9.- With the participation');
    expect(d).toMatchObject({ date: null, precision: 'unknown', partial: { month: 11, day: 9 } });
    expect('November 9.- With the participation'.slice(d?.consumed)).toBe('With the participation');
    expect(parseDateline('Lima, 9 de noviembre.- Con la participación')).toMatchObject({
      place: 'Lima',
      partial: { month: 11, day: 9 },
    });
  });

  it('rejects dates that do not exist', () => {
    expect(parseDateline('February 31, 2023.- Text')).toBeNull();
    expect(parseDateline('31 de febrero de 2023.- Texto')).toBeNull();
    expect(parseDateline('29/02/2023')).toBeNull();
    expect(parseDateline('29/02/2024')).toMatchObject({ date: '2024-02-29' });
    expect(parseDateline('2023-13-01')).toBeNull();
    expect(parseDateline('32 November 2023.- x')).toBeNull();
  });

  it('does not take prose for a dateline', () => {
    expect(parseDateline('November 9 and 10 saw the meeting')).toBeNull();
    expect(parseDateline('The meeting of National Coordinators')).toBeNull();
    expect(parseDateline('Lima is the capital')).toBeNull();
    expect(parseDateline('May the best win.')).toBeNull();
    expect(parseDateline('')).toBeNull();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const d = parseDateline(s);
        if (d) expect(d.consumed).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void findFirstDate(s)), { numRuns: 300 });
  });
});

describe('findFirstDate', () => {
  it('finds a date in prose', () => {
    expect(findFirstDate('The meeting was held on 31 October 2023 in hybrid format')).toMatchObject({
      date: '2023-10-31',
      precision: 'day',
      index: 24,
    });
    expect(findFirstDate('se celebró el 3 de octubre de 2023 en Santiago')?.date).toBe('2023-10-03');
    expect(findFirstDate('A document issued in January 2023 holds it')).toMatchObject({ date: '2023-01-01', precision: 'month' });
  });
  it('ignores bare years and year-less dates', () => {
    expect(findFirstDate('The 2023 Edition and the 2024 edition')).toBeNull();
    expect(findFirstDate('held on November 9 and 10')).toBeNull();
    expect(findFirstDate('on 30 February 2023')).toBeNull();
  });
  it('takes the earliest in the text', () => {
    expect(findFirstDate('On 2 May 2022, then on 2023-01-05')?.date).toBe('2022-05-02');
  });
});

describe('inferMissingYears', () => {
  it('uses the neighbours', () => {
    const out = inferMissingYears([
      { date: '2023-11-14', precision: 'day' as const },
      { date: '2023-11-09', precision: 'day' as const },
      { date: null, precision: 'unknown' as const, partial: { month: 11, day: 9 } },
      { date: null, precision: 'unknown' as const },
      { date: '2023-10-18', precision: 'day' as const },
    ]);
    expect(out[2]).toEqual({ date: '2023-11-09', precision: 'day', yearInferred: true });
    expect(out[3]).toEqual({ date: null, precision: 'unknown' });
  });
  it('crosses a year boundary', () => {
    const out = inferMissingYears([
      { date: '2024-01-03', precision: 'day' as const },
      { date: null, precision: 'unknown' as const, partial: { month: 12, day: 28 } },
    ]);
    expect(out[1]?.date).toBe('2023-12-28');
  });
  it('falls back to the file date: the latest such day not after it', () => {
    const items: Dated[] = [{ date: null, precision: 'unknown', partial: { month: 2, day: 17 } }, { date: null, precision: 'unknown', partial: { month: 12, day: 30 } }];
    expect(inferMissingYears(items, '2023-03-01').map((i) => [i.date, i.yearInferred])).toEqual([
      ['2023-02-17', true],
      ['2022-12-30', true],
    ]);
    expect(inferMissingYears(items, 'yesterday')[0]).toBe(items[0]);
  });
  it('else takes the year most of the page\'s other dates have', () => {
    const items: Dated[] = [{ date: null, precision: 'unknown', partial: { month: 8, day: 1 } }];
    const pageDates = () => ['2011-04-28', '2023-07-30', '2023-08-03'];
    expect(inferMissingYears(items, { pageDates })[0]).toMatchObject({ date: '2023-08-01', yearInferred: true });
    // The file's date, when known, comes first.
    expect(inferMissingYears(items, { pageDates, fileDate: '2019-09-01' })[0]?.date).toBe('2019-08-01');
  });
  it('leaves items alone without dated neighbours', () => {
    const item = { date: null, precision: 'unknown' as const, partial: { month: 2, day: 29 } };
    expect(inferMissingYears([item])[0]).toBe(item);
  });
  it('validates', () => {
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(null, 2, 29)).toBe(true);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
  });
});
