/**
 * The engine of `npm run relevance`: scores the app and its peers on the judged main set
 * (tests/fixtures/relevance) and on the check set (tests/fixtures/relevance-check, written after the
 * main set was tuned), or only on RELEVANCE_DIR (a held-out set in the same format), and prints
 * nDCG@10, MRR and recall@20 per group and overall.
 */
import { resolve } from 'node:path';
import { it } from 'vitest';
import { CHECK_FIXTURES, FIXTURES, loadTestSet, type Group } from './corpus';
import { ndcg, recall, reciprocalRank } from './metrics';
import { appSystem, fts5System, miniSearchSystem, type System } from './systems';

const GROUPS: Array<Group | 'all'> = ['all', 'es', 'en', 'cross'];
const sets: Array<[string, string]> = process.env.RELEVANCE_DIR
  ? [['held-out set', resolve(process.env.RELEVANCE_DIR)]]
  : [['main set', FIXTURES], ['check set', CHECK_FIXTURES]];

function report(label: string, dir: string): string[] {
  const set = loadTestSet(dir);
  const systems: System[] = [appSystem(set.docs), miniSearchSystem(set.docs), fts5System(set.docs)];
  const perQuery = new Map<string, number[][]>();
  const lines: string[] = [`relevance, ${label}: ${set.docs.length} bulletins, ${set.queries.length} queries (${dir})`];
  const fmt = (n: number): string => n.toFixed(3);
  lines.push(`${'system'.padEnd(18)} ${GROUPS.map((g) => `${g} nDCG/MRR/R@20`.padEnd(22)).join(' ')}`);
  for (const system of systems) {
    const scores = set.queries.map((q) => {
      const ranked = system.search(q.q, q.group === 'cross');
      return { group: q.group, n: ndcg(ranked, q.rel), m: reciprocalRank(ranked, q.rel), r: recall(ranked, q.rel) };
    });
    perQuery.set(system.name, scores.map((s) => [s.n]));
    const cells = GROUPS.map((g) => {
      const sel = scores.filter((s) => g === 'all' || s.group === g);
      const mean = (f: (s: (typeof sel)[number]) => number): number => sel.reduce((a, s) => a + f(s), 0) / Math.max(1, sel.length);
      return `${fmt(mean((s) => s.n))} ${fmt(mean((s) => s.m))} ${fmt(mean((s) => s.r))}`.padEnd(22);
    });
    lines.push(`${system.name.padEnd(18)} ${cells.join(' ')}`);
    system.close?.();
  }
  if (process.env.RELEVANCE_VERBOSE) {
    set.queries.forEach((q, i) => {
      const row = systems.map((s) => fmt(perQuery.get(s.name)?.[i]?.[0] ?? 0)).join(' ');
      lines.push(`  [${q.group}] ${q.q.padEnd(36)} ${row}`);
    });
  }
  return lines;
}

it('relevance report', () => {
  console.log(sets.map(([label, dir]) => report(label, dir).join('\n')).join('\n\n'));
});
