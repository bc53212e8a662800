/**
 * The word → documents layer of the engine: an inverted index from index key (our own analysed
 * stem, see analyze.ts) to the ascending document slots that contain it. The engine keeps two: all
 * fields, and titles.
 *
 * Slots are small integers handed out in increasing order, so appending keeps every list sorted
 * and set operations are linear merges. Removed slots stay in the lists (the engine filters them
 * with its tombstones) until `remap` compacts them away.
 *
 * A saved index is not decoded at load: `decode` (and `supply`, after `decodeDirectory`) only notes
 * where each term's digits are in the saved text, and a term is decoded the first time it is read
 * or written. Loading is O(terms), not O(postings), and a session holds decoded lists only for the
 * terms it used (most of an archive's postings are never read in a session).
 */
import { countSlots, decodeSlots, encodeSlots, encodeTermLines, MAX_TF, scanLines, scanTermLines, TERM_CHUNK_CHARS, type TermChunk } from './postings-codec';
import { TermDirectory, termsWithPrefix } from './term-directory';

const EMPTY: readonly number[] = [];

/**
 * A term's ascending slots and its frequency in each (parallel arrays). One entry holds both so
 * that adding a document costs one map probe per term: a second map for the frequencies made
 * indexing an import ~25% dearer.
 */
interface Entry {
  slots: number[];
  tfs: number[];
}

const frozenEntry = (): Entry => Object.freeze({ slots: Object.freeze([]) as unknown as number[], tfs: Object.freeze([]) as unknown as number[] });
/** The entry of a term whose chunk has not been supplied yet (`decodeDirectory`): empty, and never written to. */
const AWAITED: Entry = frozenEntry();
/** The entry of a saved term not decoded yet (where its digits are: `saved`). Never written to. */
const UNREAD: Entry = frozenEntry();

export class Postings {
  /** Every known term → its slots and frequencies (or `AWAITED` / `UNREAD`). */
  private readonly map = new Map<string, Entry>();
  private sortedTerms: string[] | null = null;
  /** Unread term → its entry: its digits start at `savedStart[entry]` in `chunks[savedChunk[entry]]`. */
  private readonly saved = new Map<string, number>();
  private savedChunk: number[] = [];
  private savedStart: number[] = [];
  private chunks: string[] = [];
  /** Terms whose saved chunk has not been supplied yet (see `decodeDirectory`). */
  private readonly directory = new TermDirectory();

  /**
   * Records that the document in `slot` contains `terms` (distinct), `tfs[i]` times each (0 is
   * allowed: a term listed for matching whose occurrences are counted in another field).
   * Slots must be added in increasing order.
   */
  addDoc(slot: number, terms: readonly string[], tfs: readonly number[] = []): void {
    this.directory.assertComplete();
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as string;
      let entry = this.map.get(term);
      if (entry === undefined) {
        entry = { slots: [], tfs: [] };
        this.map.set(term, entry);
        this.sortedTerms = null;
      } else if (entry === UNREAD) {
        entry = this.read(term);
      }
      const list = entry.slots;
      if (list[list.length - 1] !== slot) {
        list.push(slot);
        entry.tfs.push(Math.min(MAX_TF, tfs[i] ?? 1));
      }
    }
  }

  /** The term's frequency in each slot of `get(term)` (same order; capped at `MAX_TF`). Read-only. */
  tf(term: string): readonly number[] {
    this.get(term);
    return this.map.get(term)?.tfs ?? EMPTY;
  }

  /** The ascending slots of a term (may include removed slots). Read-only: it is the index's own array. */
  get(term: string): readonly number[] {
    const entry = this.map.get(term);
    if (entry === undefined) return EMPTY;
    if (entry === AWAITED) {
      this.directory.ask(term);
      return EMPTY;
    }
    return (entry === UNREAD ? this.read(term) : entry).slots;
  }

  /** Number of slots of a term, without decoding it (for an awaited term, its saved count). */
  count(term: string): number {
    const stored = this.map.get(term);
    if (stored === AWAITED) return this.directory.count(term) ?? 0;
    if (stored === UNREAD) {
      const entry = this.saved.get(term) ?? 0;
      return countSlots(this.chunks[this.savedChunk[entry] ?? 0] ?? '', this.savedStart[entry] ?? 0);
    }
    return stored?.slots.length ?? 0;
  }

  has(term: string): boolean {
    return this.map.has(term);
  }

  /** All terms (unordered). */
  terms(): IterableIterator<string> {
    return this.map.keys();
  }

  /** Terms starting with `prefix`, the `max` most frequent first. */
  withPrefix(prefix: string, max: number): string[] {
    return termsWithPrefix(this.sorted(), prefix, max, (t) => this.count(t));
  }

  /** Renumbers slots after compaction; `map[old]` is the new slot or -1 when removed (monotonic). */
  remap(map: Int32Array): void {
    this.directory.assertComplete();
    for (const [term, stored] of this.map) {
      const { slots: list, tfs } = stored === UNREAD ? this.read(term) : stored;
      let w = 0;
      for (let i = 0; i < list.length; i++) {
        const next = map[list[i] ?? 0] ?? -1;
        if (next >= 0) {
          tfs[w] = tfs[i] ?? 1;
          list[w++] = next;
        }
      }
      list.length = w;
      tfs.length = w;
      if (w === 0) {
        this.map.delete(term);
        this.sortedTerms = null;
      }
    }
  }

  clear(): void {
    this.map.clear();
    this.sortedTerms = null;
    this.saved.clear();
    this.savedChunk = [];
    this.savedStart = [];
    this.chunks = [];
    this.directory.clear();
  }

  /** True while a chunk of the directory has not been supplied. */
  get awaiting(): boolean {
    return this.directory.awaiting;
  }

  /** Chunks that reads needed and that have not been supplied yet, ascending. */
  missing(): number[] {
    return this.directory.missing();
  }

  /**
   * Loads a directory (`encodeDirectory` of `encode`'s chunks) into an empty index: every term is
   * known, with its count, but reads of a term get an empty list (and note its chunk as missing)
   * until its chunk arrives through `supply`. Writes, `remap` and `encode` throw until all have.
   */
  decodeDirectory(directory: string, chunkCount: number): void {
    this.clear();
    const sorted = this.directory.load(directory, chunkCount);
    for (const term of sorted) this.map.set(term, AWAITED);
    this.sortedTerms = sorted;
  }

  /** Hands over chunk `n` of `encode` after `decodeDirectory`; ignored when not awaited. Throws when it does not match. */
  supply(n: number, chunk: string): void {
    if (!this.directory.expects(n)) return;
    this.chunks.push(chunk);
    scanLines(chunk, (term, start) => {
      this.directory.arrive(term, n);
      this.remember(term, this.chunks.length - 1, start);
    });
    this.directory.received(n);
  }

  /** Serialises into strings of about `chunkChars` characters: lines of `term\tdigits` (see postings-codec.ts). */
  encode(chunkChars = TERM_CHUNK_CHARS): TermChunk[] {
    this.directory.assertComplete();
    return encodeTermLines(this.sorted(), (term) => {
      if (this.map.get(term) !== UNREAD) return encodeSlots(this.get(term), this.tf(term));
      // Never read nor added to since it was loaded: copied as it was stored.
      const entry = this.saved.get(term) ?? 0;
      const chunk = this.chunks[this.savedChunk[entry] ?? 0] ?? '';
      const start = this.savedStart[entry] ?? 0;
      const end = chunk.indexOf('\n', start);
      return chunk.slice(start, end < 0 ? chunk.length : end);
    }, chunkChars);
  }

  /** Loads chunks written by `encode` into an empty index (terms arrive sorted, so prefix search needs no re-sort). */
  decode(chunks: readonly TermChunk[]): void {
    this.clear();
    const sorted: string[] = [];
    let last = '';
    scanTermLines(chunks, (term, chunk, start) => {
      if (chunk !== last) {
        this.chunks.push(chunk);
        last = chunk;
      }
      this.remember(term, this.chunks.length - 1, start);
      sorted.push(term);
    });
    this.sortedTerms = sorted;
  }

  private remember(term: string, chunk: number, start: number): void {
    this.saved.set(term, this.savedStart.length);
    this.savedChunk.push(chunk);
    this.savedStart.push(start);
    this.map.set(term, UNREAD);
  }

  /** Decodes an unread term's saved slots (and frequencies) into its entry. */
  private read(term: string): Entry {
    const entry = this.saved.get(term) ?? 0;
    this.saved.delete(term);
    const tfs: number[] = [];
    const list = decodeSlots(this.chunks[this.savedChunk[entry] ?? 0] ?? '', this.savedStart[entry] ?? 0, tfs);
    const decoded: Entry = { slots: list, tfs };
    this.map.set(term, decoded);
    if (this.saved.size === 0) {
      // Every saved term is decoded now: let the stored text go.
      this.chunks = [];
      this.savedChunk = [];
      this.savedStart = [];
    }
    return decoded;
  }

  private sorted(): string[] {
    if (this.sortedTerms === null) this.sortedTerms = [...this.map.keys()].sort();
    return this.sortedTerms;
  }
}
