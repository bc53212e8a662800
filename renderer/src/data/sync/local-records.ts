/**
 * The archive's side of the team-archive bridge: reads local records in the sync mapping's neutral
 * shape, and writes incoming ones in one transaction per batch. Only the bridge's `sync/apply`
 * command calls the writer, and that command re-indexes what changed, so search stays in step.
 */
import type { GlossaryEntry } from '../../core/backup/format';
import { contentHash } from '../../core/import/hash';
import type { Bulletin, OriginalFileMeta } from '../../core/model';
import { parseDocId, recordFingerprint, recordToDoc, type SyncDocType, type SyncRecord } from '../../core/sync/docs';
import { emitArchiveChange, type ArchiveChangeKind } from '../changes';
import { getArchiveDb, rowToSummary, summaryToRow, type ArchiveDb, type OriginalRow, type SummaryRow } from '../db';
import { ArchiveError, withStorageErrors } from '../errors';
import { makeExcerpt } from '../excerpt';
import { originalMeta, recountLinks } from '../originals';
import { revisionOf } from '../revision';
import { bumpStats } from '../stats';

/** Which records to read: every one of a type, or these ids. */
export type RecordScope = { type: SyncDocType; ids?: readonly string[] };

/** Local records of one type (all, or the given ids; ids not found are simply absent). */
export async function readLocalRecords(scope: RecordScope): Promise<SyncRecord[]> {
  const db = getArchiveDb();
  const { ids } = scope;
  switch (scope.type) {
    case 'bulletin': {
      const rows = ids ? (await db.bulletins.bulkGet([...ids])).filter((r): r is SummaryRow => r !== undefined) : await db.bulletins.toArray();
      const bodies = await db.bodies.bulkGet(rows.map((r) => r.id));
      return rows.map((row, i) => ({
        type: 'bulletin',
        value: { ...rowToSummary(row), body: bodies[i]?.body ?? '', bodyHtml: bodies[i]?.bodyHtml ?? null },
        history: [],
      }));
    }
    case 'tag':
      return (await pick(db.tags.toArray(), ids)).map((value) => ({ type: 'tag', value }));
    case 'dossier':
      return (await pick(db.dossiers.toArray(), ids)).map((value) => ({ type: 'dossier', value }));
    case 'savedSearch':
      return (await pick(db.savedSearches.toArray(), ids)).map((value) => ({ type: 'savedSearch', value }));
    case 'rule':
      return (await pick(db.rules.toArray(), ids)).map((value) => ({ type: 'rule', value }));
    case 'original': {
      // Metadata only: the bytes are read one file at a time when a file must be sent.
      const rows: OriginalFileMeta[] = [];
      await db.originals.each((row) => {
        if (!ids || ids.includes(row.id)) rows.push(originalMeta(row));
      });
      return rows.map((value) => ({ type: 'original', value }));
    }
    case 'glossary': {
      const value = (await db.kv.get('glossary'))?.value;
      return Array.isArray(value) ? [{ type: 'glossary', value: value as GlossaryEntry[] }] : [];
    }
  }
}

async function pick<T extends { id: string }>(all: Promise<T[]>, ids: readonly string[] | undefined): Promise<T[]> {
  const rows = await all;
  if (!ids) return rows;
  const wanted = new Set(ids);
  return rows.filter((r) => wanted.has(r.id));
}

/** Every local bulletin id (a full export compares them with the sync copy). */
export async function listLocalBulletinIds(): Promise<string[]> {
  return (await getArchiveDb().bulletins.toCollection().primaryKeys()) as string[];
}

/** One kept original's bytes, or null when it is not on this laptop. */
export async function readOriginalBlob(id: string): Promise<Blob | null> {
  return (await getArchiveDb().originals.get(id))?.blob ?? null;
}

/** What one incoming batch changes: records to store and records the team deleted. */
export interface IncomingBatch {
  put: SyncRecord[];
  /** Kept originals' bytes, by id (already checked against their SHA-256). */
  blobs?: ReadonlyMap<string, Blob>;
  deleted: Array<{ type: SyncDocType; id: string }>;
  /**
   * The local state each decision was made on: document id → `recordFingerprint` of the local record
   * (null: absent). If any record differs when the batch is written — edited here meanwhile — nothing
   * is written and the call fails with ArchiveError 'conflict', so the caller decides again.
   */
  expect?: ReadonlyMap<string, string | null>;
}

/** What the batch changed, for the command to re-index and refresh. */
export interface AppliedBatch {
  bulletinIds: string[];
  tagsChanged: boolean;
}

const TABLE_KIND: Record<SyncDocType, ArchiveChangeKind> = {
  bulletin: 'bulletins',
  tag: 'tags',
  dossier: 'dossiers',
  savedSearch: 'savedSearches',
  rule: 'rules',
  original: 'originals',
  glossary: 'kv',
};

function bulletinRow(value: Bulletin, current: SummaryRow | undefined): SummaryRow {
  const { body: _body, bodyHtml: _html, ...summary } = value;
  // The import batch is this laptop's: keep the local one when the bulletin was already here. The
  // content hash is recomputed: a merge may have combined one side's title with the other's body.
  // An incoming change is a write like any other: past the local revision, so an editor opened
  // before it is refused as "changed elsewhere" (one notion of a stale edit, issue 24).
  return summaryToRow({
    ...summary,
    contentHash: contentHash(value.title, value.body),
    batchId: current?.batchId ?? 'sync',
    excerpt: makeExcerpt(value.body),
    rev: current ? revisionOf(current) + 1 : 0,
  });
}

/** Refuses the batch when a record it decided on changed since (see IncomingBatch.expect). */
async function checkExpected(expect: ReadonlyMap<string, string | null>): Promise<void> {
  const byType = new Map<SyncDocType, string[]>();
  const typeOf = new Map<string, SyncDocType>();
  for (const id of expect.keys()) {
    const parsed = parseDocId(id);
    if (!parsed) continue;
    byType.set(parsed.type, [...(byType.get(parsed.type) ?? []), parsed.id]);
    typeOf.set(id, parsed.type);
  }
  const now = new Map<string, string>();
  for (const [type, ids] of byType) {
    for (const record of await readLocalRecords({ type, ids })) now.set(recordToDoc(record)._id, recordFingerprint(record));
  }
  const changed = [...expect].filter(([id, fingerprint]) => typeOf.has(id) && (now.get(id) ?? null) !== fingerprint).map(([id]) => id);
  if (changed.length > 0) throw new ArchiveError('conflict', `Changed on this computer while the sync was applying: ${changed.slice(0, 5).join(', ')}`);
}

/** Writes an incoming batch in one transaction (all or nothing) and announces it. */
export async function applyIncoming(batch: IncomingBatch): Promise<AppliedBatch> {
  const db = getArchiveDb();
  const touched = new Set<SyncDocType>();
  const bulletinIds: string[] = [];
  await withStorageErrors(() =>
    db.transaction('rw', [db.bulletins, db.bodies, db.tags, db.dossiers, db.savedSearches, db.rules, db.kv, db.originals], async () => {
      if (batch.expect) await checkExpected(batch.expect);
      await writeBulletins(db, batch, bulletinIds);
      for (const record of batch.put) {
        touched.add(record.type);
        if (record.type !== 'bulletin') await writeOther(db, record, batch.blobs);
      }
      for (const gone of batch.deleted) {
        touched.add(gone.type);
        await deleteOther(db, gone);
      }
      if (touched.has('original') || touched.has('bulletin')) await recountLinks(db);
    }),
  );
  for (const type of touched) if (type !== 'bulletin') emitArchiveChange({ kind: TABLE_KIND[type], source: 'team-sync' });
  if (bulletinIds.length > 0) emitArchiveChange({ kind: 'bulletins', ids: bulletinIds, source: 'team-sync' });
  return { bulletinIds, tagsChanged: touched.has('tag') };
}

async function writeBulletins(db: ArchiveDb, batch: IncomingBatch, out: string[]): Promise<void> {
  const incoming = batch.put.filter((r): r is Extract<SyncRecord, { type: 'bulletin' }> => r.type === 'bulletin').map((r) => r.value);
  const goneIds = batch.deleted.filter((d) => d.type === 'bulletin').map((d) => d.id);
  if (incoming.length === 0 && goneIds.length === 0) return;
  const current = incoming.length === 0 ? [] : await db.bulletins.bulkGet(incoming.map((b) => b.id));
  const rows = incoming.map((b, i) => bulletinRow(b, current[i]));
  let live = 0;
  let trash = 0;
  rows.forEach((row, i) => {
    const before = current[i];
    if (before?.trashed) trash--;
    else if (before) live--;
    if (row.trashed) trash++;
    else live++;
  });
  const goneRows = goneIds.length === 0 ? [] : (await db.bulletins.bulkGet(goneIds)).filter((r): r is SummaryRow => r !== undefined);
  for (const row of goneRows) {
    if (row.trashed) trash--;
    else live--;
  }
  // Empty bulk calls are skipped: they resolve without an IndexedDB request.
  if (rows.length > 0) {
    await db.bulletins.bulkPut(rows);
    await db.bodies.bulkPut(incoming.map((b) => ({ id: b.id, body: b.body, bodyHtml: b.bodyHtml })));
  }
  if (goneRows.length > 0) {
    await db.bulletins.bulkDelete(goneRows.map((r) => r.id));
    await db.bodies.bulkDelete(goneRows.map((r) => r.id));
  }
  await bumpStats(db, { live, trash });
  out.push(...incoming.map((b) => b.id), ...goneRows.map((r) => r.id));
}

async function writeOther(db: ArchiveDb, record: SyncRecord, blobs: ReadonlyMap<string, Blob> | undefined): Promise<void> {
  switch (record.type) {
    case 'bulletin':
      return;
    case 'tag':
      await db.tags.put(record.value);
      return;
    case 'dossier':
      await db.dossiers.put(record.value);
      return;
    case 'savedSearch':
      await db.savedSearches.put(record.value);
      return;
    case 'rule':
      await db.rules.put(record.value);
      return;
    case 'glossary':
      await db.kv.put({ key: 'glossary', value: record.value });
      return;
    case 'original': {
      const current = await db.originals.get(record.value.id);
      const blob = current?.blob ?? blobs?.get(record.value.id);
      // Without its bytes an original is not stored: it comes with a later batch that has them.
      if (!blob) return;
      const names = [...new Set([...(current?.names ?? []), ...record.value.names])];
      const row: OriginalRow = { ...record.value, names, blob, links: current?.links ?? 0 };
      await db.originals.put(row);
    }
  }
}

async function deleteOther(db: ArchiveDb, gone: { type: SyncDocType; id: string }): Promise<void> {
  switch (gone.type) {
    case 'tag':
      await db.tags.delete(gone.id);
      return;
    case 'dossier':
      await db.dossiers.delete(gone.id);
      return;
    case 'savedSearch':
      await db.savedSearches.delete(gone.id);
      return;
    case 'rule':
      await db.rules.delete(gone.id);
      return;
    case 'glossary':
      await db.kv.delete('glossary');
      return;
    // Bulletins are deleted in writeBulletins; a kept original is never deleted by a sync (a
    // bulletin on this laptop may still link to it).
    case 'bulletin':
    case 'original':
      return;
  }
}
