/**
 * Cold start: measured from navigation start (performance.now()'s origin) on a fresh page load
 * over an archive that is already stored: first list page, then first answered search with the
 * index loaded from its persisted chunks.
 */
import { countBulletins, listBulletins, useArchiveDb } from '../../renderer/src/data';
import { log, longestFrameScripts, longestTaskBetween, longestTaskStartingBetween, round } from './measure.mjs';
import type { BenchSearch } from './search-backend.mjs';
import { lastLoad } from './search-real.mjs';

export interface ColdResult {
  bulletins: number;
  /** When the bench script started running (page load and script parse before it). */
  scriptStartMs: number;
  listMs: number;
  firstSearchMs: number;
  /** From the list shown to the first answer (the index load runs from script start, alongside the list). */
  indexLoadMs: number;
  firstSearchMatches: number;
  /** Longest task while the index loads: tasks that began once the page's script was running. */
  longestTaskMs: number;
  /**
   * The page-load task itself (HTML, then compiling and running the page's script), which began
   * before the index load could: reported apart, 0 when under 50 ms.
   */
  pageLoadTaskMs: number;
  /** Where the index load went (ms from navigation start): worker script running, request received, saved index read, imported. */
  breakdown: Record<string, number> | null;
  /** A phrase query right after the first search: answered once the phrase signatures are loaded in the background. */
  firstPhraseMs: number;
}

export interface FarPagesResult {
  /** Reading the list's last page (50 rows at the end of the date order): dragging the scrollbar to the bottom. */
  lastPageMs: number;
  /** Then a page in the middle of the list (the ordered keys are read by then). */
  middlePageMs: number;
}

/** A phrase query, which needs the phrase signatures (loaded after the first stage). */
export const FIRST_PHRASE = '"pacific alliance"';

/** The first query a user types after start-up: a common word in both languages. */
export const FIRST_QUERY = 'cooperation';

/** Runs at module start; everything before it (HTML, script load, parse) is inside the figures. */
export async function runColdStart(dbName: string, search: BenchSearch, scriptStartMs: number): Promise<ColdResult> {
  useArchiveDb(dbName);
  // As in the app: ArchiveService starts its search worker and the index load when it is created,
  // while the library reads its first page; both run at once.
  const loaded = search.load();
  loaded.catch(() => undefined); // awaited below, after the list
  const [total, page] = await Promise.all([countBulletins(), listBulletins({ limit: 50 })]);
  if (page.length === 0) throw new Error(`cold start: database ${dbName} is empty`);
  const listMs = performance.now();
  await loaded;
  const matches = await search.search(FIRST_QUERY);
  const firstSearchMs = performance.now();
  await search.search(FIRST_PHRASE);
  const firstPhraseMs = performance.now();
  const longest = await longestTaskStartingBetween(scriptStartMs, firstSearchMs);
  const pageLoad = await longestTaskBetween(0, scriptStartMs);
  const timeline = lastLoad.timeline;
  const breakdown = timeline ? Object.fromEntries(Object.entries(timeline).map(([k, t]) => [k, round(t - performance.timeOrigin)])) : null;
  log(`cold: ${total} bulletins, script at ${round(scriptStartMs)} ms, list at ${round(listMs)} ms, first search (${matches} hits) at ${round(firstSearchMs)} ms`);
  log(`cold: index load ${JSON.stringify(breakdown)}, first phrase answered at ${round(firstPhraseMs)} ms`);
  log(`cold: longest task ${round(longest)} ms during the index load, page-load task ${round(pageLoad)} ms; longest frame ${longestFrameScripts(0, firstSearchMs)}`);
  return {
    bulletins: total,
    scriptStartMs: round(scriptStartMs),
    listMs: round(listMs),
    firstSearchMs: round(firstSearchMs),
    indexLoadMs: round(firstSearchMs - listMs),
    firstSearchMatches: matches,
    longestTaskMs: round(longest),
    pageLoadTaskMs: round(pageLoad),
    breakdown,
    firstPhraseMs: round(firstPhraseMs),
  };
}

/**
 * Not part of start-up (run after the memory figure): the list's window at the far end, as after
 * dragging the scrollbar to the bottom, then one in the middle.
 */
export async function runFarPages(): Promise<FarPagesResult> {
  const total = await countBulletins();
  const t0 = performance.now();
  const last = await listBulletins({ offset: Math.max(0, total - 50), limit: 50 });
  const lastPageMs = performance.now() - t0;
  const t1 = performance.now();
  const middle = await listBulletins({ offset: Math.floor(total / 2), limit: 50 });
  const middlePageMs = performance.now() - t1;
  if (last.length === 0 || middle.length === 0) throw new Error('far list pages came back empty');
  log(`list: last page (offset ${total - 50}) read in ${round(lastPageMs)} ms, then the middle page in ${round(middlePageMs)} ms`);
  return { lastPageMs: round(lastPageMs), middlePageMs: round(middlePageMs) };
}
