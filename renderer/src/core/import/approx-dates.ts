/**
 * Approximate dates for bulletins whose day cannot be known. A bulletin without a date that sits
 * in a dated listing was published between its dated neighbours; one whose text names a year
 * ("held on 31 October 2023", "2023 Edition") was most likely published that year. Either gives a
 * range, stored as `date` (its start, so sorting keeps working) … `dateEnd` with `dateApprox`, and
 * shown at the precision the range allows ("≈ Nov 2023", "≈ 2023"). "Undated" is left for
 * bulletins about which nothing is known.
 */
import { dateSpan as span } from '../dates/format-date';
import type { DatePrecision, ParsedBulletin } from '../model';
import { findFirstDate, mainYearNamed } from './date-mentions';
import { toIsoDate } from './date-shapes';
import { dayNumber, listingOrder, nearestIndex } from './infer-year';

/** A range longer than this says too little to be shown as a date. */
const MAX_RANGE_DAYS = 731;

/** How a range is shown: one month, or a year (or years) when it spans months. */
export function rangePrecision(start: string, end: string): DatePrecision {
  return start.slice(0, 7) === end.slice(0, 7) ? 'month' : 'year';
}

/** The range as the model stores it. */
function asApprox(b: ParsedBulletin, start: string, end: string): ParsedBulletin {
  return { ...b, date: start, dateEnd: end, dateApprox: true, datePrecision: rangePrecision(start, end) };
}

/** Where a bulletin's date may come from besides its neighbours. */
export interface ApproxSources {
  /** The file's own date (ISO): nothing in the file was published after it. */
  fileDate?: string | undefined;
  /** The month (`YYYY-MM`) the file's set-aside masthead or running heads print: its issue's. */
  issueMonth?: string | undefined;
}

/** Most words of a masthead or running-head line. */
const HEAD_WORDS = 12;

/**
 * The one month and year that the lines set aside as chrome print ("REVISTA ALIANZA · N.º 12 ·
 * NOVIEMBRE 2023"), or undefined when none does or they disagree. A magazine's or bulletin's
 * issue month dates its undated articles to that month. One look per line: linear.
 */
export function issueMonthOf(removed: readonly string[]): string | undefined {
  let month: string | undefined;
  for (const line of removed) {
    if (line.split(/\s+/u).length > HEAD_WORDS) continue;
    const found = findFirstDate(line);
    if (!found || found.precision !== 'month') continue;
    const m = found.date.slice(0, 7);
    if (month !== undefined && month !== m) return undefined;
    month = m;
  }
  return month;
}

/** The month `YYYY-MM` as a range, within [lo, hi]; null when they do not meet. */
function withinMonth(b: ParsedBulletin, month: string, lo: string | null, hi: string | null): ParsedBulletin | null {
  const [y, m] = month.split('-').map(Number) as [number, number];
  let start = toIsoDate(y, m, 1);
  let end = toIsoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  if (lo !== null && lo > start) start = lo;
  if (hi !== null && hi < end) end = hi;
  return start <= end ? asApprox(b, start, end) : null;
}

/**
 * Gives every undated bulletin of one file the range its evidence allows, in this order: between
 * its dated neighbours (in the listing's order; one neighbour bounds one side, the year the text
 * names or else the neighbour's year the other), then the year its own text names, never after
 * the file's date. Bulletins with a date, and those about which nothing is known, come back as
 * they were.
 */
export function approximateDates(bulletins: readonly ParsedBulletin[], sources: ApproxSources = {}): ParsedBulletin[] {
  const spans = bulletins.map((b) => span(b));
  const order = listingOrder(spans.map((s) => s?.[0] ?? null));
  const file = sources.fileDate && /^\d{4}-\d{2}-\d{2}$/u.test(sources.fileDate) ? sources.fileDate : null;
  const fileYear = file === null ? undefined : +file.slice(0, 4);
  const prevOf = nearestIndex(spans, -1);
  const nextOf = nearestIndex(spans, 1);
  return bulletins.map((b, i) => {
    if (b.date !== null) return b;
    const prev = spans[prevOf[i] ?? -1] ?? null;
    const next = spans[nextOf[i] ?? -1] ?? null;
    let lo: string | null = null;
    let hi: string | null = null;
    if (order !== 0) {
      // Newest first: the bulletin is no newer than the one above it and no older than the one below.
      const above = order < 0 ? prev : next;
      const below = order < 0 ? next : prev;
      hi = above?.[1] ?? null;
      lo = below?.[0] ?? null;
    } else if (prev && next) {
      [lo, hi] = [prev[0] < next[0] ? prev[0] : next[0], prev[1] > next[1] ? prev[1] : next[1]];
    }
    // The file's date caps the range but is no evidence of when the bulletin was published.
    const bound = lo ?? hi;
    const twoSided = lo !== null && hi !== null;
    if (file !== null && (hi === null || file < hi) && (lo === null || file >= lo)) hi = file;
    if (lo !== null && hi !== null && dayNumber(hi) - dayNumber(lo) <= MAX_RANGE_DAYS) return asApprox(b, lo, hi);
    // The issue's month, printed in its masthead or running heads, before the years the text names.
    const issue = sources.issueMonth ? withinMonth(b, sources.issueMonth, lo, hi) : null;
    if (issue) return issue;
    const year = mainYearNamed(`${b.title}\n${b.body}`, fileYear);
    const fits = year !== null && (lo === null || year >= +lo.slice(0, 4)) && (hi === null || year <= +hi.slice(0, 4));
    if (fits) return withinYear(b, year, lo, hi);
    // One neighbour only: the bulletin most likely shares its year (listings are dense).
    if (bound !== null && !twoSided) return withinYear(b, +bound.slice(0, 4), lo, hi);
    return b;
  });
}

/** The year `y`, narrowed to [lo, hi] where those fall inside it. */
function withinYear(b: ParsedBulletin, y: number, lo: string | null, hi: string | null): ParsedBulletin {
  let start = toIsoDate(y, 1, 1);
  let end = toIsoDate(y, 12, 31);
  if (lo !== null && lo > start) start = lo;
  if (hi !== null && hi < end) end = hi;
  return start <= end ? asApprox(b, start, end) : b;
}
