/** Public types of the search engine. */
import type { GlossaryEntry } from '../backup/format';
import type { Language } from '../model';
import type { TagLanguage } from '../tags/names';
import type { TagMatchKind } from './tag-filter';

/** What the engine indexes for one bulletin. The body is analysed and then dropped. */
export interface SearchDoc {
  id: string;
  title: string;
  body: string;
  tags: Array<{ id: string; name: string }>;
  countries: string[];
  organisations: string[];
  language: Language;
  date: string | null;
  /** Inclusive end of an approximate date's range (see BulletinSummary.dateEnd). */
  dateEnd?: string | null;
}

export type SearchSort = 'relevance' | 'date-desc' | 'date-asc';

export interface SearchOptions {
  /** Also match glossary translations of every term. */
  expandTranslations?: boolean;
  /** Glossary for `expandTranslations`; defaults to the built-in one. */
  glossary?: GlossaryEntry[];
  sort?: SearchSort;
  /** Tag name → tag ids including descendants. Without it, `tag:` matches tag names case/accent-insensitively. */
  resolveTag?(name: string): string[];
  /** Cap on returned `ids` (`total` still counts all matches). */
  limit?: number;
  /**
   * Match the last typed word as a prefix (search-as-you-type). Default true. Saved searches and
   * tag rules should pass false so that "pesca" does not also match "pescado".
   */
  prefixLast?: boolean;
  /**
   * Also match word families (families.ts). Default: as `prefixLast` — on for the search box, off for
   * saved searches, tag rules and dossier recipes, which mean the words as written.
   */
  wordFamilies?: boolean;
  /** The UI language the tag chooser's paths are written in (`tagTerms`); default English. */
  tagLanguage?: TagLanguage;
}

export interface SearchFacets {
  year: Record<string, number>;
  country: Record<string, number>;
  /** Keyed by tag id. */
  tag: Record<string, number>;
  language: Record<string, number>;
}

export interface SearchResult {
  /** Matching bulletin ids, ranked (capped by `limit`). */
  ids: string[];
  total: number;
  facets: SearchFacets;
  /** Words to mark in snippets; a trailing `*` marks a prefix. */
  highlightTerms: string[];
  /**
   * When fewer than ~10 bulletins have every word: bulletins with most of them, grouped by the words
   * they miss (fewest missing first), shown apart from the results; `total` does not count them.
   * When nothing matched and "did you mean" corrected the query, the first group is the corrected
   * query's matches (`corrected`: its text; `missing` empty).
   */
  partial?: Array<{ missing: string[]; ids: string[]; corrected?: string }>;
  /** When nothing matched at all: tags (paths) whose name contains a typed word, to try as `tag:`. */
  tagOffers?: Array<{ word: string; tag: string }>;
  /**
   * One report per `tag:` term typed (in order) when the engine resolves `tag:` against its tag tree
   * and the query was given as text: the tags it matched, or tags named like it when none.
   */
  tagTerms?: TagTermReport[];
  /** "Did you mean" query text, offered when nothing or very little matched (see suggest.ts `FEW_MATCHES`). */
  suggestion?: string;
  /** A friendly message when the query could not be run. */
  error?: string;
}

/** A persisted value: text, or binary data kept binary (IndexedDB clones typed arrays natively). */
export type SearchChunkValue = string | Uint8Array | Uint16Array | Int32Array;

/** One persisted piece of the engine. */
export type SearchChunk = [key: string, value: SearchChunkValue];

/**
 * Chunks whose key starts with this are needed in full only by phrase queries and writes (plain
 * queries need just the postings chunks of their terms): storage keeps them apart so a start-up can
 * load everything else first and these in the background (see persist.ts).
 */
export const LATER_CHUNK_PREFIX = 'later/';

/** A tag the chooser offers for a `tag:` term. */
export interface TagChoice {
  id: string;
  /** Its path in the asked language (`tagLanguage`), e.g. "Technical groups › Fisheries and Aquaculture". */
  path: string;
  /** The whole query with this term naming exactly this tag (a form the parser reads back to it alone). */
  query: string;
}

/** Which tags one `tag:` term matched. */
export interface TagTermReport {
  /** The term as typed, e.g. `tag:fish` or `-tag:"green"`. */
  term: string;
  kind: TagMatchKind;
  /** How many tags it matched, top-most (sub-tags come with their parent): the search is their union. */
  count: number;
  /** The first of them by path (at most tag-terms.ts `MAX_CHOICES`). */
  tags: TagChoice[];
  /** When it matched none: tags whose name contains part of one of its words (tag-filter.ts `near`). */
  near: TagChoice[];
}
