/**
 * Drag-and-drop: files and whole folders dropped on the window. Folders are walked with the
 * (widely supported, non-standard) `webkitGetAsEntry` API; files inside folders are filtered to
 * importable, non-hidden ones, while files dropped directly are always passed on.
 */
import type { OpenedFile } from '../../../electron/shared/host-contract';
import { hasAllowedExtension } from '../../../electron/shared/file-limits';
import { IMPORT_EXTENSIONS } from '../core/import/formats';
import { DEFAULT_SIZE_LIMITS, readNamedBlobs, type NamedBlob, type SizeLimits } from './read-files';

/** Stop walking after this many files so dropping a home folder cannot hang the tab. */
export const MAX_DROPPED_FILES = 10_000;

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function readAllEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries hands out batches (100 in Chromium) until it returns an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function relativeName(entry: FileSystemEntry): string {
  return entry.fullPath.replace(/^\/+/, '') || entry.name;
}

async function collect(entry: FileSystemEntry, topLevel: boolean, out: NamedBlob[]): Promise<void> {
  if (out.length >= MAX_DROPPED_FILES) return;
  if (isFile(entry)) {
    if (!topLevel && (entry.name.startsWith('.') || !hasAllowedExtension(entry.name, IMPORT_EXTENSIONS))) return;
    try {
      out.push({ name: topLevel ? entry.name : relativeName(entry), blob: await fileOf(entry) });
    } catch {
      // Vanished or unreadable between drop and read: nothing to import.
    }
    return;
  }
  if (isDirectory(entry) && !entry.name.startsWith('.')) {
    const children = await readAllEntries(entry).catch(() => []);
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await collect(child, false, out);
  }
}

/**
 * The files of a drop, folders walked recursively, read to bytes under the size limits.
 * Call it synchronously inside the `drop` handler: the DataTransfer empties once the handler returns,
 * so the entries are taken before the first await.
 */
export async function filesFromDataTransfer(dataTransfer: DataTransfer, limits: SizeLimits = DEFAULT_SIZE_LIMITS): Promise<OpenedFile[]> {
  const entries: FileSystemEntry[] = [];
  const looseFiles: File[] = [];
  const items = Array.from(dataTransfer.items ?? []).filter((item) => item.kind === 'file');
  for (const item of items) {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) looseFiles.push(file);
    }
  }
  if (items.length === 0) looseFiles.push(...Array.from(dataTransfer.files ?? []));

  const blobs: NamedBlob[] = looseFiles.map((file) => ({ name: file.name, blob: file }));
  for (const entry of entries) await collect(entry, true, blobs);
  return readNamedBlobs(blobs.slice(0, MAX_DROPPED_FILES), limits);
}
