/**
 * The term index on FlexSearch: one FlexSearch `Index` whose ids are document slots and whose
 * "text" is the engine's own analysed keys joined by spaces. The custom `encode` only splits on
 * spaces, so folding, stop words and stemming stay ours and no FlexSearch encoder option can merge
 * distinct Spanish words. `resolution: 1` keeps one relevance bucket per term, so a term's result
 * is its slots in insertion (= ascending) order and a single-term search returns it without copying.
 * Removal uses tombstones in the engine (FlexSearch's non-`fastupdate` removal scans the whole map);
 * compaction renumbers through FlexSearch's own export → import.
 */
import { Index } from 'flexsearch';
import { termsWithPrefix, type TermChunk, type TermIndex } from './term-index';

const EMPTY: readonly number[] = [];
/** FlexSearch treats limit 0 as its default (100): ask for "everything" explicitly. */
const ALL = 2 ** 31 - 1;
const TERMS_KEY = 'terms';

const splitKeys = (text: string): string[] => text.split(' ');

function newIndex(): Index {
  return new Index({ tokenize: 'strict', resolution: 1, encode: splitKeys, cache: false, fastupdate: false });
}

export class FlexPostings implements TermIndex {
  private index = newIndex();
  /** FlexSearch does not expose its vocabulary: kept for prefixes, suggestions and compaction. */
  private readonly vocabulary = new Set<string>();
  private sortedTerms: string[] | null = null;

  get termCount(): number {
    return this.vocabulary.size;
  }

  addDoc(slot: number, terms: readonly string[]): void {
    if (terms.length === 0) return;
    for (const term of terms) {
      if (!this.vocabulary.has(term)) {
        this.vocabulary.add(term);
        this.sortedTerms = null;
      }
    }
    // Slots are never reused, so FlexSearch's "already indexed → update" path is never taken
    // (`append` would instead scan each term's list for the id).
    this.index.add(slot, terms.join(' '));
  }

  get(term: string): readonly number[] {
    if (!this.vocabulary.has(term)) return EMPTY;
    return this.index.search(term, { limit: ALL }) as number[];
  }

  has(term: string): boolean {
    return this.vocabulary.has(term);
  }

  terms(): Iterable<string> {
    return this.vocabulary;
  }

  withPrefix(prefix: string, max: number): string[] {
    return termsWithPrefix(this.sorted(), prefix, max, (t) => this.get(t).length);
  }

  remap(map: Int32Array): void {
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
  }

  encode(): TermChunk[] {
    const chunks: TermChunk[] = [[TERMS_KEY, this.sorted().join('\n')]];
    this.index.export((key: string, data: string) => {
      chunks.push([key, data]);
    });
    return chunks;
  }

  decode(chunks: readonly TermChunk[]): void {
    this.clear();
    for (const [key, value] of chunks) {
      if (key === TERMS_KEY) {
        const terms = value === '' ? [] : value.split('\n');
        for (const t of terms) this.vocabulary.add(t);
        this.sortedTerms = terms;
      } else {
        this.index.import(key, value);
      }
    }
  }

  private sorted(): string[] {
    if (this.sortedTerms === null) this.sortedTerms = [...this.vocabulary].sort();
    return this.sortedTerms;
  }
}
