/**
 * Turning browser `File`s into `OpenedFile`s under the host contract's size limits. Shared by the
 * file picker and drag-and-drop so both report over-limit files the same way.
 */
import { MAX_OPEN_FILE_BYTES, MAX_OPEN_TOTAL_BYTES, type OpenedFile } from '../../../electron/shared/host-contract';
import { BLOB_SLICE_BYTES, blobBytes } from '../../../electron/shared/blob-bytes';
import { fileTooLargeError, totalTooLargeError } from '../../../electron/shared/file-limits';

export interface NamedBlob {
  /** File name, or a relative path ("Folder/sub/a.txt") for files found in folders. */
  name: string;
  blob: Blob;
}

export interface SizeLimits {
  fileBytes: number;
  totalBytes: number;
}

export const DEFAULT_SIZE_LIMITS: SizeLimits = { fileBytes: MAX_OPEN_FILE_BYTES, totalBytes: MAX_OPEN_TOTAL_BYTES };

const EMPTY = new Uint8Array(0);

/**
 * Files are read in slices of this size, one after another: Chromium hands the bytes of a whole
 * `arrayBuffer()` over in one UI-thread task (67–150 ms for a 27 MB file, measured); 4 MB slices
 * keep each under 20 ms, for ~0.2 s more in all.
 */
export const READ_SLICE_BYTES = BLOB_SLICE_BYTES;

async function readBlob(blob: Blob): Promise<Uint8Array> {
  // Sliced reading also refuses a file that changed on disk while it was read (a short or long slice).
  if (typeof blob.arrayBuffer === 'function' && typeof blob.slice === 'function' && blob.size > READ_SLICE_BYTES) return blobBytes(blob);
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  // Older engines (and some test DOMs) only have FileReader.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/** Reads the blobs in order; over-limit or unreadable ones get `error` and empty bytes. */
export async function readNamedBlobs(items: readonly NamedBlob[], limits: SizeLimits = DEFAULT_SIZE_LIMITS): Promise<OpenedFile[]> {
  const results: OpenedFile[] = [];
  let total = 0;
  for (const { name, blob } of items) {
    if (blob.size > limits.fileBytes) {
      results.push({ name, bytes: EMPTY, error: fileTooLargeError(limits.fileBytes) });
      continue;
    }
    if (total + blob.size > limits.totalBytes) {
      results.push({ name, bytes: EMPTY, error: totalTooLargeError(limits.totalBytes) });
      continue;
    }
    try {
      const bytes = await readBlob(blob);
      total += bytes.byteLength;
      const modified = (blob as Partial<File>).lastModified;
      results.push(typeof modified === 'number' && Number.isFinite(modified) && modified > 0 ? { name, bytes, lastModified: modified } : { name, bytes });
    } catch {
      results.push({ name, bytes: EMPTY, error: 'Could not read this file.' });
    }
  }
  return results;
}

/** The name a picked file should carry: its folder-relative path when one was chosen. */
export function pickedFileName(file: File): string {
  return file.webkitRelativePath || file.name;
}
