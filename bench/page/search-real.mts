/**
 * BenchSearch over the app's search worker client (`SearchClient`) and the same index persistence
 * the app's ArchiveService uses: the worker itself reads and writes the saved index in IndexedDB,
 * and start-up trusts it only when the archive's fingerprint matches.
 */
import { SEARCH_INDEX_VERSION } from '../../renderer/src/core/search/persist';
import { getArchiveDb, getIndexFingerprint } from '../../renderer/src/data';
import { SearchClient, type LoadOutcome } from '../../renderer/src/workers/search-client';
import type { BenchSearch } from './search-backend.mjs';

/** The worker's timeline of the last `load` (for the cold-start breakdown). */
export const lastLoad: { timeline: LoadOutcome['timeline'] | null } = { timeline: null };

/** A search backend with its own worker. */
export function createBenchSearch(): BenchSearch {
  let client: SearchClient | null = null;
  const worker = (): SearchClient => (client ??= SearchClient.create());
  return {
    async add(docs) {
      await worker().add(docs);
    },
    async persist(docCount) {
      const fingerprint = await getIndexFingerprint();
      await worker().persist(getArchiveDb().name, { version: SEARCH_INDEX_VERSION, docCount, fingerprint });
    },
    async load() {
      // No fingerprint: the worker checks the archive's own, as ArchiveService's does.
      const outcome = await worker().loadPersisted(getArchiveDb().name, { version: SEARCH_INDEX_VERSION });
      if (!outcome.loaded) throw new Error(`persisted search index not loaded: ${outcome.reason ?? 'unknown'}`);
      lastLoad.timeline = outcome.timeline ?? null;
    },
    async search(query) {
      return (await worker().search(query, { limit: 50 })).total;
    },
    async suggestion(query) {
      return (await worker().search(query, { limit: 50 })).suggestion;
    },
    dispose() {
      client?.terminate();
      client = null;
    },
  };
}
