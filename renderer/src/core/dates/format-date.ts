/**
 * How a bulletin's date is shown and marked up, the same in the import preview, the list, the
 * reader and the dossier PDF: an exact date at its precision, an approximate one as "≈ Nov 2023" /
 * "≈ 2023" with a valid HTML month or year string for `<time datetime>`, "Undated" only when nothing
 * is known. Pure: month names come from the caller (UI locale or PDF labels).
 */
import type { DateFields } from '../model';

/** Short month names the UI shows in approximate dates ("≈ Nov 2023", "≈ nov 2023"). */
export const SHORT_MONTHS: Readonly<Record<'en' | 'es', readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};

/** The short month names for a UI language ("es-ES" → Spanish, anything else English). */
export const shortMonthsFor = (language: string): readonly string[] => (language.startsWith('es') ? SHORT_MONTHS.es : SHORT_MONTHS.en);

type Shown = Pick<DateFields, 'date' | 'datePrecision' | 'dateEnd' | 'dateApprox'>;

/** True when the date is an approximate range. */
export const isApprox = (d: Shown): boolean => d.dateApprox === true && d.date !== null;

/**
 * The `datetime` attribute: `YYYY-MM-DD` for a day, `YYYY-MM` for a month (an approximate range
 * within one month), `YYYY` for a year; null when nothing is known.
 */
export function timeAttr(d: Shown): string | null {
  if (d.date === null || d.datePrecision === 'unknown') return null;
  if (d.datePrecision === 'year') return d.date.slice(0, 4);
  if (d.datePrecision === 'month') return d.date.slice(0, 7);
  return d.date.slice(0, 10);
}

/** "≈ Nov 2023" (a range within one month), "≈ 2023", "≈ 2023–2024" (a range across years). */
export function approxText(d: Shown, months: readonly string[]): string {
  const start = d.date ?? '';
  const end = d.dateEnd ?? start;
  const y = start.slice(0, 4);
  if (d.datePrecision === 'month') return `≈ ${months[+start.slice(5, 7) - 1] ?? start.slice(5, 7)} ${y}`;
  const endYear = end.slice(0, 4);
  return endYear > y ? `≈ ${y}–${endYear}` : `≈ ${y}`;
}

/** "18 Oct 2023 – 9 Nov 2023": the exact range behind an approximate date (for a tooltip). */
export function rangeText(d: Shown, months: readonly string[]): string {
  const day = (iso: string): string => `${+iso.slice(8, 10)} ${months[+iso.slice(5, 7) - 1] ?? ''} ${iso.slice(0, 4)}`;
  const start = d.date ?? '';
  return `${day(start)} – ${day(d.dateEnd ?? start)}`;
}

/**
 * A date as text: the approximate form when it is one, else `exact(date, precision)` (each caller
 * keeps its own style for exact dates), else `undated`.
 */
export function formatDateFields(d: Shown, months: readonly string[], exact: (iso: string, precision: DateFields['datePrecision']) => string, undated: string): string {
  if (d.date === null || d.datePrecision === 'unknown') return undated;
  return isApprox(d) ? approxText(d, months) : exact(d.date, d.datePrecision);
}

/** The first day of the unit a date was shown at (a confirmed "≈ 2023" is stored as 2023-01-01). */
export function confirmedStart(date: string, precision: DateFields['datePrecision']): string {
  if (precision === 'year') return `${date.slice(0, 4)}-01-01`;
  if (precision === 'month') return `${date.slice(0, 7)}-01`;
  return date;
}

/**
 * The first and last day a bulletin's date may stand for: an approximate range as stored, a month
 * or year as its whole span. Null when undated. Grouping and sorting of ranges use it.
 */
export function dateSpan(d: Shown): [string, string] | null {
  if (d.date === null || d.datePrecision === 'unknown') return null;
  if (d.dateApprox && d.dateEnd) return [d.date, d.dateEnd];
  const y = d.date.slice(0, 4);
  if (d.datePrecision === 'year') return [`${y}-01-01`, `${y}-12-31`];
  if (d.datePrecision === 'month') return [d.date, new Date(Date.UTC(+y, +d.date.slice(5, 7), 0)).toISOString().slice(0, 10)];
  return [d.date, d.date];
}

/**
 * Where a bulletin sorts by date: an approximate range at its middle (so a bulletin known to lie
 * between two dated ones sorts between them), any other date as stored.
 */
export function dateSortKey(d: Shown): string | null {
  const range = d.dateApprox ? dateSpan(d) : null;
  if (!range) return d.date;
  const [a, b] = range.map((iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
  return new Date(((a ?? 0) + (b ?? 0)) / 2).toISOString().slice(0, 10);
}
