/**
 * Persistence of the search engine's exported index, so start-up does not re-read every bulletin.
 * The engine (in a worker) owns the format: chunks are opaque `[key, value]` pairs kept in order,
 * values strings or typed arrays (stored natively). Chunks whose key starts with
 * `LATER_CHUNK_PREFIX` are stored from `LATER_SEQ` on, in order (the n-th "later" chunk at
 * `LATER_SEQ + n`), so `loadSearchIndexStaged` can hand over the others first and
 * `readSearchIndexRows` can fetch single later chunks ahead of the rest.
 */
import { LATER_CHUNK_PREFIX, type SearchChunk } from '../core/search/engine-types';
import { getArchiveDb, type SearchIndexRow } from './db';
import { withStorageErrors } from './errors';
import { BULLETIN_STATS_KEY, getBulletinStats, isStats, readStats, type BulletinStats } from './stats';

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
  chunks: SearchChunk[];
  meta: SearchIndexMeta;
}

/** A persisted index read in two steps of one read transaction (so both are the same save). */
export interface StagedSearchIndex {
  meta: SearchIndexMeta;
  /**
   * The archive's index fingerprint read in the same snapshot as the saved index (null when the
   * stats row is missing), so a worker can check the save is current without asking the UI thread.
   */
  currentFingerprint: string | null;
  /** The chunks not marked "later", in order. */
  first: SearchChunk[];
  /** The "later" chunks, in order; settles after `first` is handed over. */
  later: Promise<SearchChunk[]>;
}

/** First `seq` of the "later" rows: far above any count of other chunks. */
export const LATER_SEQ = 1_000_000_000;

/**
 * The "later" rows are read this many at a time: one huge read would be a single long task for the
 * storage backend, and an on-demand read (`readSearchIndexRows`) could only start after it.
 */
const LATER_BATCH_ROWS = 8;

function isMeta(value: unknown): value is SearchIndexMeta {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.version === 'number' && typeof v.docCount === 'number';
}

/** Replaces the persisted index (chunks and meta) in one transaction. */
export async function saveSearchIndex(chunks: ReadonlyArray<Readonly<SearchChunk>>, meta: SearchIndexMeta): Promise<void> {
  const db = getArchiveDb();
  const rows: SearchIndexRow[] = [];
  let first = 0;
  let later = LATER_SEQ;
  for (const [key, value] of chunks) rows.push({ seq: key.startsWith(LATER_CHUNK_PREFIX) ? later++ : first++, key, value });
  await withStorageErrors(() =>
    db.transaction('rw', db.searchIndex, db.kv, async () => {
      await db.searchIndex.clear();
      await db.searchIndex.bulkAdd(rows);
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
    return { chunks: rows.map((r): SearchChunk => [r.key, r.value]), meta };
  });
}

/**
 * The persisted index (null when none was saved), its "later" chunks arriving after the others.
 * Raw IndexedDB, because the reads must share one transaction (a consistent snapshot) while the
 * caller works on the first chunks before the last read is delivered; a Dexie transaction would
 * only resolve once all are done.
 */
export async function loadSearchIndexStaged(onLaterRows?: (chunks: SearchChunk[]) => void): Promise<StagedSearchIndex | null> {
  const db = getArchiveDb();
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction([db.kv.name, db.searchIndex.name], 'readonly');
  const store = tx.objectStore(db.searchIndex.name);
  const metaRead = request<{ value?: unknown } | undefined>(tx.objectStore(db.kv.name).get(SEARCH_INDEX_META_KEY));
  const statsRead = request<{ value?: unknown } | undefined>(tx.objectStore(db.kv.name).get(BULLETIN_STATS_KEY));
  const firstRequest = store.getAll(IDBKeyRange.upperBound(LATER_SEQ, true));
  const firstRead = request<SearchIndexRow[]>(firstRequest);
  const toChunks = (rows: SearchIndexRow[]): SearchChunk[] => rows.map((r): SearchChunk => [r.key, r.value]);
  // Asked for only once the first rows are delivered (the transaction is still active in that event):
  // requested together, both reads would share the disk and unwrapping, and delay the first. Each
  // batch is requested from the previous one's success event, which keeps the transaction alive.
  const laterRead = new Promise<SearchIndexRow[]>((resolve, reject) => {
    const rows: SearchIndexRow[] = [];
    const readFrom = (seq: number): void => {
      const batch = store.getAll(IDBKeyRange.lowerBound(seq), LATER_BATCH_ROWS);
      batch.onerror = () => reject(batch.error ?? new Error('IndexedDB read failed'));
      batch.onsuccess = () => {
        const got = batch.result as SearchIndexRow[];
        const last = got[got.length - 1];
        // The next batch first, so the backend reads it while this one is handed over.
        if (got.length === LATER_BATCH_ROWS && last) readFrom(last.seq + 1);
        for (const row of got) rows.push(row);
        try {
          if (got.length > 0) onLaterRows?.(toChunks(got));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
        if (got.length < LATER_BATCH_ROWS) resolve(rows);
      };
    };
    firstRequest.addEventListener('success', () => readFrom(LATER_SEQ));
    firstRequest.addEventListener('error', () => reject(firstRequest.error ?? new Error('IndexedDB read failed')));
  });
  // Nobody may await `later` (no saved index, or a failed first read): it must not become an unhandled rejection.
  laterRead.catch(() => undefined);
  const meta = (await metaRead)?.value;
  const stats = (await statsRead)?.value;
  const first = await firstRead;
  if (!isMeta(meta)) return null;
  const currentFingerprint = isStats(stats) ? fingerprintOf(stats) : null;
  return { meta, currentFingerprint, first: toChunks(first), later: laterRead.then(toChunks) };
}

/**
 * Rows of the persisted index by `seq`, read in one transaction with the meta row, which must be
 * `expected` (the meta the caller's earlier reads came with): a save in between would make them
 * parts of two different indexes, so it throws instead. Raw IndexedDB so a close of the database
 * meanwhile lets the read finish.
 */
export async function readSearchIndexRows(seqs: readonly number[], expected: SearchIndexMeta): Promise<SearchChunk[]> {
  const db = getArchiveDb();
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction([db.kv.name, db.searchIndex.name], 'readonly');
  const store = tx.objectStore(db.searchIndex.name);
  const metaRead = request<{ value?: unknown } | undefined>(tx.objectStore(db.kv.name).get(SEARCH_INDEX_META_KEY));
  const rowReads = seqs.map((seq) => request<SearchIndexRow | undefined>(store.get(seq)));
  const meta = (await metaRead)?.value;
  const rows = await Promise.all(rowReads);
  if (!isMeta(meta) || !sameSave(meta, expected)) throw new Error('The saved search index changed while it was being read.');
  return rows.map((row, i): SearchChunk => {
    if (!row) throw new Error(`The saved search index has no row ${seqs[i] ?? ''}.`);
    return [row.key, row.value];
  });
}

/** Whether two metas describe the same save (`savedAt` tells saves apart; the rest guards against equal clocks). */
function sameSave(a: SearchIndexMeta, b: SearchIndexMeta): boolean {
  return a.savedAt === b.savedAt && a.version === b.version && a.docCount === b.docCount && a.fingerprint === b.fingerprint;
}

function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'));
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

/** The fingerprint of the archive whose stats row this is (see `getIndexFingerprint`). */
export function fingerprintOf(stats: BulletinStats): string {
  return `${stats.epoch}:${stats.live}:${stats.trash}:${stats.writeSeq}`;
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
      return stats ? fingerprintOf(stats) : null;
    });
  const print = await read();
  if (print !== null) return print;
  // No stats row yet (older archive): count once, store it, then read both in one snapshot.
  await getBulletinStats(db);
  return (await read()) ?? '';
}
