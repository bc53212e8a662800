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

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
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
