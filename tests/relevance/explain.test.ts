/**
 * Dev probe (EXPLAIN=1): for queries in Q (';'-separated, '@cross' for translations), each clause's
 * alternatives (index keys, weights, idf keys) and, for the app's top N (PROBE_TOP) on PROBE_DIR (or the
 * check set), the score each alternative gives each bulletin: which expansion ranks it where it is.
 */
import { resolve } from 'node:path';
import { it } from 'vitest';
import { SearchEngine } from '../../renderer/src/core/search/engine';
import { matchClause, type IndexParts } from '../../renderer/src/core/search/evaluate';
import { Scorer, type ScoreIndex } from '../../renderer/src/core/search/score';
import type { Query } from '../../renderer/src/core/search/query-types';
import { CHECK_FIXTURES, loadTestSet } from './corpus';

interface Internals {
  prepare(input: string, opts: { expandTranslations?: boolean }): Query;
  parts(): IndexParts;
  scoreIndex(): ScoreIndex;
}

it('explain', () => {
  const set = loadTestSet(process.env.PROBE_DIR ? resolve(process.env.PROBE_DIR) : CHECK_FIXTURES);
  const engine = new SearchEngine();
  engine.add(set.docs);
  const inner = engine as unknown as Internals;
  const top = Number(process.env.PROBE_TOP ?? 8);
  const out: string[] = [];
  for (const q of (process.env.Q ?? '').split(';')) {
    const [text = '', g = 'es'] = q.split('@');
    const judged = set.queries.find((x) => x.q === text && x.group === g);
    const query = inner.prepare(text, { expandTranslations: g === 'cross' });
    const ids = engine.search(text, { expandTranslations: g === 'cross', limit: top }).ids;
    const ix = inner.scoreIndex();
    const slots = Int32Array.from(ids.map((id) => ix.table.slot(id) ?? 0));
    const order = [...slots.keys()].sort((a, b) => (slots[a] ?? 0) - (slots[b] ?? 0));
    const sorted = Int32Array.from(order.map((i) => slots[i] ?? 0));
    const scorer = new Scorer(ix, sorted);
    out.push(`== ${q}`);
    for (const clause of query.clauses) {
      const m = matchClause(inner.parts(), clause.anyOf);
      if (m === null) continue;
      m.alternatives.forEach((alt, a) => {
        const label = alt.map((g2) => g2.map((k) => `${k.key}×${k.weight}${k.idfKey ? `(idf ${k.idfKey})` : ''}=${scorer.idf(k.idfKey ?? k.key).toFixed(2)}`).join('|')).join(' + ');
        const s = scorer.clauseScores([alt]);
        const cells = ids.map((_, r) => (s[order.indexOf(r)] ?? 0).toFixed(2).padStart(5)).join(' ');
        out.push(`  alt${String(a).padEnd(2)} ${cells}   ${label}`);
      });
    }
    out.push(`  docs   ${ids.map((id) => id.padStart(5).slice(-5)).join(' ')}`);
    out.push(`  grade  ${ids.map((id) => String(judged?.rel[id] ?? 0).padStart(5)).join(' ')}`);
  }
  console.log(out.join('\n'));
});
