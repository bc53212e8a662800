/**
 * The archive service: the one place that keeps the database and the search index in step.
 * UI features write through its command set (`send`, see commands/) instead of data/'s writers, so
 * every write also updates the index before it resolves, and every query sees the same filters.
 */
import type { BulletinSummary, Tag, TagRule } from '../../core/model';
import * as data from '../../data';
import type { SearchOptions, SearchResult } from '../../core/search/engine-types';
import type { TagLanguage } from '../../core/tags/names';
import { getSearchPort, type SearchPort } from './search-binding';
import { storeAndIndex } from './import-commit';
import { IndexUpkeep, type IndexProgress, type IntegrityReport } from './index-upkeep';
import { createHandlers, type CommandContext, type CommandResult, type Handlers, type Send } from './commands';

export type ListOrder = 'relevance' | 'date-desc' | 'date-asc';

/** What the list shows: either the whole archive by date (cheap, from indexes) or ranked matches. */
export type ListModel =
  | { kind: 'all'; total: number; order: 'date-desc' | 'date-asc'; trash: boolean }
  | ({ kind: 'matches'; order: ListOrder } & SearchResult);


export type { IndexProgress, IntegrityReport };

const RESYNC_DELAY_MS = 2500;
/**
 * How many ranked ids a relevance search asks for first: the engine's top-k retrieval serves them
 * without scoring every match (the count and facets still cover all). The rest of the ranking is
 * fetched only when the list scrolls past them, or a feature needs every id.
 */
export const FIRST_RANKED = 300;


export class ArchiveService implements CommandContext {
  private readonly search: SearchPort;
  private readonly handlers: Handlers = createHandlers(this);
  private tags: Tag[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly index: IndexUpkeep;
  private version = 0;
  private started: Promise<void> | null = null;
  private resyncTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;
  /** For a relevance list holding only its first ids: how to fetch the whole ranking (once). */
  private readonly rankings = new WeakMap<ListModel, { fetch: () => Promise<string[]>; all?: Promise<string[]> }>();

  constructor(search: SearchPort = getSearchPort()) {
    this.search = search;
    this.index = new IndexUpkeep(search, (id) => this.tagName(id), () => this.notify());
  }

  /** Opens the archive: the list works at once; search once the persisted index is loaded. */
  start(onIndexProgress?: (progress: IndexProgress) => void): Promise<void> {
    // React's StrictMode mounts twice in development: start once.
    this.started ??= this.open(onIndexProgress);
    return this.started;
  }

  private async open(onIndexProgress?: (progress: IndexProgress) => void): Promise<void> {
    void data.requestPersistentStorage().catch(() => false);
    this.tags = await data.listTags();
    await this.search.setTags(this.tags);
    this.unsubscribe = data.onArchiveChange((change) => void this.onChange(change));
    void this.index.load(onIndexProgress);
  }

  /**
   * Stops following archive changes and drops pending timers (a pending index save is not made:
   * call `flush` first to keep it). The search worker is left to its owner.
   */
  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.index.dispose();
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    this.resyncTimer = null;
  }

  /** Resolves when the search index is usable. */
  whenSearchReady(): Promise<void> {
    return this.index.ready;
  }

  /** Subscribes to "something changed, re-read what you show". */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getVersion(): number {
    return this.version;
  }

  getTags(): Tag[] {
    return this.tags;
  }

  private notify(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }

  // ---- index upkeep (see IndexUpkeep) ----------------------------------------------------

  /** Re-reads every bulletin into a fresh index (first start, format change, or repair). */
  rebuildIndex(onProgress?: (progress: IndexProgress) => void): Promise<number> {
    return this.index.rebuild(onProgress);
  }

  /** Re-reads the given bulletins and puts them in the index (or takes them out if gone/trashed). */
  reindex(ids: readonly string[]): Promise<void> {
    return this.index.reindex(ids);
  }

  /** Saves the index with the fingerprint of the data it reflects, so a stale index is never trusted. */
  persistIndex(fingerprint?: string): Promise<void> {
    return this.index.persist(fingerprint);
  }

  /** Flushes a pending index save now (e.g. before the page closes). */
  flush(): Promise<void> {
    return this.index.flush();
  }

  private tagName(id: string): string {
    return this.tags.find((tag) => tag.id === id)?.name ?? '';
  }

  /**
   * Our own writes are indexed by the command that made them (see `send`); a change event here
   * only refreshes the tag list and what is shown. Another window's writes are indexed from their
   * events, since no command of ours ran for them.
   */
  private async onChange(change: data.ArchiveChange): Promise<void> {
    if (change.kind === 'tags' || change.kind === 'all') await this.refreshTags();
    if (change.origin !== 'remote') {
      // A bulletin command notifies once its re-index is done: showing results now would be stale.
      if (change.kind !== 'bulletins') this.notify();
      return;
    }
    if (change.kind === 'bulletins' && change.ids) await this.reindex(change.ids);
    else if (change.kind === 'tags' && change.ids) await this.reindexCarriers(change.ids);
    else if (change.kind === 'bulletins' || change.kind === 'all') {
      // A big change without ids (another window's import, a restore): the writer persists its
      // index shortly; load that if it matches the data, else rebuild.
      this.scheduleResync();
    }
    this.notify();
  }

  private scheduleResync(): void {
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    this.resyncTimer = setTimeout(() => {
      this.resyncTimer = null;
      // A reload clears the index: not while one of our imports is adding to it, or those are lost.
      if (this.index.busy) this.scheduleResync();
      else void this.index.load().then(() => this.notify());
    }, RESYNC_DELAY_MS);
  }

  // ---- writes that the index must follow ----------------------------------------------------

  /**
   * Runs a command: writes through data/ and updates the index before it resolves, then tells the
   * views to re-read. The one write path of the UI.
   */
  readonly send: Send = async (name, ...args) => {
    // The map is keyed by the same names as the `Send` signature, so the lookup matches the arguments.
    const handler = this.handlers[name] as (...input: typeof args) => Promise<CommandResult<typeof name>>;
    try {
      return await handler(...args);
    } finally {
      this.notify();
    }
  };

  async refreshTags(): Promise<void> {
    this.tags = await data.listTags();
    await this.search.setTags(this.tags);
  }

  /** Tag names are indexed: a rename re-indexes the bulletins that carry the tag. */
  async reindexCarriers(tagIds: readonly string[]): Promise<void> {
    const carriers = await data.listBulletins({ tagIds: [...tagIds], includeDescendants: false, limit: Number.MAX_SAFE_INTEGER });
    await this.reindex(carriers.map((row) => row.id));
  }

  /**
   * Stores an import batch (one transaction), indexes it, then applies the auto-tag rules to it.
   * Features run it as the `import/commit` command.
   * @returns the data layer's result plus how many bulletins the rules tagged.
   */
  async commitImport(input: data.CommitImportInput): Promise<data.CommitImportResult & { ruleTagged: number }> {
    const result = await this.index.track(async () => {
      await this.index.ready;
      return storeAndIndex(this.search, (id) => this.tagName(id), input);
    });
    const ruleTagged = await this.applyRules(result.added.map((s) => s.id));
    this.notify();
    return { ...result, ruleTagged };
  }

  /**
   * Applies every enabled auto-tag rule to the given bulletins (all of them when omitted).
   * Features run it as the `rules/apply` command.
   */
  async applyRules(onlyIds?: readonly string[], rules?: TagRule[]): Promise<number> {
    const active = (rules ?? (await data.listRules())).filter((rule) => rule.enabled);
    const scope = onlyIds ? new Set(onlyIds) : null;
    let tagged = 0;
    for (const rule of active) {
      const matches = (await this.matchIds(rule.query)).filter((id) => !scope || scope.has(id));
      if (matches.length === 0) continue;
      const change = await data.addTags(matches, [rule.tagId]);
      await this.reindex(change.links.map(([id]) => id));
      tagged += change.bulletinCount;
    }
    return tagged;
  }

  /**
   * Compares the search index with the database (counts and a sample of ids); rebuilds the index
   * when they differ. Returns what it found so Settings can report it.
   */
  async checkIntegrity(sampleSize = 50): Promise<IntegrityReport> {
    // Kept originals' link counts are derived data too: set them from the bulletins again.
    await data.recountOriginalLinks();
    return this.index.checkIntegrity(sampleSize);
  }

  // ---- queries ------------------------------------------------------------------------------

  /** Runs what the list should show for a query text (empty → the whole archive by date). */
  async query(
    text: string,
    options: { order: ListOrder; translations: boolean; trash?: boolean; typing?: boolean; tagLanguage?: TagLanguage },
  ): Promise<ListModel> {
    const trimmed = text.trim();
    if (options.trash || trimmed === '') {
      const order = options.order === 'date-asc' ? 'date-asc' : 'date-desc';
      const total = await data.countBulletins({ trash: options.trash ?? false });
      return { kind: 'all', total, order, trash: options.trash ?? false };
    }
    await this.index.ready;
    const glossary = options.translations ? await data.getSetting('glossary') : undefined;
    const searchOptions: SearchOptions = {
      expandTranslations: options.translations,
      sort: options.order,
      // Only the search box matches its last word as a prefix; rules and saved searches mean whole words.
      prefixLast: options.typing ?? false,
      // The tag chooser's paths (result.tagTerms) in the UI's language.
      ...(options.tagLanguage ? { tagLanguage: options.tagLanguage } : {}),
      ...(glossary ? { glossary } : {}),
    };
    const firstPages = options.order === 'relevance';
    const answer = await this.search.search(trimmed, firstPages ? { ...searchOptions, limit: FIRST_RANKED } : searchOptions);
    const model: ListModel = { kind: 'matches', order: options.order, ...answer };
    if (answer.ids.length < answer.total) {
      this.rankings.set(model, { fetch: async () => (await this.search.search(trimmed, searchOptions)).ids });
    }
    return model;
  }

  /** Every ranked id of a matches list (its first ids when it holds them all, else the whole ranking, fetched once). */
  private async rankedIds(model: ListModel & { kind: 'matches' }): Promise<string[]> {
    const rest = this.rankings.get(model);
    if (!rest) return model.ids;
    rest.all ??= rest.fetch();
    return rest.all;
  }

  /** Whether bulletin `id` is among a list's results (the reader says when a new search left it out). */
  async inResults(model: ListModel, id: string): Promise<boolean> {
    if (model.kind === 'all') return true;
    return model.ids.includes(id) || (model.ids.length < model.total && (await this.rankedIds(model)).includes(id));
  }

  /** Loads one window of rows for the list. */
  async loadRows(model: ListModel, offset: number, limit: number): Promise<BulletinSummary[]> {
    if (model.kind === 'all') return data.listBulletins({ offset, limit, order: model.order, trash: model.trash });
    const ids = offset + limit <= model.ids.length ? model.ids : await this.rankedIds(model);
    return data.getSummaries(ids.slice(offset, offset + limit));
  }

  /** The summaries of `ids`, in that order (partial matches shown apart from the list). */
  async summaries(ids: readonly string[]): Promise<BulletinSummary[]> {
    return data.getSummaries(ids);
  }

  /** All ids of a list (for "select all results"). */
  async allIds(model: ListModel): Promise<string[]> {
    if (model.kind === 'matches') return this.rankedIds(model);
    const rows = await data.listBulletins({ offset: 0, limit: model.total, order: model.order, trash: model.trash });
    return rows.map((row) => row.id);
  }

  async suggest(word: string): Promise<string | undefined> {
    await this.index.ready;
    return this.search.suggest(word);
  }

  /** Counts matches of a query (saved-search counts, rule previews). */
  async countMatches(text: string): Promise<number> {
    const model = await this.query(text, { order: 'relevance', translations: false });
    return model.total;
  }

  /** Ids matching a query (rules, dossier recipes). */
  async matchIds(text: string): Promise<string[]> {
    const model = await this.query(text, { order: 'date-asc', translations: false });
    return model.kind === 'matches' ? model.ids : this.allIds(model);
  }
}
