/**
 * Module Web Worker hosting the search engine, so indexing and queries never block the UI.
 * Messages follow `core/search/protocol.ts`. Writes run one at a time in arrival order; an `add`
 * batch is indexed in slices of about `SLICE_MS`, yielding between slices, and read-only requests
 * (search, suggest, …) are answered between slices instead of waiting for the whole batch — unless
 * another kind of write (remove, clear, import) is queued, whose effect a read must then see.
 */
import { SearchEngine } from '../core/search/engine';
import { dispatchSearchRequest, type SearchRequest, type SearchResponse } from '../core/search/protocol';
import type { SearchDoc } from '../core/search/engine-types';
import { loadSearchIndex, saveSearchIndex, switchArchiveDb, type SearchIndexMeta } from '../data';

const SLICE_MS = 40;
const READ_ONLY: ReadonlySet<string> = new Set(['search', 'suggest', 'size', 'has', 'ids']);

const engine = new SearchEngine();
let queue: Promise<void> = Promise.resolve();
let queuedOtherWrites = 0;

const post = (response: SearchResponse): void => self.postMessage(response);
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function addInSlices(request: SearchRequest): Promise<void> {
  const docs = (request.args as [SearchDoc[]])[0];
  try {
    let i = 0;
    while (i < docs.length) {
      const t0 = performance.now();
      while (i < docs.length && performance.now() - t0 < SLICE_MS) engine.add([docs[i++] as SearchDoc]);
      if (i < docs.length) await yieldToEvents();
    }
    post({ id: request.id, ok: true, result: engine.size });
  } catch (error) {
    post({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Persistence runs here, not on the UI thread: the saved index is tens of MB, and reading or writing
 * it on the main thread (structured clone of every chunk) would freeze the UI for hundreds of ms.
 */
export type StorageRequest =
  | { id: number; method: 'loadPersisted'; args: [dbName: string, expected: { version: number; fingerprint: string }] }
  | { id: number; method: 'persist'; args: [dbName: string, meta: SearchIndexMeta] };

async function runStorage(request: StorageRequest): Promise<unknown> {
  const [dbName] = request.args;
  const db = switchArchiveDb(dbName);
  try {
    if (request.method === 'persist') {
      await saveSearchIndex(await engine.export(), { ...request.args[1], docCount: engine.size });
      return engine.size;
    }
    const expected = request.args[1];
    const persisted = await loadSearchIndex();
    if (!persisted) return { loaded: false, reason: 'no saved index' };
    if (persisted.meta.version !== expected.version || persisted.meta.fingerprint !== expected.fingerprint)
      return { loaded: false, reason: 'saved index is stale' };
    await engine.import(persisted.chunks);
    return { loaded: true, docCount: engine.size };
  } finally {
    db.close();
  }
}

const isStorage = (request: SearchRequest | StorageRequest): request is StorageRequest =>
  request.method === 'loadPersisted' || request.method === 'persist';

self.addEventListener('message', (event: MessageEvent<SearchRequest | StorageRequest>) => {
  const request = event.data;
  if (isStorage(request)) {
    queuedOtherWrites++;
    queue = queue.then(async () => {
      try {
        post({ id: request.id, ok: true, result: await runStorage(request) });
      } catch (error) {
        post({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
      queuedOtherWrites--;
    });
    return;
  }
  if (READ_ONLY.has(request.method) && queuedOtherWrites === 0) {
    void dispatchSearchRequest(engine, request).then(post);
    return;
  }
  const other = request.method !== 'add' && !READ_ONLY.has(request.method);
  if (other) queuedOtherWrites++;
  queue = queue.then(async () => {
    if (request.method === 'add') await addInSlices(request);
    else post(await dispatchSearchRequest(engine, request));
    if (other) queuedOtherWrites--;
  });
});
