/**
 * Bulk tagging of bulletins (with exact undo) and per-tag counts through the multiEntry index.
 */
import { emitArchiveChange } from './changes';
import { byTrashState, getArchiveDb, type ArchiveDb } from './db';
import { withStorageErrors } from './errors';
import { touchRow } from './revision';
import { bumpStats } from './stats';

/** A bulk tagging change: exactly which links were added or removed, so it can be undone. */
export interface TagLinkChange {
  kind: 'add' | 'remove';
  /** Bulletin id → tag ids actually added/removed on it. */
  links: Array<[string, string[]]>;
  /** Bulletins whose tags changed. */
  bulletinCount: number;
  /** Individual links changed. */
  linkCount: number;
}

/**
 * Adds or removes links inside the caller's transaction (bulletins, tags and kv in scope); returns
 * exactly what changed. A change bumps the stats row's write sequence (the search index holds tags).
 */
export async function changeLinks(
  db: ArchiveDb,
  links: ReadonlyArray<readonly [string, readonly string[]]>,
  kind: 'add' | 'remove',
): Promise<Array<[string, string[]]>> {
  const wanted = new Map(links.map(([b, t]) => [b, t] as const));
  const known = new Set(await db.tags.toCollection().primaryKeys());
  const changed: Array<[string, string[]]> = [];
  const now = Date.now();
  await db.bulletins
    .where('id')
    .anyOf([...wanted.keys()])
    .modify((r) => {
      const tagIds = wanted.get(r.id) ?? [];
      const has = new Set(r.tags);
      const delta = kind === 'add' ? tagIds.filter((t) => !has.has(t) && known.has(t)) : tagIds.filter((t) => has.has(t));
      const unique = [...new Set(delta)];
      if (unique.length === 0) return;
      const drop = new Set(unique);
      r.tags = kind === 'add' ? [...r.tags, ...unique] : r.tags.filter((t) => !drop.has(t));
      touchRow(r, now);
      changed.push([r.id, unique]);
    });
  if (changed.length > 0) await bumpStats(db);
  return changed;
}

async function applyLinkChange(links: ReadonlyArray<readonly [string, readonly string[]]>, kind: 'add' | 'remove'): Promise<TagLinkChange> {
  const db = getArchiveDb();
  const changed = await withStorageErrors(() =>
    db.transaction('rw', [db.bulletins, db.tags, db.kv], () => changeLinks(db, links, kind)),
  );
  if (changed.length > 0) emitArchiveChange({ kind: 'bulletins', ids: changed.map(([b]) => b) });
  return { kind, links: changed, bulletinCount: changed.length, linkCount: changed.reduce((n, [, t]) => n + t.length, 0) };
}

/** Adds `tagIds` to every bulletin in `bulletinIds` (unknown tags ignored). Returns what changed, for undo. */
export function addTags(bulletinIds: readonly string[], tagIds: readonly string[]): Promise<TagLinkChange> {
  return applyLinkChange(bulletinIds.map((b) => [b, tagIds] as const), 'add');
}

/** Removes `tagIds` from every bulletin in `bulletinIds`. Returns what changed, for undo. */
export function removeTags(bulletinIds: readonly string[], tagIds: readonly string[]): Promise<TagLinkChange> {
  return applyLinkChange(bulletinIds.map((b) => [b, tagIds] as const), 'remove');
}

/** Reverses an `addTags`/`removeTags` change. */
export function undoTagLinkChange(change: TagLinkChange): Promise<TagLinkChange> {
  return applyLinkChange(change.links, change.kind === 'add' ? 'remove' : 'add');
}

/** Live (not trashed) bulletins per tag id, counted through the multiEntry index. */
export async function tagCounts(): Promise<Map<string, number>> {
  const db = getArchiveDb();
  return db.transaction('r', db.tags, db.bulletins, async () => {
    const ids = await db.tags.toCollection().primaryKeys();
    const counts = new Map<string, number>();
    await Promise.all(ids.map(async (id) => counts.set(id, await db.bulletins.where('tags').equals(id).count())));
    // The Trash is small: subtract its links instead of checking every tagged bulletin.
    await byTrashState(db, 1).each((r) => {
        for (const t of new Set(r.tags)) if (counts.has(t)) counts.set(t, (counts.get(t) ?? 0) - 1);
      });
    return counts;
  });
}
