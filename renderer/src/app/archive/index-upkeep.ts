/**
 * Keeps the search index in step with the database: loads the saved index (or rebuilds it), re-indexes
 * changed bulletins, and saves the index a little after the last change, stamped with the fingerprint
 * of the data it reflects. The archive service owns one and tells it what changed.
 */
import type { Bulletin } from '../../core/model';
import * as data from '../../data';
import type { SearchDoc } from '../../core/search/engine-types';
import { toSearchDoc } from '../../core/search/search-doc';
import type { SearchPort } from './search-port';
import { INDEX_FORMAT_VERSION } from './search-binding';

export interface IndexProgress {
  done: number;
  total: number;
}

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

const PERSIST_DELAY_MS = 1500;
const INDEX_CHUNK = 400;

export class IndexUpkeep {
  /** Resolves when the index is usable (loaded or rebuilt). */
  ready: Promise<void> = Promise.resolve();
  /** Index updates in flight; the index is saved only when none is. */
  private updating = 0;
  private persistTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly search: SearchPort,
    /** A tag's name by id (tag names are indexed so a search for one finds what carries it). */
    private readonly tagName: (id: string) => string,
    /** Called after a rebuild, so whoever shows results re-reads them. */
    private readonly onRebuilt: () => void,
  ) {}

  /** True while an index update runs (an import, a re-index). */
  get busy(): boolean {
    return this.updating > 0;
  }

  /** Starts loading the saved index (or rebuilding it); `ready` follows it. */
  load(onProgress?: (progress: IndexProgress) => void): Promise<void> {
    this.ready = this.loadOrRebuild(onProgress);
    return this.ready;
  }

  private async loadOrRebuild(onProgress?: (progress: IndexProgress) => void): Promise<void> {
    if (this.search.loadPersisted) {
      try {
        // The worker reads the archive's fingerprint in the same snapshot as the saved index: no
        // round trip through this thread before the load starts.
        const outcome = await this.search.loadPersisted(data.getArchiveDb().name, { version: INDEX_FORMAT_VERSION });
        if (outcome.loaded) return;
      } catch (error) {
        console.warn('persisted search index unusable, rebuilding', error);
      }
      await this.rebuild(onProgress);
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
    await this.rebuild(onProgress);
  }

  /** Re-reads every bulletin into a fresh index (first start, format change, or repair). */
  async rebuild(onProgress?: (progress: IndexProgress) => void): Promise<number> {
    const fingerprint = await data.getIndexFingerprint();
    const total = await data.countBulletins();
    await this.search.clear();
    let done = 0;
    await data.iterateForIndex(async (chunk) => {
      await this.search.add(chunk.map((b) => this.toSearchDoc(b)));
      done += chunk.length;
      onProgress?.({ done, total });
    }, INDEX_CHUNK);
    await this.persist(fingerprint);
    this.onRebuilt();
    return done;
  }

  /** What the search engine indexes of a bulletin. */
  toSearchDoc(bulletin: Bulletin): SearchDoc {
    return toSearchDoc(bulletin, bulletin.id, bulletin.tags, this.tagName);
  }

  /**
   * Runs an index update; while any runs, the index is not saved (it would be stamped with a
   * fingerprint of data it does not reflect yet). Schedules a save once it is done.
   */
  async track<T>(update: () => Promise<T>): Promise<T> {
    this.updating++;
    try {
      return await update();
    } finally {
      this.updating--;
      this.schedulePersist();
    }
  }

  /** Re-reads the given bulletins and puts them in the index (or takes them out if gone/trashed). */
  reindex(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    return this.track(async () => {
      await this.ready;
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
    });
  }

  private schedulePersist(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      // Never save (and stamp with the data's fingerprint) an index that is still catching up.
      if (this.updating > 0) this.schedulePersist();
      else void this.persist();
    }, PERSIST_DELAY_MS);
  }

  /** Saves the index with the fingerprint of the data it reflects, so a stale index is never trusted. */
  async persist(fingerprint?: string): Promise<void> {
    const print = fingerprint ?? (await data.getIndexFingerprint());
    if (this.search.persist) {
      await this.search.persist(data.getArchiveDb().name, { version: INDEX_FORMAT_VERSION, docCount: 0, fingerprint: print });
      return;
    }
    const chunks = await this.search.export();
    const docCount = await this.search.size();
    await data.saveSearchIndex(chunks, { version: INDEX_FORMAT_VERSION, docCount, fingerprint: print });
  }

  /** Makes a pending save now (e.g. before the page closes). */
  async flush(): Promise<void> {
    if (!this.persistTimer) return;
    clearTimeout(this.persistTimer);
    this.persistTimer = null;
    await this.persist();
  }

  /**
   * Compares the search index with the database (counts and a sample of ids); rebuilds the index
   * when they differ. Returns what it found so Settings can report it.
   */
  async checkIntegrity(sampleSize = 50): Promise<IntegrityReport> {
    await this.ready;
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
    if (!consistent) rebuilt = await this.rebuild();
    return { dbCount, indexCount, sampled: sample.length, missing, consistent, rebuilt };
  }

  /** Drops a pending save (call `flush` first to keep it). */
  dispose(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
  }
}
