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

export interface WorkerRequest<M extends WorkerMethod = WorkerMethod> {
  id: number;
  method: M;
  args: Parameters<WorkerMethods[M]>;
}

/** Methods that do not change the engine: the worker may answer them while writes are in progress. */
export const READ_ONLY_METHODS: ReadonlySet<string> = new Set<SearchMethod>(['search', 'suggest', 'size', 'has', 'ids', 'setTags']);

export interface SearchRequest<M extends SearchMethod = SearchMethod> {
  id: number;
  method: M;
  args: Parameters<SearchMethods[M]>;
}

export type SearchResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };

/**
 * True when `request` cannot run until the engine's later chunks are loaded (`engine.loadingLater`):
 * a search with a phrase to check, and every write.
 */
export function waitsForLater(engine: SearchEngine, request: SearchRequest): boolean {
  if (!engine.loadingLater) return false;
  if (request.method === 'search') {
    const [query, opts] = request.args as Parameters<SearchMethods['search']>;
    return engine.needsLater(query, opts);
  }
  return !READ_ONLY_METHODS.has(request.method);
}

/**
 * True when `response` lacks a "did you mean" only because the engine has no spelling index yet
 * (`engine.canSuggest`): a `suggest`, or a search that found nothing or very little (`FEW_MATCHES`).
 * The worker then loads the spelling module and asks again; every other answer goes out at once.
 */
export function wantsSpelling(engine: SearchEngine, request: SearchRequest, response: SearchResponse): boolean {
  if (engine.canSuggest || !response.ok) return false;
  if (request.method === 'suggest') return true;
  if (request.method !== 'search') return false;
  const result = response.result as SearchResult;
  return result.total <= FEW_MATCHES && result.error === undefined;
}

/** Runs one request against the engine. Never throws: failures become `ok: false` responses. */
export async function dispatchSearchRequest(engine: SearchEngine, request: SearchRequest): Promise<SearchResponse> {
  try {
    return { id: request.id, ok: true, result: await run(engine, request) };
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
    response = { id: request.id, ok: true, result: runRead(engine, request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { response, missing: engine.missingChunks() };
}

function runRead(engine: SearchEngine, request: SearchRequest): unknown {
  const { method, args } = request;
  switch (method) {
    case 'size':
      return engine.size;
    case 'has':
      return engine.has((args as Parameters<SearchMethods['has']>)[0]);
    case 'ids':
      return engine.ids((args as Parameters<SearchMethods['ids']>)[0]);
    case 'search': {
      const [query, opts] = args as Parameters<SearchMethods['search']>;
      return engine.search(query, opts);
    }
    // Not a read of the index, but it touches only the tag tree: safe while writes or the second stage are pending.
    case 'setTags':
      engine.setTags((args as Parameters<SearchMethods['setTags']>)[0]);
      return undefined;
    case 'suggest':
      return engine.suggest((args as Parameters<SearchMethods['suggest']>)[0]);
    default:
      throw new Error(`"${String(method)}" is not a read-only search method`);
  }
}

async function run(engine: SearchEngine, request: SearchRequest): Promise<unknown> {
  const { method, args } = request;
  if (READ_ONLY_METHODS.has(method)) return runRead(engine, request);
  switch (method) {
    case 'add':
      engine.add((args as Parameters<SearchMethods['add']>)[0]);
      return engine.size;
    case 'remove':
      engine.remove((args as Parameters<SearchMethods['remove']>)[0]);
      return engine.size;
    case 'clear':
      engine.clear();
      return undefined;
    case 'export':
      return engine.export();
    case 'import':
      await engine.import((args as Parameters<SearchMethods['import']>)[0]);
      return engine.size;
    default:
      throw new Error(`Unknown search method "${String(method)}"`);
  }
}
