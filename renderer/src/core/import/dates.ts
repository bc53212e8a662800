/**
 * Datelines ("Lima, 21 de noviembre de 2023.-", "November 14, 2023.-") and free-text dates,
 * in English and Spanish. Pure string work; every function is total (never throws).
 */
import type { DatePrecision } from '../model';

/** A dateline found at the start of a paragraph. */
export interface Dateline {
  /** ISO date, or null when the year is missing (see `partial`) or unknown. */
  date: string | null;
  precision: DatePrecision;
  place: string | null;
  /** Characters of the paragraph the dateline took (separator and following spaces included). */
  consumed: number;
  /** Month and day when the dateline had no year ("November 9.-"); the caller infers the year. */
  partial?: { month: number; day: number };
  /** The date opens a sentence ("On Wednesday, June 9, …") rather than standing before it. */
  prose?: true;
}

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
const MONTH = `(${Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length).join('|')})\\.?(?![\\p{L}])`;
const DAY = '(\\d{1,2})(?:\\s?(?:°|º|ª|ro|st|nd|rd|th)\\.?)?(?!\\d)';
const YEAR = '((?:19|20|21)\\d\\d)(?!\\d)';
const WEEKDAY_NAMES = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)';
const WEEKDAY = new RegExp(`${WEEKDAY_NAMES}\\.?,?\\s+`, 'iuy');
const NOT_A_PLACE = new RegExp(`^(?:${WEEKDAY_NAMES}|${Object.keys(MONTH_NAMES).join('|')})$`, 'iu');
const DE = '(?:de(?:l)?\\s+)';

/** Date shapes, each with a tag saying how to read its capture groups. */
const SHAPES: { kind: 'mdy' | 'dmy' | 'dmyNum' | 'ymd' | 'my'; source: string }[] = [
  { kind: 'ymd', source: `${YEAR}-(\\d{1,2})-(\\d{1,2})(?!\\d)` },
  { kind: 'dmyNum', source: `(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}` },
  { kind: 'mdy', source: `${MONTH}\\s*${DAY}(?:\\s*,?\\s*${DE}?${YEAR})?` },
  { kind: 'dmy', source: `${DAY}\\s*(?:de\\s+|-)?${MONTH}(?:\\s*(?:,\\s*|-|${DE})?${YEAR})?` },
  // The lookbehind stops "30 February 2023" (invalid) from being read as "February 2023".
  { kind: 'my', source: `(?<!\\d[\\s°º.]*(?:de\\s+)?)${MONTH}\\s*(?:,\\s*|${DE})?${YEAR}` },
];

const monthOf = (name: string): number => MONTH_NAMES[name.toLowerCase()] ?? 0;

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

interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
}

/** Reads the capture groups of one shape into numbers, or null when the date is not real. */
function readShape(kind: (typeof SHAPES)[number]['kind'], g: (string | undefined)[]): DateParts | null {
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

const PLACE_WORD = "[\\p{Lu}][\\p{L}'’.]*(?:-[\\p{L}]+)*";
const PLACE = `(${PLACE_WORD}(?:\\s+(?:(?:de|del|la|las|los|el|da|do|of|the|y|e)\\s+)?${PLACE_WORD}){0,4}(?:\\s*\\([\\p{L} .]{2,30}\\))?)`;
// No `i` flag: the place must really be capitalised (with `i`, \\p{Lu} would match any letter).
// "Lima, …", "Ciudad de México, a 17 de …" (communiqués put "a" before the date).
const PLACE_ONE = new RegExp(`^\\s*(\\()?\\s*${PLACE}\\s*,\\s*(?:a\\s+)?`, 'u');
// "Punta Mita, México, 20 jun": city, then country or region.
const PLACE_TWO = new RegExp(`^\\s*(\\()?\\s*${PLACE}\\s*,\\s*${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2}\\s*,\\s*(?:a\\s+)?`, 'u');
// "Alianza del Pacífico (octubre 12/16)."
const PLACE_PAREN = new RegExp(`^\\s*${PLACE}\\s*\\(\\s*`, 'u');
const NO_PLACE = /^\s*(\()?\s*/u;
const DIGIT = /\d/;
// Wire listings put the time first: "08:20 | Lima, ago. 1."
const TIME = /^\s*\d{1,2}[:.]\d{2}(?:\s*(?:h|hrs?\.?|[ap]\.?\s?m\.?))?\s*[|·•–—-]\s*/iu;
// The agency after the date: "(Andina)", "(EL UNIVERSAL)", "(SIG)", or a wire's "/PRNewswire/".
const AGENCY = /^\s*(?:\((?:[\p{L}][\p{L} .&-]{0,29})\)|\/[\p{L}][\p{L} .&-]{0,29}\/)/u;
// A label before the date ("Publicado: 14/11/2023", "Fecha: …", "Posted on …").
const DATE_LABEL = /^\s*(?:publicad[oa]|posted|published|fecha(?: de publicaci[oó]n)?|date)(?:\s+(?:el|on))?\s*:?\s+(?=\S)/iu;
// A clock time after the date ("14 de noviembre de 2023, 10:30", "November 14, 2023 10:30 AM").
const TIME_AFTER = /^\s*(?:,|\||-|–|a las|at)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:h|hrs?\.?|[ap]\.?\s?m\.?))?(?![\d:])/iu;
// Prose that opens with its date: "On Wednesday, June 9, …", "El miércoles 9 de junio, …".
const PROSE = /^\s*(?:On|El)\s+/u;
// What may follow a dateline: ".-", ".–", " – ", ":", ". " or the end of the paragraph.
const TAIL = /^\s*(?:\.?\s*[-–—]+(?!\d)|:|\.(?=\s|$)|(?=$))\s*/u;
const STICKY = SHAPES.map((s) => ({ kind: s.kind, re: new RegExp(s.source, 'iuy') }));
// "octubre 12/16": a two-digit year, only ever read inside the parentheses of a dateline.
const SHORT_YEAR = new RegExp(`${MONTH}\\s*(\\d{1,2})/(\\d\\d)(?!\\d)`, 'iuy');

/** Where a dateline's date may start, most specific reading first. */
interface Lead {
  open: boolean;
  place: string | null;
  end: number;
}

/** The `k`-th reading of where the date starts (null when it does not apply; undefined: no more). */
function leadAt(head: string, from: number, k: number): Lead | null | undefined {
  const rest = head.slice(from, from + 120);
  // A place ends at a comma (one, or two for "city, country") or an opening parenthesis, well
  // before the date: without one the place readings cannot apply (most paragraphs).
  const comma = rest.indexOf(',');
  if ((k === 0 || k === 1) && (comma < 0 || comma > 70 || (k === 1 && rest.indexOf(',', comma + 1) < 0))) return null;
  if (k === 2 && !rest.includes('(')) return null;
  if (k === 0 || k === 1) {
    // City alone first: it is the common form, and the cheaper regex.
    const m = (k === 0 ? PLACE_ONE : PLACE_TWO).exec(rest);
    return m ? { open: m[1] !== undefined, place: m[2]?.trim() ?? null, end: from + m[0].length } : null;
  }
  if (k === 2) {
    const paren = PLACE_PAREN.exec(rest);
    return paren ? { open: true, place: paren[1]?.trim() ?? null, end: from + paren[0].length } : null;
  }
  if (k > 3) return undefined;
  const plain = NO_PLACE.exec(rest);
  return { open: plain?.[1] !== undefined, place: null, end: from + (plain?.[0].length ?? 0) };
}

/**
 * Recognises a dateline at the start of `paragraph`. Returns null when the paragraph does not
 * open with one (a date followed by ordinary prose, a date that does not exist, …). A paragraph
 * that opens with its date in prose ("On Wednesday, June 9, the ministers …") gives a dateline
 * with `prose: true` and `consumed: 0`: the date is read, the sentence stays whole.
 */
export function parseDateline(paragraph: string): Dateline | null {
  if (paragraph.length === 0) return null;
  // A dateline sits in the first few dozen characters; looking further only costs time.
  const head = paragraph.slice(0, 200);
  // Every dateline has a day or a year in its first 80 characters: a cheap way out for prose.
  if (!DIGIT.test(head.slice(0, 80))) return null;
  const time = TIME.exec(head) ?? DATE_LABEL.exec(head);
  const from = time ? time[0].length : 0;
  for (let k = 0; ; k++) {
    const lead = leadAt(head, from, k);
    if (lead === undefined) break;
    if (lead === null || (lead.place !== null && NOT_A_PLACE.test(lead.place))) continue;
    const d = finishDateline(paragraph, head, lead);
    if (d) return d;
  }
  return from === 0 ? proseDateline(head) : null;
}

function finishDateline(paragraph: string, head: string, lead: Lead): Dateline | null {
  const start = skipWeekday(head, lead.end);
  const result = (lead.open ? matchShortYear(head, start) : null) ?? matchShapeAt(head, start);
  if (!result) return null;
  let end = start + result.length;
  const clock = TIME_AFTER.exec(head.slice(end));
  if (clock) end += clock[0].length;
  const agency = AGENCY.exec(head.slice(end));
  if (agency) end += agency[0].length;
  if (lead.open) {
    const close = /^\s*\)/u.exec(head.slice(end));
    if (!close) return null;
    end += close[0].length;
  }
  const tail = TAIL.exec(head.slice(end));
  // After "(Lima, 21 nov 2023)" or "(Andina)" the parenthesis is separator enough.
  if (!tail && !lead.open && !agency) return null;
  end += tail ? tail[0].length : (/^\s*/u.exec(head.slice(end))?.[0].length ?? 0);
  if (end === head.length && paragraph.length > head.length) return null;
  return toDateline(result.parts, { place: lead.place && lead.place.length > 0 ? lead.place : null, consumed: end });
}

function proseDateline(head: string): Dateline | null {
  const lead = PROSE.exec(head);
  if (!lead) return null;
  const start = skipWeekday(head, lead[0].length);
  const result = matchShapeAt(head, start);
  if (!result || !/^\s*,\s*\S/u.test(head.slice(start + result.length))) return null;
  return { ...toDateline(result.parts, { place: null, consumed: 0 }), prose: true };
}

function toDateline(parts: DateParts, base: { place: string | null; consumed: number }): Dateline {
  if (parts.year === null) {
    return { ...base, date: null, precision: 'unknown', partial: { month: parts.month, day: parts.day ?? 1 } };
  }
  if (parts.day === null) return { ...base, date: toIsoDate(parts.year, parts.month, 1), precision: 'month' };
  return { ...base, date: toIsoDate(parts.year, parts.month, parts.day), precision: 'day' };
}

function matchShortYear(text: string, pos: number): { parts: DateParts; length: number } | null {
  SHORT_YEAR.lastIndex = pos;
  const m = SHORT_YEAR.exec(text);
  if (!m) return null;
  const parts = { year: 2000 + Number(m[3]), month: monthOf(m[1] ?? ''), day: Number(m[2]) };
  return isValidDate(parts.year, parts.month, parts.day) ? { parts, length: m[0].length } : null;
}

function skipWeekday(text: string, pos: number): number {
  WEEKDAY.lastIndex = pos;
  const m = WEEKDAY.exec(text);
  return m ? pos + m[0].length : pos;
}

function matchShapeAt(text: string, pos: number): { parts: DateParts; length: number } | null {
  for (const { kind, re } of STICKY) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const parts = readShape(kind, [...m]);
    if (parts) return { parts, length: m[0].length };
  }
  return null;
}

const GLOBAL = SHAPES.map((s) => ({ kind: s.kind, re: new RegExp(`(?<![\\p{L}\\p{N}])${s.source}`, 'giu') }));

/**
 * The first complete date mentioned anywhere in `text` ("held on 31 October 2023"), as a
 * low-confidence fallback for bulletins without a dateline. Dates without a year are ignored;
 * "October 2023" gives month precision.
 */
export function findFirstDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { kind, re } of GLOBAL) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (best && m.index >= best.index) break;
      const parts = readShape(kind, [...m]);
      if (!parts || parts.year === null) continue;
      const found: FoundDate =
        parts.day === null
          ? { date: toIsoDate(parts.year, parts.month, 1), precision: 'month', index: m.index, length: m[0].length }
          : { date: toIsoDate(parts.year, parts.month, parts.day), precision: 'day', index: m.index, length: m[0].length };
      // At the same index the longer reading wins ("9 November 2023" over "November 2023").
      if (!best || found.index < best.index || (found.index === best.index && found.length > best.length)) best = found;
      break;
    }
  }
  return best;
}

export { type Dated, inferMissingYears } from './infer-year';
