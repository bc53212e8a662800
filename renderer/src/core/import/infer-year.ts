/**
 * Years for year-less datelines ("CIUDAD DE MÉXICO, febrero 17 (EL UNIVERSAL).-", "08:20 | Lima,
 * ago. 1."). Press listings drop the year because the page shows it elsewhere; the nearest dated
 * neighbours, or else the file's own date, give it back. Every inferred year is flagged, because it
 * is a guess the user should be able to see.
 */
import type { DatePrecision } from '../model';
import { isValidDate, toIsoDate } from './dates';

/** Something with a possibly year-less dateline, as the splitter produces. */
export interface Dated {
  date: string | null;
  precision: DatePrecision;
  partial?: { month: number; day: number };
  yearInferred?: true;
}

const dayNumber = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Where a year may come from when no bulletin around gives one. */
export interface YearSources {
  /** The file's own date (ISO), e.g. its last-modified time. */
  fileDate?: string | undefined;
  /** Full dates mentioned anywhere on the page (ISO); asked for only when needed. */
  pageDates?: () => string[];
}

/**
 * A file's modification time (ms since 1970) as the local calendar date (ISO), the `fileDate` a
 * year-less dateline may take its year from; undefined for a missing or impossible time.
 */
export function fileDateOf(lastModified: number | undefined): string | undefined {
  if (lastModified === undefined || !Number.isFinite(lastModified) || lastModified <= 0) return undefined;
  const d = new Date(lastModified);
  return isValidDate(d.getFullYear(), d.getMonth() + 1, d.getDate()) ? toIsoDate(d.getFullYear(), d.getMonth() + 1, d.getDate()) : undefined;
}

/**
 * Gives year-less datelines the year that puts them closest to the nearest dated neighbours
 * (previous bulletin first, then next). Without dated neighbours, `fileDate` (ISO) decides: the
 * latest date not after the file's date, since a listing is saved after its news; without it,
 * the year most of the page's other dates have. Items with none of these keep `date: null`.
 * Returns new objects with `yearInferred: true`; `partial` is dropped once a year is chosen.
 * (A string second argument is read as `fileDate`.)
 */
export function inferMissingYears<T extends Dated>(items: readonly T[], sources: YearSources | string = {}): T[] {
  const { fileDate, pageDates } = typeof sources === 'string' ? { fileDate: sources, pageDates: undefined } : sources;
  const file = fileDate && ISO.test(fileDate) ? fileDate : null;
  let page: string[] | null = null;
  const pageAnchor = (): string[] => (page ??= commonYearDates(pageDates?.() ?? []));
  return items.map((item, i) => {
    if (item.date !== null || !item.partial) return item;
    const { month, day } = item.partial;
    const neighbours = [nearestDated(items, i, -1), nearestDated(items, i, 1)].filter((d): d is string => d !== null);
    let iso: string | null = null;
    if (neighbours.length > 0) iso = closestTo(neighbours, month, day);
    else if (file) iso = latestNotAfter(file, month, day);
    else if (pageAnchor().length > 0) iso = closestTo(pageAnchor(), month, day);
    if (iso === null) return item;
    const { partial: _partial, ...rest } = item;
    return { ...rest, date: iso, precision: 'day', yearInferred: true } as T;
  });
}

/** The page's dates of its most frequent year (ties: the later year). */
function commonYearDates(dates: string[]): string[] {
  const count = new Map<string, number>();
  for (const d of dates) count.set(d.slice(0, 4), (count.get(d.slice(0, 4)) ?? 0) + 1);
  let best: string | null = null;
  for (const [year, n] of count) if (best === null || n > (count.get(best) ?? 0) || (n === count.get(best) && year > best)) best = year;
  return best === null ? [] : dates.filter((d) => d.startsWith(best));
}

function closestTo(neighbours: string[], month: number, day: number): string | null {
  const year = +(neighbours[0] as string).slice(0, 4);
  let bestIso: string | null = null;
  let bestCost = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    if (!isValidDate(y, month, day)) continue;
    const iso = toIsoDate(y, month, day);
    const cost = neighbours.reduce((sum, n) => sum + Math.abs(dayNumber(iso) - dayNumber(n)), 0);
    if (cost < bestCost) [bestCost, bestIso] = [cost, iso];
  }
  return bestIso;
}

function latestNotAfter(fileDate: string, month: number, day: number): string | null {
  const year = +fileDate.slice(0, 4);
  for (const y of [year, year - 1, year - 2, year - 3, year - 4]) {
    if (!isValidDate(y, month, day)) continue;
    const iso = toIsoDate(y, month, day);
    if (iso <= fileDate) return iso;
  }
  return null;
}

function nearestDated(items: readonly Dated[], from: number, step: 1 | -1): string | null {
  for (let j = from + step; j >= 0 && j < items.length; j += step) {
    const d = items[j];
    // An inferred neighbour is no anchor: only dates the text really gives.
    if (d && d.date !== null && d.precision === 'day' && !d.yearInferred) return d.date;
  }
  return null;
}
