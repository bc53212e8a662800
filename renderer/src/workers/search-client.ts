/**
 * Main-thread client of the search worker: async methods mirroring `SearchEngine`.
 * Documents are sent in batches so the worker can answer searches between batches.
 * Persistence is the caller's job: `export()` returns chunks, `import()` accepts them.
 */
import type { SearchChunk, SearchDoc, SearchResult } from '../core/search/engine-types';
import type { LoadOutcome, SearchResponse, WireSearchOptions, WorkerMethod, WorkerMethods, WorkerRequest } from '../core/search/protocol';
import type { SearchTag } from '../core/search/tag-filter';
import { TimeSlice } from '../core/scheduling';

/** The part of `Worker` the client uses (a fake can stand in for tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchResponse>) => void): void;
  terminate?(): void;
}

/** Documents per `add` message (under 1 MB of text to clone). */
export const ADD_BATCH_SIZE = 250;

export type { LoadOutcome };

export class SearchClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (event) => {
      const response = event.data;
      const waiter = this.pending.get(response.id);
      if (!waiter) return;
      this.pending.delete(response.id);
      if (response.ok) waiter.resolve(response.result);
      else waiter.reject(new Error(response.error));
    });
  }

  /** Starts the search worker (a module worker bundled by Vite). */
  static create(): SearchClient {
    return new SearchClient(new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' }));
  }

  /**
   * Indexes documents, posted `ADD_BATCH_SIZE` at a time in time-boxed slices with a yield to the
   * event loop between them: cloning a 10,000-bulletin batch in one message is one long UI-thread
   * task, and waiting for each batch before sending the next would leave the worker idle. Resolves
   * with the index size.
   */
  async add(docs: readonly SearchDoc[], onProgress?: (done: number, total: number) => void): Promise<number> {
    if (docs.length === 0) return this.size();
    const sent: Array<Promise<number>> = [];
    const slice = new TimeSlice();
    for (let i = 0; i < docs.length; i += ADD_BATCH_SIZE) {
      if (slice.spent) await slice.next();
      const batch = this.call('add', [docs.slice(i, i + ADD_BATCH_SIZE)]);
      const done = Math.min(docs.length, i + ADD_BATCH_SIZE);
      // Answers come in order (the worker runs writes in turn); failures surface from Promise.all below.
      batch.then(() => onProgress?.(done, docs.length), () => undefined);
      sent.push(batch);
    }
    const sizes = await Promise.all(sent);
    return sizes[sizes.length - 1] ?? 0;
  }

  update(doc: SearchDoc): Promise<number> {
    return this.call('add', [[doc]]);
  }

  remove(ids: readonly string[]): Promise<number> {
    return this.call('remove', [[...ids]]);
  }

  clear(): Promise<void> {
    return this.call('clear', []);
  }

  size(): Promise<number> {
    return this.call('size', []);
  }

  has(id: string): Promise<boolean> {
    return this.call('has', [id]);
  }

  ids(sample?: number): Promise<string[]> {
    return this.call('ids', [sample]);
  }

  /** Runs a query; it is parsed in the worker, `tag:` resolved there against the tree sent with `setTags`. */
  search(query: string, opts: WireSearchOptions = {}): Promise<SearchResult> {
    return this.call('search', [query, opts]);
  }

  /** Sends the tag tree (after any tag change): `tag:` filters and "try a tag" offers use it. */
  setTags(tags: readonly SearchTag[]): Promise<void> {
    return this.call('setTags', [tags.map((t) => ({ id: t.id, name: t.name, parentId: t.parentId, ...(t.names ? { names: t.names } : {}) }))]);
  }

  suggest(word: string): Promise<string | undefined> {
    return this.call('suggest', [word]);
  }

  export(): Promise<SearchChunk[]> {
    return this.call('export', []);
  }

  /** Replaces the index with persisted chunks; rejects if they are from another format version. */
  import(chunks: readonly SearchChunk[]): Promise<number> {
    return this.call('import', [[...chunks]]);
  }

  /**
   * Loads the index saved in database `dbName` inside the worker, if its version and fingerprint match.
   * The chunks never cross to the UI thread. Resolves as soon as plain searches can be answered; the
   * postings and phrase signatures load on in the background (a search meanwhile reads the postings
   * it needs first), and phrase searches and writes sent meanwhile wait for them in the worker (so
   * callers need not know).
   */
  loadPersisted(dbName: string, expected: { version: number; fingerprint?: string }): Promise<LoadOutcome> {
    return this.call('loadPersisted', [dbName, expected]);
  }

  /** Exports the index and saves it into database `dbName`, all inside the worker. Resolves with the doc count. */
  persist(dbName: string, meta: { version: number; docCount: number; fingerprint?: string }): Promise<number> {
    return this.call('persist', [dbName, meta]);
  }

  terminate(): void {
    this.worker.terminate?.();
    for (const waiter of this.pending.values()) waiter.reject(new Error('Search worker terminated'));
    this.pending.clear();
  }

  /** One typed call path for every worker request (engine and storage): the answer's type follows the method. */
  private call<M extends WorkerMethod>(method: M, args: Parameters<WorkerMethods[M]>): Promise<Awaited<ReturnType<WorkerMethods[M]>>> {
    const id = this.nextId++;
    const request: WorkerRequest<M> = { id, method, args };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (v) => resolve(v as Awaited<ReturnType<WorkerMethods[M]>>), reject });
      this.worker.postMessage(request);
    });
  }
}
