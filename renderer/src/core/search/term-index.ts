/**
 * The word → documents layer of the engine: index key → ascending document slots.
 * Two interchangeable implementations exist — `FlexPostings` (FlexSearch `Index`, the default) and
 * `Postings` (a hand-written compact inverted index kept for comparison and as a fallback) — so the
 * engine, its persistence and the benchmark do not depend on which one is used.
 */

/**
 * Which implementation backs an engine's two term indexes (all fields, and titles):
 * `flex` = FlexSearch for both, `custom` = hand-written postings for both,
 * `hybrid` = hand-written postings for all fields and FlexSearch for titles.
 */
export type TermBackend = 'flex' | 'custom' | 'hybrid';

/** One persisted piece of a term index: a sub-key and its string value. */
export type TermChunk = [key: string, value: string];

export interface TermIndex {
  /** Number of distinct terms. */
  readonly termCount: number;
  /** Records that the document in `slot` contains `terms` (distinct). Slots must be added in increasing order. */
  addDoc(slot: number, terms: readonly string[]): void;
  /** The ascending slots of a term (may include removed slots). Read-only: it may be the index's own array. */
  get(term: string): readonly number[];
  has(term: string): boolean;
  /** All terms (unordered). */
  terms(): Iterable<string>;
  /** Terms starting with `prefix`, the `max` most frequent first. */
  withPrefix(prefix: string, max: number): string[];
  /** Renumbers slots after compaction; `map[old]` is the new slot or -1 when removed (monotonic). */
  remap(map: Int32Array): void;
  clear(): void;
  /** Serialises into chunks. */
  encode(): TermChunk[];
  /** Loads chunks written by `encode` into an empty index. */
  decode(chunks: readonly TermChunk[]): void;
}

/** Binary search for the first index of `sorted` whose value is ≥ `prefix`, then collects matches. */
export function termsWithPrefix(sorted: readonly string[], prefix: string, max: number, frequency: (term: string) => number): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const term = sorted[i] ?? '';
    if (!term.startsWith(prefix)) break;
    found.push(term);
  }
  if (found.length <= max) return found;
  return found.sort((a, b) => frequency(b) - frequency(a)).slice(0, max);
}
