/**
 * Dev probe (PROBE=1): for queries in PROBE (';'-separated, '@cross' for translations, '@en'/'@es' to pick
 * the judged group), the app's and MiniSearch's top N (PROBE_TOP, default 5) on the check set or on
 * PROBE_DIR, with each bulletin's grade, language, metadata and how often the query's words occur in its
 * title and body (folded), to read why it ranks where it does.
 */
import { resolve } from 'node:path';
import { it } from 'vitest';
import { scoreTuning } from '../../renderer/src/core/search/score';
import { foldText } from '../../renderer/src/core/text/fold';
import { CHECK_FIXTURES, loadTestSet } from './corpus';
import { appSystem, miniSearchSystem } from './systems';

it('probe', () => {
  Object.assign(scoreTuning, JSON.parse(process.env.TUNE ?? '{}'));
  const set = loadTestSet(process.env.PROBE_DIR ? resolve(process.env.PROBE_DIR) : CHECK_FIXTURES);
  const app = appSystem(set.docs);
  const mini = miniSearchSystem(set.docs);
  const top = Number(process.env.PROBE_TOP ?? 5);
  const byId = new Map(set.docs.map((d) => [d.id, d]));
  const fold = (s: string): string => foldText(s.toLowerCase());
  const out: string[] = [];
  for (const q of (process.env.PROBE ?? '').split(';')) {
    const [text = '', g = 'es'] = q.split('@');
    const judged = set.queries.find((x) => x.q === text && x.group === g) ?? set.queries.find((x) => x.q === text);
    const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
    const count = (hay: string, w: string): number => (fold(hay).match(new RegExp(`\\b${w}`, 'gu')) ?? []).length;
    const row = (id: string | undefined): string => {
      const d = id === undefined ? undefined : byId.get(id);
      if (d === undefined || id === undefined) return '-';
      const hits = words.map((w) => `${count(d.title, w)}/${count(d.body, w)}`).join(',');
      const meta = [...d.countries, ...d.organisations].join(',').slice(0, 40);
      return `[${judged?.rel[id] ?? 0}] ${d.language} ${id.padEnd(7)} t/b ${hits.padEnd(8)} len ${String(d.body.split(/\s+/u).length).padEnd(4)} ${d.title.slice(0, 50).padEnd(50)} {${meta}}`;
    };
    const a = app.search(text, g === 'cross');
    const m = mini.search(text, g === 'cross');
    const missing = Object.entries(judged?.rel ?? {}).filter(([id]) => !a.slice(0, top).includes(id)).map(([id, r]) => `${id}:${r}@${a.indexOf(id) + 1}`);
    out.push(`== ${q}  (app ${a.length}; judged not in app top: ${missing.join(' ')})`);
    for (let i = 0; i < top; i++) out.push(`  app  ${i + 1}. ${row(a[i])}`);
    for (let i = 0; i < top; i++) out.push(`  mini ${i + 1}. ${row(m[i])}`);
  }
  console.log(out.join('\n'));
});
