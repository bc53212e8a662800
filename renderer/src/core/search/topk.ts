/**
 * Top-k retrieval for the Relevance sort: the first pages without scoring and sorting every match.
 *
 * Matches are ranked by one number per match (`rankKey`): the score quantised relative to the best,
 * then the newest-first position. The full ranking (relevance.ts `rankByScore`) sorts the best
 * `rankTuning.exactTop` by that key exactly; `topRanked` returns the same first `k` (k ≤ that) by:
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
import { nearBound, rankTuning, Scorer, type ScoreIndex, type TermKeys } from './score';
import { kthLargest } from './select';

/** Scores are compared at this resolution relative to the best (finer differences are ties, broken by date). */
export const SCALE = 1 << 20;

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
 * The summands of the score, in the order the full path adds them: the clauses, or for a query of
 * one clause that is one phrase (or group of words), its words (a term's score is the sum of its
 * words', and adding them one by one from 0 gives the same number to the last bit).
 */
function summands(clauses: readonly TermMatch[]): Array<readonly TermKeys[]> {
  const only = clauses.length === 1 ? clauses[0]?.alternatives : undefined;
  const groups = only?.length === 1 ? (only[0] ?? []) : [];
  if (groups.length > 1) return groups.map((group) => [[group]]);
  return clauses.map((c) => c.alternatives);
}

/**
 * A one-clause score (the best of its alternatives) where it can rank in the first `k`: keys in
 * decreasing order of their bound, stopping when the bound falls below the k-th best so far (no
 * later key can lift a match to the first k). Matches below that floor keep a lower score.
 */
function bestOfKeys(scorer: Scorer, alternatives: readonly TermKeys[], n: number, k: number): Float64Array {
  const best = new Float64Array(n);
  const keys: Array<{ key: string; weight: number; idfKey: string; bound: number }> = [];
  for (const alternative of alternatives) {
    if (alternative.length !== 1) {
      // A phrase among the alternatives: scored in full.
      const t = scorer.clauseScores([alternative]);
      for (let i = 0; i < n; i++) if ((t[i] ?? 0) > (best[i] ?? 0)) best[i] = t[i] ?? 0;
      continue;
    }
    for (const { key, weight, idfKey } of alternative[0] ?? []) {
      const id = idfKey ?? key;
      if (!keys.some((e) => e.key === key && e.weight === weight && e.idfKey === id)) keys.push({ key, weight, idfKey: id, bound: scorer.keyBound(key, weight, id) });
    }
  }
  keys.sort((a, b) => b.bound - a.bound);
  const margin = (4 * keys.reduce((sum, e) => sum + e.bound, 0)) / SCALE;
  let floor = k < n ? kthLargest(best, k) : 0;
  for (const { key, weight, idfKey, bound } of keys) {
    if (k < n && bound < floor - margin) break;
    scorer.keyInto(key, weight, idfKey, best, null);
    if (k < n) floor = kthLargest(best, k);
  }
  return best;
}

/**
 * The first `k` of the relevance ranking of `slots` (the matches, ascending), equal to the first `k`
 * of `rankByScore(order, slots, scoreSlots(…))` for k ≤ its exact head.
 */
export function topRanked(ix: ScoreIndex, order: RankOrder, clauses: readonly TermMatch[], runs: readonly string[][], slots: Int32Array, k: number): Int32Array {
  const n = slots.length;
  const scorer = new Scorer(ix, slots);
  const m = Math.max(k, runs.length > 0 ? rankTuning.nearTop : 0);
  const parts = summands(clauses);
  let subset: Int32Array | null = null;
  const perPart = new Array<Float64Array>(parts.length);
  const prune = n >= Math.max(rankTuning.pruneFrom, 4 * m);
  if (prune && parts.length === 1 && runs.length === 0) {
    perPart[0] = bestOfKeys(scorer, parts[0] ?? [], n, k);
  } else if (!prune || parts.length === 1) {
    parts.forEach((alternatives, j) => {
      perPart[j] = scorer.clauseScores(alternatives);
    });
  } else {
    const bounds = parts.map((alternatives) => scorer.clauseBound(alternatives));
    let left = bounds.reduce((a, b) => a + b, 0);
    // Quantisation step of the final key, and what proximity may add, with room to spare: pruning less is always safe.
    const maxIdf = Math.log(1 + (Math.max(1, ix.table.size) + 0.5) / 0.5);
    const margin = (4 * (left + runs.reduce((a, r) => a + nearBound(r, maxIdf), 0))) / SCALE;
    const partial = new Float64Array(n);
    const byBound = parts.map((_, j) => j).sort((a, b) => (bounds[b] ?? 0) - (bounds[a] ?? 0) || a - b);
    for (const j of byBound) {
      const scores = scorer.clauseScores(parts[j] ?? [], subset);
      perPart[j] = scores;
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
  // Summed in query order, as `scoreSlots` does (from 0: one summand's scores are their own sum).
  const count = subset === null ? n : subset.length;
  const scores = perPart.length === 1 ? (perPart[0] ?? new Float64Array(n)) : new Float64Array(n);
  for (const partScores of perPart.length === 1 ? [] : perPart) {
    for (let c = 0; c < count; c++) {
      const i = subset === null ? c : (subset[c] ?? 0);
      scores[i] = (scores[i] ?? 0) + (partScores[i] ?? 0);
    }
  }
  for (const run of runs) scorer.near(run, scores, subset);
  return rankTop(order, slots, scores, k, maxScore(scores, subset), subset);
}
