import { useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'pa-theme';
const EVENT = 'pa-theme-change';

export function chosenTheme(): ThemeChoice {
  const value = localStorage.getItem(STORAGE_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function setTheme(choice: ThemeChoice): void {
  if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, choice);
  window.dispatchEvent(new Event(EVENT));
}

/** Applies the theme: the system's (via CSS media query) unless the user chose one in Settings. */
export function useTheme(): ThemeChoice {
  const [theme, setThemeState] = useState(chosenTheme);
  useEffect(() => {
    const update = () => setThemeState(chosenTheme());
    window.addEventListener(EVENT, update);
    return () => window.removeEventListener(EVENT, update);
  }, []);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
