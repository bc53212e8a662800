/**
 * Search phase: p50/p95 of a fixed query set through the app's search path (worker round trip
 * included), against the app's `naiveSearch` scan of the same documents in the same run, and a
 * stricter scan over pre-folded text (filters honoured) for a conservative comparison.
 */
import { naiveSearch } from '../../renderer/src/core/search/naive';
import type { SearchDoc } from '../../renderer/src/core/search/engine-types';
import { iterateForIndex, listTags } from '../../renderer/src/data';
import { log, percentile, round, tick } from './measure.mjs';
import { prefoldedScan } from './naive.mjs';
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

interface QueryRow {
  kind: string;
  query: string;
  matches: number;
  p50Ms: number;
  maxMs: number;
  naiveMatches: number;
  naiveMs: number;
  prefoldedMatches: number;
  prefoldedMs: number;
}

export interface SearchPhaseResult {
  bulletins: number;
  p50Ms: number;
  p95Ms: number;
  naiveP50Ms: number;
  naiveP95Ms: number;
  /** naiveSearch p95 / ours p95. */
  speedup: number;
  /** The pre-folded, filter-aware scan: a faster baseline than naiveSearch. */
  prefoldedP95Ms: number;
  prefoldedSpeedup: number;
  perQuery: QueryRow[];
  /** "Did you mean" for misspelt queries, timed after everything above (its first use builds the spelling index). */
  suggestion: SuggestionFigures;
}

/** Misspelt words of the generated corpus (one Spanish, one English, one two edits away). */
const TYPOS = ['acuicultra', 'Pacfic', 'goverment'] as const;

interface SuggestionFigures {
  /** Each typo's suggestion, in order. */
  answers: (string | null)[];
  /** The first zero-result search: loads the spelling module and builds its index in the worker. */
  firstMs: number;
  /** Later ones (worker round trip included). */
  warmP50Ms: number;
  warmMaxMs: number;
}

async function timeSuggestions(search: BenchSearch, reps: number): Promise<SuggestionFigures> {
  const t0 = performance.now();
  const first = await search.suggestion(TYPOS[0]);
  const firstMs = performance.now() - t0;
  const answers = [first ?? null];
  for (const typo of TYPOS.slice(1)) answers.push((await search.suggestion(typo)) ?? null);
  const warm: number[] = [];
  for (let r = 0; r < reps; r++) {
    for (const typo of TYPOS) {
      const t1 = performance.now();
      await search.suggestion(typo);
      warm.push(performance.now() - t1);
    }
  }
  log(`search: did you mean ${TYPOS.map((t, i) => `${t} → ${answers[i] ?? '(none)'}`).join(', ')}; first ${round(firstMs)} ms (lazy build), then p50 ${round(percentile(warm, 50))} ms`);
  return { answers, firstMs: round(firstMs), warmP50Ms: round(percentile(warm, 50)), warmMaxMs: round(Math.max(...warm)) };
}

/** Reads every stored bulletin back as SearchDocs (for the naive scans only). */
export async function loadAllDocs(): Promise<SearchDoc[]> {
  const names = new Map((await listTags()).map((t) => [t.id, t.name]));
  const docs: SearchDoc[] = [];
  await iterateForIndex((chunk) => {
    for (const b of chunk) docs.push(toSearchDoc(b, b.body, names));
  }, 2000);
  return docs;
}

function timeScan(reps: number, scan: () => number): { samples: number[]; matches: number } {
  const samples: number[] = [];
  let matches = 0;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    matches = scan();
    samples.push(performance.now() - t0);
  }
  return { samples, matches };
}

/** Times `reps` runs of every query (after one warm-up each), then the two scans. */
export async function runSearchPhase(search: BenchSearch, reps: number, naiveReps: number): Promise<SearchPhaseResult> {
  const ours: number[] = [];
  const rows: QueryRow[] = [];
  for (const { kind, query } of QUERIES) {
    const matches = await search.search(query);
    const samples: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      await search.search(query);
      samples.push(performance.now() - t0);
    }
    ours.push(...samples);
    rows.push({ kind, query, matches, p50Ms: round(percentile(samples, 50)), maxMs: round(Math.max(...samples)), naiveMatches: -1, naiveMs: NaN, prefoldedMatches: -1, prefoldedMs: NaN });
    await tick();
  }
  log(`search: p50 ${round(percentile(ours, 50))} ms, p95 ${round(percentile(ours, 95))} ms over ${ours.length} runs`);
  log(`search: p50 per query ${rows.map((r) => `${r.kind} ${r.p50Ms}`).join(', ')}`);

  const t0 = performance.now();
  const docs = await loadAllDocs();
  log(`search: ${docs.length} documents read back for the scans in ${round(performance.now() - t0)} ms`);
  const naive: number[] = [];
  const prefolded: number[] = [];
  prefoldedScan(docs, 'warm'); // fills the folded-text cache, untimed
  for (const row of rows) {
    const n = timeScan(naiveReps, () => naiveSearch(docs, row.query).length);
    const p = timeScan(naiveReps, () => prefoldedScan(docs, row.query));
    naive.push(...n.samples);
    prefolded.push(...p.samples);
    row.naiveMatches = n.matches;
    row.naiveMs = round(percentile(n.samples, 50));
    row.prefoldedMatches = p.matches;
    row.prefoldedMs = round(percentile(p.samples, 50));
    await tick();
  }
  const suggestion = await timeSuggestions(search, reps);
  const p95 = percentile(ours, 95);
  log(`search: naiveSearch p95 ${round(percentile(naive, 95))} ms, pre-folded scan p95 ${round(percentile(prefolded, 95))} ms`);
  return {
    bulletins: docs.length,
    p50Ms: round(percentile(ours, 50)),
    p95Ms: round(p95),
    naiveP50Ms: round(percentile(naive, 50)),
    naiveP95Ms: round(percentile(naive, 95)),
    speedup: round(percentile(naive, 95) / p95),
    prefoldedP95Ms: round(percentile(prefolded, 95)),
    prefoldedSpeedup: round(percentile(prefolded, 95) / p95),
    perQuery: rows,
    suggestion,
  };
}
