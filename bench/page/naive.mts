/**
 * A stricter baseline than the app's `naiveSearch`: the query is parsed with the app's parser,
 * filters (tag, date, …) are honoured, and each document's folded text is computed once and
 * cached, so only the substring tests are timed. The speedup against it is the conservative one.
 */
import { parseQuery } from '../../renderer/src/core/search/query';
import type { QueryFilter, QueryTerm } from '../../renderer/src/core/search/query-types';
import type { SearchDoc } from '../../renderer/src/core/search/engine-types';
import { foldText } from '../../renderer/src/core/text/fold';

const folded = new WeakMap<SearchDoc, { all: string; title: string }>();

function textOf(doc: SearchDoc): { all: string; title: string } {
  let f = folded.get(doc);
  if (!f) {
    const meta = [...doc.tags.map((t) => t.name), ...doc.countries, ...doc.organisations].join(' ');
    f = { all: ` ${foldText(`${doc.title} ${doc.body} ${meta}`).replace(/[^\p{L}\p{N}]+/gu, ' ')} `, title: ` ${foldText(doc.title)} ` };
    folded.set(doc, f);
  }
  return f;
}

function termMatches(doc: SearchDoc, term: QueryTerm): boolean {
  const t = textOf(doc);
  if (term.kind === 'group') return term.terms.every((w) => termMatches(doc, w));
  const hay = term.field === 'title' ? t.title : t.all;
  const needle = foldText(term.text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return hay.includes(` ${needle}`);
}

function filterMatches(doc: SearchDoc, f: QueryFilter): boolean {
  let ok: boolean;
  switch (f.field) {
    case 'tag':
      ok = doc.tags.some((t) => foldText(t.name) === foldText(f.value) || t.id === f.value);
      break;
    case 'country':
      ok = doc.countries.some((c) => foldText(c) === foldText(f.value));
      break;
    case 'org':
      ok = doc.organisations.some((o) => foldText(o) === foldText(f.value));
      break;
    case 'lang':
      ok = doc.language === f.value;
      break;
    case 'year':
    case 'date': {
      const d = doc.date;
      const { from, to } = f.range;
      ok = d !== null && (from === null || d.slice(0, from.length) >= from) && (to === null || d.slice(0, to.length) <= to);
      break;
    }
  }
  return f.negated ? !ok : ok;
}

/** Number of documents matching `query` by brute force over cached folded text. */
export function prefoldedScan(docs: readonly SearchDoc[], query: string): number {
  const parsed = parseQuery(query);
  if (!parsed.ok) return 0;
  const q = parsed.query;
  let n = 0;
  for (const doc of docs) {
    if (!q.filters.every((f) => filterMatches(doc, f))) continue;
    if (!q.clauses.every((c) => c.anyOf.some((t) => termMatches(doc, t)))) continue;
    if (q.exclude.some((t) => termMatches(doc, t))) continue;
    n++;
  }
  return n;
}
