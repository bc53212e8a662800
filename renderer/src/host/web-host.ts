/**
 * The HostApi for the web twin: a hidden file input for opening, a Blob download for saving,
 * `window.open` with noopener for https links, and no backups (the browser keeps the data in
 * IndexedDB; exports are the user's backups there).
 */
import type {
  FileFilter,
  HostApi,
  OpenFilesOptions,
  OpenOriginalRequest,
  OpenOriginalResult,
  OpenedFile,
  SaveFileResult,
} from '../../../electron/shared/host-contract';
import { MAX_BACKUP_OPEN_BYTES, MAX_SAVE_BYTES } from '../../../electron/shared/host-contract';
import { formatMegabytes } from '../../../electron/shared/file-limits';
import { IMPORT_EXTENSIONS } from '../core/import/formats';
import { isExternalHttpsUrl } from '../../../electron/shared/url-policy';
import { DEFAULT_SIZE_LIMITS, pickedFileName, readNamedBlobs, type SizeLimits } from './read-files';

export const WEB_APP_NAME = 'PA Bulletin Archive';

export interface WebHostOptions {
  document?: Document;
  window?: Window;
  limits?: SizeLimits;
  version?: string;
}

/** The `accept` attribute for filters; "*" (any file) means no attribute at all. */
export function acceptAttribute(filters: readonly FileFilter[] | undefined): string | null {
  const extensions = filters ? filters.flatMap((f) => f.extensions) : [...IMPORT_EXTENSIONS];
  if (extensions.includes('*')) return null;
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',');
}

/** Shows the browser's picker and resolves with the chosen files (empty when cancelled). */
export function pickFiles(doc: Document, options: OpenFilesOptions): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.hidden = true;
    const accept = acceptAttribute(options.filters);
    // Folder pickers ignore `accept`; the folder's files are filtered after picking instead.
    if (options.directories) input.webkitdirectory = true;
    else if (accept) input.accept = accept;
    const finish = (files: File[]): void => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    doc.body.append(input);
    input.click();
  });
}

function matchesAccept(name: string, accept: string | null): boolean {
  if (accept === null) return true;
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (base.startsWith('.')) return false;
  return accept.split(',').some((ext) => base.toLowerCase().endsWith(ext));
}

/** Builds the web implementation. Everything DOM-bound is injectable for tests. */
export function createWebHost(options: WebHostOptions = {}): HostApi {
  const doc = options.document ?? document;
  const win = options.window ?? window;
  const limits = options.limits ?? DEFAULT_SIZE_LIMITS;

  async function openFiles(openOptions: OpenFilesOptions = {}): Promise<OpenedFile[]> {
    const files = await pickFiles(doc, openOptions);
    const accept = acceptAttribute(openOptions.filters);
    const chosen = openOptions.directories ? files.filter((f) => matchesAccept(pickedFileName(f), accept)) : files;
    // A backup the app saved must open again, however large its kept originals made it.
    const readLimits = openOptions.backup ? { fileBytes: MAX_BACKUP_OPEN_BYTES, totalBytes: MAX_BACKUP_OPEN_BYTES } : limits;
    return readNamedBlobs(chosen.map((file) => ({ name: pickedFileName(file), blob: file })), readLimits);
  }

  /** Saves a Blob through a download link (the browser asks where, or uses its downloads folder). */
  function download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = doc.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a short delay is enough.
    win.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function saveFile({ suggestedName, bytes }: { suggestedName: string; bytes: Uint8Array }): Promise<SaveFileResult> {
    if (bytes.byteLength > MAX_SAVE_BYTES) throw new Error(`File is larger than the ${formatMegabytes(MAX_SAVE_BYTES)} save limit.`);
    // Copy into a plain ArrayBuffer: a view over a SharedArrayBuffer is not a valid BlobPart.
    download(new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), suggestedName);
    return { saved: true };
  }

  /**
   * The web twin cannot hand a file to a system viewer, and opening a blob: URL in a tab is refused
   * by the window policy, so the original is downloaded, straight from its stored Blob (no copy).
   */
  async function openOriginal({ name, blob }: OpenOriginalRequest): Promise<OpenOriginalResult> {
    download(blob, name);
    return { how: 'downloaded' };
  }

  async function openExternal(url: string): Promise<boolean> {
    if (!isExternalHttpsUrl(url)) return false;
    win.open(url, '_blank', 'noopener,noreferrer');
    return true;
  }

  return {
    openFiles,
    saveFile,
    appInfo: async () => ({
      name: WEB_APP_NAME,
      version: options.version ?? (import.meta.env?.['VITE_APP_VERSION'] as string | undefined) ?? '0.0.0',
      platform: 'web',
      locale: win.navigator.language || 'en',
    }),
    openExternal,
    openOriginal,
    // The page's CSP already admits https and loopback servers; the password is never kept here.
    setTeamServer: async () => ({ allowed: true, reloadNeeded: false }),
    saveTeamPassword: async () => false,
    loadTeamPassword: async () => null,
    forgetTeamPassword: async () => true,
    listBackups: async () => [],
    writeBackup: async () => null,
    readBackup: async () => {
      throw new Error('Automatic backups exist only in the desktop app.');
    },
  };
}
