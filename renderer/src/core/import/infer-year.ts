/**
 * Years for year-less datelines ("CIUDAD DE MÉXICO, febrero 17 (EL UNIVERSAL).-", "08:20 | Lima,
 * ago. 1.", "On Wednesday, June 9, …"). Press listings drop the year because the page shows it
 * elsewhere. Each candidate year is scored on every piece of evidence together (see `YEAR_COSTS`):
 * the weekday the line names, the order of the dated listing around it, the years the text names,
 * and the file's date last. Every inferred year is flagged, because it is a guess the user should
 * be able to see.
 */
import { maxOf, minOf, pushAll } from '../arrays';
import type { DatePrecision } from '../model';
import { isValidDate, toIsoDate } from './date-shapes';

/** Something with a possibly year-less dateline, as the splitter produces. */
export interface Dated {
  date: string | null;
  precision: DatePrecision;
  partial?: { month: number; day: number; weekday?: number };
  yearInferred?: true;
}

/** Where a year may come from besides the dated neighbours. */
export interface YearSources {
  /** The file's own date (ISO), e.g. its last-modified time. */
  fileDate?: string | undefined;
  /** Full dates mentioned anywhere on the page (ISO); asked for only when needed. */
  pageDates?: () => string[];
  /** Years the page names, with weights (see `yearsNamed`); asked for only when needed. */
  pageYears?: () => Map<number, number>;
}

/**
 * The evidence's weights, in days of distance (the unit of the neighbour evidence). A named
 * weekday that does not fall on the date all but rules the year out; a date after the file was
 * saved is next to impossible; a year the text never names costs about half a year.
 */
export const YEAR_COSTS = {
  weekdayMismatch: 100_000,
  afterFileDate: 5_000,
  /** Per day the candidate falls outside the dated neighbours' interval, in the listing's order. */
  outOfOrderPerDay: 10,
  /** Scaled by how much less the candidate's year is named than the most named year. */
  yearNotNamed: 180,
  /** Per year before the file's date (the most recent such day is likelier). */
  perYearBeforeFile: 30,
} as const;

export const dayNumber = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * A file's modification time (ms since 1970) as the local calendar date (ISO), the `fileDate` a
 * year-less dateline may take its year from; undefined for a missing or impossible time.
 */
export function fileDateOf(lastModified: number | undefined): string | undefined {
  if (lastModified === undefined || !Number.isFinite(lastModified) || lastModified <= 0) return undefined;
  const d = new Date(lastModified);
  return isValidDate(d.getFullYear(), d.getMonth() + 1, d.getDate()) ? toIsoDate(d.getFullYear(), d.getMonth() + 1, d.getDate()) : undefined;
}

/** +1 when a listing runs oldest first, -1 newest first, 0 when its dates do not say. */
export function listingOrder(dates: readonly (string | null)[]): -1 | 0 | 1 {
  let up = 0;
  let down = 0;
  let last: string | null = null;
  for (const d of dates) {
    if (d === null) continue;
    if (last !== null && d > last) up++;
    if (last !== null && d < last) down++;
    last = d;
  }
  return up > down ? 1 : down > up ? -1 : 0;
}

/** The evidence about one year-less item. */
interface Evidence {
  prev: string | null;
  next: string | null;
  order: -1 | 0 | 1;
  file: string | null;
  years: Map<number, number>;
}

/** The cost of reading `iso` as the item's date (lower is likelier). */
function cost(iso: string, weekday: number | undefined, e: Evidence): number {
  const day = dayNumber(iso);
  let c = 0;
  // 1970-01-01 was a Thursday (4).
  if (weekday !== undefined && (((day + 4) % 7) + 7) % 7 !== weekday) c += YEAR_COSTS.weekdayMismatch;
  const anchors = [e.prev, e.next].filter((d): d is string => d !== null).map(dayNumber);
  if (e.order !== 0 && anchors.length > 0) {
    // Newest first: prev ≥ item ≥ next; oldest first the other way round.
    const hi = e.order < 0 ? e.prev : e.next;
    const lo = e.order < 0 ? e.next : e.prev;
    if (hi !== null) c += Math.max(0, day - dayNumber(hi)) * YEAR_COSTS.outOfOrderPerDay;
    if (lo !== null) c += Math.max(0, dayNumber(lo) - day) * YEAR_COSTS.outOfOrderPerDay;
  }
  if (anchors.length > 0) c += minOf(anchors.map((a) => Math.abs(day - a)));
  if (e.years.size > 0) {
    const top = maxOf(e.years.values());
    c += YEAR_COSTS.yearNotNamed * (1 - (e.years.get(+iso.slice(0, 4)) ?? 0) / top);
  }
  if (e.file !== null) {
    const file = dayNumber(e.file);
    c += day > file ? YEAR_COSTS.afterFileDate : ((file - day) / 365) * YEAR_COSTS.perYearBeforeFile;
  }
  return c;
}

/** The years worth scoring: around every anchor, far enough back for a weekday to recur. */
function candidateYears(e: Evidence, weekday: number | undefined): number[] {
  const anchors = [e.prev, e.next, e.file].filter((d): d is string => d !== null).map((d) => +d.slice(0, 4));
  pushAll(anchors, e.years.keys());
  const out = new Set<number>();
  // A day's weekday recurs within 11 years (6 at most between leap years, up to 11 across them).
  const reach = weekday === undefined ? 1 : 11;
  for (const y of anchors) for (let k = y - reach; k <= y + reach; k++) out.add(k);
  return [...out].sort((a, b) => a - b);
}

/**
 * Gives year-less datelines the year that best fits all the evidence (see `YEAR_COSTS`); the
 * neighbours are the nearest bulletins dated by their own text, before and after. Items with no
 * evidence keep `date: null`. Returns new objects with `yearInferred: true`; `partial` is dropped
 * once a year is chosen. (A string second argument is read as `fileDate`.)
 */
export function inferMissingYears<T extends Dated>(items: readonly T[], sources: YearSources | string = {}): T[] {
  const { fileDate, pageDates, pageYears } = typeof sources === 'string' ? { fileDate: sources, pageDates: undefined, pageYears: undefined } : sources;
  const file = fileDate && ISO.test(fileDate) ? fileDate : null;
  let years: Map<number, number> | null = null;
  const namedYears = (): Map<number, number> => (years ??= pageYears?.() ?? countYears(pageDates?.() ?? []));
  const known = items.map((d) => (d.date !== null && d.precision === 'day' && !d.yearInferred ? d.date : null));
  const order = listingOrder(known);
  const prevOf = nearestIndex(known, -1);
  const nextOf = nearestIndex(known, 1);
  return items.map((item, i) => {
    if (item.date !== null || !item.partial) return item;
    const { month, day, weekday } = item.partial;
    const e: Evidence = { prev: known[prevOf[i] ?? -1] ?? null, next: known[nextOf[i] ?? -1] ?? null, order, file, years: namedYears() };
    let best: { iso: string; cost: number } | null = null;
    for (const y of candidateYears(e, weekday)) {
      if (!isValidDate(y, month, day)) continue;
      const iso = toIsoDate(y, month, day);
      const c = cost(iso, weekday, e);
      if (!best || c < best.cost) best = { iso, cost: c };
    }
    if (best === null) return item;
    const { partial: _partial, ...rest } = item;
    return { ...rest, date: best.iso, precision: 'day', yearInferred: true } as T;
  });
}

/** Years of a list of ISO dates, counted. */
function countYears(dates: string[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of dates) out.set(+d.slice(0, 4), (out.get(+d.slice(0, 4)) ?? 0) + 1);
  return out;
}

/**
 * Infers years again across a whole file once every bulletin has its date, for importers that
 * split a page in parts (one `<article>` at a time) where each part alone had no neighbours.
 * `partials[i]` is bulletin i's year-less dateline (month, day, weekday), when it had one; only
 * those bulletins change. Returns new objects.
 */
export function inferYearsAcross<T extends { date: string | null; datePrecision: DatePrecision; yearInferred?: true }>(
  bulletins: readonly T[],
  partials: readonly (Dated['partial'] | undefined)[],
  sources: YearSources = {},
): T[] {
  if (!partials.some((p) => p !== undefined)) return [...bulletins];
  const items: Dated[] = bulletins.map((b, i) => {
    const partial = partials[i];
    return partial ? { date: null, precision: 'unknown', partial } : { date: b.date, precision: b.datePrecision, ...(b.yearInferred ? { yearInferred: true as const } : {}) };
  });
  const inferred = inferMissingYears(items, sources);
  return bulletins.map((b, i) => {
    const d = inferred[i];
    if (!partials[i] || !d || d.date === null) return b;
    return { ...b, date: d.date, datePrecision: 'day', yearInferred: true };
  });
}

/** For each position, the nearest earlier (`step` -1) or later (1) position holding a value; -1 for none. One pass. */
export function nearestIndex(values: readonly unknown[], step: 1 | -1): Int32Array {
  const out = new Int32Array(values.length).fill(-1);
  let last = -1;
  for (let k = 0; k < values.length; k++) {
    const i = step === 1 ? values.length - 1 - k : k;
    out[i] = last;
    if (values[i] !== null && values[i] !== undefined) last = i;
  }
  return out;
}
