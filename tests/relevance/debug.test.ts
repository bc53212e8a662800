import { it } from 'vitest';
import { resolve } from 'node:path';
import { SearchEngine } from '../../renderer/src/core/search/engine';
import { createSpellingIndex } from '../../renderer/src/core/search/spelling';
import { CHECK_FIXTURES, loadTestSet } from './corpus';
import { appSystem } from './systems';

it('debug', () => {
  const set = loadTestSet(process.env.PROBE_DIR ? resolve(process.env.PROBE_DIR) : process.env.CHECK ? CHECK_FIXTURES : undefined);
  // With SHOW_GROUPS=1, the engine's partial groups (which words each misses) as the UI lists them.
  const engine = new SearchEngine({ spelling: createSpellingIndex });
  engine.add(set.docs);
  const app = appSystem(set.docs);
  const title = new Map(set.docs.map((d) => [d.id, d.title]));
  for (const q of (process.env.Q ?? '').split(';')) {
    const [text, group] = q.split('@');
    const judged = set.queries.find((x) => x.q === text && x.group === (group ?? 'es')) ?? set.queries.find((x) => x.q === text);
    const ranked = app.search(text ?? '', group === 'cross');
    console.log(`== ${q}`);
    if (process.env.SHOW_GROUPS) { const r = engine.search(text ?? "", { expandTranslations: group === "cross", limit: 20 }); console.log(`suggest ${r.suggestion ?? '-'} full ${r.ids.join(" ")} | ${(r.partial ?? []).map((p) => `-${p.missing.join("+")}: ${p.ids.join(" ")}`).join(" | ")}`); }
    ranked.slice(0, 12).forEach((id, i) => console.log(`${i + 1}. [${judged?.rel[id] ?? 0}] ${id} ${title.get(id)?.slice(0, 70)}`));
  }
});
