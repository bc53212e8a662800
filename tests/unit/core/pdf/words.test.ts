import { describe, expect, it } from 'vitest';
import { dossierLanguage, pdfWordsFor } from '../../../../renderer/src/core/pdf/words';
import { formatBulletinDate, formatDay, formatPeriod } from '../../../../renderer/src/core/pdf/text';
import { DEFAULT_LABELS } from '../../../../renderer/src/core/pdf/types';
import { makeBulletin } from './pdf-helpers';

describe('the PDF words follow the dossier language', () => {
  it('writes Spanish dates as "30 de octubre de 2023" and English as "30 October 2023"', () => {
    expect(formatBulletinDate('2023-10-30', 'day', pdfWordsFor('es'))).toBe('30 de octubre de 2023');
    expect(formatBulletinDate('2023-10-30', 'day', pdfWordsFor('en'))).toBe('30 October 2023');
    expect(formatBulletinDate('2023-10-01', 'month', pdfWordsFor('es'))).toBe('octubre de 2023');
    expect(formatBulletinDate('2023-10-01', 'month', pdfWordsFor('en'))).toBe('October 2023');
    expect(formatBulletinDate('2023-01-01', 'year', pdfWordsFor('es'))).toBe('2023');
    expect(formatBulletinDate(null, 'unknown', pdfWordsFor('es'))).toBe('Sin fecha');
    expect(formatDay(new Date(2023, 0, 9), pdfWordsFor('es'))).toBe('9 de enero de 2023');
    expect(formatDay(new Date(2023, 0, 9), pdfWordsFor('en'))).toBe('9 January 2023');
  });

  it('covers the period in the same language', () => {
    const bulletins = [makeBulletin(1, { date: '2023-11-14' }), makeBulletin(2, { date: '2023-10-03' })];
    expect(formatPeriod(bulletins, pdfWordsFor('es'))).toBe('3 de octubre de 2023 – 14 de noviembre de 2023');
    expect(formatPeriod(bulletins, pdfWordsFor('en'))).toBe('3 October 2023 – 14 November 2023');
  });

  it('has every printed word in both languages, and English is the writer\'s default', () => {
    const en = pdfWordsFor('en');
    const es = pdfWordsFor('es');
    expect(en).toEqual(DEFAULT_LABELS);
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(es.months).toHaveLength(12);
    expect([es.contents, es.pageXofY, es.periodCovered]).toEqual(['Índice', 'Página {x} de {y}', 'Período cubierto']);
    expect([en.contents, en.pageXofY, en.periodCovered]).toEqual(['Contents', 'Page {x} of {y}', 'Period covered']);
  });

  it('a dossier prints in its own language, else in the UI language', () => {
    expect(dossierLanguage('en', 'es-MX')).toBe('en');
    expect(dossierLanguage('es', 'en-US')).toBe('es');
    expect(dossierLanguage(undefined, 'es-MX')).toBe('es');
    expect(dossierLanguage(undefined, 'en-US')).toBe('en');
  });
});
