/**
 * The full-text search engine: a compact inverted index (title and all-fields postings), per-document
 * phrase signatures, a metadata table for filters, sorting and facets, and a vocabulary for
 * "did you mean" (looked up through a spelling index built on first use, see `useSpelling`).
 * Bodies are analysed at `add` time and never kept.
 *
 * Ranking (`relevance`): documents matching more query clauses in the title come first, exact matches
 * of a prefix-typed word before prefix-only matches, then newest first, then title A→Z.
 */
import { nextIndexMark, pairHashes, tokenize, type StemMark, type Token } from './analyze';
import { DocTable } from './doc-table';
import type { SearchChunk, SearchDoc, SearchOptions, SearchResult } from './engine-types';
import { expandQuery } from './expand';
import { expandNames } from './names';
import { highlightOf, matchClause, matchTerm, type IndexParts, type TermMatch } from './evaluate';
import { compileFilters } from './filters';
import { builtInGlossary } from './glossary';
import { exportEngine, importEngine, importFirst, importLater, missingLater, supplyLater, type EngineState } from './persist';
import { PairSignatures } from './pair-signatures';
import { Postings } from './postings';
import { parseQuery } from './query';
import type { Query, QueryClause } from './query-types';
import { intersectAll, markOf, releaseBytes } from './sets';
import { countFacets } from './facets';
import { RankOrder } from './rank';
import { TagIndex, type SearchTag } from './tag-filter';
import { describeTagTerms } from './tag-terms';
import { PARTIAL_BELOW, partialMatches, rankByScore, scoreSlots, wordRuns, type PartialGroup } from './relevance';
import { topRanked } from './topk';
import { rankTuning, scoreTuning, type ScoreIndex } from './score';
import { correctQueryText, FEW_MATCHES, type SpellingFactory } from './suggest';
import { WordSuggester, type SuggestSource } from './suggest-words';
import { Vocabulary } from './vocabulary';

export type * from './engine-types';

/** How many bulletins of a corrected query ("did you mean") are listed when the typed one found none. */
const CORRECTED_MAX = 50;
export class SearchEngine {
  private readonly state: EngineState;
  /** Why `importLater` failed, if it did (until `clear` or an import). */
  private laterFailure: string | null = null;
  private readonly suggester: WordSuggester;
  private readonly suggestSource: SuggestSource;
  /** The tag tree `tag:` resolves against (`setTags`); empty until given. */
  private tagIndex = new TagIndex([]);

  /** `spelling` (spelling.ts `createSpellingIndex`) enables "did you mean"; it can also come later, `useSpelling`. */
  constructor(options: { spelling?: SpellingFactory } = {}) {
    this.suggester = new WordSuggester(options.spelling ?? null);
    const table = new DocTable();
    this.state = {
      table,
      order: new RankOrder(table),
      text: new Postings(),
      title: new Postings(),
      pairs: new PairSignatures(),
      vocab: new Vocabulary(),
      tagNames: new Map<string, string>(),
    };
    this.suggestSource = { vocab: this.state.vocab, liveCount: (key, cap) => this.liveCount(key, cap) };
  }

  /** Whether suggestions can be made (a spelling factory is set); without one, results carry none. */
  get canSuggest(): boolean {
    return this.suggester.enabled;
  }

  /** Sets the spelling factory when it was not given at construction (the worker loads it on demand). */
  useSpelling(factory: SpellingFactory): void {
    this.suggester.use(factory);
  }

  /** Number of indexed (live) documents. */
  get size(): number {
    return this.state.table.size;
  }

  has(id: string): boolean {
    return this.state.table.slot(id) !== undefined;
  }

  /** All indexed ids, or about `sample` of them spread evenly (for consistency checks). */
  ids(sample?: number): string[] {
    const { table } = this.state;
    const live = table.ids.filter((_, slot) => table.alive[slot] === 1);
    if (sample === undefined || sample >= live.length) return live;
    const step = live.length / Math.max(1, sample);
    return Array.from({ length: sample }, (_, i) => live[Math.floor(i * step)] ?? '');
  }

  /**
   * True between `importFirst` and `importLater`: plain searches work; phrase searches (see
   * `needsLater`), writes and `export` throw rather than answer or save without the later chunks.
   */
  get loadingLater(): boolean {
    return !this.state.pairs.loaded || this.state.text.awaiting;
  }

  /**
   * After `importFirst`: the later chunks (by position, see persist.ts `missingLater`) holding postings
   * that reads since needed. While any is listed, those reads' answers were computed without them:
   * discard them, hand the chunks over (`supplyChunks`) and ask again.
   */
  missingChunks(): number[] {
    return missingLater(this.state);
  }

  /** Hands over later chunks read ahead of `importLater` (postings chunks are taken, others ignored). Throws on damaged chunks. */
  supplyChunks(chunks: readonly SearchChunk[]): void {
    supplyLater(this.state, chunks);
  }

  /** Whether `search(input, opts)` must wait for `importLater` (it has a phrase to check and the signatures are not loaded). */
  needsLater(input: Query | string, opts: SearchOptions = {}): boolean {
    if (!this.loadingLater) return false;
    const query = this.prepare(input, opts);
    // A weighted phrase is a name the search added: it matches its words anywhere until the signatures are read.
    return !('error' in query) && [...query.clauses.flatMap((c) => c.anyOf), ...query.exclude].some((t) => t.kind === 'phrase' && t.weight === undefined);
  }

  /** Indexes documents; an id already present is replaced. */
  add(docs: readonly SearchDoc[]): void {
    this.assertComplete();
    for (const doc of docs) this.addOne(doc);
    this.compactIfWasteful();
  }

  update(doc: SearchDoc): void {
    this.add([doc]);
  }

  remove(ids: readonly string[]): void {
    this.assertComplete();
    for (const id of ids) this.state.table.kill(id);
    this.compactIfWasteful();
  }

  clear(): void {
    const s = this.state;
    this.laterFailure = null;
    s.table.clear();
    s.text.clear();
    s.title.clear();
    s.pairs.clear();
    s.vocab.clear();
    this.suggester.reset();
    s.tagNames.clear();
    s.order.invalidate();
  }

  /** The tag tree for `tag:` filters and "try a tag" offers (the app sends it when tags change). */
  setTags(tags: readonly SearchTag[]): void {
    this.tagIndex = new TagIndex(tags);
  }

  /** Runs a query (text or parsed). Never throws for bad query text: the result carries `error`. */
  search(input: Query | string, opts: SearchOptions = {}): SearchResult {
    const query = this.prepare(input, opts);
    if ('error' in query) return emptyResult(query.error);
    const { table } = this.state;
    const parts = this.parts();
    const all = query.clauses.map((c) => matchClause(parts, c.anyOf));
    const clauses = all.filter((m): m is TermMatch => m !== null);
    if (query.clauses.length > 0 && clauses.length === 0 && !query.filters.some((f) => !f.negated)) {
      return emptyResult('Your search only contains very common words. Add a more specific word.');
    }
    const excluded = query.exclude.map((t) => matchTerm(parts, t)).filter((m): m is TermMatch => m !== null);
    const excludeMark = excluded.length > 0 ? markOf(excluded.map((m) => m.all), parts.slotCount) : null;
    const tags = this.tagIndex;
    const resolveTag = opts.resolveTag ?? (tags.size > 0 ? (name: string) => tags.resolve(name) : undefined);
    const filter = compileFilters(query.filters, { table, tagNames: this.state.tagNames, resolveTag });
    const slots = this.survivors(clauses, excludeMark, filter);
    const sort = opts.sort ?? 'relevance';
    const ix = this.scoreIndex();
    const runs = wordRuns(query);
    const limit = opts.limit ?? slots.length;
    // The first pages (a `limit` within the exact head) come from top-k retrieval; more, or all, from scoring every match.
    const ranked = sort !== 'relevance' || clauses.length === 0
      ? this.state.order.rank(slots, null, sort)
      : limit <= rankTuning.exactTop
        ? topRanked(ix, this.state.order, clauses, runs, slots, limit)
        : rankByScore(this.state.order, slots, scoreSlots(ix, clauses, runs, slots), table.slots);
    const count = Math.min(ranked.length, limit);
    const ids = new Array<string>(count);
    for (let i = 0; i < count; i++) ids[i] = table.ids[ranked[i] ?? 0] ?? '';
    const result: SearchResult = {
      ids,
      total: slots.length,
      facets: countFacets(this.state.table, slots),
      highlightTerms: [...new Set(query.clauses.flatMap((c) => c.anyOf.flatMap(highlightOf)))],
    };
    if (slots.length < PARTIAL_BELOW) {
      const { alive } = table;
      const keep = (slot: number): boolean => alive[slot] === 1 && (excludeMark === null || excludeMark[slot] !== 1) && (filter === null || filter(slot));
      const partial = this.partialOf(input, opts, query, all, slots, keep);
      if (partial.length > 0) result.partial = partial;
    }
    releaseBytes(excludeMark);
    if (typeof input === 'string' && opts.resolveTag === undefined && tags.size > 0) {
      const tagTerms = describeTagTerms(input, query.filters, tags, opts.tagLanguage ?? 'en');
      if (tagTerms.length > 0) result.tagTerms = tagTerms;
    }
    if (result.total === 0 && result.partial === undefined) {
      const words = query.clauses.flatMap((c) => c.anyOf.slice(0, 1).map((t) => t.text));
      const offers = tags.offers(words);
      if (offers.length > 0) result.tagOffers = offers;
    }
    // With postings missing (see `missingChunks`) the answer is recomputed anyway: no suggestion, which would ask for more.
    if (result.total <= FEW_MATCHES && typeof input === 'string' && this.state.text.missing().length === 0) {
      const suggestion = this.suggestQuery(input, query, all);
      if (suggestion !== undefined) result.suggestion = suggestion;
      if (suggestion !== undefined && result.total === 0) this.addCorrected(result, suggestion, opts);
    }
    return result;
  }

  /**
   * Partial matches, listed by clause. Words that were merged into one clause because they spell a
   * glossary entry ("mujeres empresarias" → "women entrepreneurs") are listed word by word, each with
   * its own translations: one merged clause has no "some of the words", and the bulletins with only
   * "mujeres" or "women" were not offered at all. Full matches are never listed again.
   */
  private partialOf(
    input: Query | string, opts: SearchOptions, query: Query, all: ReadonlyArray<TermMatch | null>, full: Int32Array,
    keep: (slot: number) => boolean,
  ): PartialGroup[] {
    let source = query;
    let matches = all;
    if (opts.expandTranslations) {
      const split = this.prepare(input, opts, false);
      if (!('error' in split) && split.clauses.length > query.clauses.length) {
        source = split;
        matches = split.clauses.map((c) => matchClause(this.parts(), c.anyOf));
      }
    }
    const clauses = matches.filter((m): m is TermMatch => m !== null);
    if (clauses.length < 2) return [];
    const labels = source.clauses.filter((_, j) => matches[j] !== null).map((c) => clauseLabel(c));
    const isFull = new Set(full);
    return partialMatches(this.scoreIndex(), this.state.order, clauses, labels, wordRuns(source), (slot) => !isFull.has(slot) && keep(slot));
  }

  /**
   * Nothing matched and "did you mean" has a correction: its best matches are listed apart, first
   * among the partial groups (a typo, `acuicultra`, still shows the bulletins it was meant for; the
   * count stays 0 for what was typed). Searched as a parsed query, so it suggests nothing itself.
   */
  private addCorrected(result: SearchResult, suggestion: string, opts: SearchOptions): void {
    const parsed = parseQuery(suggestion);
    if (!parsed.ok) return;
    const corrected = this.search(parsed.query, { ...opts, limit: CORRECTED_MAX });
    if (corrected.ids.length === 0) return;
    const shown = new Set(corrected.ids);
    const rest = (result.partial ?? []).map((g) => ({ ...g, ids: g.ids.filter((id) => !shown.has(id)) })).filter((g) => g.ids.length > 0);
    result.partial = [{ missing: [], corrected: suggestion, ids: corrected.ids }, ...rest];
    result.highlightTerms = [...new Set([...result.highlightTerms, ...corrected.highlightTerms])];
  }

  /**
   * "Did you mean": the word of the archive (surface form) meant instead of `word` — when no live
   * bulletin has `word`, or only a few do and a far more common word is one edit away
   * (suggest-words.ts). Undefined without a spelling factory.
   */
  suggest(word: string): string | undefined {
    return this.suggester.suggest(word, this.suggestSource);
  }

  /** Serialises the whole engine (index, metadata, vocabulary, tombstones) into chunks. */
  async export(): Promise<SearchChunk[]> {
    this.assertComplete();
    this.compactIfWasteful();
    return Promise.resolve(exportEngine(this.state));
  }

  /** Replaces the engine's content with exported chunks (both stages). Throws on an unknown format. */
  async import(chunks: readonly SearchChunk[]): Promise<void> {
    this.clear();
    importEngine(this.state, chunks);
    return Promise.resolve();
  }

  /** Replaces the engine's content with the first stage of exported chunks; see `loadingLater`. Throws on an unknown format. */
  importFirst(chunks: readonly SearchChunk[]): void {
    this.clear();
    importFirst(this.state, chunks);
  }

  /** Completes `importFirst` with the `LATER_CHUNK_PREFIX` chunks. Throws on damaged chunks (the engine keeps refusing phrases and writes). */
  importLater(chunks: readonly SearchChunk[]): void {
    try {
      importLater(this.state, chunks);
    } catch (error) {
      this.laterFailure = error instanceof Error ? error.message : String(error);
      throw error;
    }
  }

  /** The query `search` runs for `input` (options applied), or the parse error. */
  private prepare(input: Query | string, opts: SearchOptions, mergeGlossary = true): Query | { error: string } {
    const parsed = typeof input === 'string' ? parseQuery(input) : { ok: true as const, query: input };
    if (!parsed.ok) return { error: parsed.error };
    let query = parsed.query;
    if (opts.prefixLast === false) {
      query = { ...query, clauses: query.clauses.map((c) => ({ anyOf: c.anyOf.map((t) => (t.kind === 'word' ? { ...t, prefix: false } : t)) })) };
    }
    if (opts.expandTranslations) query = expandQuery(query, opts.glossary ?? builtInGlossary(), mergeGlossary);
    query = expandNames(query, opts.wordFamilies ?? opts.prefixLast !== false);
    return query;
  }

  private assertComplete(): void {
    if (this.loadingLater) throw new Error(this.laterFailure ?? 'The search index is still loading.');
  }

  private addOne(doc: SearchDoc): void {
    const s = this.state;
    s.table.kill(doc.id);
    for (const tag of doc.tags) s.tagNames.set(tag.id, tag.name);
    const title = tokenize(doc.title);
    const body = tokenize(doc.body);
    // Tag names are not indexed as words: a tag matches only through `tag:` (see filters.ts).
    const meta = [...doc.countries, ...doc.organisations].map(tokenize);
    // Each stem is listed once per document, and each surface form counted once per document
    // (document frequency, which is what "most common form" needs): marks on the shared token
    // objects say what this document has already listed, and count its occurrences per field.
    const mark = nextIndexMark();
    const textKeys: string[] = [];
    const textMarks: StemMark[] = [];
    const titleKeys: string[] = [];
    const titleMarks: StemMark[] = [];
    let titleLength = 0;
    let bodyLength = 0;
    const index = (tokens: readonly Token[], inTitle: boolean, learn: boolean): void => {
      for (const t of tokens) {
        if (t.stop) continue;
        const stem = t.mark;
        if (stem.text !== mark) {
          stem.text = mark;
          stem.bodyTf = 0;
          stem.titleTf = 0;
          textKeys.push(t.stem);
          textMarks.push(stem);
        }
        if (inTitle) {
          titleLength++;
          stem.titleTf++;
          if (stem.title !== mark) {
            stem.title = mark;
            titleKeys.push(t.stem);
            titleMarks.push(stem);
          }
        } else {
          bodyLength++;
          stem.bodyTf++;
        }
        if (learn && t.seen !== mark) {
          t.seen = mark;
          if (!stem.numeric && s.vocab.add(t.surface, t.stem)) this.suggester.learn(t.surface);
        }
      }
    };
    index(title, true, true);
    index(body, false, true);
    for (const m of meta) index(m, false, false);
    const slot = s.table.push({
      id: doc.id, title: doc.title, date: doc.date, dateEnd: doc.dateEnd ?? null, language: doc.language, countries: doc.countries,
      organisations: doc.organisations, tagIds: doc.tags.map((t) => t.id), titleLength, bodyLength,
    });
    s.order.invalidate();
    s.text.addDoc(slot, textKeys, textMarks.map((m) => m.bodyTf));
    s.title.addDoc(slot, titleKeys, titleMarks.map((m) => m.titleTf));
    const hashes: number[] = [];
    for (const tokens of [title, body, ...meta]) pairHashes(tokens, hashes);
    s.pairs.push(hashes);
  }

  /**
   * Removed and replaced documents stay as tombstones (hidden by the table's `alive` flags), which
   * keeps removal O(1); past 20% of the slots (and a floor, so small archives do not churn) the
   * index is rebuilt without them.
   */
  private compactIfWasteful(): void {
    const { table } = this.state;
    if (table.dead > Math.max(500, table.slots / 5)) this.compact();
  }

  private compact(): void {
    const s = this.state;
    const map = s.table.compact();
    s.text.remap(map);
    s.title.remap(map);
    s.pairs.remap(map);
    s.order.invalidate();
  }

  private scoreIndex(): ScoreIndex {
    const s = this.state;
    return { text: s.text, title: s.title, pairs: s.pairs, table: s.table };
  }

  private parts(): IndexParts {
    const s = this.state;
    return { text: s.text, title: s.title, pairs: s.pairs, slotCount: s.table.slots };
  }

  /** Live slots matching every clause, no exclusion and the filters, ascending. */
  private survivors(clauses: readonly TermMatch[], excludeMark: Uint8Array | null, filter: ((slot: number) => boolean) | null): Int32Array {
    const { alive } = this.state.table;
    const base = clauses.length > 0 ? intersectAll(clauses.map((c) => c.all)) : null;
    const n = base === null ? this.state.table.slots : base.length;
    const out = new Int32Array(n);
    let w = 0;
    for (let i = 0; i < n; i++) {
      const s = base === null ? i : (base[i] ?? 0);
      if (alive[s] !== 1 || (excludeMark !== null && excludeMark[s] === 1) || (filter !== null && !filter(s))) continue;
      out[w++] = s;
    }
    return out.subarray(0, w);
  }

  private suggestQuery(input: string, query: Query, matches: ReadonlyArray<TermMatch | null>): string | undefined {
    const clauseOf = new Map<string, number>();
    const words = query.clauses.flatMap((c, j) =>
      c.anyOf.flatMap((term) => (term.kind === 'group' ? term.terms.map((t) => t.text) : (term.text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []))).map((w) => {
        if (!clauseOf.has(w)) clauseOf.set(w, j);
        return w;
      }),
    );
    // A correction fits when some bulletin has it with every other clause that matches (their slots, already listed).
    const { text } = this.state;
    const fits = (word: string) => (key: string): boolean => {
      const others = matches.filter((m, j): m is TermMatch => m !== null && j !== clauseOf.get(word)).map((m) => m.all);
      return others.length === 0 || scoreTuning.fitCorrection === 0 || intersectAll([text.get(key), ...others]).length > 0;
    };
    return correctQueryText(input, words, (word) => this.suggester.suggest(word, this.suggestSource, fits(word)));
  }

  /** Live documents having the index key `key`, counted up to `cap`. */
  private liveCount(key: string, cap: number): number {
    const { text, table } = this.state;
    if (!text.has(key)) return 0;
    let n = 0;
    for (const slot of text.get(key)) if (table.alive[slot] === 1 && ++n >= cap) break;
    return n;
  }
}

/** How a clause is named when it is missing: the word or phrase as typed (its first alternative). */
function clauseLabel(clause: QueryClause): string {
  const first = clause.anyOf[0];
  if (first === undefined) return '';
  return first.kind === 'phrase' ? `"${first.text}"` : first.text;
}

function emptyResult(error?: string): SearchResult {
  const result: SearchResult = { ids: [], total: 0, facets: { year: {}, country: {}, tag: {}, language: {} }, highlightTerms: [] };
  if (error !== undefined) result.error = error;
  return result;
}
