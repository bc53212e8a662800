/**
 * Reading what the user picked in the open dialog: files as they are, folders walked recursively
 * for importable files. Over-limit or unreadable files come back with `error` instead of failing
 * the whole batch, so one bad file never blocks an import of hundreds.
 */
import { lstat, readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { OpenDialogOptions } from 'electron';
import {
  MAX_OPEN_FILE_BYTES,
  MAX_OPEN_TOTAL_BYTES,
  type FileFilter,
  type OpenFilesOptions,
  type OpenedFile,
} from '../shared/host-contract';
import { IMPORT_EXTENSIONS, fileTooLargeError, hasAllowedExtension, totalTooLargeError } from '../shared/file-limits';

export const DEFAULT_OPEN_FILTERS: FileFilter[] = [{ name: 'Bulletins', extensions: [...IMPORT_EXTENSIONS] }];
/** A folder walk stops here, so choosing "/" by mistake cannot hang the app. */
export const MAX_FOLDER_FILES = 10_000;

export interface ReadLimits {
  fileBytes: number;
  totalBytes: number;
  folderFiles: number;
}

const DEFAULT_LIMITS: ReadLimits = {
  fileBytes: MAX_OPEN_FILE_BYTES,
  totalBytes: MAX_OPEN_TOTAL_BYTES,
  folderFiles: MAX_FOLDER_FILES,
};

/** Native open-dialog options. Windows and Linux cannot pick files and folders in one dialog. */
export function openDialogOptions(options: OpenFilesOptions, platform: NodeJS.Platform): OpenDialogOptions {
  const filters = options.filters ?? DEFAULT_OPEN_FILTERS;
  if (!options.directories) return { properties: ['openFile', 'multiSelections'], filters };
  const properties: OpenDialogOptions['properties'] =
    platform === 'darwin' ? ['openFile', 'openDirectory', 'multiSelections'] : ['openDirectory', 'multiSelections'];
  return { properties, filters };
}

interface Candidate {
  path: string;
  name: string;
}

const EMPTY = new Uint8Array(0);

async function walkFolder(root: string, extensions: readonly string[], limit: number): Promise<{ found: Candidate[]; truncated: boolean }> {
  const found: Candidate[] = [];
  const label = basename(root);
  const queue: string[] = [''];
  while (queue.length > 0) {
    const rel = queue.shift() ?? '';
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      // Hidden files are OS litter (.DS_Store, ._x); symlinks could loop or escape the folder.
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) queue.push(childRel);
      else if (entry.isFile() && hasAllowedExtension(entry.name, extensions)) {
        if (found.length >= limit) return { found, truncated: true };
        found.push({ path: join(root, childRel), name: `${label}/${childRel}` });
      }
    }
  }
  return { found, truncated: false };
}

/**
 * Reads the chosen paths. Files found inside a chosen folder are named by their path relative to
 * the folder's parent ("Folder/sub/a.txt"), like `webkitRelativePath` in the web twin.
 */
export async function readSelection(
  paths: readonly string[],
  filters: readonly FileFilter[] = DEFAULT_OPEN_FILTERS,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<OpenedFile[]> {
  const extensions = filters.flatMap((f) => f.extensions);
  const results: OpenedFile[] = [];
  const candidates: Candidate[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await lstat(path);
    } catch {
      results.push({ name: basename(path), bytes: EMPTY, error: 'Could not read this file.' });
      continue;
    }
    if (info.isDirectory()) {
      const { found, truncated } = await walkFolder(path, extensions, limits.folderFiles - candidates.length);
      candidates.push(...found);
      if (truncated) {
        results.push({ name: basename(path), bytes: EMPTY, error: `Folder has more than ${limits.folderFiles} files; the rest were not read.` });
      }
    } else {
      candidates.push({ path, name: basename(path) });
    }
  }

  let total = 0;
  for (const candidate of candidates) {
    try {
      const info = await lstat(candidate.path);
      if (!info.isFile()) throw new Error('not a file');
      if (info.size > limits.fileBytes) {
        results.push({ name: candidate.name, bytes: EMPTY, error: fileTooLargeError(limits.fileBytes) });
        continue;
      }
      if (total + info.size > limits.totalBytes) {
        results.push({ name: candidate.name, bytes: EMPTY, error: totalTooLargeError(limits.totalBytes) });
        continue;
      }
      const data = await readFile(candidate.path);
      total += data.byteLength;
      results.push({ name: candidate.name, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), lastModified: info.mtimeMs });
    } catch {
      results.push({ name: candidate.name, bytes: EMPTY, error: 'Could not read this file.' });
    }
  }
  return results;
}
