import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, manyParsed } from '../data/helpers';
import { closeArchiveDb, commitImport, countBulletins } from '../../../renderer/src/data';
import { parseBackupText, serializeBackup } from '../../../renderer/src/core/backup/format';
import type { BackupSnapshot } from '../../../renderer/src/host';
import {
  DAY_MS,
  archiveBytes,
  needsDailySnapshot,
  needsExportReminder,
  needsUpgradeSnapshot,
  readSnapshot,
  restoreWithSafetySnapshot,
  snapshotReason,
  takeDueSnapshots,
  type SnapshotDeps,
} from '../../../renderer/src/app/archive/snapshots';

const NOW = Date.UTC(2024, 4, 10, 12, 0, 0);
const snap = (reason: string, ageMs: number): BackupSnapshot => {
  const createdAt = NOW - ageMs;
  return { name: `pa-backup-${new Date(createdAt).toISOString().replace(/[:.]/g, '-')}-${reason}.json`, createdAt, bytes: 100 };
};

describe('snapshot decisions', () => {
  it('reads the reason from a snapshot name', () => {
    expect(snapshotReason('pa-backup-2024-05-01T10-15-00-123Z-daily.json')).toBe('daily');
    expect(snapshotReason('pa-backup-2024-05-01T10-15-00-123Z-before-restore.json')).toBe('before-restore');
    expect(snapshotReason('pa-backup-2024-05-01T10-15-00-123Z-weekly.json')).toBeNull();
    expect(snapshotReason('notes.txt')).toBeNull();
  });

  it('wants a daily snapshot when none exists or the newest daily one is 24 h old', () => {
    expect(needsDailySnapshot([], NOW)).toBe(true);
    expect(needsDailySnapshot([snap('daily', 23 * 3600_000)], NOW)).toBe(false);
    expect(needsDailySnapshot([snap('daily', DAY_MS)], NOW)).toBe(true);
    expect(needsDailySnapshot([snap('daily', 3 * DAY_MS), snap('daily', 2 * 3600_000)], NOW)).toBe(false);
    // Other reasons do not count as the day's snapshot.
    expect(needsDailySnapshot([snap('before-restore', 60_000), snap('before-upgrade', 60_000)], NOW)).toBe(true);
    // The clock moved back (a snapshot from the future): take one now.
    expect(needsDailySnapshot([snap('daily', -5 * DAY_MS)], NOW)).toBe(true);
  });

  it('wants an upgrade snapshot only when a previous run had another version', () => {
    expect(needsUpgradeSnapshot(null, '1.0.0')).toBe(false);
    expect(needsUpgradeSnapshot('1.0.0', '1.0.0')).toBe(false);
    expect(needsUpgradeSnapshot('1.0.0', '1.1.0')).toBe(true);
  });

  it('reminds the web user to export when there are bulletins and no export in 7 days', () => {
    expect(needsExportReminder(undefined, NOW, 0)).toBe(false);
    expect(needsExportReminder(undefined, NOW, 3)).toBe(true);
    expect(needsExportReminder(NOW - 6 * DAY_MS, NOW, 3)).toBe(false);
    expect(needsExportReminder(NOW - 7 * DAY_MS, NOW, 3)).toBe(false);
    expect(needsExportReminder(NOW - 7 * DAY_MS - 1, NOW, 3)).toBe(true);
    expect(needsExportReminder(NOW - 30 * DAY_MS, NOW, 0)).toBe(false);
    expect(needsExportReminder(Number.NaN, NOW, 1)).toBe(true);
  });

  it('never exported: no reminder until the first import is older than 7 days', () => {
    expect(needsExportReminder(undefined, NOW, 10, NOW - 60_000)).toBe(false);
    expect(needsExportReminder(undefined, NOW, 10, NOW - 7 * DAY_MS)).toBe(false);
    expect(needsExportReminder(undefined, NOW, 10, NOW - 7 * DAY_MS - 1)).toBe(true);
    // A recent export counts from the export, however old the data.
    expect(needsExportReminder(NOW - DAY_MS, NOW, 10, NOW - 90 * DAY_MS)).toBe(false);
    expect(needsExportReminder(undefined, NOW, 0, NOW - 90 * DAY_MS)).toBe(false);
  });
});

function fakeDeps(overrides: { desktop?: boolean; version?: string; last?: string | null; backups?: BackupSnapshot[] } = {}) {
  const written: Array<{ reason: string; bytes: Uint8Array }> = [];
  let last = overrides.last === undefined ? null : overrides.last;
  const exportBytes = vi.fn(async () => new TextEncoder().encode('{"archive":true}'));
  const writeBackup = vi.fn(async (reason: 'daily' | 'before-restore' | 'before-upgrade', bytes: Uint8Array) => {
    written.push({ reason, bytes });
    return { name: `x-${reason}.json`, createdAt: NOW, bytes: bytes.byteLength };
  });
  const deps: SnapshotDeps = {
    host: {
      appInfo: async () => ({ name: 'PA', version: overrides.version ?? '1.0.0', platform: 'electron', locale: 'en' }),
      listBackups: async () => overrides.backups ?? [],
      writeBackup,
    },
    isDesktop: () => overrides.desktop ?? true,
    now: () => NOW,
    archiveBytes: exportBytes,
    lastVersion: { get: () => last, set: (v) => (last = v) },
  };
  return { deps, written, exportBytes, writeBackup, lastVersion: () => last };
}

describe('takeDueSnapshots', () => {
  it('does nothing in the web twin', async () => {
    const f = fakeDeps({ desktop: false });
    expect(await takeDueSnapshots(f.deps)).toEqual([]);
    expect(f.writeBackup).not.toHaveBeenCalled();
    expect(f.exportBytes).not.toHaveBeenCalled();
  });

  it('first run: a daily snapshot, no upgrade snapshot, the version is remembered', async () => {
    const f = fakeDeps({ last: null, version: '1.0.0' });
    expect(await takeDueSnapshots(f.deps)).toEqual(['daily']);
    expect(f.written.map((w) => new TextDecoder().decode(w.bytes))).toEqual(['{"archive":true}']);
    expect(f.lastVersion()).toBe('1.0.0');
  });

  it('a fresh daily snapshot and the same version: nothing is written', async () => {
    const f = fakeDeps({ last: '1.0.0', backups: [snap('daily', 3600_000)] });
    expect(await takeDueSnapshots(f.deps)).toEqual([]);
    expect(f.exportBytes).not.toHaveBeenCalled();
  });

  it('after an upgrade: a before-upgrade snapshot (and the daily one when due), exporting once', async () => {
    const f = fakeDeps({ last: '1.0.0', version: '1.1.0', backups: [snap('daily', 2 * DAY_MS)] });
    expect(await takeDueSnapshots(f.deps)).toEqual(['before-upgrade', 'daily']);
    expect(f.exportBytes).toHaveBeenCalledTimes(1);
    expect(f.lastVersion()).toBe('1.1.0');
  });

  it('a failed upgrade snapshot is retried next start (the new version is not remembered)', async () => {
    const f = fakeDeps({ last: '1.0.0', version: '1.1.0' });
    f.writeBackup.mockRejectedValueOnce(new Error('disk full'));
    await expect(takeDueSnapshots(f.deps)).rejects.toThrow('disk full');
    expect(f.lastVersion()).toBe('1.0.0');
  });
});

describe('restoring with a safety snapshot (fake IndexedDB)', () => {
  beforeEach(() => {
    freshDb();
  });
  afterEach(() => closeArchiveDb());

  it('desktop: snapshots the current archive first, then replaces it', async () => {
    await commitImport({ fileNames: ['old'], bulletins: manyParsed(3, 'Old') });
    const replacement = parseBackupText(new TextDecoder().decode(await archiveBytes()));
    replacement.bulletins = replacement.bulletins.slice(0, 1);
    const order: string[] = [];
    let saved: Uint8Array | null = null;
    const host = {
      writeBackup: vi.fn(async (reason: 'daily' | 'before-restore' | 'before-upgrade', bytes: Uint8Array) => {
        order.push(`${reason}:${await countBulletins()}`);
        saved = bytes;
        return null;
      }),
    };
    await restoreWithSafetySnapshot(replacement, 'replace', { host, isDesktop: () => true, archiveBytes });
    expect(order).toEqual(['before-restore:3']);
    expect(await countBulletins()).toBe(1);
    // The safety snapshot holds the archive as it was, and is itself a valid backup.
    const before = parseBackupText(new TextDecoder().decode(saved ?? new Uint8Array()));
    expect(before.bulletins.map((b) => b.title).sort()).toEqual(['Old 0', 'Old 1', 'Old 2']);
  });

  it('when the safety snapshot cannot be written nothing is restored', async () => {
    await commitImport({ fileNames: ['old'], bulletins: manyParsed(3, 'Old') });
    const replacement = parseBackupText(serializeBackup({ ...parseBackupText(new TextDecoder().decode(await archiveBytes())), bulletins: [] }));
    const host = { writeBackup: vi.fn(async () => Promise.reject(new Error('no space'))) };
    await expect(restoreWithSafetySnapshot(replacement, 'replace', { host, isDesktop: () => true, archiveBytes })).rejects.toThrow('no space');
    expect(await countBulletins()).toBe(3);
  });

  it('web: restores without a snapshot', async () => {
    await commitImport({ fileNames: ['old'], bulletins: manyParsed(2, 'Old') });
    const file = parseBackupText(new TextDecoder().decode(await archiveBytes()));
    const host = { writeBackup: vi.fn(async () => null) };
    await restoreWithSafetySnapshot({ ...file, bulletins: [] }, 'replace', { host, isDesktop: () => false, archiveBytes });
    expect(host.writeBackup).not.toHaveBeenCalled();
    expect(await countBulletins()).toBe(0);
  });

  it('reads a snapshot back, and refuses one that is not a valid backup', async () => {
    await commitImport({ fileNames: ['old'], bulletins: manyParsed(2, 'Old') });
    const bytes = await archiveBytes();
    await expect(readSnapshot('a.json', { readBackup: async () => bytes })).resolves.toMatchObject({ format: 'pa-bulletin-archive' });
    await expect(readSnapshot('b.json', { readBackup: async () => new TextEncoder().encode('{"format":"pa-bulletin-archive","version":99}') })).rejects.toThrow();
    await expect(readSnapshot('c.json', { readBackup: async () => new Uint8Array([0xff, 0x00, 0x12]) })).rejects.toThrow();
  });
});
