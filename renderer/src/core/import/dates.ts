/**
 * Datelines ("Lima, 21 de noviembre de 2023.-", "November 14, 2023.-") and free-text dates,
 * in English and Spanish. Pure string work; every function is total (never throws).
 */
import type { DatePrecision } from '../model';
import { type DateParts, MONTH, NOT_A_PLACE, SHAPES, WEEKDAY, WEEKDAY_INDEX, isValidDate, monthOf, readShape, toIsoDate } from './date-shapes';

export { type FoundDate, isValidDate, toIsoDate } from './date-shapes';
export { findFirstDate } from './date-mentions';

/** A dateline found at the start of a paragraph. */
export interface Dateline {
  /** ISO date, or null when the year is missing (see `partial`) or unknown. */
  date: string | null;
  precision: DatePrecision;
  place: string | null;
  /** Characters of the paragraph the dateline took (separator and following spaces included). */
  consumed: number;
  /**
   * Month and day when the dateline had no year ("November 9.-"); the caller infers the year. The
   * weekday (0 = Sunday) when the line names one ("Wednesday, June 9"): it pins the year down.
   */
  partial?: { month: number; day: number; weekday?: number };
  /** The date opens a sentence ("On Wednesday, June 9, …") rather than standing before it. */
  prose?: true;
  /**
   * Days before the file was saved, for a time stamp that says only how long ago ("hace 5 horas",
   * "3 days ago", "ayer"): the date is the file's date minus these days (see `segmentsToBulletins`).
   */
  relative?: number;
}

// A feed reader's or a social page's time stamp, alone on its line.
const RELATIVE =
  /^(?:hace\s+(\d+|un|una)\s+(segundos?|minutos?|horas?|d[ií]as?|semanas?)|(\d+|an?|one)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|(ayer|yesterday|hoy|today))\.?$/iu;

/** A relative time stamp as a dateline (see `Dateline.relative`), or null. */
function relativeDateline(paragraph: string): Dateline | null {
  const m = RELATIVE.exec(paragraph.trim());
  if (!m) return null;
  const word = (m[5] ?? '').toLowerCase();
  let days = word === 'ayer' || word === 'yesterday' ? 1 : 0;
  if (!word) {
    const n = m[1] ?? m[3] ?? '1';
    const count = /^\d+$/u.test(n) ? +n : 1;
    const unit = (m[2] ?? m[4] ?? '').toLowerCase();
    days = /^(?:semana|week)/u.test(unit) ? count * 7 : /^d/u.test(unit) ? count : 0;
  }
  return { date: null, precision: 'day', place: null, consumed: paragraph.length, relative: days };
}

/**
 * A place-only dateline: a city in capitals, a point and a dash before the text ("SANTIAGO.– Equipos…",
 * "LIMA.- El ministro…"), as press offices open a release. `toParsedBulletin` moves it into the place.
 */
export const PLACE_ONLY = /^(\p{Lu}[\p{Lu}\p{M}]+(?: \p{Lu}[\p{Lu}\p{M}]+){0,3})\s?\.\s?[–—-]\s*(?=\p{Lu})/u;

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
// Wire listings put the time first: "08:20 | Lima, ago. 1.", "18:42 28/06/2023".
const TIME = /^\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:h|hrs?\.?|[ap]\.?\s?m\.?))?(?:\s*[|·•–—,-]\s*|\s+)/iu;
// A site or agency name before the date: "spanish.news.cn| 2023-08-01 22:14:05|", "Andina | 28 de junio…".
// A feed reader writes the feed's name and a spaced dash ("Andina English — Fri, 12 Apr 2024 …").
// A newsletter's issue line puts its number first ("Issue #14 · April 9, 2024 · 4 min read").
const SITE = /^\s*[\p{L}][\p{L}.&'’ -]{0,40}?(?:\s+(?:#|[nN][°º.o]\s*)\d{1,4})?(?:\s*[|·•]|\s+[—–])\s*/u;
// The agency after the date: "(Andina)", "(EL UNIVERSAL)", "(SIG)", or a wire's "/PRNewswire/".
const AGENCY = /^\s*(?:\((?:[\p{L}][\p{L} .&-]{0,29})\)|\/[\p{L}][\p{L} .&-]{0,29}\/)/u;
// A label before the date ("Publicado: 14/11/2023", "Fecha: …", "Posted on …"), or before the
// site name that precedes it ("Source: Xinhua| 2023-11-14 10:32:15|").
// Markdown keeps the label bold ("**Fecha:** 18/03/2024"), so the markers around it are allowed.
const DATE_LABEL = /^\s*(?:[*_]{1,2})?(?:publicad[oa]|source|fuente|posted|published|fecha(?: (?:de publicaci[oó]n|y hora))?|date|actualizad[oa]|updated|last updated|[uú]ltima actualizaci[oó]n|emitido|issued)(?:\s+(?:el|on))?\s*:?\s*(?:[*_]{1,2})?\s*:?\s+(?=\S)/iu;
// The agency before the place, as ANSA and AP write it: "(ANSA) - SANTIAGO, 14 NOV - …".
const AGENCY_LEAD = /^\s*\(\p{Lu}[\p{L} .&-]{1,29}\)\s*[-–—]+\s*/u;
// A clock time after the date ("14 de noviembre de 2023, 10:30", "November 14, 2023 10:30 AM").
// A feed's RFC 822 time carries its zone after a space ("14:30:00 +0000", "09:00 GMT").
const TIME_AFTER = /^(?:T|\s*(?:,|\||-|–|a las|at)?\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:h|hrs?\.?|[ap]\.?\s?m\.?)|Z|\s?[+-]\d\d:?\d\d|\s(?:GMT|UTC))?(?![\d:])/iu;
// Another metadata field after a labelled date: "Fecha: 18/03/2024 Fuente: Cancillería".
const NEXT_FIELD = /^\s*[\p{L}][\p{L} ]{0,30}:/u;
// Prose that opens with its date: "On Wednesday, June 9, …", "El miércoles 9 de junio, …".
const PROSE = /^\s*(?:On|El)\s+/u;
// What may follow a dateline: ".-", ".–", " – ", ":", ". " or the end of the paragraph.
// A metadata line may end in a bar ("spanish.news.cn| 2023-08-01 22:14:05|").
// A notes app or listing puts the source after a dot or bullet ("20 Nov 2023 · Source: Andina").
const TAIL = /^\s*(?:\.?\s*[-–—]+(?!\d)|:|\||[·•](?=\s)|\.(?=\s|$)|(?=$))\s*/u;
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
  const head = paragraph.slice(0, HEAD);
  if (paragraph.length <= 30 && /^\s*(?:hace|\d+\s|an?\s|one\s|ayer|yesterday|hoy|today)/iu.test(paragraph)) {
    const relative = relativeDateline(paragraph);
    if (relative) return relative;
  }
  // Every dateline has a day or a year in its first 80 characters: a cheap way out for prose.
  if (!DIGIT.test(head.slice(0, 80))) return null;
  if (memo === null) return readDateline(paragraph, head);
  // The answer depends on the head and on whether more text follows it (see `finishDateline`).
  const memoOf = paragraph.length > HEAD ? memo.long : memo.whole;
  const known = memoOf.get(head);
  if (known !== undefined) return known;
  const d = readDateline(paragraph, head);
  // Frozen: every caller of a memoised line gets this same object.
  if (d?.partial) Object.freeze(d.partial);
  if (memoOf.size < MEMO_MAX) memoOf.set(head, d === null ? null : Object.freeze(d));
  return d;
}

const HEAD = 200;
/** Most datelines kept per memo (a bound on its memory on a pathological file). */
const MEMO_MAX = 200_000;
/** The memo of `withDatelineMemo` while one runs (heads of paragraphs with or without more text). */
let memo: { whole: Map<string, Dateline | null>; long: Map<string, Dateline | null> } | null = null;
let memoUsers = 0;

/**
 * Runs `work` with `parseDateline` memoised. One file's import asks it of the same line in several
 * passes (the chrome evidence, the splitter, the nothing-lost check, …), and on a large listing
 * those repeated parses were a tenth of the import. The memo lives only while `work` runs (it holds
 * the file's lines); nested or overlapping calls share it. Results are frozen while it is on.
 */
export async function withDatelineMemo<T>(work: () => Promise<T>): Promise<T> {
  memo ??= { whole: new Map(), long: new Map() };
  memoUsers++;
  try {
    return await work();
  } finally {
    if (--memoUsers === 0) memo = null;
  }
}

function readDateline(paragraph: string, head: string): Dateline | null {
  const prefix = skipPrefixes(head);
  const { from } = prefix;
  for (let k = 0; ; k++) {
    const lead = leadAt(head, from, k);
    if (lead === undefined) break;
    if (lead === null || (lead.place !== null && NOT_A_PLACE.test(lead.place))) continue;
    const d = finishDateline(paragraph, head, lead, prefix);
    if (d) return d;
  }
  return from === 0 ? proseDateline(head) : null;
}

/**
 * What may stand before a dateline's date: a clock time, a label ("Fecha:") or a site name and a
 * bar, in any order, at most once each: `timed` (a clock time) or `labelled` (a label or site name).
 */
function skipPrefixes(head: string): { from: number; labelled: boolean; timed: boolean } {
  let from = 0;
  let labelled = false;
  let timed = false;
  // Most paragraphs have none: a bar or a leading digit is needed for a site name or a time.
  const left = [DATE_LABEL];
  if (/^\s*\d/u.test(head)) left.unshift(TIME);
  if (/[|·•]|\s[—–]\s/u.test(head.slice(0, 80))) left.push(SITE);
  if (head.trimStart().startsWith('(')) left.push(AGENCY_LEAD);
  for (let found = true; found && left.length > 0; ) {
    found = false;
    for (const re of left) {
      const m = re.exec(head.slice(from));
      if (!m) continue;
      from += m[0].length;
      if (re === TIME) timed = true;
      else labelled = true;
      left.splice(left.indexOf(re), 1);
      found = true;
      break;
    }
  }
  return { from, labelled, timed };
}

function finishDateline(paragraph: string, head: string, lead: Lead, prefix: { labelled: boolean; timed: boolean }): Dateline | null {
  const { pos: start, weekday } = skipWeekday(head, lead.end);
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
  // After "(Lima, 21 nov 2023)" or "(Andina)" the parenthesis is separator enough; a clock time
  // already says this is a metadata line, not prose, and so does a label ("Fecha:", "Andina |")
  // when another field follows ("Fuente: …"; not "by …", a post-meta line's byline).
  const labelledField = prefix.labelled && NEXT_FIELD.test(head.slice(end));
  if (!tail && !lead.open && !agency && !clock && !prefix.timed && !labelledField) return null;
  end += tail ? tail[0].length : (/^\s*/u.exec(head.slice(end))?.[0].length ?? 0);
  if (end === head.length && paragraph.length > head.length) return null;
  return toDateline(result.parts, { place: lead.place && lead.place.length > 0 ? lead.place : null, consumed: end }, weekday);
}

function proseDateline(head: string): Dateline | null {
  const lead = PROSE.exec(head);
  if (!lead) return null;
  const { pos: start, weekday } = skipWeekday(head, lead[0].length);
  const result = matchShapeAt(head, start);
  if (!result || !/^\s*,\s*\S/u.test(head.slice(start + result.length))) return null;
  return { ...toDateline(result.parts, { place: null, consumed: 0 }, weekday), prose: true };
}

function toDateline(parts: DateParts, base: { place: string | null; consumed: number }, weekday?: number): Dateline {
  if (parts.year === null) {
    const partial = { month: parts.month, day: parts.day ?? 1, ...(weekday === undefined || parts.day === null ? {} : { weekday }) };
    return { ...base, date: null, precision: 'unknown', partial };
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

function skipWeekday(text: string, pos: number): { pos: number; weekday?: number } {
  WEEKDAY.lastIndex = pos;
  const m = WEEKDAY.exec(text);
  if (!m) return { pos };
  const weekday = WEEKDAY_INDEX.find(([re]) => re.test(m[1] ?? ''))?.[1];
  return weekday === undefined ? { pos: pos + m[0].length } : { pos: pos + m[0].length, weekday };
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

export { type Dated, inferMissingYears } from './infer-year';
