/**
 * Kept originals in and out of backups: bytes ↔ base64 slices, and the check that restored bytes
 * really are the file their id names (a backup is untrusted input).
 */
import { BackupFormatError, type BackupOriginal } from '../core/backup/format';
import { Sha256 } from '../core/backup/sha256';
import type { OriginalRow } from './db';
import { hashInSlices } from './originals';

/** Raw bytes per base64 slice (a multiple of 3, so slices need no padding but the last). */
export const BACKUP_SLICE_BYTES = 3 << 20;

const yieldTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // fromCharCode takes its arguments on the stack: 32 KB at a time stays well inside it.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** One original as a backup entry, read from its Blob one slice per task. */
export async function encodeOriginal(row: OriginalRow): Promise<BackupOriginal> {
  const data: string[] = [];
  for (let at = 0; at < row.blob.size; at += BACKUP_SLICE_BYTES) {
    data.push(toBase64(new Uint8Array(await row.blob.slice(at, at + BACKUP_SLICE_BYTES).arrayBuffer())));
    await yieldTask();
  }
  const { blob: _blob, links: _links, ...meta } = row;
  return { ...meta, names: [...meta.names], data };
}

/**
 * A backup entry back as a row: decoded and hashed slice by slice into Blob parts (no whole copy).
 * @throws BackupFormatError naming the file when its size or hash does not match.
 */
export async function decodeOriginal(entry: BackupOriginal): Promise<OriginalRow> {
  const label = entry.names[0] ?? entry.id;
  const parts: Uint8Array[] = [];
  const hash = new Sha256();
  let size = 0;
  for (const slice of entry.data) {
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(slice);
    } catch {
      throw new BackupFormatError(`The backup file is damaged: the original "${label}" is not valid base64.`);
    }
    parts.push(bytes);
    size += bytes.byteLength;
    await hashInSlices(hash, bytes);
    await yieldTask();
  }
  if (size !== entry.size) {
    throw new BackupFormatError(`The backup file is damaged: the original "${label}" has ${size} bytes, not the ${entry.size} it lists.`);
  }
  if (hash.hex() !== entry.id) {
    throw new BackupFormatError(`The backup file is damaged: the original "${label}" does not match its SHA-256 hash.`);
  }
  const blob = new Blob(parts as Uint8Array<ArrayBuffer>[], { type: entry.type });
  // Links are counted from the restored bulletins once they are stored (see restoreArchive).
  return { id: entry.id, names: [...entry.names], type: entry.type, size, importedAt: entry.importedAt, blob, links: 0 };
}

/** Bytes the originals would add to a backup (base64 is 4 characters per 3 bytes). */
export function backupSizeOf(sizes: readonly number[]): number {
  return sizes.reduce((n, s) => n + 4 * Math.ceil(s / 3), 0);
}
