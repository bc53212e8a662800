/** Backup bytes → text, refusing anything that is not valid UTF-8 (a damaged file is not guessed at). */
import { BackupFormatError } from './validate';

/** Offset of the first byte that breaks UTF-8 (-1 when none does), for a message that says where. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong, surrogate and beyond-U+10FFFF forms are decided by the second byte.
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a backup file (a leading BOM is dropped).
 * @throws BackupFormatError naming the offset of the first invalid byte.
 */
export function decodeBackupBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new BackupFormatError(`The backup file is damaged: it is not valid UTF-8 text (invalid byte at offset ${at < 0 ? 'unknown' : at.toLocaleString('en')}).`);
  }
}
