/**
 * The host side of each HostApi method, after the IPC layer has checked sender and arguments.
 * Electron modules are passed in (not imported) so this runs under unit tests with fakes.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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

export interface HostServices {
  openFiles(options: OpenFilesOptions): Promise<OpenedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  appInfo(): AppInfo;
  openExternal(url: string): Promise<boolean>;
  openOriginal(payload: OpenOriginalPayload): Promise<OpenOriginalResult>;
  /** Deletes the temp copies `openOriginal` left (call at start: a viewer may still hold this run's). */
  clearOriginalCopies(): Promise<void>;
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

  /**
   * Writes a temp copy (in its own fresh folder, so names never collide or overwrite) and hands it
   * to the system viewer. The name was validated as a bare file name with an importable extension.
   */
  const copiesRoot = (): string => join(app.getPath('temp'), 'pa-bulletin-archive-originals');

  async function openOriginal({ name, bytes }: OpenOriginalPayload): Promise<OpenOriginalResult> {
    const root = copiesRoot();
    await mkdir(root, { recursive: true });
    const path = join(await mkdtemp(join(root, 'open-')), name);
    await writeFile(path, bytes);
    const problem = await shell.openPath(path);
    if (problem) throw new Error(`The system could not open ${name}: ${problem}`);
    return { how: 'opened' };
  }

  async function clearOriginalCopies(): Promise<void> {
    await rm(copiesRoot(), { recursive: true, force: true });
  }

  return { openFiles, saveFile, appInfo, openExternal, openOriginal, clearOriginalCopies, backups: deps.backups, team: deps.team };
}
