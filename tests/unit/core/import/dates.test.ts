import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findFirstDate, inferMissingYears, isValidDate, parseDateline } from '../../../../renderer/src/core/import/dates';

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
    expect(out[2]).toEqual({ date: '2023-11-09', precision: 'day' });
    expect(out[3]).toEqual({ date: null, precision: 'unknown' });
  });
  it('crosses a year boundary', () => {
    const out = inferMissingYears([
      { date: '2024-01-03', precision: 'day' as const },
      { date: null, precision: 'unknown' as const, partial: { month: 12, day: 28 } },
    ]);
    expect(out[1]?.date).toBe('2023-12-28');
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
