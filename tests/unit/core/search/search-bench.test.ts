/**
 * Search engine benchmark, off by default (minutes at 100k):
 *   SEARCH_BENCH=1 SEARCH_BENCH_N=20000 npx vitest run tests/unit/core/search/search-bench.test.ts
 * Prints build, export, import, heap and query p50/p95 over the performance issue's query set.
 */
import { describe, expect, it } from 'vitest';
import { generateTagged, generatedTagId } from '../../../../renderer/src/core/generator';
import { SearchEngine, type SearchDoc } from '../../../../renderer/src/core/search/engine';

const ENABLED = process.env.SEARCH_BENCH === '1';
const COUNT = Number(process.env.SEARCH_BENCH_N ?? 20000);

const QUERIES = [
  'aquaculture', 'cooperación digital', '"technical group"', 'cooperacion', 'pesca OR fisheries',
  'tourism -chile', 'tag:Fisheries export', 'date:2019-01..2019-06 integration', 'alianza',
];

function docsFor(count: number, start: number): SearchDoc[] {
  return generateTagged(count, 7, start).map((g, i) => ({
    id: `b${start + i}`,
    title: g.bulletin.title,
    body: g.bulletin.body,
    tags: g.tagNames.map((name) => ({ id: generatedTagId(name), name })),
    countries: g.bulletin.countries,
    organisations: g.bulletin.organisations,
    language: g.bulletin.language,
    date: g.bulletin.date,
  }));
}

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const heapMB = (): number => {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1e6);
};

describe.skipIf(!ENABLED)('search bench', () => {
  it(`${COUNT} documents`, async () => {
    const heap0 = heapMB();
    const engine = new SearchEngine();
    let buildMs = 0;
    let slowestBatch = 0;
    for (let start = 0; start < COUNT; start += 1000) {
      const docs = docsFor(Math.min(1000, COUNT - start), start);
      for (let i = 0; i < docs.length; i += 100) {
        const t0 = performance.now();
        engine.add(docs.slice(i, i + 100));
        const ms = performance.now() - t0;
        buildMs += ms;
        slowestBatch = Math.max(slowestBatch, ms);
      }
    }
    const heapBuilt = heapMB() - heap0;
    let t0 = performance.now();
    const chunks = await engine.export();
    const exportMs = performance.now() - t0;
    const exportMB = chunks.reduce((n, [k, v]) => n + k.length + v.length, 0) / 1e6;
    const copy = new SearchEngine();
    const heapBeforeImport = heapMB();
    t0 = performance.now();
    await copy.import(chunks);
    const importMs = performance.now() - t0;
    chunks.length = 0;
    t0 = performance.now();
    copy.search(QUERIES[0] ?? '', { limit: 50 });
    const firstMs = performance.now() - t0;
    const heapImported = heapMB() - heapBeforeImport;
    const rows: string[] = [];
    const all: number[] = [];
    for (const q of QUERIES) {
      const total = copy.search(q, { limit: 50 }).total;
      expect(total).toBe(engine.search(q, { limit: 50 }).total);
      const samples: number[] = [];
      for (let r = 0; r < 20; r++) {
        const s = performance.now();
        copy.search(q, { limit: 50 });
        samples.push(performance.now() - s);
      }
      all.push(...samples);
      rows.push(`  ${q.padEnd(36)} ${String(total).padStart(7)}  p50 ${percentile(samples, 50).toFixed(2)}  p95 ${percentile(samples, 95).toFixed(2)}`);
    }
    const heapAfter = heapMB() - heap0;
    console.log([
      `${COUNT} docs: build ${(buildMs / 1000).toFixed(1)} s (${Math.round(COUNT / (buildMs / 1000))} docs/s, slowest 100-doc batch ${slowestBatch.toFixed(0)} ms)`,
      `  export ${exportMs.toFixed(0)} ms ${exportMB.toFixed(1)} MB; import ${importMs.toFixed(0)} ms, then first query ${firstMs.toFixed(0)} ms; heap built ${heapBuilt} MB, imported copy ${heapImported} MB, both engines ${heapAfter} MB`,
      `  queries p50 ${percentile(all, 50).toFixed(2)} ms p95 ${percentile(all, 95).toFixed(2)} ms`,
      ...rows,
    ].join('\n'));
  }, 1_800_000);
});
