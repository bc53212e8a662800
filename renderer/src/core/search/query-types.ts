/** The parsed form of a search query. See `parseQuery` for the syntax. */
import type { Language } from '../model';

/** Where a term must occur: anywhere (title, body, tags, countries, organisations) or in the title. */
export type TermField = 'any' | 'title';

export interface WordTerm {
  kind: 'word';
  /** The word as typed. */
  text: string;
  field: TermField;
  /** True for the last word typed when the query does not end with a space (search-as-you-type). */
  prefix: boolean;
  /** How much a match counts in relevance (default 1): less for a word added from a family. */
  weight?: number;
  /** Score with this word's rarity (idf) instead of its own: a family member never outweighs the word typed. */
  idfOf?: string;
}

export interface PhraseTerm {
  kind: 'phrase';
  text: string;
  field: TermField;
  /** Set for a name added as a phrase: the phrase counts this much in all (its words share it), at `idfOf`'s rarity. */
  weight?: number;
  idfOf?: string;
}

/** All of `terms` (used by translation expansion for unquoted multi-word glossary entries). */
export interface GroupTerm {
  kind: 'group';
  text: string;
  terms: WordTerm[];
}

export type QueryTerm = WordTerm | PhraseTerm | GroupTerm;

/** A clause matches when any of its alternatives matches (`a OR b`). */
export interface QueryClause {
  anyOf: QueryTerm[];
}

/** Inclusive ISO date-prefix range (`2023`, `2023-10`, `2023-10-05`); null = open end. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** Where a term stands in the query text: `text.slice(start, end)` is the term as typed (with its `-`). */
export interface TextSpan {
  start: number;
  end: number;
}

export type QueryFilter =
  /** `at`: where the filter was typed, so a `tag:` term can be rewritten in place (see tag-terms.ts). */
  | { field: 'tag' | 'country' | 'org'; value: string; negated: boolean; at?: TextSpan }
  | { field: 'lang'; value: Language; negated: boolean }
  | { field: 'year' | 'date'; value: string; range: DateRange; negated: boolean };

export interface Query {
  /** Every clause must match. */
  clauses: QueryClause[];
  /** No excluded term may match. */
  exclude: QueryTerm[];
  filters: QueryFilter[];
}

export type ParseResult = { ok: true; query: Query } | { ok: false; error: string };
