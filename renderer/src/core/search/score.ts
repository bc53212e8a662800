/**
 * Relevance scoring: BM25F over two fields — the title, and the body with the bulletin's countries
 * and organisations — from the term frequencies kept in the postings (postings-codec.ts) and the field
 * lengths kept in the table, plus a proximity bonus for query words that stand together (in the title
 * or the body: the pair signatures cover both). A clause (`a OR b`, or a word with its translations
 * and family) scores as its best alternative, so expansions never add up; a prefix-only or family key
 * counts less than the word typed.
 *
 * Only the given slots (the matches) are scored, in arrays indexed by their position.
 */
import { pairHashes, tokenize } from './analyze';
import type { DocTable } from './doc-table';
import type { PairSignatures } from './pair-signatures';
import type { Postings } from './postings';
import { seek, seekPosition, topIndices } from './select';

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

/**
 * The scoring parameters, in one object so the relevance harness can cross-validate them (tune on one
 * judged set, score the other); the app never changes them.
 * - `k1`: BM25 saturation; `titleWeight`: the title's weight against the body's;
 * - `bTitle` / `bBody`: the fields' length normalisation;
 * - `nearBody` / `nearTitle`: bonus for two adjacent query words found together (anywhere / again in the
 *   title), as a share of their mean idf;
 * - `idfPerLanguage`: 1 = idf among the bulletins of the word's language (see `idf`), 0 = over the archive;
 * - `typedIdf`: 1 = a translation or family key scores with the typed word's idf, 0 = the lower of the two;
 * - `nearWindow`: bonus for two adjacent query words one word apart in a title (`inWindow`), as `nearBody`;
 * - `derivations` / `orgNames`: 1 = English derivational forms (families.ts) / organisations' full names
 *   as their acronyms (names.ts) are on; 0 only to measure what they add;
 * - `orgFullNames`: 2 = a typed acronym also matches the organisation's full names as phrases (names.ts), 1 = as
 *   words anywhere (a long bulletin with them scattered matched), 0 = off;
 * - `nearVerify`: 1 = the proximity bonus needs both words in the bulletin's postings, not only its signature;
 * - `cognateMode`: 1 = across languages, a root spelled f/ph tries the other spelling as a prefix (expand.ts), 2 = any
 *   root of 7+ letters, 0 = off; `fitCorrection`: 1 = "did you mean" prefers a correction some bulletin has with the
 *   query's other words (engine.ts), 0 = the nearest, most common one; `moreCognates`: 1 = the further suffix
 *   cognates (expand.ts: -ismo/-ism, -ario/-ary, -encia/-ency, -ura/-ure, -ía/-y, -oso/-ous, -ico/-ical), 0 = off;
 * Measured by cross-validation (README, Search relevance): the extra title bonus (1.2) helped neither
 * judged set and cost each one query, so it is 0 — a title with the words together still earns `nearBody`.
 */
export const scoreTuning = { idfPerLanguage: 1, typedIdf: 1, k1: 1.2, titleWeight: 3, bTitle: 0.5, bBody: 0.75, nearBody: 0.6, nearTitle: 0, nearWindow: 0.6, derivations: 1, orgNames: 1, orgFullNames: 2, nearVerify: 1, cognateMode: 1, fitCorrection: 1, moreCognates: 1 };
/**
 * Sizes of the ranking's stages, in one object so tests can shrink them (a corpus of a few hundred
 * documents then takes every path of top-k retrieval); the app never changes them.
 * - `nearTop` / `titleRerank`: how many of the best matches get their text / titles checked for
 *   adjacent query words;
 * - `exactTop`: how many of the best matches the full ranking sorts exactly (and top-k serves);
 * - `sortAll`: below this many matches the full ranking sorts them all (cheaper than tiers plus a walk
 *   of the whole order);
 * - `pruneFrom`: below this many matches top-k scores them all (as cheap as pruning);
 * - `boundScale`: multiplies the upper bounds top-k prunes with (1; below 1 only to show the test fails).
 */
export const rankTuning = { nearTop: 1000, titleRerank: 100, exactTop: 300, sortAll: 20000, pruneFrom: 4000, boundScale: 1 };

function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Per-table field-length norms by slot and each key's largest field frequency, kept until the table
 * changes: computing the norms per query (a pass over the matches and two arrays as long) cost
 * as much as scoring a common word, and the per-key maxima are the upper bounds top-k pruning needs.
 */
interface TableNorms {
  slots: number;
  size: number;
  /** The `scoreTuning` the norms and maxima were computed with (the harness changes it between runs). */
  tuning: string;
  title: Float64Array;
  body: Float64Array;
  /** key → [title postings length, text postings length, largest BM25F frequency]. */
  maxF: Map<string, [number, number, number]>;
  /** Live bulletins per language code. */
  perLang: Float64Array;
  /** key → [text postings length, idf]. */
  idf: Map<string, [number, number]>;
}
const normsCache = new WeakMap<DocTable, TableNorms>();

function normsOf(table: DocTable): TableNorms {
  const cached = normsCache.get(table);
  const tuning = JSON.stringify(scoreTuning);
  if (cached && cached.slots === table.slots && cached.size === table.size && cached.tuning === tuning) return cached;
  let tSum = 0;
  let bSum = 0;
  let live = 0;
  for (let s = 0; s < table.slots; s++) {
    if (table.alive[s] !== 1) continue;
    tSum += table.titleLens[s] ?? 0;
    bSum += table.bodyLens[s] ?? 0;
    live++;
  }
  const avgTitle = Math.max(1, tSum / Math.max(1, live));
  const avgBody = Math.max(1, bSum / Math.max(1, live));
  const title = new Float64Array(table.slots);
  const body = new Float64Array(table.slots);
  for (let s = 0; s < table.slots; s++) {
    title[s] = 1 - scoreTuning.bTitle + (scoreTuning.bTitle * (table.titleLens[s] ?? 0)) / avgTitle;
    body[s] = 1 - scoreTuning.bBody + (scoreTuning.bBody * (table.bodyLens[s] ?? 0)) / avgBody;
  }
  const perLang = new Float64Array(256);
  for (let s = 0; s < table.slots; s++) if (table.alive[s] === 1) perLang[table.langCodes[s] ?? 0] = (perLang[table.langCodes[s] ?? 0] ?? 0) + 1;
  const fresh: TableNorms = { slots: table.slots, size: table.size, tuning, title, body, maxF: new Map(), perLang, idf: new Map() };
  normsCache.set(table, fresh);
  return fresh;
}

/**
 * Scores matches (`slots`, ascending) by position. Every method takes `subset`: the positions to
 * score (ascending), or null for all; the others are left untouched. Postings are read by galloping
 * from one candidate to the next, so scoring a few candidates costs far less than the key's list.
 */
export class Scorer {
  private readonly scratch: Float64Array;
  /** Positions and posting indices of one key's matches (`common`). */
  private readonly hitPos: Int32Array;
  private readonly hitAt: Int32Array;
  private readonly norms: TableNorms;
  private readonly n: number;

  constructor(
    private readonly ix: ScoreIndex,
    private readonly slots: Int32Array,
  ) {
    this.norms = normsOf(ix.table);
    this.scratch = new Float64Array(slots.length);
    this.hitPos = new Int32Array(slots.length);
    this.hitAt = new Int32Array(slots.length);
    this.n = Math.max(1, ix.table.size);
  }

  /**
   * idf of an index key (document frequency from the all-fields postings), per language: a word's
   * rarity among the bulletins of its own language, averaged over the languages it occurs in by its
   * share of occurrences there. Over the whole bilingual archive every Spanish word would look about twice
   * as rare as it is ("Alianza", in every Spanish bulletin, would weigh like a topic word), and a word
   * and its translation would be rare on different scales. Cached per key until the table or list changes.
   */
  idf(key: string): number {
    const count = this.ix.text.count(key);
    if (scoreTuning.idfPerLanguage === 0) return idfOf(count, this.n);
    const cached = this.norms.idf.get(key);
    if (cached && cached[0] === count) return cached[1];
    const list = this.ix.text.get(key);
    // A list not loaded yet (a partial load): the whole archive's idf until it arrives.
    if (list.length !== count || count === 0) return idfOf(count, this.n);
    const { alive, langCodes } = this.ix.table;
    // Counts by language code in a typed array: one pass over the list, no map lookups per posting.
    const df = new Float64Array(256);
    let live = 0;
    for (let j = 0; j < list.length; j++) {
      const s = list[j] ?? 0;
      if (alive[s] !== 1) continue;
      const code = langCodes[s] ?? 0;
      df[code] = (df[code] ?? 0) + 1;
      live++;
    }
    if (live === 0) return idfOf(count, this.n);
    let idf = 0;
    for (let code = 0; code < 256; code++) {
      const d = df[code] ?? 0;
      if (d > 0) idf += (d / live) * idfOf(d, Math.max(d, this.norms.perLang[code] ?? 0));
    }
    this.norms.idf.set(key, [count, idf]);
    return idf;
  }

  /**
   * The matches of the subset found in `list` (ascending slots): their positions into `hitPos` and
   * their indices in `list` into `hitAt`; returns how many. A leapfrog intersection that gallops on
   * whichever side is behind, so it costs about the shorter of the two, not the longer.
   */
  private common(list: readonly number[], subset: Int32Array | null): number {
    const { slots, hitPos, hitAt } = this;
    const m = subset === null ? slots.length : subset.length;
    const len = list.length;
    let hits = 0;
    let c = 0;
    let j = 0;
    while (c < m && j < len) {
      const i = subset === null ? c : (subset[c] ?? 0);
      const s = slots[i] ?? 0;
      const p = list[j] ?? 0;
      if (p === s) {
        hitPos[hits] = i;
        hitAt[hits++] = j;
        c++;
        j++;
      } else if (p < s) {
        j = seek(list, j + 1, s);
      } else {
        c = seekPosition(slots, subset, c + 1, m, p);
      }
    }
    return hits;
  }

  /** The idf a key scores with: its own, at most that of the word typed (`idfKey`) it was reached from. */
  private keyIdf(key: string, idfKey: string): number {
    if (scoreTuning.typedIdf === 1 && key !== idfKey) return this.idf(idfKey);
    return Math.min(this.idf(key), this.idf(idfKey));
  }

  /** BM25F of one key for the subset, weighted, written as a maximum into `into`. */
  keyInto(key: string, weight: number, idfKey: string, into: Float64Array, subset: Int32Array | null): void {
    const { text, title } = this.ix;
    const { slots, hitPos, hitAt } = this;
    const normT = this.norms.title;
    const normB = this.norms.body;
    // Title term frequencies (weighted, normalised) by position; zeroed again below, so one buffer serves every key.
    const tf = this.scratch;
    const slotsT = title.get(key);
    const tfT = title.tf(key);
    const titleHits = this.common(slotsT, subset);
    for (let h = 0; h < titleHits; h++) {
      const i = hitPos[h] ?? 0;
      const j = hitAt[h] ?? 0;
      tf[i] = (scoreTuning.titleWeight * (tfT[j] ?? 1)) / (normT[slotsT[j] ?? 0] ?? 1);
    }
    const slotsB = text.get(key);
    const tfB = text.tf(key);
    const idf = this.keyIdf(key, idfKey) * weight;
    const bodyHits = this.common(slotsB, subset);
    for (let h = 0; h < bodyHits; h++) {
      const i = hitPos[h] ?? 0;
      const j = hitAt[h] ?? 0;
      const f = (tf[i] ?? 0) + (tfB[j] ?? 0) / (normB[slots[i] ?? 0] ?? 1);
      tf[i] = 0;
      const score = f > 0 ? (idf * f) / (scoreTuning.k1 + f) : 0;
      if (score > (into[i] ?? 0)) into[i] = score;
    }
    // A title key is always among the all-fields keys, so the loop above zeroed `tf`; if an index ever broke that, do not leak.
    if (titleHits > bodyHits) tf.fill(0);
  }

  /** A term's score for the subset. */
  private term(keys: TermKeys, subset: Int32Array | null): Float64Array {
    const out = new Float64Array(this.slots.length);
    const m = subset === null ? out.length : subset.length;
    for (const group of keys) {
      const best = new Float64Array(this.slots.length);
      for (const { key, weight, idfKey } of group) this.keyInto(key, weight, idfKey ?? key, best, subset);
      for (let c = 0; c < m; c++) {
        const i = subset === null ? c : (subset[c] ?? 0);
        out[i] = (out[i] ?? 0) + (best[i] ?? 0);
      }
    }
    return out;
  }

  /** The clause's score (its best alternative) for the subset, by position. */
  clauseScores(alternatives: readonly TermKeys[], subset: Int32Array | null = null): Float64Array {
    const best = new Float64Array(this.slots.length);
    const m = subset === null ? best.length : subset.length;
    // Expansions may list a key twice (a word's family reached through two of its forms): a maximum needs it once.
    const done = new Set<string>();
    for (const keys of alternatives) {
      // A one-group term (a word, its completions) is a maximum over keys, like the clause itself: no array of its own.
      if (keys.length === 1) {
        for (const { key, weight, idfKey } of keys[0] ?? []) {
          const id = `${key}\u0000${weight}\u0000${idfKey ?? key}`;
          if (done.has(id)) continue;
          done.add(id);
          this.keyInto(key, weight, idfKey ?? key, best, subset);
        }
        continue;
      }
      const t = this.term(keys, subset);
      for (let c = 0; c < m; c++) {
        const i = subset === null ? c : (subset[c] ?? 0);
        if ((t[i] ?? 0) > (best[i] ?? 0)) best[i] = t[i] ?? 0;
      }
    }
    return best;
  }

  /** Adds to `scores` the clause's score: its best alternative. Returns the clause's own scores. */
  clause(alternatives: readonly TermKeys[], scores: Float64Array): Float64Array {
    const best = this.clauseScores(alternatives);
    for (let i = 0; i < best.length; i++) scores[i] = (scores[i] ?? 0) + (best[i] ?? 0);
    return best;
  }

  /**
   * An upper bound of the clause's score over every document: per key, the score of the largest
   * title frequency plus the largest body frequency found in its postings (BM25 grows with the frequency).
   */
  clauseBound(alternatives: readonly TermKeys[]): number {
    let bound = 0;
    for (const keys of alternatives) {
      let sum = 0;
      for (const group of keys) {
        let best = 0;
        for (const { key, weight, idfKey } of group) best = Math.max(best, this.keyBound(key, weight, idfKey ?? key));
        sum += best;
      }
      bound = Math.max(bound, sum);
    }
    return bound;
  }

  /** An upper bound of one key's weighted score over every document (`keyInto`), with room for rounding. */
  keyBound(key: string, weight: number, idfKey: string): number {
    const f = this.maxF(key);
    return f > 0 ? ((this.keyIdf(key, idfKey) * weight * f) / (scoreTuning.k1 + f)) * (1 + 1e-9) * rankTuning.boundScale : 0;
  }

  /** The largest BM25F frequency a key can have: its largest weighted title frequency plus its largest body one. */
  private maxF(key: string): number {
    const { text, title } = this.ix;
    const slotsT = title.get(key);
    const slotsB = text.get(key);
    const cached = this.norms.maxF.get(key);
    // Lists grow on writes and arrive late on a partial load: the lengths say whether the maximum is stale.
    if (cached && cached[0] === slotsT.length && cached[1] === slotsB.length) return cached[2];
    const tfT = title.tf(key);
    const tfB = text.tf(key);
    let maxT = 0;
    let maxB = 0;
    for (let j = 0; j < slotsT.length; j++) maxT = Math.max(maxT, (scoreTuning.titleWeight * (tfT[j] ?? 1)) / (this.norms.title[slotsT[j] ?? 0] ?? 1));
    for (let j = 0; j < slotsB.length; j++) maxB = Math.max(maxB, (tfB[j] ?? 0) / (this.norms.body[slotsB[j] ?? 0] ?? 1));
    this.norms.maxF.set(key, [slotsT.length, slotsB.length, maxT + maxB]);
    return maxT + maxB;
  }

  /**
   * Proximity: for each pair of query words typed next to each other (stop words between allowed,
   * `words` in typed order with stop words), a bonus where the text has them together, and `nearTitle` more in the title.
   */
  near(words: readonly string[], scores: Float64Array, subset: Int32Array | null = null): void {
    const tokens = tokenize(words.join(' '));
    const pairs: Array<{ hash: number; bonus: number; a: readonly number[]; b: readonly number[] }> = [];
    const content = tokens.filter((t) => !t.stop);
    const hashes = pairHashes(tokens);
    // pairHashes gives one hash per adjacent content-word pair, in order.
    hashes.forEach((hash, k) => {
      const a = content[k];
      const b = content[k + 1];
      if (a === undefined || b === undefined) return;
      pairs.push({ hash, bonus: (this.idf(a.stem) + this.idf(b.stem)) / 2, a: this.ix.text.get(a.stem), b: this.ix.text.get(b.stem) });
    });
    if (pairs.length === 0) return;
    if (this.ix.pairs.loaded) {
      // Signatures are checked for the best matches only: over every match it costs as much as a phrase search.
      const top = topIndices(scores, rankTuning.nearTop, subset);
      const at = new Map<number, number>();
      const candidates = top.map((i) => {
        const s = this.slots[i] ?? 0;
        at.set(s, i);
        return s;
      });
      for (const { hash, bonus, a, b } of pairs) {
        for (const s of this.ix.pairs.filter(candidates, [hash])) {
          // A signature is probabilistic: a long bulletin's may hold a pair it lacks. Both words must be
          // there (their postings, already read for the query), or a partial match without one of them,
          // or a match by translation only, earned the bonus for words it does not have.
          if (scoreTuning.nearVerify === 1 && (!sortedHas(a, s) || !sortedHas(b, s))) continue;
          const i = at.get(s) ?? -1;
          if (i >= 0) scores[i] = (scores[i] ?? 0) + scoreTuning.nearBody * bonus;
        }
      }
    }
    if (!this.ix.table.hasTitles || (scoreTuning.nearTitle === 0 && scoreTuning.nearWindow === 0)) return;
    // Titles are checked only for the best matches: tokenising every matching title would cost more than the search.
    const top = topIndices(scores, rankTuning.titleRerank, subset);
    const stems = content.map((t) => t.stem);
    for (const i of top) {
      const titleTokens = tokenize(this.ix.table.titles[this.slots[i] ?? 0] ?? '');
      const titleHashes = new Set(pairHashes(titleTokens));
      pairs.forEach(({ hash, bonus }, k) => {
        if (titleHashes.has(hash)) scores[i] = (scores[i] ?? 0) + scoreTuning.nearTitle * bonus;
        else if (scoreTuning.nearWindow > 0 && inWindow(titleTokens, stems[k] ?? '', stems[k + 1] ?? '')) scores[i] = (scores[i] ?? 0) + scoreTuning.nearWindow * bonus;
      });
    }
  }
}

/**
 * Whether the title has `a` then `b` with one other word between them (stop words not counted):
 * "cadenas regionales de valor" for `cadenas de valor`, "observer and associate states" for
 * `observer states`. Adjacent words are the signatures' (`nearBody`); a gap of one is what a title
 * puts inside a name ("value chains" → "regional value chains" is adjacent already, "cadenas de valor"
 * → "cadenas regionales de valor" is not). Only titles: the body's text is not kept in the index.
 */
export function inWindow(tokens: readonly { stem: string; stop: boolean }[], a: string, b: string): boolean {
  let before = -10;
  let at = 0;
  for (const t of tokens) {
    if (t.stop) continue;
    if (t.stem === b && at - before === 2) return true;
    if (t.stem === a) before = at;
    at++;
  }
  return false;
}

/** The largest `bound` of proximity bonus `near` can add to one document for `words` (for top-k pruning margins). */
export function nearBound(words: readonly string[], maxIdf: number): number {
  // Counted in words, not in entries: an entry may be a multi-word name (stop words counted too: a bound may be loose).
  const count = words.join(' ').split(/\s+/u).filter((w) => w.length > 0).length;
  return Math.max(0, count - 1) * (scoreTuning.nearBody + Math.max(scoreTuning.nearTitle, scoreTuning.nearWindow)) * maxIdf;
}

/** Whether ascending `list` holds `slot` (binary search). */
function sortedHas(list: readonly number[], slot: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] ?? 0;
    if (v === slot) return true;
    if (v < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
