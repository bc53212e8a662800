/**
 * Cross-validation of scoring parameters (`npm run relevance -- --tune='[{"k1":1.5},…]'`): the app's
 * nDCG@10 per group on the main and the check set for each variant of `scoreTuning`, the first row
 * being the parameters as committed. A change is kept only if it helps on both sets: tuned on one,
 * it is judged on the other.
 */
import { it } from 'vitest';
import { scoreTuning } from '../../renderer/src/core/search/score';
import { CHECK_FIXTURES, FIXTURES, loadTestSet, type Group } from './corpus';
import { ndcg } from './metrics';
import { appSystem } from './systems';

const GROUPS: Array<Group | 'all'> = ['all', 'es', 'en', 'cross'];

it('tuning report', () => {
  const base = { ...scoreTuning };
  const variants = [{}, ...(JSON.parse(process.env.RELEVANCE_TUNE ?? '[]') as Array<Partial<typeof scoreTuning>>)];
  const sets = [FIXTURES, CHECK_FIXTURES].map((dir) => {
    const set = loadTestSet(dir);
    return { set: { ...set, dir }, app: appSystem(set.docs) };
  });
  const baseline = new Map<string, number>();
  const lines = [`${'variant'.padEnd(40)} main: ${GROUPS.join(' / ')}   check: ${GROUPS.join(' / ')}`];
  for (const v of variants) {
    Object.assign(scoreTuning, base, v);
    const moved: string[] = [];
    const cells = sets.map(({ set, app }) => {
      const scores = set.queries.map((q) => ({ group: q.group, q: q.q, n: ndcg(app.search(q.q, q.group === 'cross'), q.rel) }));
      // With --verbose, the queries a variant moves (against the first row).
      for (const s of scores) {
        const id = `${set.dir === FIXTURES ? 'main' : 'check'} [${s.group}] ${s.q}`;
        const was = baseline.get(id);
        if (was === undefined) baseline.set(id, s.n);
        else if (process.env.RELEVANCE_VERBOSE && Math.abs(was - s.n) > 5e-4) moved.push(`    ${id}: ${was.toFixed(3)} → ${s.n.toFixed(3)}`);
      }
      return GROUPS.map((g) => {
        const sel = scores.filter((s) => g === 'all' || s.group === g);
        return (sel.reduce((a, s) => a + s.n, 0) / Math.max(1, sel.length)).toFixed(3);
      }).join(' ');
    });
    lines.push(`${(JSON.stringify(v) || '{}').padEnd(40)} ${cells.join('   ')}`, ...moved);
  }
  Object.assign(scoreTuning, base);
  console.log(lines.join('\n'));
});
