/**
 * Write side of bulletins: committing an import (one transaction, all or nothing), undoing it,
 * editing, and the Trash. Every write announces itself through `emitArchiveChange`.
 */
import type { Bulletin, BulletinBody, BulletinSummary, ImportBatch, ParsedBulletin } from '../core/model';
import { contentHash } from '../core/import/hash';
import { emitArchiveChange } from './changes';
import { getArchiveDb, rowToSummary, type ArchiveDb, type SummaryRow } from './db';
import { ArchiveError, withStorageErrors } from './errors';
import { makeExcerpt } from './excerpt';
import { newId } from './ids';

/** Records per bulkAdd call inside the import transaction. */
const IMPORT_CHUNK = 500;

export interface CommitImportInput {
  fileNames: string[];
  bulletins: ParsedBulletin[];
  /** Tags to attach, by index into `bulletins` (unknown tag ids are ignored). */
  tagIdsByIndex?: { readonly [index: number]: readonly string[] | undefined };
}

export interface CommitImportResult {
  batchId: string;
  added: BulletinSummary[];
  /** Bulletins already in the archive (including the Trash) or repeated within the batch. */
  skippedDuplicates: number;
}

/** Which of `hashes` already belong to a stored bulletin (live or in the Trash). */
export async function findExistingHashes(hashes: Iterable<string>): Promise<Set<string>> {
  const unique = [...new Set(hashes)];
  if (unique.length === 0) return new Set();
  const found = await getArchiveDb().bulletins.where('contentHash').anyOf(unique).keys();
  return new Set(found.map(String));
}

/** Removes `ids` from every dossier that lists them (after a hard delete). */
export async function pruneDossierItems(db: ArchiveDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const gone = new Set(ids);
  await db.dossiers
    .filter((d) => d.items.some((i) => gone.has(i)))
    .modify((d) => {
      d.items = d.items.filter((i) => !gone.has(i));
    });
}

/**
 * Stores an import batch in ONE transaction: either every new bulletin is stored or none is.
 * Duplicates (same content hash already stored, or repeated in the batch) are skipped.
 * @throws ArchiveError with code 'quota' when storage is full (the archive is then unchanged).
 */
export async function commitImport(input: CommitImportInput): Promise<CommitImportResult> {
  const db = getArchiveDb();
  const batchId = newId();
  const now = Date.now();
  const prepared = input.bulletins.map((p, index) => ({ p, index, hash: contentHash(p.title, p.body) }));
  const result = await withStorageErrors(() =>
    db.transaction('rw', [db.bulletins, db.bodies, db.batches, db.tags], async () => {
      const existing = new Set(
        (await db.bulletins.where('contentHash').anyOf([...new Set(prepared.map((x) => x.hash))]).keys()).map(String),
      );
      const knownTags = new Set(await db.tags.toCollection().primaryKeys());
      const rows: SummaryRow[] = [];
      const bodies: BulletinBody[] = [];
      let skipped = 0;
      for (const { p, index, hash } of prepared) {
        if (existing.has(hash)) {
          skipped++;
          continue;
        }
        existing.add(hash);
        const id = newId();
        const tags = [...new Set(input.tagIdsByIndex?.[index] ?? [])].filter((t) => knownTags.has(t));
        rows.push({
          id,
          title: p.title,
          date: p.date,
          datePrecision: p.datePrecision,
          place: p.place,
          language: p.language,
          countries: [...p.countries],
          organisations: [...p.organisations],
          tags,
          sourceFile: p.sourceFile,
          batchId,
          contentHash: hash,
          excerpt: makeExcerpt(p.body),
          createdAt: now,
          updatedAt: now,
          deletedAt: 0,
          trashed: 0,
          dateKey: p.date ?? '',
        });
        bodies.push({ id, body: p.body, bodyHtml: p.bodyHtml });
      }
      for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
        await db.bulletins.bulkAdd(rows.slice(i, i + IMPORT_CHUNK));
        await db.bodies.bulkAdd(bodies.slice(i, i + IMPORT_CHUNK));
      }
      if (rows.length > 0) {
        const batch: ImportBatch = { id: batchId, createdAt: now, fileNames: [...input.fileNames], count: rows.length, state: 'committed' };
        await db.batches.add(batch);
      }
      return { batchId, added: rows.map(rowToSummary), skippedDuplicates: skipped };
    }),
  );
  if (result.added.length > 0) emitArchiveChange({ kind: 'bulletins', ids: result.added.map((s) => s.id) });
  return result;
}

/** Recent import batches, newest first. */
export async function listBatches(): Promise<ImportBatch[]> {
  const batches = await getArchiveDb().batches.toArray();
  return batches.sort((a, b) => b.createdAt - a.createdAt);
}

/**
 * Deletes every bulletin of an import batch (also any in the Trash) and marks the batch undone.
 * @returns how many bulletins were removed.
 */
export async function undoImport(batchId: string): Promise<number> {
  const db = getArchiveDb();
  const ids = await withStorageErrors(() =>
    db.transaction('rw', [db.bulletins, db.bodies, db.batches, db.dossiers], async () => {
      const keys = await db.bulletins.where('batchId').equals(batchId).primaryKeys();
      await db.bulletins.bulkDelete(keys);
      await db.bodies.bulkDelete(keys);
      await pruneDossierItems(db, keys);
      await db.batches.update(batchId, { state: 'undone' });
      return keys;
    }),
  );
  emitArchiveChange({ kind: 'bulletins', ids });
  return ids.length;
}

export type BulletinPatch = Partial<Pick<Bulletin, 'title' | 'date' | 'datePrecision' | 'place' | 'language' | 'body' | 'bodyHtml'>>;

/**
 * Edits a bulletin; recomputes its content hash and excerpt. Editing the plain body without a new
 * `bodyHtml` drops the old HTML, which would otherwise show the pre-edit text.
 * @throws ArchiveError 'not-found'
 */
export async function updateBulletin(id: string, patch: BulletinPatch): Promise<Bulletin> {
  const db = getArchiveDb();
  const updated = await withStorageErrors(() =>
    db.transaction('rw', db.bulletins, db.bodies, async () => {
      const row = await db.bulletins.get(id);
      if (!row) throw new ArchiveError('not-found', 'This bulletin no longer exists.');
      const oldBody = (await db.bodies.get(id)) ?? { id, body: '', bodyHtml: null };
      const body: BulletinBody = {
        id,
        body: patch.body ?? oldBody.body,
        bodyHtml: patch.bodyHtml !== undefined ? patch.bodyHtml : patch.body !== undefined && patch.body !== oldBody.body ? null : oldBody.bodyHtml,
      };
      const next: SummaryRow = {
        ...row,
        title: patch.title ?? row.title,
        date: patch.date !== undefined ? patch.date : row.date,
        datePrecision: patch.datePrecision ?? row.datePrecision,
        place: patch.place !== undefined ? patch.place : row.place,
        language: patch.language ?? row.language,
        updatedAt: Math.max(Date.now(), row.updatedAt + 1),
      };
      next.dateKey = next.date ?? '';
      next.contentHash = contentHash(next.title, body.body);
      next.excerpt = makeExcerpt(body.body);
      await db.bulletins.put(next);
      await db.bodies.put(body);
      return { ...rowToSummary(next), body: body.body, bodyHtml: body.bodyHtml };
    }),
  );
  emitArchiveChange({ kind: 'bulletins', ids: [id] });
  return updated;
}

async function setTrashed(ids: readonly string[], trashed: boolean): Promise<number> {
  const db = getArchiveDb();
  const now = Date.now();
  const count = await withStorageErrors(() =>
    db.transaction('rw', db.bulletins, () =>
      db.bulletins
        .where('id')
        .anyOf([...ids])
        .filter((r) => (r.trashed === 1) !== trashed)
        .modify((r) => {
          r.trashed = trashed ? 1 : 0;
          r.deletedAt = trashed ? now : 0;
          r.updatedAt = Math.max(now, r.updatedAt + 1);
        }),
    ),
  );
  if (count > 0) emitArchiveChange({ kind: 'bulletins', ids: [...ids] });
  return count;
}

/** Moves bulletins to the Trash. @returns how many moved. */
export function moveToTrash(ids: readonly string[]): Promise<number> {
  return setTrashed(ids, true);
}

/** Brings bulletins back from the Trash. @returns how many were restored. */
export function restoreFromTrash(ids: readonly string[]): Promise<number> {
  return setTrashed(ids, false);
}

/** Permanently deletes everything in the Trash (summaries, bodies, dossier references). @returns the count. */
export async function emptyTrash(): Promise<number> {
  const db = getArchiveDb();
  const ids = await withStorageErrors(() =>
    db.transaction('rw', [db.bulletins, db.bodies, db.dossiers], async () => {
      const keys = await db.bulletins.where('trashed').equals(1).primaryKeys();
      await db.bulletins.bulkDelete(keys);
      await db.bodies.bulkDelete(keys);
      await pruneDossierItems(db, keys);
      return keys;
    }),
  );
  if (ids.length > 0) emitArchiveChange({ kind: 'bulletins', ids });
  return ids.length;
}
