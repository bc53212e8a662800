/**
 * Write side of bulletins: committing an import (one transaction, all or nothing), undoing it,
 * editing, and the Trash. Every write announces itself through `emitArchiveChange`.
 */
import type { Bulletin, BulletinBody, BulletinSummary, DateFields, ImportBatch, ParsedBulletin } from '../core/model';
import { contentHash } from '../core/import/hash';
import { TimeSlice } from '../core/scheduling';
import { emitArchiveChange } from './changes';
import { byTrashState, getArchiveDb, rowToSummary, type ArchiveDb, type SummaryRow } from './db';
import { confirmedStart } from '../core/dates/format-date';
import { ArchiveError, type FailedTransaction, transactionErrorOf, withStorageErrors } from './errors';
import { EXCERPT_LENGTH, makeExcerpt } from './excerpt';
import { newId } from './ids';
import { checkRevision, touchRow } from './revision';
import { countLinks, putOriginals, unlink, type OriginalFileInput } from './originals';
import { bumpStats, readStats } from './stats';

/**
 * Bulletins per bulkAdd call inside the import transaction (each is two records: summary and
 * body). Several chunks are kept in flight, so the database writes while the main thread
 * serialises the next. Each chunk is serialised in the task that saw an earlier one finish (no
 * setTimeout yield is possible inside an IndexedDB transaction), and when indexing and parsing
 * share the two cores a 100-bulletin chunk took 40–130 ms of main thread (measured); 50-bulletin
 * chunks, 4 in flight, kept every task under 50 ms at the same throughput.
 */
const IMPORT_CHUNK = 50;
const IN_FLIGHT = 4;

export interface CommitImportInput {
  fileNames: string[];
  bulletins: ParsedBulletin[];
  /** Tags to attach, by index into `bulletins` (unknown tag ids are ignored). */
  tagIdsByIndex?: { readonly [index: number]: readonly string[] | undefined };
  /**
   * `contentHash(title, body)` of each bulletin when the caller already has it (the import worker
   * computes it off the main thread); missing entries are computed here.
   */
  contentHashes?: ReadonlyArray<string | undefined>;
  /**
   * Ids to store each bulletin under, by index (missing entries get a new id). Lets the caller
   * index the batch for search while it is being stored, instead of after.
   */
  ids?: ReadonlyArray<string | undefined>;
  /**
   * Told how many of the batch's new bulletins are written so far (in the transaction: nothing is
   * kept until the last one is), for a progress bar on a long import.
   */
  onProgress?: (written: number, total: number) => void;
  /** The imported files, kept once each (content-addressed) in the same transaction. */
  originals?: readonly OriginalFileInput[];
  /** For each bulletin (by index), the `id` of the original it came from. */
  originalIds?: ReadonlyArray<string | undefined>;
}

export interface CommitImportResult {
  batchId: string;
  added: BulletinSummary[];
  /** Bulletins already in the archive (including the Trash) or repeated within the batch. */
  skippedDuplicates: number;
  /**
   * For each summary in `added`, the index of its bulletin in the input, so callers can pair it
   * with the body they still hold without hashing again.
   */
  addedIndexes: number[];
}

/**
 * Below this many stored bulletins per hash looked up, reading every key of the contentHash index
 * beats looking the hashes up. Measured in Chromium: a key-only index walk costs ~45 µs per stored
 * row (the browser prefetches cursor steps), while `anyOf` jumps its cursor from key to key at
 * ~300 µs per hash, and separate exact lookups cost even more per request.
 */
const SCAN_RATIO = 6;

/** Which of `hashes` (distinct) already belong to a stored bulletin, live or in the Trash. Needs bulletins and kv in scope. */
async function storedHashes(db: ArchiveDb, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  // The stats row spares a count (an index walk in Chromium) when the caller's scope includes kv.
  const stats = await readStats(db);
  const stored = stats ? stats.live + stats.trash : await db.bulletins.count();
  if (stored === 0) return new Set();
  if (stored <= SCAN_RATIO * hashes.length) {
    const wanted = new Set(hashes);
    const found = new Set<string>();
    for (const key of await db.bulletins.orderBy('contentHash').keys()) {
      const h = String(key);
      if (wanted.has(h)) found.add(h);
    }
    return found;
  }
  const keys = await db.bulletins.where('contentHash').anyOf([...hashes]).keys();
  return new Set(keys.map(String));
}

/** Which of `hashes` already belong to a stored bulletin (live or in the Trash). */
export async function findExistingHashes(hashes: Iterable<string>): Promise<Set<string>> {
  const db = getArchiveDb();
  const unique = [...new Set(hashes)];
  return db.transaction('r', db.bulletins, db.kv, () => storedHashes(db, unique));
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
 * `makeExcerpt(body)` reading only the start of a long body: the excerpt depends only on the first
 * EXCERPT_LENGTH characters of the whitespace-collapsed body, and collapsing a prefix gives a
 * prefix of the collapsed whole.
 */
function excerptOf(body: string): string {
  const head = body.slice(0, 4 * EXCERPT_LENGTH);
  if (head.length < body.length && head.replace(/\s+/g, ' ').trim().length > EXCERPT_LENGTH) return makeExcerpt(head);
  return makeExcerpt(body);
}

interface Candidate {
  index: number;
  row: SummaryRow;
  body: BulletinBody;
}

/**
 * Rows for the bulletins of a batch that are not repeated within it (hashes, ids, excerpts),
 * in time-boxed slices with yields between them so a large batch never blocks the UI.
 */
async function prepareRows(input: CommitImportInput, batchId: string, now: number): Promise<{ candidates: Candidate[]; repeated: number }> {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  let repeated = 0;
  const slice = new TimeSlice();
  for (let index = 0; index < input.bulletins.length; index++) {
    if (slice.spent) await slice.next();
    const p = input.bulletins[index] as ParsedBulletin;
    const hash = input.contentHashes?.[index] ?? contentHash(p.title, p.body);
    if (seen.has(hash)) {
      repeated++;
      continue;
    }
    seen.add(hash);
    const id = input.ids?.[index] ?? newId();
    const originalId = input.originalIds?.[index];
    candidates.push({
      index,
      row: {
        id,
        title: p.title,
        date: p.date,
        datePrecision: p.datePrecision,
        // An approximate range and an inferred year stay marked after import, until confirmed.
        ...(p.dateApprox && p.dateEnd ? { dateEnd: p.dateEnd, dateApprox: true as const } : {}),
        ...(p.yearInferred ? { yearInferred: true as const } : {}),
        place: p.place,
        language: p.language,
        countries: [...p.countries],
        organisations: [...p.organisations],
        tags: [],
        sourceFile: p.sourceFile,
        ...(originalId !== undefined ? { originalId } : {}),
        ...(originalId !== undefined && p.sourcePage !== undefined ? { sourcePage: p.sourcePage } : {}),
        batchId,
        contentHash: hash,
        excerpt: excerptOf(p.body),
        createdAt: now,
        updatedAt: now,
        deletedAt: 0,
        trashed: 0,
        dateKey: p.date ?? '',
      },
      body: { id, body: p.body, bodyHtml: p.bodyHtml },
    });
  }
  return { candidates, repeated };
}

/**
 * A write whose failure reaches the caller through the transaction: if an earlier write fails this
 * one is never awaited, and its rejection must not surface as an uncaught page error.
 */
function quiet<T>(write: Promise<T>): Promise<T> {
  write.catch(() => undefined);
  return write;
}

/**
 * Stores an import batch in ONE transaction: either every new bulletin is stored or none is.
 * Duplicates (same content hash already stored, or repeated in the batch) are skipped.
 * Everything that needs no database (hashes, rows, excerpts) is prepared before the transaction;
 * inside it, one duplicate check and all writes are issued without waiting on each other.
 * @throws ArchiveError with code 'quota' when storage is full (the archive is then unchanged).
 */
export async function commitImport(input: CommitImportInput): Promise<CommitImportResult> {
  const db = getArchiveDb();
  const batchId = newId();
  const now = Date.now();
  const { candidates, repeated } = await prepareRows(input, batchId, now);
  const tagsById = input.tagIdsByIndex;
  const wantsTags = tagsById !== undefined && candidates.some((c) => (tagsById[c.index]?.length ?? 0) > 0);
  let tx: FailedTransaction | null = null;
  const result = await withStorageErrors(() =>
    db.transaction('rw', [db.bulletins, db.bodies, db.batches, db.tags, db.kv, db.originals], async (trans) => {
      tx = trans as FailedTransaction;
      const existing = await storedHashes(db, candidates.map((c) => c.row.contentHash));
      const knownTags = wantsTags ? new Set(await db.tags.toCollection().primaryKeys()) : new Set<string>();
      const fresh = existing.size === 0 ? candidates : candidates.filter((c) => !existing.has(c.row.contentHash));
      if (wantsTags) {
        for (const c of fresh) c.row.tags = [...new Set(tagsById?.[c.index] ?? [])].filter((t) => knownTags.has(t));
      }
      const writes: Promise<unknown>[] = [];
      // Only files a stored bulletin links to are kept: an all-duplicates file would be an orphan.
      const linked = new Set(fresh.map((c) => c.row.originalId));
      const originals = (input.originals ?? []).filter((o) => linked.has(o.id));
      if (fresh.length > 0) {
        const batch: ImportBatch = { id: batchId, createdAt: now, fileNames: [...input.fileNames], count: fresh.length, state: 'committed' };
        if (originals.length > 0) batch.originalIds = [...new Set(originals.map((o) => o.id))];
        writes.push(quiet(db.batches.add(batch)), quiet(putOriginals(db, originals, countLinks(fresh.map((c) => c.row)), now)));
      }
      for (let i = 0; i < fresh.length; i += IMPORT_CHUNK) {
        if (writes.length >= IN_FLIGHT) await writes.shift();
        const chunk = fresh.slice(i, i + IMPORT_CHUNK);
        const written = Math.min(fresh.length, i + IMPORT_CHUNK);
        const write = Promise.all([db.bulletins.bulkAdd(chunk.map((c) => c.row)), db.bodies.bulkAdd(chunk.map((c) => c.body))]).then(() =>
          input.onProgress?.(written, fresh.length),
        );
        writes.push(quiet(write));
      }
      await Promise.all(writes);
      if (fresh.length > 0) await bumpStats(db, { live: fresh.length });
      return {
        batchId,
        added: fresh.map((c) => rowToSummary(c.row)),
        skippedDuplicates: repeated + candidates.length - fresh.length,
        addedIndexes: fresh.map((c) => c.index),
      };
    }),
    () => transactionErrorOf(tx),
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
    db.transaction('rw', [db.bulletins, db.bodies, db.batches, db.dossiers, db.kv, db.originals], async () => {
      const batch = await db.batches.get(batchId);
      const ofBatch = db.bulletins.where('batchId').equals(batchId);
      // Rows are read only when the batch kept files: their links say which originals lose bulletins.
      const rows = batch?.originalIds?.length ? await ofBatch.toArray() : null;
      const keys = rows ? rows.map((r) => r.id) : await ofBatch.primaryKeys();
      // The Trash is small: its keys tell how many of the batch's bulletins were trashed.
      const trashKeys = new Set(keys.length > 0 ? await byTrashState(db, 1).primaryKeys() : []);
      const trashed = keys.filter((k) => trashKeys.has(k)).length;
      await db.bulletins.bulkDelete(keys);
      await db.bodies.bulkDelete(keys);
      await pruneDossierItems(db, keys);
      await db.batches.update(batchId, { state: 'undone' });
      // The batch's files go too, unless another import's bulletins still link to them.
      if (rows) await unlink(db, countLinks(rows), true);
      if (keys.length > 0) await bumpStats(db, { live: trashed - keys.length, trash: -trashed });
      return keys;
    }),
  );
  emitArchiveChange({ kind: 'bulletins', ids });
  return ids.length;
}

/**
 * `confirmDate`: a person checked the date as shown; its "approximate" / "year inferred" marks go
 * (an approximate range becomes the year or month it was shown as). A new date clears them too.
 */
export type BulletinPatch = Partial<Pick<Bulletin, 'title' | 'date' | 'datePrecision' | 'place' | 'language' | 'body' | 'bodyHtml'>> & { confirmDate?: true };

/**
 * Edits a bulletin; recomputes its content hash and excerpt. Editing the plain body without a new
 * `bodyHtml` drops the old HTML, which would otherwise show the pre-edit text. With `expectedRev`
 * (the revision the editor was loaded at) the edit is refused when the bulletin was written since
 * or moved to the Trash: checked in the same transaction as the write, so no other write slips in.
 * @throws ArchiveError 'not-found' | 'conflict'
 */
export async function updateBulletin(id: string, patch: BulletinPatch, expectedRev?: number): Promise<Bulletin> {
  const db = getArchiveDb();
  const updated = await withStorageErrors(() =>
    db.transaction('rw', [db.bulletins, db.bodies, db.kv], async () => {
      const row = await db.bulletins.get(id);
      if (!row) throw new ArchiveError('not-found', 'This bulletin no longer exists.');
      checkRevision(row, expectedRev);
      const oldBody = (await db.bodies.get(id)) ?? { id, body: '', bodyHtml: null };
      const body: BulletinBody = {
        id,
        body: patch.body ?? oldBody.body,
        bodyHtml: patch.bodyHtml !== undefined ? patch.bodyHtml : patch.body !== undefined && patch.body !== oldBody.body ? null : oldBody.bodyHtml,
      };
      const { dateEnd: _end, dateApprox: _approx, yearInferred: _inferred, ...unmarked } = row;
      const next: SummaryRow = {
        ...unmarked,
        title: patch.title ?? row.title,
        ...patchedDate(row, patch),
        place: patch.place !== undefined ? patch.place : row.place,
        language: patch.language ?? row.language,
      };
      touchRow(next, Date.now());
      next.dateKey = next.date ?? '';
      next.contentHash = contentHash(next.title, body.body);
      next.excerpt = makeExcerpt(body.body);
      await db.bulletins.put(next);
      await db.bodies.put(body);
      await bumpStats(db);
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
    db.transaction('rw', db.bulletins, db.kv, async () => {
      const moved = await db.bulletins
        .where('id')
        .anyOf([...ids])
        .filter((r) => (r.trashed === 1) !== trashed)
        .modify((r) => {
          r.trashed = trashed ? 1 : 0;
          r.deletedAt = trashed ? now : 0;
          touchRow(r, now);
        });
      if (moved > 0) await bumpStats(db, trashed ? { live: -moved, trash: moved } : { live: moved, trash: -moved });
      return moved;
    }),
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
    db.transaction('rw', [db.bulletins, db.bodies, db.dossiers, db.kv, db.originals], async () => {
      // The Trash is small; its rows say which kept originals lose bulletins (they stay, as unused).
      const rows = await byTrashState(db, 1).toArray();
      const keys = rows.map((r) => r.id);
      await db.bulletins.bulkDelete(keys);
      await db.bodies.bulkDelete(keys);
      await pruneDossierItems(db, keys);
      await unlink(db, countLinks(rows), false);
      if (keys.length > 0) await bumpStats(db, { trash: -keys.length });
      return keys;
    }),
  );
  if (ids.length > 0) emitArchiveChange({ kind: 'bulletins', ids });
  return ids.length;
}

/** The date fields after `patch`: a confirmed or changed date loses its approximate / inferred marks. */
function patchedDate(row: SummaryRow, patch: BulletinPatch): DateFields {
  const date = patch.date !== undefined ? patch.date : row.date;
  const datePrecision = patch.datePrecision ?? row.datePrecision;
  const changed = date !== row.date || datePrecision !== row.datePrecision;
  if (!patch.confirmDate && !changed) {
    return { date, datePrecision, ...(row.dateEnd ? { dateEnd: row.dateEnd } : {}), ...(row.dateApprox ? { dateApprox: true } : {}), ...(row.yearInferred ? { yearInferred: true } : {}) };
  }
  // Confirming a range keeps what was shown ("≈ 2023" → 2023), stored as the unit's first day.
  if (!changed && row.dateApprox && date !== null) return { date: confirmedStart(date, datePrecision), datePrecision };
  return { date, datePrecision };
}
