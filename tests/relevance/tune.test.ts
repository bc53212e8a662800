/**
 * Cross-validation of scoring parameters (`npm run relevance -- --tune='[{"k1":1.5},…]'`): the app's
 * nDCG@10 per group on the main, check, check2 and check3 sets for each variant of `scoreTuning`, the first row
 * being the parameters as committed. A change is kept only if it helps on both sets: tuned on one,
 * it is judged on the other.
 */
import { it } from 'vitest';
import { scoreTuning } from '../../renderer/src/core/search/score';
import { CHECK2_FIXTURES, CHECK3_FIXTURES, CHECK_FIXTURES, FIXTURES, loadTestSet, type Group } from './corpus';
import { ndcg } from './metrics';
import { appSystem } from './systems';

const GROUPS: Array<Group | 'all'> = ['all', 'es', 'en', 'cross'];

it('tuning report', () => {
  const base = { ...scoreTuning };
  const variants = [{}, ...(JSON.parse(process.env.RELEVANCE_TUNE ?? '[]') as Array<Partial<typeof scoreTuning>>)];
  const names = new Map([[FIXTURES, 'main'], [CHECK_FIXTURES, 'check'], [CHECK2_FIXTURES, 'check2'], [CHECK3_FIXTURES, 'check3']]);
  const sets = [...names.keys()].map((dir) => {
    const set = loadTestSet(dir);
    return { set: { ...set, dir }, app: appSystem(set.docs) };
  });
  const baseline = new Map<string, number>();
  const lines = [`${'variant'.padEnd(40)} ${[...names.values()].map((n) => `${n}: ${GROUPS.join(' / ')}`).join('   ')}`];
  for (const v of variants) {
    Object.assign(scoreTuning, base, v);
    const moved: string[] = [];
    const cells = sets.map(({ set, app }) => {
      const scores = set.queries.map((q) => ({ group: q.group, q: q.q, n: ndcg(app.search(q.q, q.group === 'cross'), q.rel) }));
      // With --verbose, the queries a variant moves (against the first row).
      for (const s of scores) {
        const id = `${names.get(set.dir) ?? set.dir} [${s.group}] ${s.q}`;
        const was = baseline.get(id);
        // RELEVANCE_DUMP: every query's figure on the first row, to diff two commits.
        if (was === undefined && process.env.RELEVANCE_DUMP) moved.push(`    ${id}: ${s.n.toFixed(3)}`);
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
