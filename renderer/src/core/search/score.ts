/**
 * Relevance scoring: BM25F over two fields — the title, and the body with the bulletin's countries
 * and organisations — from the term frequencies kept in the postings (postings-codec.ts) and the field
 * lengths kept in the table, plus a proximity bonus for query words that stand together (more in the
 * title). A clause (`a OR b`, or a word with its translations and family) scores as its best
 * alternative, so expansions never add up; a prefix-only or family key counts less than the word typed.
 *
 * Only the given slots (the matches) are scored, in arrays indexed by their position.
 */
import { pairHashes, tokenize } from './analyze';
import type { DocTable } from './doc-table';
import type { PairSignatures } from './pair-signatures';
import type { Postings } from './postings';

/** One index key a term may match, and how much a match on it counts (1 = the word as typed). */
export interface ScoredKey {
  key: string;
  weight: number;
  /** The key whose idf to use (the typed word's, for a family member); default `key`. */
  idfKey?: string;
}
/** A term's keys: it scores the sum over groups (the words of a phrase) of the best key of each group. */
export type TermKeys = ScoredKey[][];

export interface ScoreIndex {
  text: Postings;
  title: Postings;
  pairs: PairSignatures;
  table: DocTable;
}

/** BM25 saturation, the title's weight against the body's, and the fields' length normalisation. */
const K1 = 1.2;
const TITLE_WEIGHT = 3;
const B_TITLE = 0.5;
const B_BODY = 0.75;
/** Bonus for two adjacent query words found together, as a share of their mean idf. */
const NEAR_BODY = 0.6;
const NEAR_TITLE = 1.2;
/** How many of the best matches get their titles checked for adjacent query words. */
const TITLE_RERANK = 100;
/** How many of the best matches get their text checked for adjacent query words. */
const NEAR_TOP = 1000;

function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Average field lengths per table, recomputed only when the table changed (a pass over every slot). */
const averages = new WeakMap<DocTable, { slots: number; size: number; title: number; body: number }>();

function averagesOf(table: DocTable): { title: number; body: number } {
  const cached = averages.get(table);
  if (cached && cached.slots === table.slots && cached.size === table.size) return cached;
  let tSum = 0;
  let bSum = 0;
  let live = 0;
  for (let s = 0; s < table.slots; s++) {
    if (table.alive[s] !== 1) continue;
    tSum += table.titleLens[s] ?? 0;
    bSum += table.bodyLens[s] ?? 0;
    live++;
  }
  const fresh = { slots: table.slots, size: table.size, title: Math.max(1, tSum / Math.max(1, live)), body: Math.max(1, bSum / Math.max(1, live)) };
  averages.set(table, fresh);
  return fresh;
}

class FieldNorms {
  readonly title: Float64Array;
  readonly body: Float64Array;
  constructor(table: DocTable, slots: Int32Array) {
    const avg = averagesOf(table);
    this.title = new Float64Array(slots.length);
    this.body = new Float64Array(slots.length);
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i] ?? 0;
      this.title[i] = 1 - B_TITLE + (B_TITLE * (table.titleLens[s] ?? 0)) / avg.title;
      this.body[i] = 1 - B_BODY + (B_BODY * (table.bodyLens[s] ?? 0)) / avg.body;
    }
  }
}

export class Scorer {
  private readonly at: Int32Array;
  private readonly scratch: Float64Array;
  private readonly norms: FieldNorms;
  private readonly n: number;

  constructor(
    private readonly ix: ScoreIndex,
    private readonly slots: Int32Array,
  ) {
    this.at = new Int32Array(ix.table.slots).fill(-1);
    for (let i = 0; i < slots.length; i++) this.at[slots[i] ?? 0] = i;
    this.norms = new FieldNorms(ix.table, slots);
    this.scratch = new Float64Array(slots.length);
    this.n = Math.max(1, ix.table.size);
  }

  /** idf of an index key (document frequency from the all-fields postings). */
  idf(key: string): number {
    return idfOf(this.ix.text.count(key), this.n);
  }

  /** BM25F of one key for every slot, weighted, written as a maximum into `into`. */
  private keyInto(key: string, weight: number, idfKey: string, into: Float64Array): void {
    const { text, title } = this.ix;
    // Title term frequencies (weighted, normalised) by position; reset after use, so one buffer serves every key.
    const tf = this.scratch;
    const slotsT = title.get(key);
    const tfT = title.tf(key);
    for (let j = 0; j < slotsT.length; j++) {
      const i = this.at[slotsT[j] ?? 0] ?? -1;
      if (i >= 0) tf[i] = (TITLE_WEIGHT * (tfT[j] ?? 1)) / (this.norms.title[i] ?? 1);
    }
    const slotsB = text.get(key);
    const tfB = text.tf(key);
    const idf = Math.min(this.idf(key), this.idf(idfKey)) * weight;
    for (let j = 0; j < slotsB.length; j++) {
      const i = this.at[slotsB[j] ?? 0] ?? -1;
      if (i < 0) continue;
      const f = (tf[i] ?? 0) + (tfB[j] ?? 0) / (this.norms.body[i] ?? 1);
      const score = f > 0 ? (idf * f) / (K1 + f) : 0;
      if (score > (into[i] ?? 0)) into[i] = score;
    }
    for (let j = 0; j < slotsT.length; j++) {
      const i = this.at[slotsT[j] ?? 0] ?? -1;
      if (i >= 0) tf[i] = 0;
    }
  }

  /** A term's score for every slot. */
  term(keys: TermKeys): Float64Array {
    const out = new Float64Array(this.slots.length);
    for (const group of keys) {
      const best = new Float64Array(this.slots.length);
      for (const { key, weight, idfKey } of group) this.keyInto(key, weight, idfKey ?? key, best);
      for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + (best[i] ?? 0);
    }
    return out;
  }

  /** Adds to `scores` the clause's score: its best alternative. Returns the clause's own scores. */
  clause(alternatives: readonly TermKeys[], scores: Float64Array): Float64Array {
    const best = new Float64Array(this.slots.length);
    for (const keys of alternatives) {
      // A one-group term (a word, its completions) is a maximum over keys, like the clause itself: no array of its own.
      if (keys.length === 1) {
        for (const { key, weight, idfKey } of keys[0] ?? []) this.keyInto(key, weight, idfKey ?? key, best);
        continue;
      }
      const t = this.term(keys);
      for (let i = 0; i < best.length; i++) if ((t[i] ?? 0) > (best[i] ?? 0)) best[i] = t[i] ?? 0;
    }
    for (let i = 0; i < best.length; i++) scores[i] = (scores[i] ?? 0) + (best[i] ?? 0);
    return best;
  }

  /**
   * Proximity: for each pair of query words typed next to each other (stop words between allowed,
   * `words` in typed order with stop words), a bonus where the text has them together, more in the title.
   */
  near(words: readonly string[], scores: Float64Array): void {
    const tokens = tokenize(words.join(' '));
    const pairs: Array<{ hash: number; bonus: number }> = [];
    const content = tokens.filter((t) => !t.stop);
    const hashes = pairHashes(tokens);
    // pairHashes gives one hash per adjacent content-word pair, in order.
    hashes.forEach((hash, k) => {
      const a = content[k];
      const b = content[k + 1];
      if (a === undefined || b === undefined) return;
      pairs.push({ hash, bonus: (this.idf(a.stem) + this.idf(b.stem)) / 2 });
    });
    if (pairs.length === 0) return;
    if (this.ix.pairs.loaded) {
      // Signatures are checked for the best matches only: over every match it costs as much as a phrase search.
      const candidates = topIndices(scores, NEAR_TOP).map((i) => this.slots[i] ?? 0);
      for (const { hash, bonus } of pairs) {
        for (const s of this.ix.pairs.filter(candidates, [hash])) {
          const i = this.at[s] ?? -1;
          if (i >= 0) scores[i] = (scores[i] ?? 0) + NEAR_BODY * bonus;
        }
      }
    }
    if (!this.ix.table.hasTitles) return;
    // Titles are checked only for the best matches: tokenising every matching title would cost more than the search.
    const top = topIndices(scores, TITLE_RERANK);
    for (const i of top) {
      const titleHashes = new Set(pairHashes(tokenize(this.ix.table.titles[this.slots[i] ?? 0] ?? '')));
      for (const { hash, bonus } of pairs) if (titleHashes.has(hash)) scores[i] = (scores[i] ?? 0) + NEAR_TITLE * bonus;
    }
  }
}

/** Positions of about the `k` highest scores (unordered; ties at the cut may add a few), in one pass plus a histogram. */
export function topIndices(scores: Float64Array, k: number): number[] {
  const n = scores.length;
  if (n <= k) return Array.from({ length: n }, (_, i) => i);
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, scores[i] ?? 0);
  const buckets = new Int32Array(1024);
  const bucket = (v: number): number => (max > 0 ? Math.min(1023, Math.floor((v / max) * 1024)) : 0);
  for (let i = 0; i < n; i++) buckets[bucket(scores[i] ?? 0)] = (buckets[bucket(scores[i] ?? 0)] ?? 0) + 1;
  let cut = 1023;
  for (let seen = 0; cut > 0; cut--) {
    seen += buckets[cut] ?? 0;
    if (seen >= k) break;
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (bucket(scores[i] ?? 0) >= cut) out.push(i);
  return out;
}
