/** Dev probe (RELEVANCE_PROBE=1): top 5 of the app and MiniSearch for queries in PROBE (';'-separated, '@cross' for translations). */
import { it } from 'vitest';
import { scoreTuning } from '../../renderer/src/core/search/score';
import { CHECK_FIXTURES, loadTestSet } from './corpus';
import { appSystem, miniSearchSystem } from './systems';

it('probe', () => {
  Object.assign(scoreTuning, JSON.parse(process.env.TUNE ?? '{}'));
  const set = loadTestSet(CHECK_FIXTURES);
  const app = appSystem(set.docs);
  const mini = miniSearchSystem(set.docs);
  const title = new Map(set.docs.map((d) => [d.id, `${d.id} ${d.title}`.slice(0, 60)]));
  const out: string[] = [];
  for (const q of (process.env.PROBE ?? '').split(';')) {
    const [text = '', g] = q.split('@');
    const a = app.search(text, g === 'cross');
    const m = mini.search(text, g === 'cross');
    out.push(`== ${q}  (app ${a.length})`);
    for (let i = 0; i < 5; i++) out.push(`  ${(title.get(a[i] ?? '') ?? '-').padEnd(62)} | ${title.get(m[i] ?? '') ?? '-'}`);
  }
  console.log(out.join('\n'));
});
