/**
 * Top-k retrieval for the Relevance sort: the first pages without scoring and sorting every match.
 *
 * Matches are ranked by one number per match (`rankKey`): the score quantised relative to the best,
 * then the newest-first position. The full ranking (relevance.ts `rankByScore`) sorts the best
 * `EXACT_TOP` by that key exactly; `topRanked` returns the same first `k` (k ≤ EXACT_TOP) by:
 * - MaxScore pruning: clauses in decreasing order of their upper bound (score.ts `clauseBound`); after
 *   each, a match whose score so far plus the bounds of the clauses left cannot reach the m-th best
 *   score so far is dropped, and the next clauses are read only for the matches left (by galloping
 *   through their postings). m is k, or the proximity check's candidates when the query has words
 *   typed together (a match outside the best m by BM25 gets no proximity bonus, so cannot pass them);
 * - a bounded heap of keys instead of a sort of every match.
 * Clause scores are summed in query order at the end, as the full path does, so scores are equal to
 * the last bit; pruning keeps a margin over the quantisation step, so no match that could rank in the
 * first k is dropped.
 */
import type { TermMatch } from './evaluate';
import type { RankOrder } from './rank';
import { kthLargest, nearBound, NEAR_CANDIDATES, Scorer, type ScoreIndex } from './score';

/** Scores are compared at this resolution relative to the best (finer differences are ties, broken by date). */
export const SCALE = 1 << 20;
/** Below this many matches, scoring them all is as cheap as pruning. */
const PRUNE_FROM = 4000;

/** The ranking key of a score: lower ranks first. `max` is the best score among all the matches. */
export function rankKey(score: number, pos: number, max: number, total: number): number {
  return (SCALE - (max > 0 ? Math.round((score / max) * SCALE) : 0)) * total + pos;
}

/**
 * The `k` matches with the lowest keys, best first: positions `subset` (or all) of `slots`, scores by
 * position, `max` the best score of all matches. A max-heap of the k best keys: one comparison for most matches.
 */
export function rankTop(order: RankOrder, slots: Int32Array, scores: Float64Array, k: number, max: number, subset: Int32Array | null = null): Int32Array {
  const posOf = order.positions();
  const slotAt = order.slotsInOrder();
  const total = Math.max(1, slotAt.length);
  const m = subset === null ? slots.length : subset.length;
  const size = Math.min(k, m);
  const heap = new Float64Array(size);
  let used = 0;
  for (let c = 0; c < m; c++) {
    const i = subset === null ? c : (subset[c] ?? 0);
    const s = slots[i] ?? 0;
    const key = rankKey(scores[i] ?? 0, posOf[s] ?? 0, max, total);
    if (used < size) {
      let j = used++;
      while (j > 0) {
        const p = (j - 1) >> 1;
        if ((heap[p] ?? 0) >= key) break;
        heap[j] = heap[p] ?? 0;
        j = p;
      }
      heap[j] = key;
    } else if (size > 0 && key < (heap[0] ?? 0)) {
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        if (l >= size) break;
        const r = l + 1;
        const child = r < size && (heap[r] ?? 0) > (heap[l] ?? 0) ? r : l;
        if ((heap[child] ?? 0) <= key) break;
        heap[j] = heap[child] ?? 0;
        j = child;
      }
      heap[j] = key;
    }
  }
  heap.sort();
  const out = new Int32Array(size);
  for (let j = 0; j < size; j++) out[j] = slotAt[(heap[j] ?? 0) % total] ?? 0;
  return out;
}

/** The best score among positions `subset` (or all). */
export function maxScore(scores: Float64Array, subset: Int32Array | null = null): number {
  let max = 0;
  const m = subset === null ? scores.length : subset.length;
  for (let c = 0; c < m; c++) max = Math.max(max, scores[subset === null ? c : (subset[c] ?? 0)] ?? 0);
  return max;
}

/**
 * The first `k` of the relevance ranking of `slots` (the matches, ascending), equal to the first `k`
 * of `rankByScore(order, slots, scoreSlots(…))` for k ≤ its exact head.
 */
export function topRanked(ix: ScoreIndex, order: RankOrder, clauses: readonly TermMatch[], runs: readonly string[][], slots: Int32Array, k: number): Int32Array {
  const n = slots.length;
  const scorer = new Scorer(ix, slots);
  const m = Math.max(k, runs.length > 0 ? NEAR_CANDIDATES : 0);
  let subset: Int32Array | null = null;
  const perClause = new Array<Float64Array>(clauses.length);
  if (n < Math.max(PRUNE_FROM, 4 * m) || clauses.length === 0) {
    clauses.forEach((c, j) => {
      perClause[j] = scorer.clauseScores(c.alternatives);
    });
  } else {
    const bounds = clauses.map((c) => scorer.clauseBound(c.alternatives));
    let left = bounds.reduce((a, b) => a + b, 0);
    // Quantisation step of the final key, and what proximity may add, with room to spare: pruning less is always safe.
    const maxIdf = Math.log(1 + (Math.max(1, ix.table.size) + 0.5) / 0.5);
    const margin = (4 * (left + runs.reduce((a, r) => a + nearBound(r, maxIdf), 0))) / SCALE;
    const partial = new Float64Array(n);
    const byBound = clauses.map((_, j) => j).sort((a, b) => (bounds[b] ?? 0) - (bounds[a] ?? 0) || a - b);
    for (const j of byBound) {
      const scores = scorer.clauseScores(clauses[j]?.alternatives ?? [], subset);
      perClause[j] = scores;
      left -= bounds[j] ?? 0;
      const count: number = subset === null ? n : subset.length;
      for (let c = 0; c < count; c++) {
        const i = subset === null ? c : (subset[c] ?? 0);
        partial[i] = (partial[i] ?? 0) + (scores[i] ?? 0);
      }
      if (count <= m || left <= 0) continue;
      // Scores only grow with the clauses left: the m-th best so far is a floor for the m-th best final score.
      const floor = kthLargest(partial, m, subset) - margin - left * 1e-9;
      const kept: Int32Array = new Int32Array(count);
      let w = 0;
      for (let c = 0; c < count; c++) {
        const i = subset === null ? c : (subset[c] ?? 0);
        if ((partial[i] ?? 0) + left >= floor) kept[w++] = i;
      }
      subset = kept.subarray(0, w);
    }
  }
  // Summed in query order, as `scoreSlots` does (from 0: one clause's scores are their own sum).
  const count = subset === null ? n : subset.length;
  const scores = perClause.length === 1 ? (perClause[0] ?? new Float64Array(n)) : new Float64Array(n);
  for (const clauseScores of perClause.length === 1 ? [] : perClause) {
    for (let c = 0; c < count; c++) {
      const i = subset === null ? c : (subset[c] ?? 0);
      scores[i] = (scores[i] ?? 0) + (clauseScores[i] ?? 0);
    }
  }
  for (const run of runs) scorer.near(run, scores, subset);
  return rankTop(order, slots, scores, k, maxScore(scores, subset), subset);
}
