/**
 * The calendar and the date shapes both languages write ("14 de noviembre de 2023", "Nov. 14,
 * 2023", "14/11/2023", "2023-11-14"): the one place that knows month names and valid days, shared
 * by datelines (dates.ts) and dates mentioned in prose (date-mentions.ts).
 */
import type { DatePrecision } from '../model';

/** A date found anywhere in free text (lower confidence than a dateline). */
export interface FoundDate {
  date: string;
  precision: DatePrecision;
  index: number;
  length: number;
}

const MONTH_NAMES: Record<string, number> = {
  january: 1, jan: 1, enero: 1, ene: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4, abr: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8, ago: 8,
  september: 9, sept: 9, sep: 9, septiembre: 9, setiembre: 9, set: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12, dic: 12,
};

// Longest first so "septiembre" wins over "sept" and "sep".
export const MONTH = `(${Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length).join('|')})\\.?(?![\\p{L}])`;
const DAY = '(\\d{1,2})(?:\\s?(?:°|º|ª|ro|st|nd|rd|th)\\.?)?(?!\\d)';
const YEAR = '((?:19|20|21)\\d\\d)(?!\\d)';
export const WEEKDAY_NAMES = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)';
// Abbreviations only with their point or comma ("Wed., June 9", a feed's "lun, 15 abr"); Spanish
// "mar" is left out: it is also March.
export const WEEKDAY = new RegExp(`(${WEEKDAY_NAMES}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mi[eé]|jue|vie|s[aá]b|dom)(?=[.,]))\\.?,?\\s+`, 'iuy');
/** Weekday number (0 = Sunday) by the first letters of its English or Spanish name. */
export const WEEKDAY_INDEX: [RegExp, number][] = [
  [/^(?:sun|dom)/iu, 0], [/^(?:mon|lun)/iu, 1], [/^(?:tue|mar)/iu, 2], [/^(?:wed|mi)/iu, 3],
  [/^(?:thu|jue)/iu, 4], [/^(?:fri|vie)/iu, 5], [/^(?:sat|s[aá]b)/iu, 6],
];
export const NOT_A_PLACE = new RegExp(`^(?:${WEEKDAY_NAMES}|mon|tues?|wed|thu|thurs?|fri|sat|sun|${Object.keys(MONTH_NAMES).join('|')})\\.?$`, 'iu');
const DE = '(?:de(?:l)?\\s+)';

/** Date shapes, each with a tag saying how to read its capture groups. */
export type ShapeKind = 'mdy' | 'dmy' | 'dmyNum' | 'ymd' | 'my';
export const SHAPES: { kind: ShapeKind; source: string }[] = [
  { kind: 'ymd', source: `${YEAR}-(\\d{1,2})-(\\d{1,2})(?!\\d)` },
  { kind: 'dmyNum', source: `(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}` },
  { kind: 'mdy', source: `${MONTH}\\s*${DAY}(?:\\s*,?\\s*${DE}?${YEAR})?` },
  { kind: 'dmy', source: `${DAY}\\s*(?:de\\s+|-)?${MONTH}(?:\\s*(?:,\\s*|-|${DE})?${YEAR})?` },
  // The lookbehind stops "30 February 2023" (invalid) from being read as "February 2023".
  { kind: 'my', source: `(?<!\\d[\\s°º.]*(?:de\\s+)?)${MONTH}\\s*(?:,\\s*|${DE})?${YEAR}` },
];

export const monthOf = (name: string): number => MONTH_NAMES[name.toLowerCase()] ?? 0;

/** Days in a month; February of an unknown year allows the 29th. */
function daysInMonth(year: number | null, month: number): number {
  if (month === 2) {
    const y = year ?? 2000;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day form a real calendar date (rejects 31 February). */
export function isValidDate(year: number | null, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (year !== null && (year < 1900 || year > 2199)) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO `YYYY-MM-DD`. */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
}

/** Reads the capture groups of one shape into numbers, or null when the date is not real. */
export function readShape(kind: ShapeKind, g: (string | undefined)[]): DateParts | null {
  let parts: DateParts;
  const num = (i: number): number | null => (g[i] === undefined ? null : Number(g[i]));
  switch (kind) {
    case 'ymd':
      parts = { year: num(1), month: num(2) ?? 0, day: num(3) };
      break;
    case 'dmyNum': {
      let day = num(1) ?? 0;
      let month = num(2) ?? 0;
      // Day-first is the norm in both languages; swap only when that cannot be a date (11/21/2023).
      if (month > 12 && day <= 12) [day, month] = [month, day];
      parts = { year: num(3), month, day };
      break;
    }
    case 'mdy':
      parts = { year: num(3), month: monthOf(g[1] ?? ''), day: num(2) };
      break;
    case 'dmy':
      parts = { year: num(3), month: monthOf(g[2] ?? ''), day: num(1) };
      break;
    case 'my':
      parts = { year: num(2), month: monthOf(g[1] ?? ''), day: null };
      break;
  }
  if (kind === 'my' && parts.year === null) return null;
  if (parts.day === null) return isValidDate(parts.year, parts.month, 1) ? parts : null;
  return isValidDate(parts.year, parts.month, parts.day) ? parts : null;
}
