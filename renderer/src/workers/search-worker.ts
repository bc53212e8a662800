/**
 * Module Web Worker hosting the search engine, so indexing and queries never block the UI.
 * Messages follow `core/search/protocol.ts`; requests are handled one at a time in arrival order.
 */
import { SearchEngine } from '../core/search/engine';
import { dispatchSearchRequest, type SearchRequest } from '../core/search/protocol';

const engine = new SearchEngine();
let queue: Promise<void> = Promise.resolve();

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  queue = queue.then(async () => {
    const response = await dispatchSearchRequest(engine, request);
    self.postMessage(response);
  });
});
