/**
 * Entry of the benchmark page. `window.runBench(params)` runs one phase and resolves with its
 * figures; scripts/bench.mjs calls the phases in order and reloads between fill and cold start.
 * Loading the page with `?cold=<db>` starts the cold-start measurement at once, so the figures
 * include everything from navigation start.
 */
import { log, measureHeap, observeLongTasks, round, type HeapFigures } from './measure.mjs';
import { runColdStart, runFarPages, type ColdResult } from './cold-phase.mjs';
import { createBenchSearch } from './search-real.mjs';
import type { BenchSearch } from './search-backend.mjs';

// Only what a cold start needs is loaded eagerly (data layer + search); the import, PDF and naive
// code is fetched on demand so it does not inflate the cold-start figures.

export type BenchParams =
  | { phase: 'import'; count: number; seed: number; db: string }
  | { phase: 'fill'; count: number; seed: number; db: string }
  | { phase: 'pdf'; count: number; seed: number }
  | { phase: 'ocr'; pages: number }
  | { phase: 'cold' }
  | { phase: 'memory' }
  | { phase: 'farPages' }
  | { phase: 'search'; reps: number; naiveReps: number }
  | { phase: 'sync'; count: number; edits: number; seed: number; url: string; username: string; password: string };

declare global {
  interface Window {
    runBench(params: BenchParams): Promise<unknown>;
  }
}

/** When this module started running: HTML, script download and parse happen before it. */
const scriptStartMs = performance.now();
observeLongTasks();
const search = createBenchSearch();
const coldDb = new URLSearchParams(location.search).get('cold');
const cold: Promise<ColdResult> | null = coldDb ? runColdStart(coldDb, search, scriptStartMs) : null;

async function memory(): Promise<HeapFigures> {
  const heap = await measureHeap();
  log(`memory: page ${round(heap.pageMB)} MB, page+workers ${heap.totalMB === null ? '?' : round(heap.totalMB)} MB`);
  return {
    pageMB: round(heap.pageMB),
    totalMB: heap.totalMB === null ? null : round(heap.totalMB),
    workersMB: heap.workersMB === null ? null : round(heap.workersMB),
  };
}

/** Runs `fn` with a fresh search worker and stops it afterwards. */
async function withSearch<T>(fn: (s: BenchSearch) => Promise<T>): Promise<T> {
  const s = createBenchSearch();
  try {
    return await fn(s);
  } finally {
    s.dispose();
  }
}

window.runBench = async (params: BenchParams): Promise<unknown> => {
  switch (params.phase) {
    case 'import': {
      const { runImportPhase } = await import('./import-phase.mjs');
      return withSearch((s) => runImportPhase(params.count, params.seed, params.db, s));
    }
    case 'fill': {
      const { runFillPhase } = await import('./fill-phase.mjs');
      return withSearch((s) => runFillPhase(params.count, params.seed, params.db, s));
    }
    case 'pdf': {
      const { runPdfPhase } = await import('./pdf-phase.mjs');
      return runPdfPhase(params.count, params.seed);
    }
    case 'ocr': {
      const { runOcrPhase } = await import('./ocr-phase.mjs');
      return runOcrPhase(params.pages);
    }
    case 'cold':
      if (!cold) throw new Error('load the page with ?cold=<db> to measure a cold start');
      return cold;
    case 'sync': {
      const { runSyncPhase } = await import('./sync-phase.mjs');
      return runSyncPhase(params);
    }
    case 'memory':
      return memory();
    case 'farPages':
      if (cold) await cold;
      return runFarPages();
    case 'search': {
      if (cold) await cold;
      const { runSearchPhase } = await import('./search-phase.mjs');
      return runSearchPhase(search, params.reps, params.naiveReps);
    }
  }
};
