/**
 * BenchSearch over the app's SearchEngine and the data layer's index persistence.
 * TEMPORARY: runs the engine on the page's main thread until the search worker client exists.
 */
import { SearchEngine } from '../../renderer/src/core/search/engine';
import { SEARCH_INDEX_VERSION } from '../../renderer/src/core/search/persist';
import { loadSearchIndex, saveSearchIndex } from '../../renderer/src/data/search-index';
import type { BenchSearch } from './search-backend.mjs';

/** The search backend the bench measures. */
export function createBenchSearch(): BenchSearch {
  const engine = new SearchEngine();
  return {
    add(docs) {
      engine.add(docs);
      return Promise.resolve();
    },
    async persist(docCount) {
      await saveSearchIndex(await engine.export(), { version: SEARCH_INDEX_VERSION, docCount });
    },
    async load() {
      const saved = await loadSearchIndex();
      if (!saved) throw new Error('no persisted search index');
      await engine.import(saved.chunks);
    },
    search(query) {
      return Promise.resolve(engine.search(query, { limit: 50 }).total);
    },
  };
}
