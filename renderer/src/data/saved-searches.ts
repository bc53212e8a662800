/** Saved searches: a name and a query in the search query language. */
import type { SavedSearch } from '../core/model';
import { emitArchiveChange } from './changes';
import { getArchiveDb } from './db';
import { ArchiveError, withStorageErrors } from './errors';
import { newId } from './ids';

/** All saved searches in the person's order; those never placed (older archives) follow, by name. */
export async function listSavedSearches(): Promise<SavedSearch[]> {
  const all = await getArchiveDb().savedSearches.toArray();
  const place = (s: SavedSearch) => s.position ?? Number.POSITIVE_INFINITY;
  return all.sort((a, b) => place(a) - place(b) || a.name.localeCompare(b.name));
}

/**
 * Puts the saved searches in this order (ids not listed keep their relative place after them).
 * @throws ArchiveError 'not-found' when an id is unknown
 */
export async function reorderSavedSearches(ids: readonly string[]): Promise<SavedSearch[]> {
  const db = getArchiveDb();
  const ordered = await withStorageErrors(() =>
    db.transaction('rw', db.savedSearches, async () => {
      const current = await listSavedSearches();
      const byId = new Map(current.map((s) => [s.id, s]));
      const missing = ids.find((id) => !byId.has(id));
      if (missing !== undefined) throw new ArchiveError('not-found', 'This saved search no longer exists.');
      const listed = new Set(ids);
      const next = [...ids.map((id) => byId.get(id) as SavedSearch), ...current.filter((s) => !listed.has(s.id))].map((s, position) => ({ ...s, position }));
      await db.savedSearches.bulkPut(next);
      return next;
    }),
  );
  emitArchiveChange({ kind: 'savedSearches', ids: ordered.map((s) => s.id) });
  return ordered;
}

function clean(name: string, query: string): { name: string; query: string } {
  const n = name.trim();
  const q = query.trim();
  if (n === '') throw new ArchiveError('invalid', 'A saved search needs a name.');
  if (q === '') throw new ArchiveError('invalid', 'A saved search needs a query.');
  return { name: n, query: q };
}

/** Saves a search. @throws ArchiveError 'invalid' */
export async function createSavedSearch(name: string, query: string): Promise<SavedSearch> {
  const db = getArchiveDb();
  const saved = await withStorageErrors(() =>
    db.transaction('rw', db.savedSearches, async () => {
      // A new one goes last: after every placed one.
      const last = (await db.savedSearches.toArray()).reduce((max, s) => Math.max(max, s.position ?? -1), -1);
      const created: SavedSearch = { id: newId(), ...clean(name, query), createdAt: Date.now(), position: last + 1 };
      await db.savedSearches.add(created);
      return created;
    }),
  );
  emitArchiveChange({ kind: 'savedSearches', ids: [saved.id] });
  return saved;
}

/** Renames a saved search or changes its query. @throws ArchiveError 'not-found' | 'invalid' */
export async function updateSavedSearch(id: string, patch: Partial<Pick<SavedSearch, 'name' | 'query'>>): Promise<SavedSearch> {
  const db = getArchiveDb();
  const next = await withStorageErrors(() =>
    db.transaction('rw', db.savedSearches, async () => {
      const current = await db.savedSearches.get(id);
      if (!current) throw new ArchiveError('not-found', 'This saved search no longer exists.');
      const updated: SavedSearch = { ...current, ...clean(patch.name ?? current.name, patch.query ?? current.query) };
      await db.savedSearches.put(updated);
      return updated;
    }),
  );
  emitArchiveChange({ kind: 'savedSearches', ids: [id] });
  return next;
}

/** Deletes a saved search; returns it (or null) for undo via `restoreSavedSearch`. */
export async function deleteSavedSearch(id: string): Promise<SavedSearch | null> {
  const db = getArchiveDb();
  const removed = await withStorageErrors(() =>
    db.transaction('rw', db.savedSearches, async () => {
      const current = await db.savedSearches.get(id);
      await db.savedSearches.delete(id);
      return current ?? null;
    }),
  );
  emitArchiveChange({ kind: 'savedSearches', ids: [id] });
  return removed;
}

/** Puts back a deleted saved search (undo). */
export async function restoreSavedSearch(saved: SavedSearch): Promise<void> {
  await withStorageErrors(() => getArchiveDb().savedSearches.put(saved));
  emitArchiveChange({ kind: 'savedSearches', ids: [saved.id] });
}
