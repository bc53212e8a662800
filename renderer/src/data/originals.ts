/**
 * Imported files kept as they were ("originals"), content-addressed by the SHA-256 of their bytes so
 * a file imported twice is stored once. Bulletins link to theirs through `originalId`.
 */
import { Sha256 } from '../core/backup/sha256';
import { yieldToEventLoop } from '../core/scheduling';
import type { OriginalFileMeta } from '../core/model';
import { emitArchiveChange } from './changes';
import { getArchiveDb, type ArchiveDb, type OriginalRow } from './db';
import { withStorageErrors } from './errors';

/**
 * Bytes per Blob part when a file becomes a Blob. Each part is one copy in one task, with a yield
 * between parts. 1 MB: a 4 MB part was a 77 ms task under 6× CPU throttling (traced, the hardening
 * e2e's 5.3 MB page), which a loaded CI machine stretches the same way.
 */
export const ORIGINAL_SLICE_BYTES = 1 << 20;

/** A file to keep, as the import pipeline hands it over (hashed, its bytes already a Blob). */
export interface OriginalFileInput {
  id: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
}

export interface OriginalsUsage {
  count: number;
  bytes: number;
  /** Originals no bulletin links to any more (e.g. after the Trash was emptied). */
  unused: number;
  unusedBytes: number;
}

/**
 * Bytes hashed per task. WebCrypto's digest ran on the page's thread in Chromium (a 27 MB file:
 * one 43–214 ms task on the 2-core test machine); the incremental hash does ~90 MB/s there, so
 * 256 KB is ~3 ms a task. 1 MB slices took up to 186 ms each on a heavily loaded machine while a
 * 9 MB page was imported (issue 23's e2e); the extra yields cost next to nothing.
 */
export const HASH_SLICE_BYTES = 256 << 10;


/** Feeds `bytes` to `hash` one slice per task (reads `bytes` in place: nothing is copied). */
export async function hashInSlices(hash: Sha256, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.byteLength; at += HASH_SLICE_BYTES) {
    hash.update(bytes.subarray(at, at + HASH_SLICE_BYTES));
    if (at + HASH_SLICE_BYTES < bytes.byteLength) await yieldToEventLoop();
  }
}

/** SHA-256 of `bytes` as 64 lowercase hex digits, computed in slices with yields between them. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const hash = new Sha256();
  await hashInSlices(hash, bytes);
  return hash.hex();
}

/**
 * `bytes` as a Blob built from 4 MB parts, one per task: `new Blob([bytes])` copies the whole file
 * in one task on the calling thread.
 */
export async function blobFromBytes(bytes: Uint8Array, type: string): Promise<Blob> {
  if (bytes.byteLength <= ORIGINAL_SLICE_BYTES) return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const parts: Blob[] = [];
  for (let at = 0; at < bytes.byteLength; at += ORIGINAL_SLICE_BYTES) {
    parts.push(new Blob([bytes.subarray(at, at + ORIGINAL_SLICE_BYTES) as Uint8Array<ArrayBuffer>]));
    await yieldToEventLoop();
  }
  // A Blob of Blobs refers to its parts; nothing is copied again.
  return new Blob(parts, { type });
}

const TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  html: 'text/html',
  htm: 'text/html',
  txt: 'text/plain',
  md: 'text/markdown',
  eml: 'message/rfc822',
  json: 'application/json',
  csv: 'text/csv',
  rtf: 'application/rtf',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The MIME type a file name suggests (application/octet-stream when unknown). */
export function typeForName(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && TYPES[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

/**
 * Hashes a file and turns its bytes into a Blob, ready for `commitImport({ originals })`.
 * `sha256` is the bytes' hash when the import worker already computed it (then nothing is hashed here).
 */
export async function prepareOriginal(name: string, bytes: Uint8Array, sha256?: string): Promise<OriginalFileInput> {
  const type = typeForName(name);
  const id = sha256 && /^[0-9a-f]{64}$/u.test(sha256) ? sha256 : await sha256Hex(bytes);
  return { id, name, type, size: bytes.byteLength, blob: await blobFromBytes(bytes, type) };
}

/** The row without its bytes and link count. */
export function originalMeta(row: OriginalRow): OriginalFileMeta {
  const { blob: _blob, links: _links, ...meta } = row;
  return meta;
}

/** How many of `rows` link to each original. */
export function countLinks(rows: Iterable<{ originalId?: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.originalId) counts.set(r.originalId, (counts.get(r.originalId) ?? 0) + 1);
  return counts;
}

/**
 * Stores files in the caller's transaction (scope must include `originals`): a new hash gets a
 * row, a known one gains the new name; each gains `links` (bulletins stored linking to it).
 */
export async function putOriginals(db: ArchiveDb, files: readonly OriginalFileInput[], links: ReadonlyMap<string, number>, now: number): Promise<void> {
  if (files.length === 0) return;
  const unique = new Map<string, OriginalFileInput[]>();
  for (const f of files) unique.set(f.id, [...(unique.get(f.id) ?? []), f]);
  const ids = [...unique.keys()];
  const stored = await db.originals.bulkGet(ids);
  const rows: OriginalRow[] = [];
  ids.forEach((id, i) => {
    const incoming = unique.get(id) ?? [];
    const first = incoming[0];
    if (!first) return;
    const current = stored[i];
    const names = [...new Set([...(current?.names ?? []), ...incoming.map((f) => f.name)])];
    const added = links.get(id) ?? 0;
    if (current && names.length === current.names.length && added === 0) return;
    rows.push(
      current
        ? { ...current, names, links: current.links + added }
        : { id, names, type: first.type, size: first.size, importedAt: now, blob: first.blob, links: added },
    );
  });
  if (rows.length > 0) await db.originals.bulkPut(rows);
}

/**
 * Takes links away after bulletins were deleted for good (scope: originals); with `dropUnused`,
 * originals left with none are deleted too (undoing an import), else they stay, listed as unused.
 */
export async function unlink(db: ArchiveDb, removed: ReadonlyMap<string, number>, dropUnused: boolean): Promise<void> {
  if (removed.size === 0) return;
  const ids = [...removed.keys()];
  const rows = (await db.originals.bulkGet(ids)).filter((r): r is OriginalRow => r !== undefined);
  const next = rows.map((r) => ({ ...r, links: Math.max(0, r.links - (removed.get(r.id) ?? 0)) }));
  const gone = dropUnused ? next.filter((r) => r.links === 0).map((r) => r.id) : [];
  const kept = next.filter((r) => !gone.includes(r.id));
  if (kept.length > 0) await db.originals.bulkPut(kept);
  if (gone.length > 0) await db.originals.bulkDelete(gone);
}

/**
 * Sets every original's link count from the bulletins themselves (after a restore rewrote them).
 * Reads every bulletin row: only for whole-archive writes. Scope: bulletins, originals.
 */
export async function recountLinks(db: ArchiveDb): Promise<void> {
  const rows = await db.originals.toArray();
  if (rows.length === 0) return;
  const counts = new Map<string, number>();
  await db.bulletins.each((r) => {
    if (r.originalId) counts.set(r.originalId, (counts.get(r.originalId) ?? 0) + 1);
  });
  const changed = rows.filter((r) => r.links !== (counts.get(r.id) ?? 0)).map((r) => ({ ...r, links: counts.get(r.id) ?? 0 }));
  if (changed.length > 0) await db.originals.bulkPut(changed);
}

/**
 * Sets every original's link count from the bulletins (Settings → Check integrity). Reads every
 * bulletin row. @returns how many originals had a wrong count.
 */
export async function recountOriginalLinks(): Promise<number> {
  const db = getArchiveDb();
  let wrong = 0;
  await withStorageErrors(() =>
    db.transaction('rw', db.bulletins, db.originals, async () => {
      const before = new Map((await db.originals.toArray()).map((r) => [r.id, r.links]));
      await recountLinks(db);
      for (const r of await db.originals.toArray()) if (before.get(r.id) !== r.links) wrong++;
    }),
  );
  if (wrong > 0) emitArchiveChange({ kind: 'originals' });
  return wrong;
}

/** One original with its bytes, or null. */
export async function getOriginal(id: string): Promise<OriginalRow | null> {
  return (await getArchiveDb().originals.get(id)) ?? null;
}

/** Every original's metadata (no bytes), oldest first. */
export async function listOriginals(): Promise<OriginalFileMeta[]> {
  const rows = await getArchiveDb().originals.toArray();
  return rows.map(originalMeta).sort((a, b) => a.importedAt - b.importedAt);
}

/** The originals no bulletin links to any more (metadata only). */
export async function listUnusedOriginals(): Promise<OriginalFileMeta[]> {
  const rows = await getArchiveDb().originals.filter((r) => r.links <= 0).toArray();
  return rows.map(originalMeta).sort((a, b) => a.importedAt - b.importedAt);
}

/** How many originals are kept and their bytes, with the unused ones counted apart. */
export async function originalsUsage(): Promise<OriginalsUsage> {
  const all = await listOriginals();
  const unused = await listUnusedOriginals();
  const sum = (list: readonly OriginalFileMeta[]): number => list.reduce((n, o) => n + o.size, 0);
  return { count: all.length, bytes: sum(all), unused: unused.length, unusedBytes: sum(unused) };
}

/**
 * Deletes originals that no bulletin links to (a linked one is kept: its bulletins still point at
 * it). @returns the deleted rows, bytes included, for `restoreOriginals` (undo).
 */
export async function deleteOriginals(ids: readonly string[]): Promise<OriginalRow[]> {
  const db = getArchiveDb();
  const deleted = await withStorageErrors(() =>
    db.transaction('rw', db.originals, async () => {
      const rows = (await db.originals.bulkGet([...new Set(ids)])).filter((r): r is OriginalRow => r !== undefined && r.links <= 0);
      await db.originals.bulkDelete(rows.map((r) => r.id));
      return rows;
    }),
  );
  if (deleted.length > 0) emitArchiveChange({ kind: 'originals', ids: deleted.map((r) => r.id) });
  return deleted;
}

/** Puts deleted originals back (undo of `deleteOriginals`); ids already present are left alone. */
export async function restoreOriginals(rows: readonly OriginalRow[]): Promise<number> {
  const db = getArchiveDb();
  const added = await withStorageErrors(() =>
    db.transaction('rw', db.originals, async () => {
      const present = await db.originals.bulkGet(rows.map((r) => r.id));
      const fresh = rows.filter((_, i) => present[i] === undefined);
      if (fresh.length > 0) await db.originals.bulkAdd(fresh);
      return fresh.length;
    }),
  );
  if (added > 0) emitArchiveChange({ kind: 'originals', ids: rows.map((r) => r.id) });
  return added;
}
