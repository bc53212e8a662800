/**
 * Ranking by relevance and partial matches. The matches are scored (score.ts); few matches are
 * sorted exactly, many are bucketed into 256 score tiers (relative to the best) and walked in date
 * order by `RankOrder`, except the best `rankTuning.exactTop`, which come first, sorted exactly: the first
 * pages are exact (and `topRanked`, topk.ts, gets them without scoring every match), the long tail
 * is ordered by tier and then date. Date only breaks ties, and equal scores keep the
 * newest-first order whatever the date precision (undated bulletins are not pushed down by score).
 */
import type { TermMatch } from './evaluate';
import type { RankOrder } from './rank';
import { rankTuning, Scorer, type ScoreIndex } from './score';
import { maxScore, rankKey, rankTop, topRanked } from './topk';
import { borrowBytes, releaseBytes } from './sets';
import type { Query } from './query-types';


/** Runs of plain words typed next to each other (with their stop words), for the proximity bonus. */
export function wordRuns(query: Query): string[][] {
  const runs: string[][] = [[]];
  for (const clause of query.clauses) {
    const first = clause.anyOf[0];
    if (first !== undefined && (first.kind === 'group' || (first.kind === 'word' && first.field === 'any'))) runs[runs.length - 1]?.push(first.text);
    else runs.push([]);
  }
  return runs.filter((r) => r.length > 1);
}

/** Scores of `slots` (same positions). */
export function scoreSlots(ix: ScoreIndex, clauses: readonly TermMatch[], runs: readonly string[][], slots: Int32Array): Float64Array {
  const scorer = new Scorer(ix, slots);
  const scores = new Float64Array(slots.length);
  for (const clause of clauses) scorer.clause(clause.alternatives, scores);
  for (const run of runs) scorer.near(run, scores);
  return scores;
}

/**
 * `slots` ordered by `scores` (same positions), ties newest first: the best `rankTuning.exactTop` exactly by
 * `rankKey` (which `topRanked` reproduces), the rest by score tier and then date.
 */
export function rankByScore(order: RankOrder, slots: Int32Array, scores: Float64Array, slotCount: number): Int32Array {
  const n = slots.length;
  if (n === 0) return slots;
  const posOf = order.positions();
  const slotAt = order.slotsInOrder();
  const total = Math.max(1, slotAt.length);
  const max = maxScore(scores);
  if (n <= rankTuning.sortAll) {
    // One number per match: a native numeric sort, no comparator calls.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = rankKey(scores[i] ?? 0, posOf[slots[i] ?? 0] ?? 0, max, total);
    keys.sort();
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = slotAt[(keys[i] ?? 0) % total] ?? 0;
    return out;
  }
  const head = rankTop(order, slots, scores, rankTuning.exactTop, max);
  const tier = borrowBytes(slotCount);
  for (let i = 0; i < n; i++) tier[slots[i] ?? 0] = max > 0 ? Math.floor((255 * (scores[i] ?? 0)) / max) : 0;
  const tail = order.rank(slots, tier, 'relevance');
  // The head's slots are marked (the tier bytes reused) and skipped in the tail.
  tier.fill(0, 0, slotCount);
  for (const s of head) tier[s] = 1;
  const out = new Int32Array(n);
  out.set(head);
  let w = head.length;
  for (const s of tail) if (tier[s] !== 1) out[w++] = s;
  releaseBytes(tier);
  return out;
}

/** A group of partial matches: bulletins that have every word but `missing`. */
export interface PartialGroup {
  missing: string[];
  ids: string[];
}

/** Fewer full matches than this list partial matches after them. */
export const PARTIAL_BELOW = 10;
const PARTIAL_MAX = 50;

/**
 * Bulletins with most (at least half; fewer when that finds under `PARTIAL_BELOW`) of the clauses but not all, passing
 * `keep` (filters, exclusions, liveness), grouped by the clauses they miss: groups with fewer
 * missing words first, each ranked by score.
 */
export function partialMatches(
  ix: ScoreIndex, order: RankOrder, clauses: readonly TermMatch[], labels: readonly string[], runs: readonly string[][],
  keep: (slot: number) => boolean,
): PartialGroup[] {
  const k = clauses.length;
  if (k < 2 || k > 30) return [];
  const slotCount = ix.table.slots;
  const bits = new Int32Array(slotCount);
  const count = new Uint8Array(slotCount);
  clauses.forEach((c, j) => {
    for (const s of c.all) {
      if ((bits[s] ?? 0) & (1 << j)) continue;
      bits[s] = (bits[s] ?? 0) | (1 << j);
      count[s] = (count[s] ?? 0) + 1;
    }
  });
  // Most of the words first; when that still leaves the list short, any of them (what a reader would
  // try next, and what OR-ranking libraries show): the groups say which words each bulletin misses.
  const having = (need: number): number[] => {
    const out: number[] = [];
    for (let s = 0; s < slotCount; s++) if ((count[s] ?? 0) >= need && (count[s] ?? 0) < k && keep(s)) out.push(s);
    return out;
  };
  let need = Math.max(1, Math.ceil(k / 2));
  let found = having(need);
  while (found.length < PARTIAL_BELOW && need > 1) found = having(--need);
  if (found.length === 0) return [];
  const slots = Int32Array.from(found);
  const groups = new Map<number, PartialGroup & { has: number }>();
  let taken = 0;
  // Fewer missing words first; within that, by rank key. With one level (up to three words), the
  // first PARTIAL_MAX by top-k retrieval; with more, every partial match scored and a bounded heap per level.
  const oneLevel = k - 1 === need;
  const scores = oneLevel ? new Float64Array(0) : scoreSlots(ix, clauses, runs, slots);
  const max = maxScore(scores);
  for (let has = k - 1; has >= need && taken < PARTIAL_MAX; has--) {
    const level: number[] = [];
    if (!oneLevel) for (let i = 0; i < slots.length; i++) if (count[slots[i] ?? 0] === has) level.push(i);
    const best = oneLevel ? topRanked(ix, order, clauses, runs, slots, PARTIAL_MAX) : rankTop(order, slots, scores, PARTIAL_MAX - taken, max, Int32Array.from(level));
    for (const s of best) {
      const mask = bits[s] ?? 0;
      let group = groups.get(mask);
      if (group === undefined) {
        group = { has, missing: labels.filter((_, j) => (mask & (1 << j)) === 0), ids: [] };
        groups.set(mask, group);
      }
      group.ids.push(ix.table.ids[s] ?? '');
      taken++;
    }
  }
  return [...groups.values()].map(({ missing, ids }) => ({ missing, ids }));
}
