// The fidelity scorer's approximate dates: an expected `≈…` date is scored on the range.
import { describe, expect, it } from 'vitest';
import type { ParsedBulletin } from '../../../../renderer/src/core/model';
import { type ExpectedBulletin, differences } from '../../support/fidelity-harness';

const expected = (date: string | null): ExpectedBulletin => ({ title: 'T', date, lang: 'en', bodyStart: 'Body', bodyEnd: 'text.' });
const actual = (fields: Partial<ParsedBulletin>): ParsedBulletin => ({
  title: 'T', date: null, datePrecision: 'unknown', place: null, language: 'en', body: 'Body text.', bodyHtml: null, countries: [], organisations: [], sourceFile: 'f.txt', ...fields,
});
const approx = (date: string, dateEnd: string) => actual({ date, dateEnd, dateApprox: true, datePrecision: 'year' });

describe('fidelity scoring of approximate dates', () => {
  it('an approximate expected date is right when the output range lies inside it', () => {
    expect(differences(expected('≈2023'), approx('2023-10-18', '2023-11-09'))).toEqual([]);
    expect(differences(expected('≈2023-10-18..2023-11-09'), approx('2023-10-20', '2023-11-09'))).toEqual([]);
    expect(differences(expected('≈2023-11'), approx('2023-11-02', '2023-11-20'))).toEqual([]);
    expect(differences(expected('≈2023-11'), approx('2023-10-18', '2023-11-09'))).toHaveLength(1);
    expect(differences(expected('≈2024'), approx('2023-10-18', '2023-11-09'))).toHaveLength(1);
    // An exact date, or none, is not the approximate date asked for.
    expect(differences(expected('≈2023'), actual({ date: '2023-11-01', datePrecision: 'day' }))).toHaveLength(1);
    expect(differences(expected('≈2023'), actual({}))).toHaveLength(1);
  });

  it('null accepts no date or an approximate one, never an exact one; an exact date is not a range', () => {
    expect(differences(expected(null), actual({}))).toEqual([]);
    expect(differences(expected(null), approx('2023-10-18', '2023-11-09'))).toEqual([]);
    expect(differences(expected(null), actual({ date: '2023-11-01', datePrecision: 'day' }))).toHaveLength(1);
    expect(differences(expected('2023-10-18'), approx('2023-10-18', '2023-11-09'))).toHaveLength(1);
  });
});
