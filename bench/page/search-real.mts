/**
 * BenchSearch over the app's search worker client (`SearchClient`) and the data layer's index
 * persistence: the same path the app takes after an import and at start-up.
 */
import { SEARCH_INDEX_VERSION } from '../../renderer/src/core/search/persist';
import { loadSearchIndex, saveSearchIndex } from '../../renderer/src/data/search-index';
import { SearchClient } from '../../renderer/src/workers/search-client';
import type { BenchSearch } from './search-backend.mjs';

/** A search backend with its own worker. */
export function createBenchSearch(): BenchSearch {
  let client: SearchClient | null = null;
  const worker = (): SearchClient => (client ??= SearchClient.create());
  return {
    async add(docs) {
      await worker().add(docs);
    },
    async persist(docCount) {
      await saveSearchIndex(await worker().export(), { version: SEARCH_INDEX_VERSION, docCount });
    },
    async load() {
      const saved = await loadSearchIndex();
      if (!saved) throw new Error('no persisted search index');
      await worker().import(saved.chunks);
    },
    async search(query) {
      return (await worker().search(query, { limit: 50 })).total;
    },
    dispose() {
      client?.terminate();
      client = null;
    },
  };
}
