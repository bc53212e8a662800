/**
 * Turns query terms into slot lists against the engine's postings.
 */
import { analyzeWord, foldWord, pairHashes, tokenize } from './analyze';
import type { PairSignatures } from './pair-signatures';
import type { Postings } from './postings';
import type { QueryTerm } from './query-types';
import type { TermKeys } from './score';
import { intersectAll, unionAll } from './sets';

/** How many indexed words a typed prefix may expand to. */
const PREFIX_EXPANSION = 64;

export interface IndexParts {
  text: Postings;
  title: Postings;
  pairs: PairSignatures;
  slotCount: number;
}

/**
 * Slots matching a term anywhere (`all`); `alternatives`: the index keys each alternative term scores
 * with (score.ts). (Which slots match in the title or exactly is not listed: scoring reads it from the
 * postings, and computing those unions for every query cost more than ranking the first page.)
 */
export interface TermMatch {
  all: readonly number[];
  alternatives: TermKeys[];
}

/** A key reached only as a longer word of a typed prefix counts this much (the typed word itself counts 1). */
const PREFIX_WEIGHT = 0.5;
/** The typed word and its most frequent completions that relevance scores (`withPrefix` lists them most frequent first). */
const SCORED_KEYS = 4;

function wordMatch(parts: IndexParts, text: string, inTitle: boolean, prefix: boolean, weight = 1, idfOf?: string): TermMatch | null {
  const key = analyzeWord(text);
  const folded = foldWord(text);
  const source = inTitle ? parts.title : parts.text;
  const keys = key === null ? [] : [key];
  if (prefix && folded.length >= 2) {
    for (const k of source.withPrefix(folded, PREFIX_EXPANSION)) if (k !== key) keys.push(k);
  }
  if (keys.length === 0) return null;
  const exact = key === null ? [] : source.get(key);
  const all = prefix ? unionAll(keys.map((k) => source.get(k)), parts.slotCount) : exact;
  const idfKey = idfOf === undefined ? null : analyzeWord(idfOf);
  // Scoring reads each key's postings again: a typed prefix's rarer completions match but do not score.
  const scored = keys.slice(0, SCORED_KEYS).map((k) => ({ key: k, weight: weight * (k === key ? 1 : PREFIX_WEIGHT), ...(idfKey === null ? {} : { idfKey }) }));
  return { all, alternatives: [[scored]] };
}

function phraseMatch(parts: IndexParts, text: string, inTitle: boolean, weight?: number, idfOf?: string): TermMatch | null {
  const tokens = tokenize(text);
  const stems = [...new Set(tokens.filter((t) => !t.stop).map((t) => t.stem))];
  if (stems.length === 0) return null;
  const source = inTitle ? parts.title : parts.text;
  const keys = pairHashes(tokens);
  const candidates = intersectAll(stems.map((s) => source.get(s)));
  // A name added as a phrase (weighted) does not wait for the signatures: until they are read, its words anywhere.
  const unchecked = keys.length === 0 || (weight !== undefined && !parts.pairs.loaded);
  const all = unchecked ? candidates : parts.pairs.filter(candidates, keys);
  if (weight === undefined) return { all, alternatives: [stems.map((k) => [{ key: k, weight: 1 }])] };
  const idfKey = idfOf === undefined ? null : analyzeWord(idfOf);
  const each = weight / stems.length;
  return { all, alternatives: [stems.map((k) => [{ key: k, weight: each, ...(idfKey === null ? {} : { idfKey }) }])] };
}

/** Matches one term; null when it has nothing to search for (only stop words). */
export function matchTerm(parts: IndexParts, term: QueryTerm): TermMatch | null {
  switch (term.kind) {
    case 'word':
      return wordMatch(parts, term.text, term.field === 'title', term.prefix, term.weight, term.idfOf);
    case 'phrase':
      return phraseMatch(parts, term.text, term.field === 'title', term.weight, term.idfOf);
    case 'group': {
      const matches = term.terms.map((t) => matchTerm(parts, t)).filter((m): m is TermMatch => m !== null);
      if (matches.length === 0) return null;
      const all = intersectAll(matches.map((m) => m.all));
      const groups = matches.flatMap((m) => m.alternatives[0] ?? []);
      return { all, alternatives: [groups] };
    }
  }
}

/** Matches a clause (OR of terms). */
export function matchClause(parts: IndexParts, terms: readonly QueryTerm[]): TermMatch | null {
  const matches = terms.map((t) => matchTerm(parts, t)).filter((m): m is TermMatch => m !== null);
  if (matches.length === 0) return null;
  if (matches.length === 1) return matches[0] ?? null;
  return {
    all: unionAll(matches.map((m) => m.all), parts.slotCount),
    alternatives: matches.flatMap((m) => m.alternatives),
  };
}

/** The words to highlight for a term (`word*` for a prefix). */
export function highlightOf(term: QueryTerm): string[] {
  switch (term.kind) {
    case 'word':
      return [term.prefix ? `${term.text}*` : term.text];
    case 'phrase':
      return tokenize(term.text).filter((t) => !t.stop).map((t) => t.surface);
    case 'group':
      return term.terms.map((t) => t.text);
  }
}
