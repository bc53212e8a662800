/**
 * Checks a backup's kept originals without storing them: each entry's base64 slices must decode to
 * exactly `size` bytes hashing to its SHA-256 `id`. Pure (no atob, no DOM) so the JSON importer can
 * run it in its worker; a restore decodes the same way into Blobs (data/backup-originals.ts).
 */
import type { BackupOriginal } from './records';
import { Sha256 } from './sha256';
import { BackupFormatError } from './validate';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 (with `=` padding) → bytes; null when it is not valid base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const body = text.replace(/={1,2}$/, '');
  if ((text.length & 3) !== 0 || body.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < body.length; i++) {
    const v = VALUE[body.charCodeAt(i)] ?? -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * Refuses the first original whose bytes are not base64, not `size` long or not its hash.
 * @throws BackupFormatError naming the entry and the file.
 */
export function verifyBackupOriginals(originals: readonly BackupOriginal[]): void {
  originals.forEach((entry, i) => {
    const where = `originals[${i}] ("${entry.names[0] ?? entry.id}")`;
    const hash = new Sha256();
    let size = 0;
    entry.data.forEach((slice, j) => {
      const bytes = decodeBase64(slice);
      if (!bytes) throw new BackupFormatError(`The backup file is damaged: ${where}.data[${j}] is not valid base64.`);
      hash.update(bytes);
      size += bytes.byteLength;
    });
    if (size !== entry.size) throw new BackupFormatError(`The backup file is damaged: ${where} has ${size} bytes, not the ${entry.size} its size field lists.`);
    if (hash.hex() !== entry.id) throw new BackupFormatError(`The backup file is damaged: ${where} does not match its SHA-256 id.`);
  });
}
