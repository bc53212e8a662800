/**
 * Read side of bulletins. Lists and counts read summaries through indexes only — never bodies and
 * never a full table scan — because an archive of 20,000 bulletins takes seconds to read whole.
 */
import Dexie from 'dexie';
import type { Bulletin, BulletinBody, BulletinSummary } from '../core/model';
import { descendantIds } from '../core/tags/tree';
import { byTrashState, getArchiveDb, rowToSummary, type ArchiveDb, type SummaryRow } from './db';
import { getBulletinStats, readStats } from './stats';

export type BulletinOrder = 'date-desc' | 'date-asc';

export interface ListBulletinsOptions {
  offset?: number;
  limit?: number;
  /** Default `date-desc`; undated bulletins come last in `date-desc` and first in `date-asc`. */
  order?: BulletinOrder;
  /** List the Trash instead of the live archive. */
  trash?: boolean;
  /** Only bulletins carrying any of these tags (or, by default, any of their descendant tags). */
  tagIds?: string[];
  /** Whether a parent tag also matches its children's bulletins. Default true. */
  includeDescendants?: boolean;
}

export type CountBulletinsOptions = Pick<ListBulletinsOptions, 'trash' | 'tagIds' | 'includeDescendants'>;

/** Below this many tag matches, the matches are read and sorted in memory instead of walking the date index. */
const SMALL_TAG_SET = 2000;

/**
 * From this offset on, a list page is cut from the index's ordered keys instead of skipping a cursor
 * over `offset` entries. Chromium skips ~37,000 entries a second, so EVERY page near the end of a
 * 100,000-bulletin list (the scrollbar dragged down) took 2.7 s; reading the ordered keys costs about
 * the same once, and then any page is a 10 ms `bulkGet` until the archive changes (measured).
 */
export const FAR_OFFSET = 2000;

/**
 * The date index's keys in ascending order, per Trash state, for the archive as it was at `stamp`
 * (the stats row's epoch and write count: every write that adds, removes, moves or re-dates a
 * bulletin bumps it, in any tab). Reading them all once costs about as much as one far skip.
 */
const orderedKeys = new Map<boolean, { stamp: string; keys: string[] }>();

/**
 * The primary keys of the date index for one Trash state, in index order, in ONE request
 * (`IDBIndex.getAllKeys`; Dexie's `primaryKeys()` walks a cursor here: 3.6 s vs 2.8 s for 100,000
 * keys in Chromium, measured). Runs inside the caller's transaction.
 */
function allKeysInDateOrder(trash: boolean): Promise<string[]> {
  const t = trash ? 1 : 0;
  const index = Dexie.currentTransaction.idbtrans.objectStore('bulletins').index('[trashed+dateKey]');
  const request = index.getAllKeys(IDBKeyRange.bound([t, -Infinity], [t, [[]]]));
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as string[]);
    request.onerror = () => reject(request.error ?? new Error('reading the list order failed'));
  });
}

async function keysInDateOrder(db: ArchiveDb, trash: boolean): Promise<string[]> {
  const stats = await readStats(db);
  const stamp = stats ? `${stats.epoch}:${stats.writeSeq}` : null;
  const cached = orderedKeys.get(trash);
  if (stamp !== null && cached?.stamp === stamp) return cached.keys;
  const keys = await allKeysInDateOrder(trash);
  if (stamp !== null) orderedKeys.set(trash, { stamp, keys });
  else orderedKeys.delete(trash);
  return keys;
}

function trashedRange(db: ArchiveDb, trash: boolean) {
  const t = trash ? 1 : 0;
  return db.bulletins.where('[trashed+dateKey]').between([t, Dexie.minKey], [t, Dexie.maxKey], true, true);
}

async function expandTagIds(db: ArchiveDb, tagIds: string[], include: boolean): Promise<string[]> {
  if (!include) return [...new Set(tagIds)];
  const tags = await db.tags.toArray();
  const all = new Set<string>();
  for (const id of tagIds) for (const d of descendantIds(tags, id, true)) all.add(d);
  return [...all];
}

/** Primary keys of bulletins with any of the (expanded) tags, in the requested Trash state. */
async function taggedKeys(db: ArchiveDb, opts: CountBulletinsOptions): Promise<Set<string>> {
  const ids = await expandTagIds(db, opts.tagIds ?? [], opts.includeDescendants ?? true);
  if (ids.length === 0) return new Set();
  // One equals() per tag rather than anyOf(): same multiEntry index, but no cursor seeking, which
  // some IndexedDB implementations do linearly.
  const perTag = await Promise.all(ids.map((id) => db.bulletins.where('tags').equals(id).primaryKeys()));
  const keys = new Set(perTag.flat());
  // The Trash is small, so fetch its keys rather than every tagged row's Trash state.
  const trashKeys = new Set(await byTrashState(db, 1).primaryKeys());
  const wantTrash = opts.trash ?? false;
  for (const k of keys) if (trashKeys.has(k) !== wantTrash) keys.delete(k);
  return keys;
}

function compareRows(a: SummaryRow, b: SummaryRow, order: BulletinOrder): number {
  const byDate = a.dateKey < b.dateKey ? -1 : a.dateKey > b.dateKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return order === 'date-asc' ? byDate : -byDate;
}

/** A page of bulletin summaries, ordered by date, read via indexes (no bodies). */
export async function listBulletins(opts: ListBulletinsOptions = {}): Promise<BulletinSummary[]> {
  const db = getArchiveDb();
  const offset = Math.max(0, opts.offset ?? 0);
  const limit = Math.max(0, opts.limit ?? 100);
  const order = opts.order ?? 'date-desc';
  const trash = opts.trash ?? false;
  if (limit === 0) return [];
  return db.transaction('r', db.bulletins, db.tags, db.kv, async () => {
    if ((!opts.tagIds || opts.tagIds.length === 0) && offset >= FAR_OFFSET) {
      const ascending = await keysInDateOrder(db, trash);
      // date-desc is the index order reversed: its window [offset, offset + limit) is this range, backwards.
      const from = order === 'date-asc' ? offset : Math.max(0, ascending.length - offset - limit);
      const to = order === 'date-asc' ? offset + limit : Math.max(0, ascending.length - offset);
      const page = ascending.slice(from, to);
      if (order === 'date-desc') page.reverse();
      const rows = await db.bulletins.bulkGet(page);
      return rows.filter((r): r is SummaryRow => r !== undefined).map(rowToSummary);
    }
    if (!opts.tagIds || opts.tagIds.length === 0) {
      let coll = trashedRange(db, trash);
      if (order === 'date-desc') coll = coll.reverse();
      const rows = await coll.offset(offset).limit(limit).toArray();
      return rows.map(rowToSummary);
    }
    const keys = await taggedKeys(db, opts);
    if (keys.size <= SMALL_TAG_SET) {
      const rows = (await db.bulletins.bulkGet([...keys])).filter((r): r is SummaryRow => r !== undefined);
      rows.sort((a, b) => compareRows(a, b, order));
      return rows.slice(offset, offset + limit).map(rowToSummary);
    }
    // Many matches: walk the date index's keys (cheap, no values) and fetch only the page.
    let coll = trashedRange(db, trash);
    if (order === 'date-desc') coll = coll.reverse();
    const ordered = await coll.primaryKeys();
    const page = ordered.filter((k) => keys.has(k)).slice(offset, offset + limit);
    const rows = await db.bulletins.bulkGet(page);
    return rows.filter((r): r is SummaryRow => r !== undefined).map(rowToSummary);
  });
}

/**
 * Number of bulletins matching the same filters as `listBulletins`. Without tags it is answered
 * from the stats row (an index count walks every entry in Chromium); with tags, via indexes.
 */
export async function countBulletins(opts: CountBulletinsOptions = {}): Promise<number> {
  const db = getArchiveDb();
  if (!opts.tagIds || opts.tagIds.length === 0) {
    const stats = await getBulletinStats(db);
    return opts.trash ? stats.trash : stats.live;
  }
  return db.transaction('r', db.bulletins, db.tags, async () => (await taggedKeys(db, opts)).size);
}

/** Trash listing (same options as `listBulletins`). */
export function listTrash(opts: Omit<ListBulletinsOptions, 'trash'> = {}): Promise<BulletinSummary[]> {
  return listBulletins({ ...opts, trash: true });
}

/** Summaries for `ids`, in the order given; ids that no longer exist are left out. */
export async function getSummaries(ids: readonly string[]): Promise<BulletinSummary[]> {
  const rows = await getArchiveDb().bulletins.bulkGet([...ids]);
  return rows.filter((r): r is SummaryRow => r !== undefined).map(rowToSummary);
}

/** One full bulletin (summary + body), or null when it does not exist. */
export async function getBulletin(id: string): Promise<Bulletin | null> {
  const db = getArchiveDb();
  return db.transaction('r', db.bulletins, db.bodies, async () => {
    const [row, body] = await Promise.all([db.bulletins.get(id), db.bodies.get(id)]);
    if (!row) return null;
    return { ...rowToSummary(row), body: body?.body ?? '', bodyHtml: body?.bodyHtml ?? null };
  });
}

/** Plain-text bodies of `ids` (missing ids are absent from the map). */
export async function getBodies(ids: readonly string[]): Promise<Map<string, string>> {
  const bodies = await getArchiveDb().bodies.bulkGet([...ids]);
  const map = new Map<string, string>();
  for (const b of bodies) if (b) map.set(b.id, b.body);
  return map;
}

/** Every tag id used by a bulletin in the given summaries, with how often (facet helper). */
export function countTagsIn(summaries: readonly BulletinSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of summaries) for (const t of s.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

interface Page {
  rows: SummaryRow[];
  bodies: Array<BulletinBody | undefined>;
}

function readPage(db: ArchiveDb, after: string | null, size: number): Promise<Page> {
  return db.transaction('r', db.bulletins, db.bodies, async (): Promise<Page> => {
    const coll = after === null ? db.bulletins.orderBy(':id') : db.bulletins.where(':id').above(after);
    const rows = await coll.limit(size).toArray();
    const bodies = await db.bodies.bulkGet(rows.map((r) => r.id));
    return { rows, bodies };
  });
}

export interface IterateForIndexOptions {
  /** Also stream bulletins in the Trash (default false, matching `countBulletins()`). */
  includeTrash?: boolean;
}

/**
 * Streams full bulletins in primary-key pages, for a full search-index rebuild. Each page is its
 * own short read, so `onChunk` may be slow or async without holding a transaction open.
 * @returns how many bulletins were streamed.
 */
export async function iterateForIndex(
  onChunk: (chunk: Bulletin[]) => void | Promise<void>,
  chunkSize = 500,
  options: IterateForIndexOptions = {},
): Promise<number> {
  const db = getArchiveDb();
  const size = Math.max(1, Math.floor(chunkSize));
  let last: string | null = null;
  let total = 0;
  for (;;) {
    const page = await readPage(db, last, size);
    const lastRow = page.rows[page.rows.length - 1];
    if (!lastRow) break;
    last = lastRow.id;
    const chunk: Bulletin[] = [];
    page.rows.forEach((row, i) => {
      if (row.trashed && !options.includeTrash) return;
      const body = page.bodies[i];
      chunk.push({ ...rowToSummary(row), body: body?.body ?? '', bodyHtml: body?.bodyHtml ?? null });
    });
    if (chunk.length > 0) {
      total += chunk.length;
      await onChunk(chunk);
    }
  }
  return total;
}

/** The ids of every bulletin an import batch stored (also those in the Trash), through the batch index. */
export function listBatchBulletinIds(batchId: string): Promise<string[]> {
  return getArchiveDb().bulletins.where('batchId').equals(batchId).primaryKeys();
}
