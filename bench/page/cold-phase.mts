/**
 * Cold start: measured from navigation start (performance.now()'s origin) on a fresh page load
 * over an archive that is already stored: first list page, then first answered search with the
 * index loaded from its persisted chunks.
 */
import { countBulletins, listBulletins, useArchiveDb } from '../../renderer/src/data';
import { log, longestTaskBetween, round } from './measure.mjs';
import type { BenchSearch } from './search-backend.mjs';

export interface ColdResult {
  bulletins: number;
  /** When the bench script started running (page load and script parse before it). */
  scriptStartMs: number;
  listMs: number;
  firstSearchMs: number;
  /** Index load alone (from the end of the list step to the first answer). */
  indexLoadMs: number;
  firstSearchMatches: number;
  longestTaskMs: number;
}

/** The first query a user types after start-up: a common word in both languages. */
export const FIRST_QUERY = 'cooperation';

/** Runs at module start; everything before it (HTML, script load, parse) is inside the figures. */
export async function runColdStart(dbName: string, search: BenchSearch, scriptStartMs: number): Promise<ColdResult> {
  useArchiveDb(dbName);
  const [total, page] = await Promise.all([countBulletins(), listBulletins({ limit: 50 })]);
  if (page.length === 0) throw new Error(`cold start: database ${dbName} is empty`);
  const listMs = performance.now();
  await search.load();
  const matches = await search.search(FIRST_QUERY);
  const firstSearchMs = performance.now();
  const longest = await longestTaskBetween(listMs, firstSearchMs);
  log(`cold: ${total} bulletins, script at ${round(scriptStartMs)} ms, list at ${round(listMs)} ms, first search (${matches} hits) at ${round(firstSearchMs)} ms`);
  return {
    bulletins: total,
    scriptStartMs: round(scriptStartMs),
    listMs: round(listMs),
    firstSearchMs: round(firstSearchMs),
    indexLoadMs: round(firstSearchMs - listMs),
    firstSearchMatches: matches,
    longestTaskMs: round(longest),
  };
}
