/**
 * The host side of each HostApi method, after the IPC layer has checked sender and arguments.
 * Electron modules are passed in (not imported) so this runs under unit tests with fakes.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import type {
  AppInfo,
  OpenFilesOptions,
  OpenOriginalPayload,
  OpenOriginalResult,
  OpenedFile,
  SaveFileRequest,
  SaveFileResult,
} from '../shared/host-contract';
import type { BackupStore } from './backups';
import type { TeamSecrets } from './team-secrets';
import { openDialogOptions, readSelection, DEFAULT_OPEN_FILTERS, type ReadLimits } from './files';
import { MAX_BACKUP_OPEN_BYTES } from '../shared/host-contract';

/** Limits for `openFiles({ backup: true })`: one large file (a backup with kept originals). */
export const BACKUP_READ_LIMITS: ReadLimits = { fileBytes: MAX_BACKUP_OPEN_BYTES, totalBytes: MAX_BACKUP_OPEN_BYTES, folderFiles: 1 };
import { isExternalHttpsUrl } from './navigation-policy';
import { createOriginalCopies, type OriginalCopies } from './original-copies';

export interface HostServices {
  openFiles(options: OpenFilesOptions): Promise<OpenedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  appInfo(): AppInfo;
  openExternal(url: string): Promise<boolean>;
  openOriginal(payload: OpenOriginalPayload): Promise<OpenOriginalResult>;
  /** Deletes the temp copies earlier runs left (call at start). */
  clearOriginalCopies(): Promise<void>;
  /** Deletes this run's temp copies (call at quit). */
  clearOriginalCopiesNow(): void;
  backups: BackupStore;
  team: TeamServices;
}

/** The team archive's host side: the one allowed server, and the password store. */
export interface TeamServices {
  setServer(url: string | null): Promise<{ allowed: boolean; reloadNeeded: boolean }>;
  secrets: TeamSecrets;
}

export interface HostServiceDeps {
  app: Pick<App, 'getName' | 'getVersion' | 'getLocale' | 'getPath'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  shell: Pick<Shell, 'openExternal' | 'openPath'>;
  /** The window dialogs attach to (sheet on macOS); null when it is gone. */
  getWindow(): BrowserWindow | null;
  backups: BackupStore;
  platform: NodeJS.Platform;
  /** Where temp copies of originals go (default: a per-run 700 folder under the OS temp folder). */
  copies?: OriginalCopies;
  team: TeamServices;
}

/** Builds the services from Electron's modules. */
export function createHostServices(deps: HostServiceDeps): HostServices {
  const { app, dialog, shell } = deps;

  async function openFiles(options: OpenFilesOptions): Promise<OpenedFile[]> {
    const dialogOptions = openDialogOptions(options, deps.platform);
    const win = deps.getWindow();
    const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    if (result.canceled) return [];
    return readSelection(result.filePaths, options.filters ?? DEFAULT_OPEN_FILTERS, options.backup ? BACKUP_READ_LIMITS : undefined);
  }

  async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    const dialogOptions = {
      defaultPath: join(app.getPath('documents'), request.suggestedName),
      ...(request.filters ? { filters: request.filters } : {}),
    };
    const win = deps.getWindow();
    const result = win ? await dialog.showSaveDialog(win, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (result.canceled || !result.filePath) return { saved: false };
    await writeFile(result.filePath, request.bytes);
    return { saved: true, path: result.filePath };
  }

  function appInfo(): AppInfo {
    return { name: app.getName(), version: app.getVersion(), platform: 'electron', locale: app.getLocale() };
  }

  async function openExternal(url: string): Promise<boolean> {
    if (!isExternalHttpsUrl(url)) return false;
    await shell.openExternal(url);
    return true;
  }

  const copies = deps.copies ?? createOriginalCopies(app.getPath('temp'), process.getuid?.());

  /**
   * Writes a temp copy under a sanitised name (HTML and JSON as plain text, see original-names.ts)
   * and hands it to the system viewer, which then only ever gets a PDF, Word, text or Markdown file.
   */
  async function openOriginal({ name, bytes }: OpenOriginalPayload): Promise<OpenOriginalResult> {
    const { path, fileName } = await copies.write(name, bytes);
    const problem = await shell.openPath(path);
    if (problem) throw new Error(`The system could not open ${fileName}: ${problem}`);
    return { how: 'opened' };
  }

  return {
    openFiles,
    saveFile,
    appInfo,
    openExternal,
    openOriginal,
    clearOriginalCopies: () => copies.clearStale(),
    clearOriginalCopiesNow: () => copies.clearSync(),
    backups: deps.backups,
    team: deps.team,
  };
}
