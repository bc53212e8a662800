/**
 * The archive service: the one place that keeps the database and the search index in step.
 * UI features call it instead of reaching into data/ and the workers separately, so every write
 * also updates the index and every query sees the same filters.
 */
import type { Bulletin, BulletinSummary, Tag, TagRule } from '../../core/model';
import { descendantIds, tagPath } from '../../core/tags/tree';
import { foldText } from '../../core/text/fold';
import * as data from '../../data';
import { yieldToEventLoop } from '../../core/scheduling';
import type { SearchAnswer, SearchDocInput, SearchOptions } from './search-port';
import { getSearchPort, INDEX_FORMAT_VERSION, type SearchPort } from './search-binding';

export type ListOrder = 'relevance' | 'date-desc' | 'date-asc';

/** What the list shows: either the whole archive by date (cheap, from indexes) or ranked matches. */
export type ListModel =
  | { kind: 'all'; total: number; order: 'date-desc' | 'date-asc'; trash: boolean }
  | ({ kind: 'matches'; order: ListOrder } & SearchAnswer);

export interface IntegrityReport {
  dbCount: number;
  indexCount: number;
  sampled: number;
  /** Sampled bulletins absent from the index. */
  missing: number;
  consistent: boolean;
  /** Bulletins re-indexed when an inconsistency was repaired. */
  rebuilt: number;
}

export interface IndexProgress {
  done: number;
  total: number;
}

const PERSIST_DELAY_MS = 1500;
const RESYNC_DELAY_MS = 2500;
const INDEX_CHUNK = 400;
const ID_SLICE = 500;


export class ArchiveService {
  private readonly search: SearchPort;
  private tags: Tag[] = [];
  private readonly listeners = new Set<() => void>();
  private persistTimer: ReturnType<typeof setTimeout> | null = null;
  private indexReady: Promise<void> = Promise.resolve();
  private version = 0;
  private ownImports = 0;
  /** Index updates in flight; the index is persisted only when none is. */
  private indexing = 0;
  private started: Promise<void> | null = null;
  private resyncTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(search: SearchPort = getSearchPort()) {
    this.search = search;
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
    this.unsubscribe = data.onArchiveChange((change) => void this.onChange(change));
    this.indexReady = this.loadOrRebuildIndex(onIndexProgress);
  }

  /**
   * Stops following archive changes and drops pending timers (a pending index save is not made:
   * call `flush` first to keep it). The search worker is left to its owner.
   */
  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    for (const timer of [this.persistTimer, this.resyncTimer]) if (timer) clearTimeout(timer);
    this.persistTimer = null;
    this.resyncTimer = null;
  }

  /** Resolves when the search index is usable. */
  whenSearchReady(): Promise<void> {
    return this.indexReady;
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

  // ---- index upkeep -------------------------------------------------------------------------

  private async loadOrRebuildIndex(onProgress?: (progress: IndexProgress) => void): Promise<void> {
    if (this.search.loadPersisted) {
      try {
        // The worker reads the archive's fingerprint in the same snapshot as the saved index: no
        // round trip through this thread before the load starts.
        const outcome = await this.search.loadPersisted(data.getArchiveDb().name, { version: INDEX_FORMAT_VERSION });
        if (outcome.loaded) return;
      } catch (error) {
        console.warn('persisted search index unusable, rebuilding', error);
      }
      await this.rebuildIndex(onProgress);
      return;
    }
    const fingerprint = await data.getIndexFingerprint();
    const persisted = await data.loadSearchIndex();
    if (persisted && persisted.meta.version === INDEX_FORMAT_VERSION && persisted.meta.fingerprint === fingerprint) {
      try {
        await this.search.import(persisted.chunks);
        return;
      } catch (error) {
        console.warn('persisted search index unusable, rebuilding', error);
      }
    }
    await this.rebuildIndex(onProgress);
  }

  /** Re-reads every bulletin into a fresh index (first start, format change, or repair). */
  async rebuildIndex(onProgress?: (progress: IndexProgress) => void): Promise<number> {
    const fingerprint = await data.getIndexFingerprint();
    const total = await data.countBulletins();
    await this.search.clear();
    let done = 0;
    await data.iterateForIndex(async (chunk) => {
      await this.search.add(chunk.map((b) => this.toSearchDoc(b)));
      done += chunk.length;
      onProgress?.({ done, total });
    }, INDEX_CHUNK);
    await this.persistIndex(fingerprint);
    this.notify();
    return done;
  }

  private toSearchDoc(bulletin: Bulletin): SearchDocInput {
    return {
      id: bulletin.id,
      title: bulletin.title,
      body: bulletin.body,
      tags: bulletin.tags.map((id) => ({ id, name: this.tagName(id) })),
      countries: bulletin.countries,
      organisations: bulletin.organisations,
      language: bulletin.language,
      date: bulletin.date,
    };
  }

  private tagName(id: string): string {
    return this.tags.find((tag) => tag.id === id)?.name ?? '';
  }

  /** Re-reads the given bulletins and puts them in the index (or takes them out if gone/trashed). */
  async reindex(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    this.indexing++;
    try {
      await this.indexReady;
      const summaries = await data.getSummaries([...ids]);
      const live = summaries.filter((s) => s.deletedAt === null);
      // Take out only what is gone or trashed; live ones are replaced in place by `add`, so a search
      // running meanwhile (an auto-tag rule, the user typing) never sees them missing.
      const liveIds = new Set(live.map((s) => s.id));
      const gone = ids.filter((id) => !liveIds.has(id));
      if (gone.length > 0) await this.search.remove(gone);
      if (live.length > 0) {
        const bodies = await data.getBodies(live.map((s) => s.id));
        await this.search.add(live.map((s) => this.toSearchDoc({ ...s, body: bodies.get(s.id) ?? '', bodyHtml: null })));
      }
    } finally {
      this.indexing--;
    }
    this.schedulePersist();
  }

  private schedulePersist(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      // Never save (and stamp with the data's fingerprint) an index that is still catching up.
      if (this.indexing > 0) this.schedulePersist();
      else void this.persistIndex();
    }, PERSIST_DELAY_MS);
  }

  /** Saves the index with the fingerprint of the data it reflects, so a stale index is never trusted. */
  async persistIndex(fingerprint?: string): Promise<void> {
    const print = fingerprint ?? (await data.getIndexFingerprint());
    if (this.search.persist) {
      await this.search.persist(data.getArchiveDb().name, { version: INDEX_FORMAT_VERSION, docCount: 0, fingerprint: print });
      return;
    }
    const chunks = await this.search.export();
    const docCount = await this.search.size();
    await data.saveSearchIndex(chunks, { version: INDEX_FORMAT_VERSION, docCount, fingerprint: print });
  }

  /** Flushes a pending index save now (e.g. before the page closes). */
  async flush(): Promise<void> {
    if (!this.persistTimer) return;
    clearTimeout(this.persistTimer);
    this.persistTimer = null;
    await this.persistIndex();
  }

  private async onChange(change: data.ArchiveChange): Promise<void> {
    if (change.kind === 'tags' || change.kind === 'all') this.tags = await data.listTags();
    if (change.kind === 'bulletins' && change.origin === 'local' && this.ownImports > 0) {
      // Our own import: commitImport indexes the new bulletins from memory.
      this.notify();
      return;
    }
    if (change.kind === 'bulletins' && change.ids) await this.reindex(change.ids);
    else if (change.kind === 'tags' && change.ids) {
      // Tag names are indexed: a rename or merge re-indexes the bulletins that carry the tag.
      const carriers = await data.listBulletins({ tagIds: change.ids, includeDescendants: false, limit: Number.MAX_SAFE_INTEGER });
      await this.reindex(carriers.map((row) => row.id));
    } else if ((change.kind === 'bulletins' && this.ownImports === 0) || change.kind === 'all') {
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
      this.indexReady = this.loadOrRebuildIndex().then(() => this.notify());
    }, RESYNC_DELAY_MS);
  }

  // ---- writes that the index must follow ----------------------------------------------------

  /**
   * Stores an import batch (one transaction), indexes it, then applies the auto-tag rules to it.
   * @returns the data layer's result plus how many bulletins the rules tagged.
   */
  async commitImport(input: data.CommitImportInput): Promise<data.CommitImportResult & { ruleTagged: number }> {
    this.ownImports++;
    this.indexing++;
    let result: data.CommitImportResult;
    try {
      await this.indexReady;
      // Index the batch in the worker WHILE it is stored (the ids are chosen here), rather than after:
      // the two run on different threads. Whatever the store then skips (duplicates) or a failed
      // transaction leaves out is taken back out of the index.
      const ids = await this.chooseIds(input);
      // The port posts the batch in slices with yields between (see SearchClient.add).
      const indexed = this.search.add(
        input.bulletins.map((b, i) => ({
          id: ids[i] ?? '',
          title: b.title,
          body: b.body,
          tags: (input.tagIdsByIndex?.[i] ?? []).map((id) => ({ id, name: this.tagName(id) })),
          countries: b.countries,
          organisations: b.organisations,
          language: b.language,
          date: b.date,
        })),
      );
      try {
        result = await data.commitImport({ ...input, ids });
      } catch (error) {
        await indexed.catch(() => 0);
        await this.search.remove(ids);
        throw error;
      }
      await indexed;
      const stored = new Set(result.added.map((summary) => summary.id));
      const skipped = ids.filter((id) => !stored.has(id));
      if (skipped.length > 0) await this.search.remove(skipped);
    } finally {
      this.ownImports--;
      this.indexing--;
    }
    const ruleTagged = await this.applyRules(result.added.map((s) => s.id));
    this.schedulePersist();
    this.notify();
    return { ...result, ruleTagged };
  }

  /**
   * The ids the batch will be stored under, chosen in slices in fresh tasks: the caller may be at the
   * end of a heavy task (receiving parsed files), and 10,000 UUIDs take ~25 ms.
   */
  private async chooseIds(input: data.CommitImportInput): Promise<string[]> {
    const ids = new Array<string>(input.bulletins.length);
    for (let i = 0; i < ids.length; i++) {
      if (i % ID_SLICE === 0) await yieldToEventLoop();
      ids[i] = input.ids?.[i] ?? data.newId();
    }
    return ids;
  }

  /** Applies every enabled auto-tag rule to the given bulletins (all of them when omitted). */
  async applyRules(onlyIds?: readonly string[], rules?: TagRule[]): Promise<number> {
    const active = (rules ?? (await data.listRules())).filter((rule) => rule.enabled);
    const scope = onlyIds ? new Set(onlyIds) : null;
    let tagged = 0;
    for (const rule of active) {
      const matches = (await this.matchIds(rule.query)).filter((id) => !scope || scope.has(id));
      if (matches.length === 0) continue;
      const change = await data.addTags(matches, [rule.tagId]);
      tagged += change.bulletinCount;
    }
    return tagged;
  }

  /**
   * Compares the search index with the database (counts and a sample of ids); rebuilds the index
   * when they differ. Returns what it found so Settings can report it.
   */
  async checkIntegrity(sampleSize = 50): Promise<IntegrityReport> {
    await this.indexReady;
    const [dbCount, indexCount] = await Promise.all([data.countBulletins(), this.search.size()]);
    const step = Math.max(1, Math.floor(dbCount / sampleSize));
    const sample: string[] = [];
    for (let offset = 0; offset < dbCount && sample.length < sampleSize; offset += step) {
      const [row] = await data.listBulletins({ offset, limit: 1 });
      if (row) sample.push(row.id);
    }
    let missing = 0;
    for (const id of sample) if (!(await this.search.has(id))) missing++;
    const consistent = dbCount === indexCount && missing === 0;
    let rebuilt = 0;
    if (!consistent) rebuilt = await this.rebuildIndex();
    return { dbCount, indexCount, sampled: sample.length, missing, consistent, rebuilt };
  }

  // ---- queries ------------------------------------------------------------------------------

  /** Runs what the list should show for a query text (empty → the whole archive by date). */
  async query(
    text: string,
    options: { order: ListOrder; translations: boolean; trash?: boolean; typing?: boolean },
  ): Promise<ListModel> {
    const trimmed = text.trim();
    if (options.trash || trimmed === '') {
      const order = options.order === 'date-asc' ? 'date-asc' : 'date-desc';
      const total = await data.countBulletins({ trash: options.trash ?? false });
      return { kind: 'all', total, order, trash: options.trash ?? false };
    }
    await this.indexReady;
    const glossary = options.translations ? await data.getSetting('glossary') : undefined;
    const searchOptions: SearchOptions = {
      expandTranslations: options.translations,
      sort: options.order,
      resolveTag: this.tagResolver(),
      // Only the search box matches its last word as a prefix; rules and saved searches mean whole words.
      prefixLast: options.typing ?? false,
      ...(glossary ? { glossary } : {}),
    };
    const answer = await this.search.search(trimmed, searchOptions);
    return { kind: 'matches', order: options.order, ...answer };
  }

  /** Tag name or path → ids of the tag and its descendants (a parent includes its children). */
  private tagResolver(): (name: string) => string[] {
    const lookup: Record<string, string[]> = {};
    for (const tag of this.tags) {
      const ids = descendantIds(this.tags, tag.id, true);
      lookup[foldText(tag.name)] = [...(lookup[foldText(tag.name)] ?? []), ...ids];
      lookup[foldText(tagPath(this.tags, tag.id))] = ids;
    }
    return (name) => lookup[foldText(name.trim())] ?? [];
  }

  /** Loads one window of rows for the list. */
  async loadRows(model: ListModel, offset: number, limit: number): Promise<BulletinSummary[]> {
    if (model.kind === 'all') return data.listBulletins({ offset, limit, order: model.order, trash: model.trash });
    return data.getSummaries(model.ids.slice(offset, offset + limit));
  }

  /** All ids of a list (for "select all results"). */
  async allIds(model: ListModel): Promise<string[]> {
    if (model.kind === 'matches') return model.ids;
    const rows = await data.listBulletins({ offset: 0, limit: model.total, order: model.order, trash: model.trash });
    return rows.map((row) => row.id);
  }

  async suggest(word: string): Promise<string | undefined> {
    await this.indexReady;
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
