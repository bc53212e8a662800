/**
 * The typed request/response protocol between the search client (main thread) and the search
 * worker, plus the dispatcher the worker runs. Pure, so it is tested without a real Worker.
 */
import type { SearchChunk, SearchDoc, SearchOptions, SearchResult } from './engine-types';
import type { SearchEngine } from './engine';
import { FEW_MATCHES } from './suggest';
import type { SearchTag } from './tag-filter';

/**
 * Search options that can cross a worker boundary. `tag:` is resolved in the worker against the tag
 * tree it was sent (`setTags`), so the query is parsed once, there.
 */
export type WireSearchOptions = Omit<SearchOptions, 'resolveTag'>;

export interface SearchMethods {
  add(docs: SearchDoc[]): number;
  remove(ids: string[]): number;
  clear(): void;
  size(): number;
  has(id: string): boolean;
  ids(sample?: number): string[];
  search(query: string, opts: WireSearchOptions): SearchResult;
  suggest(word: string): string | undefined;
  export(): SearchChunk[];
  import(chunks: SearchChunk[]): number;
  setTags(tags: SearchTag[]): void;
}

export type SearchMethod = keyof SearchMethods;

/** What loading the saved index reports. */
export interface LoadOutcome {
  loaded: boolean;
  reason?: string;
  docCount?: number;
  /** When the worker started, received the request, read the saved index and imported it (ms since the epoch). */
  timeline?: { workerStart: number; received: number; read: number; imported: number };
}

/**
 * Requests the worker runs itself against the archive's database (data/ is not pure, so they are
 * not dispatched here), typed in the same map as the engine's so the client has one call path.
 */
export interface StorageMethods {
  loadPersisted(dbName: string, expected: { version: number; fingerprint?: string }): LoadOutcome;
  persist(dbName: string, meta: { version: number; docCount: number; fingerprint?: string }): number;
}

/** Every request the search worker answers: method → (arguments) → result. */
export type WorkerMethods = SearchMethods & StorageMethods;
export type WorkerMethod = keyof WorkerMethods;

/** A request for method `M`: its name and its arguments, typed together. */
export interface WorkerRequest<M extends WorkerMethod = WorkerMethod> {
  id: number;
  method: M;
  args: Parameters<WorkerMethods[M]>;
}

/** Any engine request, a union discriminated by `method`: checking the method narrows `args` (no casts). */
export type SearchRequest = { [M in SearchMethod]: WorkerRequest<M> }[SearchMethod];

export type SearchResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };

/** How the engine answers one method: the request's arguments in, the answer out. */
type Handler<M extends SearchMethod> = (engine: SearchEngine, args: Parameters<SearchMethods[M]>) => unknown;

/** Methods that do not change the engine: the worker may answer them while writes are in progress. */
type ReadMethod = 'search' | 'suggest' | 'size' | 'has' | 'ids' | 'setTags';
type ReadRequest = { [M in ReadMethod]: WorkerRequest<M> }[ReadMethod];

const READS: { [M in ReadMethod]: Handler<M> } = {
  size: (engine) => engine.size,
  has: (engine, [id]) => engine.has(id),
  ids: (engine, [sample]) => engine.ids(sample),
  search: (engine, [query, opts]) => engine.search(query, opts),
  // Not a read of the index, but it touches only the tag tree: safe while writes or the second stage are pending.
  setTags: (engine, [tags]) => engine.setTags(tags),
  suggest: (engine, [word]) => engine.suggest(word),
};

const WRITES: { [M in Exclude<SearchMethod, ReadMethod>]: Handler<M> } = {
  add: (engine, [docs]) => {
    engine.add(docs);
    return engine.size;
  },
  remove: (engine, [ids]) => {
    engine.remove(ids);
    return engine.size;
  },
  clear: (engine) => engine.clear(),
  export: (engine) => engine.export(),
  import: async (engine, [chunks]) => {
    await engine.import(chunks);
    return engine.size;
  },
};

/** Methods that do not change the engine (see `READS`). */
export const READ_ONLY_METHODS: ReadonlySet<string> = new Set(Object.keys(READS));

const isRead = (request: SearchRequest): request is ReadRequest => READ_ONLY_METHODS.has(request.method);

/** Runs `request` with its method's handler; the mapped handler types keep method and arguments together. */
function runRead<M extends ReadMethod>(engine: SearchEngine, request: WorkerRequest<M>): unknown {
  const handler: Handler<M> = READS[request.method];
  return handler(engine, request.args);
}

function runWrite<M extends Exclude<SearchMethod, ReadMethod>>(engine: SearchEngine, request: WorkerRequest<M>): unknown {
  const handler: Handler<M> = WRITES[request.method];
  return handler(engine, request.args);
}

/**
 * True when `request` cannot run until the engine's later chunks are loaded (`engine.loadingLater`):
 * a search with a phrase to check, and every write.
 */
export function waitsForLater(engine: SearchEngine, request: SearchRequest): boolean {
  if (!engine.loadingLater) return false;
  if (request.method === 'search') {
    const [query, opts] = request.args;
    return engine.needsLater(query, opts);
  }
  return !isRead(request);
}

/** Whether a worker answer is a search result (answers cross the worker boundary untyped). */
function isSearchResult(value: unknown): value is SearchResult {
  return typeof value === 'object' && value !== null && 'total' in value && typeof value.total === 'number';
}

/**
 * True when `response` lacks a "did you mean" only because the engine has no spelling index yet
 * (`engine.canSuggest`): a `suggest`, or a search that found nothing or very little (`FEW_MATCHES`).
 * The worker then loads the spelling module and asks again; every other answer goes out at once.
 */
export function wantsSpelling(engine: SearchEngine, request: SearchRequest, response: SearchResponse): boolean {
  if (engine.canSuggest || !response.ok) return false;
  if (request.method === 'suggest') return true;
  if (request.method !== 'search' || !isSearchResult(response.result)) return false;
  return response.result.total <= FEW_MATCHES && response.result.error === undefined;
}

/** Runs one request against the engine. Never throws: failures become `ok: false` responses. */
export async function dispatchSearchRequest(engine: SearchEngine, request: SearchRequest): Promise<SearchResponse> {
  try {
    // Messages are cloned data: an unknown method gets a clear error, not a missing handler's.
    if (!Object.hasOwn(READS, request.method) && !Object.hasOwn(WRITES, request.method)) throw new Error(`Unknown search method "${String(request.method)}"`);
    return { id: request.id, ok: true, result: await (isRead(request) ? runRead(engine, request) : runWrite(engine, request)) };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Runs a read-only request synchronously and returns, with its answer, the postings chunks the
 * engine found missing (`SearchEngine.missingChunks`) — in one go, so nothing can supply a chunk in
 * between and make an answer computed without it look complete.
 */
export function dispatchRead(engine: SearchEngine, request: SearchRequest): { response: SearchResponse; missing: number[] } {
  let response: SearchResponse;
  try {
    if (!isRead(request)) throw new Error(`"${request.method}" is not a read-only search method`);
    response = { id: request.id, ok: true, result: runRead(engine, request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { response, missing: engine.missingChunks() };
}
