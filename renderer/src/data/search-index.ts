/**
 * Persistence of the search engine's exported index, so start-up does not re-read every bulletin.
 * The engine (in a worker) owns the format: chunks are opaque `[key, value]` pairs kept in order.
 */
import { getArchiveDb } from './db';
import { withStorageErrors } from './errors';
import { getBulletinStats, readStats } from './stats';

/** kv key of the persisted index's meta row. */
export const SEARCH_INDEX_META_KEY = 'searchIndexMeta';

export interface SearchIndexMeta {
  /** The engine's index format version; a different version means "rebuild". */
  version: number;
  /** Documents in the index when saved. */
  docCount: number;
  /** `getIndexFingerprint()` taken before the index was built; a different one means "rebuild". */
  fingerprint?: string;
  savedAt?: number;
}

export interface PersistedSearchIndex {
  chunks: Array<[string, string]>;
  meta: SearchIndexMeta;
}

function isMeta(value: unknown): value is SearchIndexMeta {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.version === 'number' && typeof v.docCount === 'number';
}

/** Replaces the persisted index (chunks and meta) in one transaction. */
export async function saveSearchIndex(chunks: ReadonlyArray<readonly [string, string]>, meta: SearchIndexMeta): Promise<void> {
  const db = getArchiveDb();
  await withStorageErrors(() =>
    db.transaction('rw', db.searchIndex, db.kv, async () => {
      await db.searchIndex.clear();
      await db.searchIndex.bulkAdd(chunks.map(([key, value], seq) => ({ seq, key, value })));
      await db.kv.put({ key: SEARCH_INDEX_META_KEY, value: { ...meta, savedAt: meta.savedAt ?? Date.now() } });
    }),
  );
}

/** The persisted index, or null when none was saved (or it is incomplete). */
export async function loadSearchIndex(): Promise<PersistedSearchIndex | null> {
  const db = getArchiveDb();
  return db.transaction('r', db.searchIndex, db.kv, async () => {
    const meta = (await db.kv.get(SEARCH_INDEX_META_KEY))?.value;
    if (!isMeta(meta)) return null;
    const rows = await db.searchIndex.orderBy('seq').toArray();
    return { chunks: rows.map((r): [string, string] => [r.key, r.value]), meta };
  });
}

/** Drops the persisted index (forces a rebuild on next start). */
export async function clearSearchIndex(): Promise<void> {
  const db = getArchiveDb();
  await db.transaction('rw', db.searchIndex, db.kv, async () => {
    await db.searchIndex.clear();
    await db.kv.delete(SEARCH_INDEX_META_KEY);
  });
}

/**
 * A cheap summary of the archive's searchable state, read without counting (a count walks the
 * whole index in Chromium): the stats row's epoch, live and Trash counts and write sequence. Every
 * import, edit, tag change, tag rename/merge/deletion, trash move and deletion bumps the write
 * sequence in its own transaction, and a restore recreates the row with a new epoch.
 */
export async function getIndexFingerprint(): Promise<string> {
  const db = getArchiveDb();
  const read = (): Promise<string | null> =>
    db.transaction('r', db.kv, async () => {
      const stats = await readStats(db);
      if (!stats) return null;
      return `${stats.epoch}:${stats.live}:${stats.trash}:${stats.writeSeq}`;
    });
  const print = await read();
  if (print !== null) return print;
  // No stats row yet (older archive): count once, store it, then read both in one snapshot.
  await getBulletinStats(db);
  return (await read()) ?? '';
}
