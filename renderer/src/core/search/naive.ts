/**
 * A naive baseline for benchmarks: a linear scan over folded text, supporting words, phrases and
 * exclusions (no stemming, no filters). Deliberately simple.
 */
import { foldText } from '../text/fold';
import type { SearchDoc } from './engine-types';
import { parseQuery } from './query';

/** Ids of docs whose folded title+body contain every positive term and no excluded one. */
export function naiveSearch(docs: readonly SearchDoc[], query: string): string[] {
  const parsed = parseQuery(query);
  if (!parsed.ok) return [];
  const needles = (terms: ReadonlyArray<{ text: string }>): string[] => terms.map((t) => foldText(t.text));
  const clauses = parsed.query.clauses.map((c) => needles(c.anyOf));
  const excluded = needles(parsed.query.exclude);
  return docs
    .filter((doc) => {
      const hay = foldText(`${doc.title}\n${doc.body}`);
      return clauses.every((alts) => alts.some((n) => hay.includes(n))) && !excluded.some((n) => hay.includes(n));
    })
    .map((d) => d.id);
}
