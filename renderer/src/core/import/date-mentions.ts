/** Dates and years a text mentions anywhere (lower confidence than a dateline). */
import { type FoundDate, SHAPES, readShape, toIsoDate } from './date-shapes';

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

// A bare year a text names ("2023 Edition", "in 2017", "2021-2025"); not part of a longer number ("1,2023").
const BARE_YEAR = /(?<![\p{L}\p{N}]|\d[.,])((?:19|20)\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;
/** How much a full date ("31 October 2023") counts against a bare year ("2023 Edition"). */
const FULL_DATE_WEIGHT = 2;

/**
 * The years `text` names, each with its weight: a complete date counts `FULL_DATE_WEIGHT`, a bare
 * year once. Years after `notAfter` (ISO year, e.g. the file's) are left out: plans ("the 2030
 * Agenda") name years the news cannot be from.
 */
export function yearsNamed(text: string, notAfter?: number): Map<number, number> {
  const out = new Map<number, number>();
  const add = (year: number, weight: number): void => {
    if (notAfter === undefined || year <= notAfter) out.set(year, (out.get(year) ?? 0) + weight);
  };
  const taken: [number, number][] = [];
  for (const { kind, re } of GLOBAL) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = readShape(kind, [...m]);
      if (!parts || parts.year === null || taken.some(([a, b]) => m !== null && m.index < b && a < m.index + m[0].length)) continue;
      taken.push([m.index, m.index + m[0].length]);
      add(parts.year, FULL_DATE_WEIGHT);
    }
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
    add(Number(m[1]), 1);
  }
  return out;
}

/** The year `text` names most (weights as in `yearsNamed`; a tie goes to the earlier year), or null. */
export function mainYearNamed(text: string, notAfter?: number): number | null {
  let best: [number, number] | null = null;
  for (const [year, weight] of yearsNamed(text, notAfter)) if (!best || weight > best[1] || (weight === best[1] && year < best[0])) best = [year, weight];
  return best ? best[0] : null;
}
