import { SEARCH_INDEX_VERSION } from '../../core/search/index-version';
import { SearchClient } from '../../workers/search-client';
import type { SearchPort } from './search-port';

export type { SearchPort };

/** The persisted index's format version: a saved index of another version is rebuilt. */
export const INDEX_FORMAT_VERSION = SEARCH_INDEX_VERSION;

/** The search engine in its Web Worker, so indexing never blocks the UI thread. */
export function getSearchPort(): SearchPort {
  return SearchClient.create();
}
