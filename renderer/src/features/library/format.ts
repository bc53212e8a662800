import type { DatePrecision } from '../../core/model';

/** A date as staff read it, at the precision the source gave ("14 Nov 2023", "November 2023", "2023"). */
export function formatDate(iso: string, precision: DatePrecision, language: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const locale = language === 'es' ? 'es' : 'en-GB';
  if (precision === 'year') return String(year);
  if (precision === 'month') return date.toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
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
