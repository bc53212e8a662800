/**
 * The one typed contract between the renderer and its host (Electron main via preload, or the
 * browser in the web twin). Channel names are `domain:verb`. Pure types and constants only:
 * this file is imported by main, preload and renderer alike.
 */

/** Largest single file the host hands to the renderer (bytes). */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024;
/** Largest total of one open-files call (bytes). */
export const MAX_OPEN_TOTAL_BYTES = 500 * 1024 * 1024;
/** Largest file the renderer may ask the host to save (bytes). */
export const MAX_SAVE_BYTES = 500 * 1024 * 1024;
/**
 * Largest file opened with `backup: true`: a backup the app saved itself must open again, and with
 * kept originals it easily outgrows the per-file import limit.
 */
export const MAX_BACKUP_OPEN_BYTES = MAX_SAVE_BYTES;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenFilesOptions {
  filters?: FileFilter[];
  /** Allow choosing folders (their files are read recursively). */
  directories?: boolean;
  /** Opening a backup: one file up to MAX_BACKUP_OPEN_BYTES instead of the import limits. */
  backup?: boolean;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  /** Set instead of `bytes` when the file could not be read or was over the size limit. */
  error?: string;
  /** When the file was last changed (ms since 1970), if known: a dateline without a year takes its year from it. */
  lastModified?: number;
}

export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  filters?: FileFilter[];
}

export interface SaveFileResult {
  saved: boolean;
  /** Where it went, when the host knows (Electron). */
  path?: string;
}

/** A kept original to show the person: Electron opens a temp copy with the system viewer, the web downloads it. */
export interface OpenOriginalRequest {
  /** A bare file name with an importable extension (the temp copy is saved under it). */
  name: string;
  blob: Blob;
}

/** What crosses IPC for `openOriginal`: the preload reads the Blob into bytes in slices. */
export interface OpenOriginalPayload {
  name: string;
  bytes: Uint8Array;
}

export interface OpenOriginalResult {
  /** 'opened': the system viewer was asked to open it; 'downloaded': the browser saved it. */
  how: 'opened' | 'downloaded';
}

export interface AppInfo {
  name: string;
  version: string;
  platform: 'electron' | 'web';
  locale: string;
}

export interface BackupSnapshot {
  name: string;
  createdAt: number;
  bytes: number;
}

/** Everything the renderer may ask of the host. */
export interface HostApi {
  openFiles(options?: OpenFilesOptions): Promise<OpenedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
  /** Opens an https URL in the system browser. Anything else is refused. */
  openExternal(url: string): Promise<boolean>;
  /** Automatic snapshots (Electron only; the web twin returns an empty list). */
  listBackups(): Promise<BackupSnapshot[]>;
  writeBackup(reason: 'daily' | 'before-restore' | 'before-upgrade', bytes: Uint8Array): Promise<BackupSnapshot | null>;
  readBackup(name: string): Promise<Uint8Array>;
  /** Shows an imported file as it was (see OpenOriginalRequest). */
  openOriginal(request: OpenOriginalRequest): Promise<OpenOriginalResult>;
  /**
   * Team archive (issue 24): the one server the app may reach (null: none). Electron lets exactly
   * that origin through its session filter and the page's CSP; the CSP of a loaded page cannot
   * change, so the answer says when the window must reload first. The web twin needs nothing.
   */
  setTeamServer(url: string | null): Promise<{ allowed: boolean; reloadNeeded: boolean }>;
  /** Keeps the team password with the system keychain (Electron safeStorage); the web twin never keeps it (false). */
  saveTeamPassword(key: string, password: string): Promise<boolean>;
  loadTeamPassword(key: string): Promise<string | null>;
  forgetTeamPassword(): Promise<boolean>;
}

/** IPC channel names, one per HostApi method. */
export const HostChannel = {
  openFiles: 'files:open',
  saveFile: 'files:save',
  appInfo: 'app:info',
  openExternal: 'shell:open-external',
  listBackups: 'backups:list',
  writeBackup: 'backups:write',
  readBackup: 'backups:read',
  openOriginal: 'files:open-original',
  setTeamServer: 'team:set-server',
  saveTeamPassword: 'team:save-password',
  loadTeamPassword: 'team:load-password',
  forgetTeamPassword: 'team:forget-password',
} as const satisfies Record<keyof HostApi, string>;

export type HostChannelName = (typeof HostChannel)[keyof typeof HostChannel];

/** The name under which the preload exposes the HostApi on `window`. */
export const HOST_GLOBAL = 'paHost';
