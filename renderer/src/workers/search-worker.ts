/**
 * Module Web Worker hosting the search engine, so indexing and queries never block the UI.
 * Messages follow `core/search/protocol.ts`. Writes run one at a time in arrival order; an `add`
 * batch is indexed in slices of about `SLICE_MS`, yielding between slices, and read-only requests
 * (search, suggest, …) are answered between slices instead of waiting for the whole batch — unless
 * another kind of write (remove, clear, import) is queued, whose effect a read must then see.
 *
 * Start-up loads the saved index in two stages (see core/search/persist.ts): `loadPersisted`
 * answers once plain searches work, and the all-fields postings, phrase signatures and titles follow
 * in the background. A read that meanwhile needs postings not yet in is answered after reading just
 * their chunks (`answerRead`). Phrase searches and every write wait for the whole second stage
 * (never a phrase answered without its check, never a write or save of a half-loaded index).
 *
 * "Did you mean" needs FlexSearch (core/search/spelling.ts): its module is imported here only when a
 * first search finds nothing or very little (`wantsSpelling`); the worker's start and searches with
 * more matches never wait for it.
 */
import { SearchEngine } from '../core/search/engine';
import {
  dispatchRead, dispatchSearchRequest, READ_ONLY_METHODS, waitsForLater, wantsSpelling, type LoadOutcome, type SearchRequest, type SearchResponse, type WorkerRequest,
} from '../core/search/protocol';
import { switchArchiveDb } from '../data';
import { clearSearchIndex, LATER_SEQ, loadSearchIndexStaged, readSearchIndexRows, saveSearchIndex, type SearchIndexMeta } from '../data/search-index';
import { yieldToEventLoop } from '../core/scheduling';

const SLICE_MS = 40;
/** Wall-clock time (ms since the epoch) for `loadPersisted`'s timeline: comparable with the page's. */
const wallClock = (): number => performance.timeOrigin + performance.now();
const workerStart = wallClock();

const engine = new SearchEngine();
let queue: Promise<void> = Promise.resolve();
let queuedOtherWrites = 0;
/** The background load of the saved index's later chunks while it runs (it never rejects). */
let later: Promise<void> | null = null;
/** The save whose second stage is loading (a new object per load): reads fetch the postings chunks they miss from it. */
let loading: { meta: SearchIndexMeta } | null = null;

/** The spelling module's import, started by the first read that wants it (`loadSpelling`). */
let spelling: Promise<boolean> | null = null;

const post = (response: SearchResponse): void => self.postMessage(response);
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function addInSlices(request: WorkerRequest<'add'>): Promise<void> {
  const [docs] = request.args;
  try {
    let i = 0;
    while (i < docs.length) {
      const t0 = performance.now();
      while (i < docs.length && performance.now() - t0 < SLICE_MS) engine.add(docs.slice(i, ++i));
      if (i < docs.length) await yieldToEventLoop();
    }
    post({ id: request.id, ok: true, result: engine.size });
  } catch (error) {
    post({ id: request.id, ok: false, error: message(error) });
  }
}

/**
 * Persistence runs here, not on the UI thread: the saved index is tens of MB, and reading or writing
 * it on the main thread (structured clone of every chunk) would freeze the UI for hundreds of ms.
 */
export type StorageRequest = WorkerRequest<'loadPersisted'> | WorkerRequest<'persist'>;

/** Runs a storage request; for a load, returns once the first stage is imported and starts `later`. */
async function runStorage(request: StorageRequest): Promise<LoadOutcome | number> {
  const [dbName] = request.args;
  const db = switchArchiveDb(dbName);
  let closeWhen: Promise<void> | null = null;
  try {
    if (request.method === 'persist') {
      await saveSearchIndex(await engine.export(), { ...request.args[1], docCount: engine.size });
      return engine.size;
    }
    const expected = request.args[1];
    const received = wallClock();
    let save: { meta: SearchIndexMeta } | null = null;
    // Postings chunks are handed over as the second stage arrives, so fewer reads need to fetch any.
    const ahead = (chunks: Parameters<SearchEngine['supplyChunks']>[0]): void => {
      if (save !== null && loading === save) engine.supplyChunks(chunks);
    };
    const persisted = await loadSearchIndexStaged(ahead);
    const read = wallClock();
    if (!persisted) return { loaded: false, reason: 'no saved index' };
    // Without a fingerprint from the caller, the archive's own, read in the same snapshot as the save.
    const current = expected.fingerprint ?? persisted.currentFingerprint;
    if (persisted.meta.version !== expected.version || current === null || persisted.meta.fingerprint !== current)
      return { loaded: false, reason: 'saved index is stale' };
    engine.importFirst(persisted.first);
    loading = save = { meta: persisted.meta };
    closeWhen = later = loadLater(persisted.later, dbName, save);
    // When each step ended, for start-up diagnostics (the bench reports them).
    return { loaded: true, docCount: engine.size, timeline: { workerStart, received, read, imported: wallClock() } };
  } finally {
    // The later read belongs to the same transaction: close once it is delivered.
    if (closeWhen) void closeWhen.then(() => db.close());
    else db.close();
  }
}

/** Completes the engine with the later chunks; if they are damaged, drops the saved index so the next start rebuilds it. */
async function loadLater(chunks: Promise<Parameters<SearchEngine['importLater']>[0]>, dbName: string, save: { meta: SearchIndexMeta }): Promise<void> {
  try {
    engine.importLater(await chunks);
  } catch (error) {
    // Phrase searches and writes keep failing with this error until the app rebuilds (clear + add) or imports.
    console.error('search index: loading phrase signatures failed', error);
    const db = switchArchiveDb(dbName);
    await clearSearchIndex().catch(() => undefined);
    db.close();
  } finally {
    later = null;
    if (loading === save) loading = null;
  }
}

/**
 * Answers a read-only request. Before the second stage is in, the engine answers from the postings
 * it has and lists the chunks it lacked: then that answer is dropped, exactly those chunks are read
 * from the save being loaded, and the request runs again (usually once more: a query's terms, or a
 * typed prefix's expansions, sit in one or two neighbouring chunks of the sorted terms).
 */
async function answerRead(request: SearchRequest): Promise<SearchResponse> {
  for (;;) {
    const { response, missing } = dispatchRead(engine, request);
    if (missing.length === 0) {
      if (wantsSpelling(engine, request, response) && (await loadSpelling())) continue;
      return response;
    }
    if (!(await fetchChunks(missing))) return { id: request.id, ok: false, error: 'The search index could not be read; it will be rebuilt.' };
  }
}

/** Gives the engine its spelling factory (imported once, on first need); false if the module cannot be loaded. */
function loadSpelling(): Promise<boolean> {
  spelling ??= import('../core/search/spelling').then(
    ({ createSpellingIndex }) => {
      engine.useSpelling(createSpellingIndex);
      return true;
    },
    (error: unknown) => {
      // Searches keep working, without suggestions.
      console.error('search: the spelling module could not be loaded', error);
      return false;
    },
  );
  return spelling;
}

/** Supplies the engine with the postings chunks at these later positions; false when they cannot be had (a failed second stage). */
async function fetchChunks(positions: readonly number[]): Promise<boolean> {
  const save = loading;
  if (save) {
    try {
      const chunks = await readSearchIndexRows(positions.map((p) => LATER_SEQ + p), save.meta);
      // A load that ended meanwhile has supplied everything itself (or was replaced: these would be stale).
      if (loading === save) engine.supplyChunks(chunks);
    } catch (error) {
      console.warn('search index: reading postings on demand failed; waiting for the whole index', error);
    }
  }
  const supplied = (): boolean => !engine.missingChunks().some((p) => positions.includes(p));
  if (!supplied() && later) await later;
  return supplied();
}

/** Runs a request: reads through `answerRead`, everything else as is. */
const respond = (request: SearchRequest): Promise<SearchResponse> =>
  READ_ONLY_METHODS.has(request.method) ? answerRead(request) : dispatchSearchRequest(engine, request);

const isStorage = (request: SearchRequest | StorageRequest): request is StorageRequest =>
  request.method === 'loadPersisted' || request.method === 'persist';

/** Queues a request after earlier writes; a write, or a read that `waitsForLater`, also waits for the later chunks. */
function enqueue(run: () => Promise<void>, request?: SearchRequest): void {
  queue = queue.then(async () => {
    if (later && (request === undefined || waitsForLater(engine, request))) await later;
    await run();
  });
}

self.addEventListener('message', (event: MessageEvent<SearchRequest | StorageRequest>) => {
  const request = event.data;
  if (isStorage(request)) {
    queuedOtherWrites++;
    enqueue(async () => {
      try {
        post({ id: request.id, ok: true, result: await runStorage(request) });
      } catch (error) {
        post({ id: request.id, ok: false, error: message(error) });
      }
      queuedOtherWrites--;
    });
    return;
  }
  if (READ_ONLY_METHODS.has(request.method) && queuedOtherWrites === 0) {
    const pending = later;
    if (pending && waitsForLater(engine, request)) void pending.then(() => answerRead(request)).then(post);
    else void answerRead(request).then(post);
    return;
  }
  const other = request.method !== 'add' && !READ_ONLY_METHODS.has(request.method);
  if (other) queuedOtherWrites++;
  enqueue(async () => {
    if (request.method === 'add') await addInSlices(request);
    else post(await respond(request));
    if (other) queuedOtherWrites--;
  }, request);
});
