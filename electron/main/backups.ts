/**
 * Automatic snapshots in `userData/backups/`. The bytes are opaque to main (the renderer writes
 * its export format); main owns naming, retention and keeping names free of path components.
 */
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupSnapshot } from '../shared/host-contract';
import { BACKUP_REASONS, type BackupReason } from '../shared/ipc-validators';

/** How many daily snapshots (newest per day) survive pruning. */
export const DAILY_SNAPSHOTS_KEPT = 7;
/**
 * How many `before-restore` and how many `before-upgrade` snapshots survive (the newest): each can
 * be as large as the archive (up to 500 MB), and the way back from the last few restores or
 * upgrades is what anyone needs.
 */
export const SAFETY_SNAPSHOTS_KEPT = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

const NAME_PATTERN = /^pa-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.json$/;

/** `pa-backup-2024-05-01T10-15-00-123Z-daily.json`: sortable, no characters Windows dislikes. */
export function backupFileName(createdAt: number, reason: BackupReason): string {
  const stamp = new Date(createdAt).toISOString().replace(/:/g, '-').replace('.', '-');
  return `pa-backup-${stamp}-${reason}.json`;
}

export interface ParsedBackupName {
  name: string;
  createdAt: number;
  reason: BackupReason;
}

/** Parses one of our own names; anything else (foreign files, tampered names) is null. */
export function parseBackupName(name: string): ParsedBackupName | null {
  const m = NAME_PATTERN.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = m;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason ?? '')) return null;
  const createdAt = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms));
  if (Number.isNaN(createdAt) || backupFileName(createdAt, reason as BackupReason) !== name) return null;
  return { name, createdAt, reason: reason as BackupReason };
}

export interface RetentionPlan {
  keep: string[];
  remove: string[];
}

/**
 * Which snapshots to keep: the newest 3 `before-restore` and the newest 3 `before-upgrade` ones
 * (the way back from a bad restore or migration), the newest daily snapshot of each of the 7 most
 * recent days that have one (days with a snapshot, not calendar days, so a month away from the app
 * does not wipe them all), and any daily younger than a day relative to `now` (never prune what
 * was just written, whatever the clock did).
 */
export function planBackupRetention(files: readonly ParsedBackupName[], now: number): RetentionPlan {
  const keep = new Set<string>();
  const newestPerDay = new Map<string, ParsedBackupName>();
  for (const reason of ['before-restore', 'before-upgrade'] as const) {
    const newest = files.filter((f) => f.reason === reason).sort((a, b) => b.createdAt - a.createdAt);
    for (const file of newest.slice(0, SAFETY_SNAPSHOTS_KEPT)) keep.add(file.name);
  }
  for (const file of files) {
    if (file.reason !== 'daily') continue;
    if (now - file.createdAt < DAY_MS) {
      keep.add(file.name);
      continue;
    }
    const day = new Date(file.createdAt).toISOString().slice(0, 10);
    const current = newestPerDay.get(day);
    if (!current || file.createdAt > current.createdAt) newestPerDay.set(day, file);
  }
  // Recent dailies (kept above) also count towards the seven days.
  const recentDays = new Set(
    files.filter((f) => f.reason === 'daily' && keep.has(f.name)).map((f) => new Date(f.createdAt).toISOString().slice(0, 10)),
  );
  const olderDays = [...newestPerDay.keys()].filter((day) => !recentDays.has(day)).sort().reverse();
  for (const day of olderDays.slice(0, Math.max(0, DAILY_SNAPSHOTS_KEPT - recentDays.size))) {
    const file = newestPerDay.get(day);
    if (file) keep.add(file.name);
  }
  const byAge = [...files].sort((a, b) => b.createdAt - a.createdAt);
  return {
    keep: byAge.filter((f) => keep.has(f.name)).map((f) => f.name),
    remove: byAge.filter((f) => !keep.has(f.name)).map((f) => f.name),
  };
}

export interface BackupStore {
  list(): Promise<BackupSnapshot[]>;
  write(reason: BackupReason, bytes: Uint8Array): Promise<BackupSnapshot>;
  read(name: string): Promise<Uint8Array>;
}

/** A store over `dir` (created on first write). `clock` is injectable for tests. */
export function createBackupStore(dir: string, clock: () => number = Date.now): BackupStore {
  async function ownFiles(): Promise<ParsedBackupName[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    return names.map(parseBackupName).filter((f): f is ParsedBackupName => f !== null);
  }

  async function list(): Promise<BackupSnapshot[]> {
    const files = await ownFiles();
    const snapshots = await Promise.all(
      files.map(async (f) => {
        try {
          return { name: f.name, createdAt: f.createdAt, bytes: (await stat(join(dir, f.name))).size };
        } catch {
          return null;
        }
      }),
    );
    return snapshots.filter((s): s is BackupSnapshot => s !== null).sort((a, b) => b.createdAt - a.createdAt);
  }

  async function write(reason: BackupReason, bytes: Uint8Array): Promise<BackupSnapshot> {
    await mkdir(dir, { recursive: true });
    const existing = new Set((await ownFiles()).map((f) => f.name));
    let createdAt = clock();
    while (existing.has(backupFileName(createdAt, reason))) createdAt += 1;
    const name = backupFileName(createdAt, reason);
    // Write then rename, so a crash never leaves a truncated file under a valid snapshot name.
    const temp = join(dir, `.${name}.tmp`);
    await writeFile(temp, bytes);
    await rename(temp, join(dir, name));
    const plan = planBackupRetention(await ownFiles(), clock());
    await Promise.all(plan.remove.map((old) => unlink(join(dir, old)).catch(() => undefined)));
    return { name, createdAt, bytes: bytes.byteLength };
  }

  async function read(name: string): Promise<Uint8Array> {
    if (parseBackupName(name) === null) throw new Error('Not a backup snapshot name');
    const data = await readFile(join(dir, name));
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }

  return { list, write, read };
}
