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

/**
 * Gives year-less datelines the year that puts them closest to the nearest dated neighbours
 * (previous bulletin first, then next). Without dated neighbours, `fileDate` (ISO) decides: the
 * latest date not after the file's date, since a listing is saved after its news. Items with
 * neither keep `date: null`. Returns new objects with `yearInferred: true`; `partial` is dropped
 * once a year is chosen.
 */
export function inferMissingYears<T extends Dated>(items: readonly T[], fileDate?: string): T[] {
  const file = fileDate && ISO.test(fileDate) ? fileDate : null;
  return items.map((item, i) => {
    if (item.date !== null || !item.partial) return item;
    const { month, day } = item.partial;
    const neighbours = [nearestDated(items, i, -1), nearestDated(items, i, 1)].filter((d): d is string => d !== null);
    const iso = neighbours.length > 0 ? closestTo(neighbours, month, day) : file ? latestNotAfter(file, month, day) : null;
    if (iso === null) return item;
    const { partial: _partial, ...rest } = item;
    return { ...rest, date: iso, precision: 'day', yearInferred: true } as T;
  });
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
