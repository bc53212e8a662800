/** Shared setup for the archive service's tests: an in-process search engine behind the worker's port. */
import 'fake-indexeddb/auto';
import type { ArchiveService } from '../../../renderer/src/app/archive/archive-service';
import type { SearchPort } from '../../../renderer/src/app/archive/search-port';
import type { ParsedBulletin } from '../../../renderer/src/core/model';
import { SearchEngine } from '../../../renderer/src/core/search/engine';

/** The search port the worker client implements, answered by an engine in this thread. */
export function enginePort(engine = new SearchEngine()): SearchPort & { engine: SearchEngine } {
  return {
    engine,
    add: async (docs) => (engine.add(docs), engine.size),
    remove: async (ids) => (engine.remove([...ids]), engine.size),
    clear: async () => engine.clear(),
    size: async () => engine.size,
    has: async (id) => engine.has(id),
    ids: async (sample) => engine.ids(sample),
    search: async (query, opts) => engine.search(query, opts),
    suggest: async (word) => engine.suggest(word),
    export: () => engine.export(),
    import: async (chunks) => (await engine.import(chunks), engine.size),
    setTags: async (tags) => engine.setTags(tags),
  };
}

/** A parsed Spanish bulletin from Lima with the given title and body. */
export const bulletin = (title: string, body: string, date = '2023-11-14'): ParsedBulletin => ({
  title,
  date,
  datePrecision: 'day',
  place: 'Lima',
  language: 'es',
  body,
  bodyHtml: null,
  countries: ['Peru'],
  organisations: [],
  sourceFile: 'test.txt',
});

/** The ids a query finds, ranked (none for an empty query). */
export const ids = async (service: ArchiveService, query: string): Promise<string[]> => {
  const model = await service.query(query, { order: 'relevance', translations: false });
  return model.kind === 'matches' ? model.ids : [];
};
