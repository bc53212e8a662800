/**
 * Bulletin statistics kept in one kv row, so start-up never counts: in Chromium an IndexedDB
 * `count()` walks the index (~1 s at 100,000 bulletins). Every write that adds, deletes, trashes,
 * restores or re-tags bulletins updates the row IN ITS OWN transaction (kv must be in its scope),
 * so the row can never disagree with the table it describes.
 */
import { byTrashState, type ArchiveDb } from './db';
import { newId } from './ids';

/** kv key of the stats row. */
export const BULLETIN_STATS_KEY = 'bulletinStats';

export interface BulletinStats {
  /** Bulletins not in the Trash. */
  live: number;
  /** Bulletins in the Trash. */
  trash: number;
  /** Bumped by every write that changes what the search index holds (bulletins or tag links/names). */
  writeSeq: number;
  /**
   * Random id chosen when the row is (re)created. A recreated row restarts `writeSeq`, so the epoch
   * keeps its fingerprints from ever matching one taken before, or one of another database.
   */
  epoch: string;
}

/** How a write changed the counts. */
export interface StatsDelta {
  live?: number;
  trash?: number;
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

export function isStats(value: unknown): value is BulletinStats {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return isCount(v.live) && isCount(v.trash) && isCount(v.writeSeq) && typeof v.epoch === 'string';
}

/** The stats row, or undefined when missing or malformed. Needs kv in the transaction's scope. */
export async function readStats(db: ArchiveDb): Promise<BulletinStats | undefined> {
  const value = (await db.kv.get(BULLETIN_STATS_KEY))?.value;
  return isStats(value) ? value : undefined;
}

/** Counts live and trashed bulletins through the listing index (slow; only when the row is missing). */
async function countNow(db: ArchiveDb): Promise<{ live: number; trash: number }> {
  const [live, trash] = await Promise.all([byTrashState(db, 0).count(), byTrashState(db, 1).count()]);
  return { live, trash };
}

/**
 * Counts the bulletins again and stores a fresh row (new epoch), inside the caller's rw
 * transaction over bulletins and kv. Used when the row is missing and after a whole-archive restore.
 */
export async function recountStats(db: ArchiveDb): Promise<BulletinStats> {
  const stats: BulletinStats = { ...(await countNow(db)), writeSeq: 0, epoch: newId() };
  await db.kv.put({ key: BULLETIN_STATS_KEY, value: stats });
  return stats;
}

/**
 * Records a write in the stats row, inside the caller's rw transaction (bulletins and kv in scope),
 * AFTER the write itself: when the row is missing it is recounted from the already-written table,
 * so the delta must not be applied on top.
 */
export async function bumpStats(db: ArchiveDb, delta: StatsDelta = {}): Promise<BulletinStats> {
  const current = await readStats(db);
  if (!current) return recountStats(db);
  const next: BulletinStats = {
    live: Math.max(0, current.live + (delta.live ?? 0)),
    trash: Math.max(0, current.trash + (delta.trash ?? 0)),
    writeSeq: current.writeSeq + 1,
    epoch: current.epoch,
  };
  await db.kv.put({ key: BULLETIN_STATS_KEY, value: next });
  return next;
}

/**
 * The stats row, created by counting once if it is missing (an archive from before the row existed,
 * or after a schema upgrade). Opens its own transactions: a cheap read first, a rw one only if needed.
 */
export async function getBulletinStats(db: ArchiveDb): Promise<BulletinStats> {
  const found = await db.transaction('r', db.kv, () => readStats(db));
  if (found) return found;
  // Re-check inside the rw transaction: another tab may have created the row meanwhile.
  return db.transaction('rw', db.bulletins, db.kv, async () => (await readStats(db)) ?? recountStats(db));
}
