/**
 * Array helpers that take arrays of any length. `out.push(...items)` and `Math.max(...items)` pass
 * every element as an argument, and past ~100,000 arguments the engine throws "Maximum call stack
 * size exceeded" (a 5.3 MB page of 130,000 paragraphs failed that way, issue 23). ESLint forbids
 * spreading into a call in core/ (eslint.config.js); these are the replacements.
 */

/** Appends `items` to `out` (for any length of `items`); returns `out`. */
export function pushAll<T>(out: T[], items: Iterable<T>): T[] {
  for (const item of items) out.push(item);
  return out;
}

/** The largest number, or `empty` when there is none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let best = empty;
  let seen = false;
  for (const v of values) {
    best = seen ? Math.max(best, v) : v;
    seen = true;
  }
  return best;
}

/** The smallest number, or `empty` when there is none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let best = empty;
  let seen = false;
  for (const v of values) {
    best = seen ? Math.min(best, v) : v;
    seen = true;
  }
  return best;
}
