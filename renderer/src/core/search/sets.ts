/** Set operations on ascending slot lists. */

/** Intersection of ascending lists (smallest first keeps it linear in the smallest list). */
export function intersectAll(lists: ReadonlyArray<readonly number[]>): readonly number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0] ?? [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result: readonly number[] = sorted[0] ?? [];
  for (let k = 1; k < sorted.length && result.length > 0; k++) {
    const other = sorted[k] ?? [];
    if (other.length < result.length * 8) {
      result = mergeIntersect(result, other);
      continue;
    }
    const out: number[] = [];
    let j = 0;
    for (const v of result) {
      // Gallop: skip ahead quickly through the longer list.
      let step = 1;
      while (j + step < other.length && (other[j + step] ?? 0) < v) step *= 2;
      let lo = j;
      let hi = Math.min(j + step, other.length);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((other[mid] ?? 0) < v) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
      if (other[j] === v) out.push(v);
    }
    result = out;
  }
  return result;
}

/** Linear merge, for lists of similar length (galloping only pays when one is much longer). */
function mergeIntersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/** Union of ascending lists over slots `0..slotCount-1`. */
export function unionAll(lists: ReadonlyArray<readonly number[]>, slotCount: number): readonly number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0] ?? [];
  const mark = markOf(lists, slotCount);
  let n = 0;
  for (let i = 0; i < slotCount; i++) n += mark[i] ?? 0;
  const out = new Array<number>(n);
  let w = 0;
  for (let i = 0; i < slotCount; i++) if (mark[i] === 1) out[w++] = i;
  releaseBytes(mark);
  return out;
}

/**
 * Per-query byte arrays (marks, tiers) are borrowed from a small pool: a fresh 100 KB buffer per
 * step and query is off-heap memory that makes V8 schedule full collections, which showed up as
 * query-time spikes at 100,000 documents.
 */
const pool: Uint8Array[] = [];

/** A zeroed byte array of at least `n` elements (indices ≥ n are unspecified); give it back with `releaseBytes`. */
export function borrowBytes(n: number): Uint8Array {
  const i = pool.findIndex((b) => b.length >= n);
  if (i < 0) return new Uint8Array(n);
  const [bytes] = pool.splice(i, 1) as [Uint8Array];
  bytes.fill(0, 0, n);
  return bytes;
}

/** Returns a borrowed array to the pool (the caller must not use it afterwards). */
export function releaseBytes(bytes: Uint8Array | null): void {
  if (bytes !== null && pool.length < 6) pool.push(bytes);
}

/** A membership mark array for a list (borrowed: see `borrowBytes`). */
export function markOf(lists: ReadonlyArray<readonly number[]>, slotCount: number): Uint8Array {
  const mark = borrowBytes(slotCount);
  for (const list of lists) for (let i = 0; i < list.length; i++) mark[list[i] ?? 0] = 1;
  return mark;
}
