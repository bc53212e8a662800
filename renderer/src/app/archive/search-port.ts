/**
 * What the archive service needs from the search engine. The worker client implements it; keeping
 * the service on this narrow port lets it be tested with an in-process engine.
 */
import type { SearchChunk, SearchDoc, SearchResult } from '../../core/search/engine-types';
import type { WireSearchOptions } from '../../core/search/protocol';
import type { SearchTag } from '../../core/search/tag-filter';


export interface SearchPort {
  add(docs: readonly SearchDoc[]): Promise<number>;
  remove(ids: readonly string[]): Promise<number>;
  clear(): Promise<void>;
  size(): Promise<number>;
  has(id: string): Promise<boolean>;
  ids(sample?: number): Promise<string[]>;
  search(query: string, opts?: WireSearchOptions): Promise<SearchResult>;
  /** The tag tree `tag:` resolves against, sent whenever tags change. */
  setTags(tags: readonly SearchTag[]): Promise<void>;
  suggest(word: string): Promise<string | undefined>;
  export(): Promise<SearchChunk[]>;
  import(chunks: readonly SearchChunk[]): Promise<number>;
  /** Optional: load/save the persisted index without moving it through the UI thread (the worker does). */
  /** Loads the saved index if current; without `fingerprint`, the worker checks the archive's own. */
  loadPersisted?(dbName: string, expected: { version: number; fingerprint?: string }): Promise<{ loaded: boolean; reason?: string }>;
  persist?(dbName: string, meta: { version: number; docCount: number; fingerprint?: string }): Promise<number>;
}
