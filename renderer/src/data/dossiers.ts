/**
 * Dossiers: ordered selections of bulletins exported as PDF. Deleting is soft (`deletedAt`) so
 * the UI can offer undo and a "recently deleted" list.
 */
import type { Dossier } from '../core/model';
import { emitArchiveChange } from './changes';
import { getArchiveDb } from './db';
import { ArchiveError, withStorageErrors } from './errors';
import { newId } from './ids';

export type DossierFields = Partial<Omit<Dossier, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>>;

const DEFAULTS: Omit<Dossier, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> = {
  title: 'Untitled dossier',
  subtitle: '',
  author: '',
  introduction: '',
  items: [],
  grouping: 'none',
  pageSize: 'A4',
  recipe: null,
  declined: [],
  lastRefreshedAt: null,
};

/** Dossiers, most recently updated first; deleted ones only with `{ deleted: true }`. */
export async function listDossiers(opts: { deleted?: boolean } = {}): Promise<Dossier[]> {
  const all = await getArchiveDb().dossiers.toArray();
  return all.filter((d) => (d.deletedAt !== null) === (opts.deleted ?? false)).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** One dossier (also when soft-deleted), or null. */
export async function getDossier(id: string): Promise<Dossier | null> {
  return (await getArchiveDb().dossiers.get(id)) ?? null;
}

/** Creates a dossier with defaults for missing fields. */
export async function createDossier(fields: DossierFields = {}): Promise<Dossier> {
  const now = Date.now();
  const dossier: Dossier = {
    ...DEFAULTS,
    ...fields,
    items: [...new Set(fields.items ?? [])],
    declined: [...(fields.declined ?? [])],
    id: newId(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  await withStorageErrors(() => getArchiveDb().dossiers.add(dossier));
  emitArchiveChange({ kind: 'dossiers', ids: [dossier.id] });
  return dossier;
}

/** Applies `change` to a stored dossier in one transaction and bumps `updatedAt`. */
async function mutate(id: string, change: (d: Dossier) => Partial<Dossier>): Promise<Dossier> {
  const db = getArchiveDb();
  const next = await withStorageErrors(() =>
    db.transaction('rw', db.dossiers, async () => {
      const current = await db.dossiers.get(id);
      if (!current) throw new ArchiveError('not-found', 'This dossier no longer exists.');
      const updated: Dossier = { ...current, ...change(current), id, updatedAt: Math.max(Date.now(), current.updatedAt + 1) };
      await db.dossiers.put(updated);
      return updated;
    }),
  );
  emitArchiveChange({ kind: 'dossiers', ids: [id] });
  return next;
}

/** Edits a dossier's fields (title, grouping, recipe, declined, ...). */
export function updateDossier(id: string, fields: DossierFields): Promise<Dossier> {
  return mutate(id, () => ({ ...fields, ...(fields.items ? { items: [...new Set(fields.items)] } : {}) }));
}

/** Soft-deletes a dossier (undo with `restoreDossier`). */
export function deleteDossier(id: string): Promise<Dossier> {
  return mutate(id, () => ({ deletedAt: Date.now() }));
}

/** Brings back a soft-deleted dossier. */
export function restoreDossier(id: string): Promise<Dossier> {
  return mutate(id, () => ({ deletedAt: null }));
}

/** Permanently removes a dossier. */
export async function purgeDossier(id: string): Promise<void> {
  await withStorageErrors(() => getArchiveDb().dossiers.delete(id));
  emitArchiveChange({ kind: 'dossiers', ids: [id] });
}

/** Copies a dossier ("Title (copy)"), items and settings included. */
export async function duplicateDossier(id: string): Promise<Dossier> {
  const source = await getDossier(id);
  if (!source) throw new ArchiveError('not-found', 'This dossier no longer exists.');
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = source;
  return createDossier({ ...fields, title: `${source.title} (copy)` });
}

/** Replaces the ordered item list (reordering; duplicates dropped). */
export function setDossierItems(id: string, items: readonly string[]): Promise<Dossier> {
  return mutate(id, () => ({ items: [...new Set(items)] }));
}

/** Appends bulletins not already in the dossier, keeping the given order. */
export function addToDossier(id: string, bulletinIds: readonly string[]): Promise<Dossier> {
  return mutate(id, (d) => {
    const have = new Set(d.items);
    const added = bulletinIds.filter((b) => !have.has(b) && (have.add(b), true));
    return { items: [...d.items, ...added] };
  });
}

/** Removes bulletins from the dossier. */
export function removeFromDossier(id: string, bulletinIds: readonly string[]): Promise<Dossier> {
  const drop = new Set(bulletinIds);
  return mutate(id, (d) => ({ items: d.items.filter((b) => !drop.has(b)) }));
}
