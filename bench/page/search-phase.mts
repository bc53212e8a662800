/**
 * Search phase: p50/p95 of a fixed query set through the app's search path, against a naive scan
 * of the same documents in the same run.
 */
import type { SearchDoc } from '../../renderer/src/core/search/engine-types';
import { iterateForIndex, listTags } from '../../renderer/src/data';
import { log, percentile, round, tick } from './measure.mjs';
import { type BenchSearch, toSearchDoc } from './search-backend.mjs';

/** One query of each kind the app supports; words chosen to exist in the generated corpus. */
export const QUERIES: ReadonlyArray<{ kind: string; query: string }> = [
  { kind: 'single word', query: 'aquaculture' },
  { kind: 'two words', query: 'cooperación digital' },
  { kind: 'phrase', query: '"technical group"' },
  { kind: 'accent-free', query: 'cooperacion' },
  { kind: 'OR', query: 'pesca OR fisheries' },
  { kind: 'exclusion', query: 'tourism -chile' },
  { kind: 'tag filter', query: 'tag:Fisheries export' },
  { kind: 'date range', query: 'date:2019-01..2019-06 integration' },
  { kind: 'very common word', query: 'alianza' },
];

export interface SearchPhaseResult {
  bulletins: number;
  p50Ms: number;
  p95Ms: number;
  naiveP50Ms: number;
  naiveP95Ms: number;
  speedup: number;
  perQuery: Array<{ kind: string; query: string; matches: number; naiveMatches: number; p50Ms: number; naiveMs: number }>;
}

/** A naive scan over in-memory documents: returns the match count. */
export type NaiveScan = (docs: readonly SearchDoc[], query: string) => number;

/** Reads every stored bulletin back as SearchDocs (for the naive scan only). */
export async function loadAllDocs(): Promise<SearchDoc[]> {
  const names = new Map((await listTags()).map((t) => [t.id, t.name]));
  const docs: SearchDoc[] = [];
  await iterateForIndex((chunk) => {
    for (const b of chunk) docs.push(toSearchDoc(b, b.body, names));
  }, 2000);
  return docs;
}

/** Times `reps` runs of every query (after one warm-up each), then the naive scan. */
export async function runSearchPhase(search: BenchSearch, naive: NaiveScan, reps: number, naiveReps: number): Promise<SearchPhaseResult> {
  const ours: number[] = [];
  const perQuery: SearchPhaseResult['perQuery'] = [];
  for (const { kind, query } of QUERIES) {
    const matches = await search.search(query);
    const samples: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      await search.search(query);
      samples.push(performance.now() - t0);
    }
    ours.push(...samples);
    perQuery.push({ kind, query, matches, naiveMatches: -1, p50Ms: round(percentile(samples, 50)), naiveMs: NaN });
    await tick();
  }
  log(`search: p50 ${round(percentile(ours, 50))} ms, p95 ${round(percentile(ours, 95))} ms over ${ours.length} runs`);

  const t0 = performance.now();
  const docs = await loadAllDocs();
  log(`search: ${docs.length} documents read back for the naive scan in ${round(performance.now() - t0)} ms`);
  // One untimed pass fills the naive side's folded-text cache, so only the scans are timed.
  naive(docs, QUERIES[0]?.query ?? 'a');
  const naiveSamples: number[] = [];
  QUERIES.forEach(({ query }, i) => {
    const samples: number[] = [];
    let matches = 0;
    for (let r = 0; r < naiveReps; r++) {
      const s = performance.now();
      matches = naive(docs, query);
      samples.push(performance.now() - s);
    }
    naiveSamples.push(...samples);
    const row = perQuery[i];
    if (row) {
      row.naiveMatches = matches;
      row.naiveMs = round(percentile(samples, 50));
    }
  });
  const p95 = percentile(ours, 95);
  const naiveP95 = percentile(naiveSamples, 95);
  log(`search: naive p50 ${round(percentile(naiveSamples, 50))} ms, p95 ${round(naiveP95)} ms`);
  return {
    bulletins: docs.length,
    p50Ms: round(percentile(ours, 50)),
    p95Ms: round(p95),
    naiveP50Ms: round(percentile(naiveSamples, 50)),
    naiveP95Ms: round(naiveP95),
    speedup: round(naiveP95 / p95),
    perQuery,
  };
}
