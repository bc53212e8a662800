/**
 * Keeping the archive recoverable: automatic snapshots in the desktop app (a daily one, one when
 * the app version changes, one before every restore) and the web twin's export reminder. The
 * decisions are pure functions so they are easy to test; the runners take their effects as
 * injectable dependencies.
 */
import DOMPurify from 'dompurify';
import { parseBackupBytes, serializeBackupChunks, type BackupFile } from '../../core/backup/format';
import { utf8Parts } from '../../core/backup/json-chunks';
import { yieldToEventLoop } from '../../core/scheduling';
import { boundHtml } from '../../core/import/html-bounds';
import { createHtmlToolkit, sanitizeFragment } from '../../core/import/html-toolkit';
import { IMPORT_LIMITS } from '../../core/import/limits';
import {
  exportArchive,
  exportBeforeUpgrade,
  getSetting,
  pendingSchemaUpgrade,
  restoreArchive,
  setSetting,
  type ExportOptions,
  type RestoreMode,
  type RestoreResult,
} from '../../data';
import { getHost, isDesktopHost, type BackupSnapshot, type HostApi } from '../../host';

export type SnapshotReason = 'daily' | 'before-restore' | 'before-upgrade';

const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** The web twin asks for an export when the last one is older than this. */
export const EXPORT_REMINDER_MS = 7 * DAY_MS;
/** Where the app version of the previous run is remembered (per profile, like the theme). */
export const LAST_VERSION_KEY = 'pa-last-app-version';

const REASONS: readonly SnapshotReason[] = ['daily', 'before-restore', 'before-upgrade'];

/** The reason encoded in a snapshot's name (`…-daily.json`), or null for a foreign name. */
export function snapshotReason(name: string): SnapshotReason | null {
  const match = /-([a-z-]+)\.json$/.exec(name);
  const reason = match?.[1] ?? '';
  return (REASONS as readonly string[]).includes(reason) ? (reason as SnapshotReason) : null;
}

/** True when no daily snapshot exists or the newest one is at least 24 hours old. */
export function needsDailySnapshot(backups: readonly BackupSnapshot[], now: number): boolean {
  const dailies = backups.filter((b) => snapshotReason(b.name) === 'daily').map((b) => b.createdAt);
  if (dailies.length === 0) return true;
  const newest = Math.max(...dailies);
  // A snapshot "from the future" means the clock moved back: take a fresh one rather than wait.
  return now - newest >= DAY_MS || newest > now + HOUR_MS;
}

/** True when the app was upgraded (or downgraded) since the last run; never on the first run. */
export function needsUpgradeSnapshot(lastVersion: string | null, currentVersion: string): boolean {
  return lastVersion !== null && lastVersion !== currentVersion;
}

/**
 * True when the archive holds bulletins that have gone unexported for more than 7 days: since the
 * last export, or, never exported, since it first held data (`firstDataAt`, the first import). So
 * no reminder right after the first import; one a week later. Unknown times remind.
 */
export function needsExportReminder(lastExportAt: number | undefined, now: number, count: number, firstDataAt?: number): boolean {
  if (count <= 0) return false;
  const since = lastExportAt !== undefined && Number.isFinite(lastExportAt) ? lastExportAt : firstDataAt;
  return since === undefined || !Number.isFinite(since) || now - since > EXPORT_REMINDER_MS;
}

/**
 * A backup file as a Blob built from ~1 MB UTF-8 parts, yielding to the UI between them: no step
 * holds the file as one string (issue 23: a stored 210-million-character body crashed the tab).
 */
export async function backupBlob(file: BackupFile): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (const part of utf8Parts(serializeBackupChunks(file))) {
    parts.push(part as Uint8Array<ArrayBuffer>);
    await yieldToEventLoop();
  }
  return new Blob(parts, { type: 'application/json' });
}

/**
 * The whole archive as backup-file bytes (the same format as Settings → Export archive), built in
 * parts (see `backupBlob`). Automatic snapshots leave the originals out (they stay in the
 * database; a snapshot is about records).
 */
export async function archiveBytes(options: ExportOptions = {}): Promise<Uint8Array> {
  const blob = await backupBlob(await exportArchive(options));
  return new Uint8Array(await blob.arrayBuffer());
}

export interface SnapshotDeps {
  host: Pick<HostApi, 'appInfo' | 'listBackups' | 'writeBackup'>;
  isDesktop(): boolean;
  now(): number;
  archiveBytes(): Promise<Uint8Array>;
  lastVersion: { get(): string | null; set(version: string): void };
}

function defaultDeps(): SnapshotDeps {
  return {
    host: getHost(),
    isDesktop: isDesktopHost,
    now: Date.now,
    archiveBytes,
    lastVersion: {
      get: () => localStorage.getItem(LAST_VERSION_KEY),
      set: (version) => localStorage.setItem(LAST_VERSION_KEY, version),
    },
  };
}

/**
 * Takes the snapshots that are due (desktop only): `before-upgrade` when the app version changed
 * since the last run, `daily` when the newest daily one is 24 h old or missing.
 * @returns the reasons of the snapshots written.
 */
export async function takeDueSnapshots(deps: SnapshotDeps = defaultDeps()): Promise<SnapshotReason[]> {
  if (!deps.isDesktop()) return [];
  const written: SnapshotReason[] = [];
  let bytes: Uint8Array | null = null;
  const current = async (): Promise<Uint8Array> => (bytes ??= await deps.archiveBytes());
  const { version } = await deps.host.appInfo();
  if (needsUpgradeSnapshot(deps.lastVersion.get(), version)) {
    await deps.host.writeBackup('before-upgrade', await current());
    written.push('before-upgrade');
  }
  // Remembered only after the upgrade snapshot exists, so a failed write is retried next start.
  deps.lastVersion.set(version);
  if (needsDailySnapshot(await deps.host.listBackups(), deps.now())) {
    await deps.host.writeBackup('daily', await current());
    written.push('daily');
  }
  return written;
}

const FIRST_CHECK_DELAY_MS = 5000;

/**
 * Runs `takeDueSnapshots` shortly after start (so opening the app stays fast) and then hourly,
 * for a window left open for days. A failed snapshot is logged, never shown as an app error.
 * @returns a function that stops the schedule.
 */
export function startSnapshotScheduler(deps?: SnapshotDeps): () => void {
  if (!(deps ? deps.isDesktop() : isDesktopHost())) return () => undefined;
  const run = (): void => {
    takeDueSnapshots(deps).catch((error: unknown) => console.warn('automatic snapshot failed', error));
  };
  const first = setTimeout(run, FIRST_CHECK_DELAY_MS);
  const hourly = setInterval(run, HOUR_MS);
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}

/**
 * Sanitises bulletin HTML with the importer's rules (DOMPurify, then the second scrub). This runs
 * on the UI thread (restore), so HTML past the importer's bounds is dropped rather than parsed
 * (the bulletin keeps its plain text) and deep nesting is flattened first (issue 23).
 */
export function sanitizeBulletinHtml(html: string): string {
  if (html.length > IMPORT_LIMITS.bodyHtmlChars) return '';
  const bounded = boundHtml(html);
  if (bounded.elements > IMPORT_LIMITS.htmlElements) return '';
  return sanitizeFragment(bounded.html, createHtmlToolkit(new DOMParser(), DOMPurify));
}

/** A backup whose bulletin HTML went through the importer's sanitiser (backups may come from anywhere). */
export function sanitizeBackupHtml(file: BackupFile, sanitize: (html: string) => string = sanitizeBulletinHtml): BackupFile {
  if (!file.bulletins.some((b) => b.bodyHtml)) return file;
  return { ...file, bulletins: file.bulletins.map((b) => (b.bodyHtml ? { ...b, bodyHtml: sanitize(b.bodyHtml) || null } : b)) };
}

/**
 * Restores a backup with its HTML sanitised; in the desktop app a `before-restore` snapshot of the
 * current archive is written first, and when that fails nothing is restored (the way back must
 * exist first).
 */
export async function restoreWithSafetySnapshot(
  file: BackupFile,
  mode: RestoreMode,
  deps: { host: Pick<HostApi, 'writeBackup'>; isDesktop(): boolean; archiveBytes(): Promise<Uint8Array>; sanitize?: (html: string) => string } = {
    // Looked up only when a snapshot is written, so a web (or test) restore never needs the host.
    host: { writeBackup: (reason, bytes) => getHost().writeBackup(reason, bytes) },
    isDesktop: isDesktopHost,
    archiveBytes,
  },
): Promise<RestoreResult> {
  const clean = sanitizeBackupHtml(file, deps.sanitize);
  if (deps.isDesktop()) await deps.host.writeBackup('before-restore', await deps.archiveBytes());
  return restoreArchive(clean, mode);
}

/** Reads and validates one automatic snapshot. @throws when it is unreadable or invalid. */
export async function readSnapshot(name: string, host: Pick<HostApi, 'readBackup'> = getHost()): Promise<BackupFile> {
  const bytes = await host.readBackup(name);
  return parseBackupBytes(bytes);
}

/** Settings → Export archive, shared by the export reminder: saves the file, records the date. */
export async function exportArchiveToFile(now = new Date(), options: ExportOptions = {}): Promise<boolean> {
  const bytes = await archiveBytes(options);
  const result = await getHost().saveFile({
    suggestedName: `pa-bulletin-archive-${now.toISOString().slice(0, 10)}.json`,
    bytes,
    filters: [{ name: 'JSON', extensions: ['json'] }],
  });
  if (result.saved) await setSetting('lastExportAt', now.getTime());
  return result.saved;
}

/** The last export time, for the reminder. */
export function lastExportAt(): Promise<number | undefined> {
  return getSetting('lastExportAt');
}

/**
 * Desktop: when this build is about to upgrade the archive's schema, saves a snapshot of the archive
 * as it is first (read in Dexie's dynamic mode, so the old database is untouched). Must run before
 * anything opens the database with the current schema. Returns whether a snapshot was written.
 */
export async function snapshotBeforeSchemaUpgrade(
  deps: { isDesktop(): boolean; host: () => Pick<HostApi, 'writeBackup'> } = { isDesktop: isDesktopHost, host: getHost },
): Promise<boolean> {
  if (!deps.isDesktop()) return false;
  if (!(await pendingSchemaUpgrade())) return false;
  const file = await exportBeforeUpgrade();
  await deps.host().writeBackup('before-upgrade', new Uint8Array(await (await backupBlob(file)).arrayBuffer()));
  return true;
}
