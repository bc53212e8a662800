/**
 * The term index on FlexSearch: one FlexSearch `Index` whose ids are document slots and whose
 * "text" is the engine's own analysed keys joined by spaces. The custom `encode` only splits on
 * spaces, so folding, stop words and stemming stay ours and no FlexSearch encoder option can merge
 * distinct Spanish words. `resolution: 1` keeps one relevance bucket per term, so a term's result
 * is its slots in insertion (= ascending) order and a single-term search returns it without copying.
 * Removal uses tombstones in the engine (FlexSearch's non-`fastupdate` removal scans the whole map);
 * compaction renumbers through FlexSearch's own export → import.
 *
 * Adding goes through FlexSearch in batches rather than one `add` per document: its per-document
 * `add` costs ~0.8 µs per distinct term (4 s of a 10,000-bulletin import, more than storing it),
 * while handing it a term's whole list through `import` of the map entry is ~20× cheaper. So
 * `addDoc` appends the slot to the term's staged list, and the first read of a term merges that
 * list into FlexSearch (`load`).
 *
 * Persistence does not use FlexSearch's export (JSON number lists: ~130 MB and seconds of parsing at
 * 100,000 bulletins). Each term's slots are written with the compact codec of `postings.ts`; `decode`
 * only records where each term's digits are, and a term is decoded and handed to FlexSearch (its
 * `import` of one map entry, no JSON) the first time it is used — loading is O(terms), not O(postings).
 * Started from a directory (`decodeDirectory`), the chunks arrive one by one through `supply`.
 */
import { Index } from 'flexsearch';
import { countSlots, decodeSlots, encodeSlots, encodeTermLines, scanLines, scanTermLines } from './postings';
import { TermDirectory, termsWithPrefix, type TermChunk, type TermIndex } from './term-index';

/** FlexSearch's `import` also accepts parsed data (its typings only declare the JSON string form). */
type MapEntries = Array<[string, number[][]]>;
const importEntries = (index: Index, entries: MapEntries): void =>
  (index as unknown as { import(key: string, data: MapEntries): void }).import('map', entries);

const EMPTY: readonly number[] = [];
/** FlexSearch treats limit 0 as its default (100): ask for "everything" explicitly. */
const ALL = 2 ** 31 - 1;

const splitKeys = (text: string): string[] => text.split(' ');

function newIndex(): Index {
  return new Index({ tokenize: 'strict', resolution: 1, encode: splitKeys, cache: false, fastupdate: false });
}

export class FlexPostings implements TermIndex {
  private index = newIndex();
  /** FlexSearch does not expose its vocabulary: kept for prefixes, suggestions and compaction. */
  private readonly vocabulary = new Set<string>();
  private sortedTerms: string[] | null = null;
  /** Decoded-on-demand terms: term → entry; an entry's digits start at `pendingStart` in chunk `pendingChunk`. */
  private readonly pending = new Map<string, number>();
  /** Slots added since a term was last handed to FlexSearch, ascending (see `load`). */
  private readonly staged = new Map<string, number[]>();
  private pendingChunk: number[] = [];
  private pendingStart: number[] = [];
  private chunks: string[] = [];
  /** Terms whose saved chunk has not been supplied yet (see `decodeDirectory`). */
  private readonly directory = new TermDirectory();

  get termCount(): number {
    return this.vocabulary.size;
  }

  addDoc(slot: number, terms: readonly string[]): void {
    this.directory.assertComplete();
    for (const term of terms) {
      if (!this.vocabulary.has(term)) {
        this.vocabulary.add(term);
        this.sortedTerms = null;
      }
      const list = this.staged.get(term);
      if (list) list.push(slot);
      else this.staged.set(term, [slot]);
    }
  }

  get(term: string): readonly number[] {
    if (!this.vocabulary.has(term)) return EMPTY;
    if (this.directory.awaits(term)) {
      this.directory.ask(term);
      return EMPTY;
    }
    this.load(term);
    return this.index.search(term, { limit: ALL }) as number[];
  }

  has(term: string): boolean {
    return this.vocabulary.has(term);
  }

  terms(): Iterable<string> {
    return this.vocabulary;
  }

  withPrefix(prefix: string, max: number): string[] {
    return termsWithPrefix(this.sorted(), prefix, max, (t) => this.count(t));
  }

  remap(map: Int32Array): void {
    this.directory.assertComplete();
    for (const term of [...this.pending.keys(), ...this.staged.keys()]) this.load(term);
    const next = newIndex();
    const renumber = (ids: readonly number[]): number[] => {
      const out: number[] = [];
      for (const id of ids) {
        const slot = map[id] ?? -1;
        if (slot >= 0) out.push(slot);
      }
      return out;
    };
    this.index.export((key: string, data: string) => {
      const kind = key.split('.').pop();
      if (kind === 'reg') {
        next.import(key, JSON.stringify(renumber(JSON.parse(data) as number[])));
      } else if (kind === 'map') {
        const entries: Array<[string, number[][]]> = [];
        for (const [term, buckets] of JSON.parse(data) as Array<[string, number[][]]>) {
          const slots = renumber(buckets.flat());
          if (slots.length > 0) entries.push([term, [slots]]);
          else this.vocabulary.delete(term);
        }
        next.import(key, JSON.stringify(entries));
      }
    });
    this.index = next;
    this.sortedTerms = null;
  }

  clear(): void {
    this.index = newIndex();
    this.vocabulary.clear();
    this.sortedTerms = null;
    this.pending.clear();
    this.staged.clear();
    this.pendingChunk = [];
    this.pendingStart = [];
    this.chunks = [];
    this.directory.clear();
  }

  get awaiting(): boolean {
    return this.directory.awaiting;
  }

  missing(): number[] {
    return this.directory.missing();
  }

  decodeDirectory(directory: string, chunkCount: number): void {
    this.clear();
    const sorted = this.directory.load(directory, chunkCount);
    for (const term of sorted) this.vocabulary.add(term);
    this.sortedTerms = sorted;
  }

  /** Records where chunk `n`'s terms are; each is decoded at its first use, as after `decode`. */
  supply(n: number, chunk: string): void {
    if (!this.directory.expects(n)) return;
    this.chunks.push(chunk);
    scanLines(chunk, (term, start) => {
      this.directory.arrive(term, n);
      this.pending.set(term, this.pendingStart.length);
      this.pendingChunk.push(this.chunks.length - 1);
      this.pendingStart.push(start);
    });
    this.directory.received(n);
  }

  encode(): TermChunk[] {
    this.directory.assertComplete();
    return encodeTermLines(this.sorted(), (term) => {
      // Terms neither used nor added to since `decode` are copied as they were stored.
      const entry = this.pending.get(term);
      if (entry === undefined || this.staged.has(term)) return encodeSlots(this.get(term));
      const chunk = this.chunks[this.pendingChunk[entry] ?? 0] ?? '';
      const start = this.pendingStart[entry] ?? 0;
      const end = chunk.indexOf('\n', start);
      return chunk.slice(start, end < 0 ? chunk.length : end);
    });
  }

  decode(chunks: readonly TermChunk[]): void {
    this.clear();
    const sorted: string[] = [];
    let last = '';
    scanTermLines(chunks, (term, chunk, start) => {
      if (chunk !== last) {
        this.chunks.push(chunk);
        last = chunk;
      }
      this.pending.set(term, this.pendingStart.length);
      this.pendingChunk.push(this.chunks.length - 1);
      this.pendingStart.push(start);
      this.vocabulary.add(term);
      sorted.push(term);
    });
    this.sortedTerms = sorted;
  }

  /** Number of slots of a term, without decoding it when it is still pending or awaited. */
  count(term: string): number {
    const saved = this.directory.count(term);
    if (saved !== undefined) return saved;
    const entry = this.pending.get(term);
    if (entry === undefined) return this.get(term).length;
    const added = this.staged.get(term)?.length ?? 0;
    return countSlots(this.chunks[this.pendingChunk[entry] ?? 0] ?? '', this.pendingStart[entry] ?? 0) + added;
  }

  /**
   * Brings a term's list up to date in FlexSearch: its saved slots (decoded on first use) followed
   * by the slots added since, handed over in one `import` of the map entry.
   */
  private load(term: string): void {
    const entry = this.pending.get(term);
    const added = this.staged.get(term);
    if (entry === undefined && added === undefined) return;
    let slots: number[];
    if (entry !== undefined) {
      this.pending.delete(term);
      slots = decodeSlots(this.chunks[this.pendingChunk[entry] ?? 0] ?? '', this.pendingStart[entry] ?? 0);
    } else {
      slots = this.index.search(term, { limit: ALL }) as number[];
    }
    if (added !== undefined) {
      this.staged.delete(term);
      slots = slots.length === 0 ? added : slots.concat(added);
    }
    importEntries(this.index, [[term, [slots]]]);
    if (entry !== undefined && this.pending.size === 0) {
      // Everything saved is in FlexSearch now: let the stored text go.
      this.chunks = [];
      this.pendingChunk = [];
      this.pendingStart = [];
    }
  }

  private sorted(): string[] {
    if (this.sortedTerms === null) this.sortedTerms = [...this.vocabulary].sort();
    return this.sortedTerms;
  }
}
