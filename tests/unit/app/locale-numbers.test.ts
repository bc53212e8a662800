// Counts in the UI text are written the way each language writes numbers.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/app/locales/en';
import { es } from '../../../renderer/src/app/locales/es';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: en }, es: { translation: es } }, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});

describe('locale numbers', () => {
  it('groups thousands in English and Spanish, and still picks the plural form', () => {
    expect(i18n.t('import.confirm', { count: 10000, lng: 'en' })).toBe('Confirm import (10,000)');
    expect(i18n.t('import.confirm', { count: 10000, lng: 'es' })).toBe('Confirmar importación (10.000)');
    expect(i18n.t('list.count', { count: 1, lng: 'en' })).toBe('1 bulletin');
    expect(i18n.t('list.count', { count: 25000, lng: 'en' })).toBe('25,000 bulletins');
  });

  it('formats every count the locales interpolate (no bare {{count}} left)', () => {
    const texts = JSON.stringify([en, es]);
    expect(texts).not.toMatch(/\{\{count\}\}/);
  });
});
