/**
 * Selection helpers for ranking: galloping search in ascending lists, and the k-th largest of a
 * set of scores (a bounded heap: one comparison for most values, no sort of every match).
 */

/** First index at or after `from` whose value is ≥ `target` (galloping, then binary search). */
export function seek(list: readonly number[], from: number, target: number): number {
  const n = list.length;
  if (from >= n || (list[from] ?? 0) >= target) return from;
  let lo = from;
  let step = 1;
  while (lo + step < n && (list[lo + step] ?? 0) < target) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, n);
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `seek` over the slots of positions `subset` (or all positions) of `slots`, from index `from` of `m`. */
export function seekPosition(slots: Int32Array, subset: Int32Array | null, from: number, m: number, target: number): number {
  const at = (c: number): number => slots[subset === null ? c : (subset[c] ?? 0)] ?? 0;
  if (from >= m || at(from) >= target) return from;
  let lo = from;
  let step = 1;
  while (lo + step < m && at(lo + step) < target) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, m);
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions (among `subset`, or all) of the `k` highest scores, and of every score equal to the
 * k-th: exact, so that top-k retrieval, which sees only the best candidates, picks the same ones.
 * Ascending positions.
 */
export function topIndices(scores: Float64Array, k: number, subset: Int32Array | null = null): number[] {
  const m = subset === null ? scores.length : subset.length;
  const at = (c: number): number => (subset === null ? c : (subset[c] ?? 0));
  if (m <= k) return Array.from({ length: m }, (_, c) => at(c));
  const cut = kthLargest(scores, k, subset);
  const out: number[] = [];
  for (let c = 0; c < m; c++) if ((scores[at(c)] ?? 0) >= cut) out.push(at(c));
  return out;
}

/** The k-th largest of `scores` over `subset` (or all), k ≥ 1, k ≤ their number: a min-heap of the k best. */
export function kthLargest(scores: Float64Array, k: number, subset: Int32Array | null = null): number {
  const m = subset === null ? scores.length : subset.length;
  const heap = new Float64Array(k);
  let size = 0;
  for (let c = 0; c < m; c++) {
    const v = scores[subset === null ? c : (subset[c] ?? 0)] ?? 0;
    if (size < k) {
      // Sift up.
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if ((heap[p] ?? 0) <= v) break;
        heap[i] = heap[p] ?? 0;
        i = p;
      }
      heap[i] = v;
    } else if (v > (heap[0] ?? 0)) {
      // Replace the smallest and sift down.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= k) break;
        const r = l + 1;
        const child = r < k && (heap[r] ?? 0) < (heap[l] ?? 0) ? r : l;
        if ((heap[child] ?? 0) >= v) break;
        heap[i] = heap[child] ?? 0;
        i = child;
      }
      heap[i] = v;
    }
  }
  return heap[0] ?? 0;
}
