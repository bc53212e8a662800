// TEMPORARY profiling harness (deleted before hand-off).
import { describe, it } from 'vitest';
import { Session } from 'node:inspector/promises';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { generateTagged, generatedTagId } from '../../../../renderer/src/core/generator';
import { SearchEngine, type SearchDoc, type SearchChunk } from '../../../../renderer/src/core/search/engine';

const N = Number(process.env.PROF_N ?? 20000);
const QUERIES = [
  'aquaculture', 'cooperación digital', '"technical group"', 'cooperacion', 'pesca OR fisheries',
  'tourism -chile', 'tag:Fisheries export', 'date:2019-01..2019-06 integration', 'alianza',
];
function docsFor(count: number, start: number): SearchDoc[] {
  return generateTagged(count, 7, start).map((g, i) => ({
    id: `b${start + i}`, title: g.bulletin.title, body: g.bulletin.body,
    tags: g.tagNames.map((name) => ({ id: generatedTagId(name), name })),
    countries: g.bulletin.countries, organisations: g.bulletin.organisations, language: g.bulletin.language, date: g.bulletin.date,
  }));
}
describe.skipIf(process.env.PROF !== '1')('profile', () => {
  it('runs', async () => {
    const file = `/tmp/sb/chunks-${process.env.PROF_BACKEND ?? 'flex'}-${N}.json`;
    let chunks: SearchChunk[];
    if (existsSync(file)) chunks = JSON.parse(readFileSync(file, 'utf8')) as SearchChunk[];
    else {
      const e = new SearchEngine({ backend: (process.env.PROF_BACKEND ?? 'flex') as 'flex' });
      const t = performance.now();
      for (let s = 0; s < N; s += 1000) e.add(docsFor(Math.min(1000, N - s), s));
      console.log('build', performance.now() - t);
      chunks = await e.export();
      writeFileSync(file, JSON.stringify(chunks));
    }
    const engine = new SearchEngine();
    let t0 = performance.now();
    const c0 = process.cpuUsage();
    await engine.import(chunks);
    const ci = process.cpuUsage(c0);
    console.log('import ms', (performance.now() - t0).toFixed(0), 'cpu', ((ci.user + ci.system) / 1000).toFixed(0));
    t0 = performance.now();
    engine.search('alianza', { limit: 50 });
    console.log('first query ms', (performance.now() - t0).toFixed(0));
    for (const q of QUERIES) engine.search(q, { limit: 50 });
    {
      const st = (engine as unknown as { state: { text: { get(t: string): readonly number[]; withPrefix(p: string, m: number): string[] } } }).state;
      const { intersectAll, unionAll } = await import('../../../../renderer/src/core/search/sets');
      const { analyzeWord, pairHashes, tokenize } = await import('../../../../renderer/src/core/search/analyze');
      const a = st.text.get(analyzeWord('technical') ?? ''); const b = st.text.get(analyzeWord('group') ?? '');
      const pairs = (engine as unknown as { state: { pairs: { filter(c: readonly number[], h: number[]): number[] } } }).state.pairs;
      const hs = pairHashes(tokenize('technical group'));
      const cand = intersectAll([a, b]);
      const per: string[] = []; let kept = 0; for (let r = 0; r < 15; r++) { const t1 = performance.now(); kept = pairs.filter(cand, hs).length; per.push((performance.now() - t1).toFixed(1)); } console.log('probe', cand.length, kept, per.join(' '));
      let t = performance.now(); for (let r = 0; r < 10; r++) intersectAll([a, b]); console.log('intersect', a.length, b.length, ((performance.now() - t) / 10).toFixed(2));
      t = performance.now(); for (let r = 0; r < 1000; r++) st.text.get('group'); console.log('get x1000', (performance.now() - t).toFixed(2));
      t = performance.now(); let keys: string[] = []; for (let r = 0; r < 10; r++) keys = st.text.withPrefix('export', 64); console.log('prefix', keys.length, ((performance.now() - t) / 10).toFixed(2));
      const lists = keys.map((k) => st.text.get(k));
      t = performance.now(); for (let r = 0; r < 10; r++) unionAll(lists, 100000); console.log('union', lists.reduce((n, l) => n + l.length, 0), ((performance.now() - t) / 10).toFixed(2));
    }
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    if (process.env.CPU === '1') await session.post('Profiler.start');
    const rows: string[] = [];
    for (const q of QUERIES) {
      const ts: number[] = [];
      const cs: number[] = [];
      let total = 0;
      for (let r = 0; r < 20; r++) { const c = process.cpuUsage(); const s = performance.now(); total = engine.search(q, { limit: 50 }).total; ts.push(performance.now() - s); const d = process.cpuUsage(c); cs.push((d.user + d.system) / 1000); }
      ts.sort((a, b) => a - b);
      cs.sort((a, b) => a - b);
      rows.push(`${q.padEnd(36)} ${String(total).padStart(7)} wall p50 ${ts[10]?.toFixed(2)} p95 ${ts[19]?.toFixed(2)} | cpu p50 ${cs[10]?.toFixed(2)} p95 ${cs[19]?.toFixed(2)}`);
    }
    if (process.env.CPU === '1') { const { profile } = await session.post('Profiler.stop'); writeFileSync('/tmp/sb/q.cpuprofile', JSON.stringify(profile)); }
    console.log(rows.join('\n'));
  }, 1_800_000);
});
