/** What the bench needs from the search side; implemented over the app's real search client. */
import type { BulletinSummary } from '../../renderer/src/core/model';
import type { SearchDoc } from '../../renderer/src/core/search/engine-types';

export interface BenchSearch {
  /** Adds documents to the live index (the app's incremental path after an import). */
  add(docs: SearchDoc[]): Promise<void>;
  /** Exports the index and saves it with the data layer, as the app does after changes. */
  persist(docCount: number): Promise<void>;
  /** Start-up path: loads the persisted index; resolves when queries can be answered. */
  load(): Promise<void>;
  /** Runs a query through the app's search path; resolves with the match count. */
  search(query: string): Promise<number>;
  /** Runs a query that should find nothing; resolves with its "did you mean" (undefined if none). */
  suggestion(query: string): Promise<string | undefined>;
  /** Stops the backend's worker (frees its memory). */
  dispose(): void;
}

/** SearchDoc for a stored summary plus its body; tag names from `tagNames` (id → name). */
export function toSearchDoc(s: BulletinSummary, body: string, tagNames: ReadonlyMap<string, string>): SearchDoc {
  return {
    id: s.id,
    title: s.title,
    body,
    tags: s.tags.map((id) => ({ id, name: tagNames.get(id) ?? id })),
    countries: s.countries,
    organisations: s.organisations,
    language: s.language,
    date: s.date,
  };
}
