/**
 * Whole-archive export and restore. Restore runs in ONE transaction over every table, so a
 * failure (bad record, full disk) leaves the previous archive exactly as it was.
 */
import { createBackupFile, validateBackup, type BackupFile, type GlossaryEntry } from '../core/backup/format';
import type { Bulletin, Dossier, SavedSearch, Tag, TagRule } from '../core/model';
import { findSibling } from '../core/tags/tree';
import { emitArchiveChange } from './changes';
import { decodeOriginal, encodeOriginal } from './backup-originals';
import { getArchiveDb, rowToSummary, summaryToRow, type ArchiveDb, type OriginalRow } from './db';
import { withStorageErrors } from './errors';
import { recountLinks } from './originals';
import { revisionOf } from './revision';
import { SEARCH_INDEX_META_KEY } from './search-index';
import { recountStats } from './stats';

const WRITE_CHUNK = 500;

export type RestoreMode = 'merge' | 'replace';

export interface RestoreCounts {
  added: number;
  updated: number;
  skipped: number;
}

/** Bulletin counts at the top level; every table's counts in `details`. */
export interface RestoreResult extends RestoreCounts {
  details: Record<'bulletins' | 'tags' | 'dossiers' | 'savedSearches' | 'rules' | 'originals', RestoreCounts>;
}

export interface ExportOptions {
  /** Include the kept original files (base64; the file grows by 4/3 of their size). */
  includeOriginals?: boolean;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Reads the whole archive (Trash and soft-deleted dossiers included) as a backup object, with the
 * kept originals when asked. Their bytes are read after the transaction: reading a Blob is not an
 * IndexedDB request, and awaiting it inside would end the transaction.
 */
export async function exportArchive(options: ExportOptions = {}): Promise<BackupFile> {
  const db = getArchiveDb();
  let kept: OriginalRow[] = [];
  const file = await db.transaction('r', [db.bulletins, db.bodies, db.tags, db.dossiers, db.savedSearches, db.rules, db.kv, db.originals], async () => {
    if (options.includeOriginals) kept = (await db.originals.toArray()).sort(byId);
    const rows = await db.bulletins.orderBy(':id').toArray();
    const bodies = await db.bodies.bulkGet(rows.map((r) => r.id));
    const bulletins: Bulletin[] = rows.map((row, i) => ({
      ...rowToSummary(row),
      body: bodies[i]?.body ?? '',
      bodyHtml: bodies[i]?.bodyHtml ?? null,
    }));
    const glossary = (await db.kv.get('glossary'))?.value as GlossaryEntry[] | undefined;
    return createBackupFile({
      bulletins,
      tags: (await db.tags.toArray()).sort(byId),
      dossiers: (await db.dossiers.toArray()).sort(byId),
      savedSearches: (await db.savedSearches.toArray()).sort(byId),
      rules: (await db.rules.toArray()).sort(byId),
      ...(Array.isArray(glossary) ? { glossary } : {}),
    });
  });
  if (!options.includeOriginals) return file;
  const originals = [];
  for (const row of kept) originals.push(await encodeOriginal(row));
  return { ...file, originals };
}

async function putBulletins(db: ArchiveDb, bulletins: readonly Bulletin[]): Promise<void> {
  for (let i = 0; i < bulletins.length; i += WRITE_CHUNK) {
    const chunk = bulletins.slice(i, i + WRITE_CHUNK);
    await db.bulletins.bulkPut(chunk.map(({ body: _b, bodyHtml: _h, ...summary }) => summaryToRow(summary)));
    await db.bodies.bulkPut(chunk.map((b) => ({ id: b.id, body: b.body, bodyHtml: b.bodyHtml })));
  }
}

const zero = (): RestoreCounts => ({ added: 0, updated: 0, skipped: 0 });

async function replaceAll(db: ArchiveDb, file: BackupFile): Promise<RestoreResult> {
  // Originals are not cleared: a replace is undone from a snapshot that does not carry them, and
  // ones left unused are listed (and deletable) in Settings.
  await Promise.all([db.bulletins, db.bodies, db.tags, db.dossiers, db.savedSearches, db.rules, db.batches].map((t) => t.clear()));
  await db.tags.bulkPut(file.tags);
  await putBulletins(db, file.bulletins);
  await db.dossiers.bulkPut(file.dossiers);
  await db.savedSearches.bulkPut(file.savedSearches);
  await db.rules.bulkPut(file.rules);
  if (file.glossary) await db.kv.put({ key: 'glossary', value: file.glossary });
  const count = (n: number): RestoreCounts => ({ added: n, updated: 0, skipped: 0 });
  return {
    ...count(file.bulletins.length),
    details: {
      bulletins: count(file.bulletins.length),
      tags: count(file.tags.length),
      dossiers: count(file.dossiers.length),
      savedSearches: count(file.savedSearches.length),
      rules: count(file.rules.length),
      originals: zero(),
    },
  };
}

/** Merges tags parents-first; a same-named sibling already stored absorbs the incoming tag. */
async function mergeTags(db: ArchiveDb, incoming: readonly Tag[], counts: RestoreCounts): Promise<Map<string, string>> {
  const local = await db.tags.toArray();
  const map = new Map<string, string>();
  const pending = [...incoming];
  while (pending.length > 0) {
    const ready = pending.findIndex((t) => t.parentId === null || map.has(t.parentId) || !pending.some((p) => p.id === t.parentId));
    const [tag] = pending.splice(Math.max(ready, 0), 1);
    if (!tag) break;
    const parentId = tag.parentId === null ? null : (map.get(tag.parentId) ?? tag.parentId);
    const sameId = local.find((t) => t.id === tag.id);
    const sameName = findSibling(local, parentId, tag.name);
    if (sameId || sameName) {
      map.set(tag.id, (sameId ?? sameName)?.id ?? tag.id);
      counts.skipped++;
      continue;
    }
    const added = { ...tag, parentId };
    local.push(added);
    await db.tags.add(added);
    map.set(tag.id, tag.id);
    counts.added++;
  }
  return map;
}

async function mergeAll(db: ArchiveDb, file: BackupFile): Promise<RestoreResult> {
  const details: RestoreResult['details'] = { bulletins: zero(), tags: zero(), dossiers: zero(), savedSearches: zero(), rules: zero(), originals: zero() };
  const tagMap = await mergeTags(db, file.tags, details.tags);
  const mapTags = (tags: readonly string[]): string[] => [...new Set(tags.map((t) => tagMap.get(t) ?? t))];

  // Bulletins: same id → newer updatedAt wins; same content under another id → skipped (and remembered).
  const bulletinMap = new Map<string, string>();
  const existing = new Map((await db.bulletins.bulkGet(file.bulletins.map((b) => b.id))).map((r, i) => [file.bulletins[i]?.id, r]));
  const hashes = new Map<string, string>();
  const hashKeys = [...new Set(file.bulletins.map((b) => b.contentHash))];
  await db.bulletins.where('contentHash').anyOf(hashKeys).each((r) => hashes.set(r.contentHash, r.id));
  const toWrite: Bulletin[] = [];
  for (const b of file.bulletins) {
    const current = existing.get(b.id);
    const next = { ...b, tags: mapTags(b.tags) };
    if (current) {
      if (b.updatedAt > current.updatedAt) {
        // A restore is a write: past both revisions, so an editor open on either copy is stale.
        next.rev = Math.max(revisionOf(current), revisionOf(b)) + 1;
        toWrite.push(next);
        details.bulletins.updated++;
      } else details.bulletins.skipped++;
      continue;
    }
    const dup = hashes.get(b.contentHash);
    if (dup !== undefined) {
      bulletinMap.set(b.id, dup);
      details.bulletins.skipped++;
      continue;
    }
    hashes.set(b.contentHash, b.id);
    toWrite.push(next);
    details.bulletins.added++;
  }
  await putBulletins(db, toWrite);

  const mapItems = (items: readonly string[]): string[] => [...new Set(items.map((i) => bulletinMap.get(i) ?? i))];
  for (const d of file.dossiers) {
    const current = await db.dossiers.get(d.id);
    if (current && d.updatedAt <= current.updatedAt) {
      details.dossiers.skipped++;
      continue;
    }
    const next: Dossier = { ...d, items: mapItems(d.items), declined: mapItems(d.declined) };
    await db.dossiers.put(next);
    details.dossiers[current ? 'updated' : 'added']++;
  }
  await mergeSimple(db.savedSearches, file.savedSearches, (s) => s, details.savedSearches);
  const localRules = await db.rules.toArray();
  const rules = file.rules
    .map((r): TagRule => ({ ...r, tagId: tagMap.get(r.tagId) ?? r.tagId }))
    .filter((r) => {
      const same = localRules.some((l) => l.id !== r.id && l.tagId === r.tagId && l.query === r.query);
      if (same) details.rules.skipped++;
      return !same;
    });
  await mergeSimple(db.rules, rules, (r) => r, details.rules);
  if (file.glossary) {
    const local = ((await db.kv.get('glossary'))?.value as GlossaryEntry[] | undefined) ?? [];
    const seen = new Set(local.map((g) => `${g.es}\u0000${g.en}`));
    await db.kv.put({ key: 'glossary', value: [...local, ...file.glossary.filter((g) => !seen.has(`${g.es}\u0000${g.en}`))] });
  }
  return { ...details.bulletins, details };
}

/**
 * A backup without originals still names the files its bulletins came from; a link is kept only
 * where this archive has that file (elsewhere it would point nowhere). Mutates `file`'s bulletins.
 */
async function dropUnknownOriginalLinks(db: ArchiveDb, file: BackupFile): Promise<void> {
  if (!file.bulletins.some((b) => b.originalId !== undefined)) return;
  const known = new Set(await db.originals.toCollection().primaryKeys());
  file.bulletins = file.bulletins.map((b) => {
    if (b.originalId === undefined || known.has(b.originalId)) return b;
    const { originalId: _gone, sourcePage: _page, ...rest } = b;
    return rest;
  });
}

/** Stores restored originals: a new id is added, a known one only gains the backup's names. */
async function putRestoredOriginals(db: ArchiveDb, rows: readonly OriginalRow[]): Promise<RestoreCounts> {
  const counts = zero();
  if (rows.length === 0) return counts;
  const stored = await db.originals.bulkGet(rows.map((r) => r.id));
  const writes: OriginalRow[] = [];
  rows.forEach((row, i) => {
    const current = stored[i];
    if (!current) {
      writes.push(row);
      counts.added++;
      return;
    }
    const names = [...new Set([...current.names, ...row.names])];
    if (names.length > current.names.length) {
      writes.push({ ...current, names });
      counts.updated++;
    } else counts.skipped++;
  });
  if (writes.length > 0) await db.originals.bulkPut(writes);
  return counts;
}

/** Adds records whose id is new; existing ids are kept (these records have no `updatedAt`). */
async function mergeSimple<T extends SavedSearch | TagRule>(
  table: { bulkGet(keys: string[]): Promise<Array<T | undefined>>; bulkAdd(items: readonly T[]): Promise<unknown> },
  items: readonly T[],
  map: (item: T) => T,
  counts: RestoreCounts,
): Promise<void> {
  const found = await table.bulkGet(items.map((i) => i.id));
  const fresh = items.filter((_, i) => found[i] === undefined).map(map);
  counts.added += fresh.length;
  counts.skipped += items.length - fresh.length;
  if (fresh.length > 0) await table.bulkAdd(fresh);
}

/**
 * Restores a backup in ONE transaction over all tables.
 * - `replace`: the archive becomes exactly the backup (settings other than the glossary are kept).
 * - `merge`: records are added; for the same id the newer `updatedAt` wins; bulletins whose content
 *   is already stored are skipped; same-named tags are reused.
 * The persisted search index is dropped so it is rebuilt. On any failure nothing changes.
 * @throws BackupFormatError for an invalid file; ArchiveError 'quota' when storage is full.
 */
export async function restoreArchive(file: BackupFile, mode: RestoreMode): Promise<RestoreResult> {
  // Every field and reference again (the command may be sent any object); the checksum was
  // verified when the file's bytes were parsed, and the HTML has been sanitised since.
  const clean = validateBackup(file, { verifyChecksum: false });
  // Decoded and hash-checked before the transaction (hashing is not an IndexedDB request).
  const originals: OriginalRow[] = [];
  for (const entry of clean.originals ?? []) originals.push(await decodeOriginal(entry));
  const db = getArchiveDb();
  const result = await withStorageErrors(() =>
    db.transaction('rw', db.tables, async () => {
      if (!clean.originals) await dropUnknownOriginalLinks(db, clean);
      const res = mode === 'replace' ? await replaceAll(db, clean) : await mergeAll(db, clean);
      res.details.originals = await putRestoredOriginals(db, originals);
      await recountLinks(db);
      await db.searchIndex.clear();
      await db.kv.delete(SEARCH_INDEX_META_KEY);
      // Whole-archive change: count again rather than track each row (a new epoch changes the fingerprint).
      await recountStats(db);
      return res;
    }),
  );
  emitArchiveChange({ kind: 'all' });
  return result;
}
