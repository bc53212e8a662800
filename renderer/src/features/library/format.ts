import type { DatePrecision } from '../../core/model';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and precision, made once: `toLocaleDateString` with options builds a new
 * ICU formatter on every call (measured: 21 of the 137 samples of the task that draws the import
 * preview, for four dates; a list page draws fifty).
 */
function formatterFor(locale: string, precision: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'month' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A date as staff read it, at the precision the source gave ("14 Nov 2023", "November 2023", "2023"). */
export function formatDate(iso: string, precision: DatePrecision, language: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const locale = language === 'es' ? 'es' : 'en-GB';
  if (precision === 'year') return String(year);
  return formatterFor(locale, precision === 'month' ? 'month' : 'day').format(date);
}

/** Bytes as "12.3 MB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
