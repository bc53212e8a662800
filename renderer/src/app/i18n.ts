import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { es } from './locales/es';

export type UiLanguage = 'en' | 'es';
const STORAGE_KEY = 'pa-ui-language';

/** The system locale decides unless the user picked a language in Settings. */
export function preferredLanguage(): UiLanguage {
  const chosen = localStorage.getItem(STORAGE_KEY);
  if (chosen === 'en' || chosen === 'es') return chosen;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function chosenLanguage(): UiLanguage | 'system' {
  const chosen = localStorage.getItem(STORAGE_KEY);
  return chosen === 'en' || chosen === 'es' ? chosen : 'system';
}

export async function setUiLanguage(choice: UiLanguage | 'system'): Promise<void> {
  if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, choice);
  const language = preferredLanguage();
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export async function initI18n(): Promise<void> {
  const language = preferredLanguage();
  document.documentElement.lang = language;
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
