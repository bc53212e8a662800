/**
 * Applies translation expansion to a parsed query (see glossary.ts for the design).
 * Runs of consecutive single-word clauses that spell a multi-word glossary entry
 * ("cambio climatico" typed without quotes) become one clause: (cambio AND climatico) OR "climate change".
 */
import type { GlossaryEntry } from '../backup/format';
import { glossaryKey, translationsOf } from './glossary';
import type { Query, QueryClause, QueryTerm, WordTerm } from './query-types';
import { pushAll } from '../arrays';

function translationTerms(text: string, glossary: readonly GlossaryEntry[]): QueryTerm[] {
  return translationsOf(text, glossary).map((t): QueryTerm =>
    /\s/.test(t.trim()) ? { kind: 'phrase', text: t, field: 'any' } : { kind: 'word', text: t, field: 'any', prefix: false },
  );
}

function singleWord(clause: QueryClause | undefined): WordTerm | null {
  const term = clause?.anyOf.length === 1 ? clause.anyOf[0] : undefined;
  return term?.kind === 'word' && term.field === 'any' ? term : null;
}

/** Returns a copy of `query` where every term also matches its glossary translations. */
export function expandQuery(query: Query, glossary: readonly GlossaryEntry[]): Query {
  const multiWord = new Set<string>();
  for (const e of glossary) for (const side of [e.es, e.en]) if (/\s/.test(side.trim())) multiWord.add(glossaryKey(side));
  const clauses: QueryClause[] = [];
  const source = query.clauses;
  for (let i = 0; i < source.length; i++) {
    // Longest run of plain words (up to 4) that spells a multi-word entry.
    let merged = false;
    for (let len = Math.min(4, source.length - i); len >= 2 && !merged; len--) {
      const words = source.slice(i, i + len).map(singleWord);
      if (words.some((w) => w === null)) continue;
      const typed = words.map((w) => w?.text ?? '').join(' ');
      if (!multiWord.has(glossaryKey(typed))) continue;
      const group: QueryTerm = { kind: 'group', text: typed, terms: words.filter((w): w is WordTerm => w !== null) };
      clauses.push({ anyOf: [group, ...translationTerms(typed, glossary)] });
      i += len - 1;
      merged = true;
    }
    if (merged) continue;
    const clause = source[i];
    if (!clause) continue;
    const anyOf: QueryTerm[] = [];
    for (const term of clause.anyOf) {
      anyOf.push(term);
      if (term.kind !== 'group' && term.field === 'any') pushAll(anyOf, translationTerms(term.text, glossary));
    }
    clauses.push({ anyOf });
  }
  return { ...query, clauses };
}
