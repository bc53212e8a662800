import { it } from 'vitest';
import { CHECK_FIXTURES, loadTestSet } from './corpus';
import { appSystem } from './systems';

it('debug', () => {
  const set = loadTestSet(process.env.CHECK ? CHECK_FIXTURES : undefined);
  const app = appSystem(set.docs);
  const title = new Map(set.docs.map((d) => [d.id, d.title]));
  for (const q of (process.env.Q ?? '').split(';')) {
    const [text, group] = q.split('@');
    const judged = set.queries.find((x) => x.q === text && x.group === (group ?? 'es')) ?? set.queries.find((x) => x.q === text);
    const ranked = app.search(text ?? '', group === 'cross');
    console.log(`== ${q}`);
    ranked.slice(0, 12).forEach((id, i) => console.log(`${i + 1}. [${judged?.rel[id] ?? 0}] ${id} ${title.get(id)?.slice(0, 70)}`));
  }
});
