import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupFileName,
  createBackupStore,
  parseBackupName,
  planBackupRetention,
  SAFETY_SNAPSHOTS_KEPT,
  type ParsedBackupName,
} from '../../../electron/main/backups';
import type { BackupReason } from '../../../electron/shared/ipc-validators';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2024, 4, 20, 12, 0, 0);

function snap(createdAt: number, reason: BackupReason = 'daily'): ParsedBackupName {
  return { name: backupFileName(createdAt, reason), createdAt, reason };
}

describe('backup names', () => {
  it('round-trip and refuse anything else', () => {
    const name = backupFileName(NOW + 123, 'before-restore');
    expect(name).toBe('pa-backup-2024-05-20T12-00-00-123Z-before-restore.json');
    expect(parseBackupName(name)).toEqual({ name, createdAt: NOW + 123, reason: 'before-restore' });
    expect(parseBackupName('pa-backup-2024-05-20T12-00-00-123Z-hourly.json')).toBeNull();
    expect(parseBackupName('pa-backup-2024-13-40T12-00-00-123Z-daily.json')).toBeNull();
    expect(parseBackupName('../pa-backup-2024-05-20T12-00-00-123Z-daily.json')).toBeNull();
    expect(parseBackupName('window-state.json')).toBeNull();
  });
});

describe('planBackupRetention', () => {
  it('keeps the newest daily snapshot of the 7 most recent days', () => {
    const files = Array.from({ length: 10 }, (_, i) => snap(NOW - (i + 2) * DAY));
    const plan = planBackupRetention(files, NOW);
    expect(plan.keep).toEqual(files.slice(0, 7).map((f) => f.name));
    expect(plan.remove).toEqual(files.slice(7).map((f) => f.name));
  });

  it('keeps only the newest daily of a day', () => {
    const morning = snap(NOW - 3 * DAY - 3 * 3600_000);
    const evening = snap(NOW - 3 * DAY + 3 * 3600_000);
    const plan = planBackupRetention([morning, evening], NOW);
    expect(plan.keep).toEqual([evening.name]);
    expect(plan.remove).toEqual([morning.name]);
  });

  it('keeps only the newest 3 before-restore and 3 before-upgrade snapshots, however recent (issue 23)', () => {
    // Ten restores in one afternoon: each snapshot as large as the archive.
    const restores = Array.from({ length: 10 }, (_, i) => snap(NOW - i * 60_000, 'before-restore'));
    const upgrades = Array.from({ length: 5 }, (_, i) => snap(NOW - (i + 1) * 30 * DAY, 'before-upgrade'));
    const plan = planBackupRetention([...restores, ...upgrades], NOW);
    expect(plan.keep).toEqual([...restores.slice(0, SAFETY_SNAPSHOTS_KEPT), ...upgrades.slice(0, SAFETY_SNAPSHOTS_KEPT)].map((f) => f.name));
    expect(plan.remove).toEqual([...restores.slice(SAFETY_SNAPSHOTS_KEPT), ...upgrades.slice(SAFETY_SNAPSHOTS_KEPT)].map((f) => f.name));
  });

  it('keeps old before-restore and before-upgrade snapshots while there are few', () => {
    const old = [snap(NOW - 400 * DAY, 'before-restore'), snap(NOW - 300 * DAY, 'before-upgrade')];
    const dailies = Array.from({ length: 9 }, (_, i) => snap(NOW - (i + 2) * DAY));
    const plan = planBackupRetention([...old, ...dailies], NOW);
    expect(plan.keep).toEqual(expect.arrayContaining(old.map((f) => f.name)));
    expect(plan.keep).toHaveLength(9);
    expect(plan.remove).toHaveLength(2);
  });

  it('does not wipe old dailies after a long absence (days with snapshots, not calendar days)', () => {
    const files = Array.from({ length: 3 }, (_, i) => snap(NOW - (100 + i) * DAY));
    expect(planBackupRetention(files, NOW).remove).toEqual([]);
  });

  it('never removes what was written in the last day, and counts its day', () => {
    const fresh = [snap(NOW - 1000), snap(NOW - 2000)];
    const older = Array.from({ length: 8 }, (_, i) => snap(NOW - (i + 2) * DAY));
    const plan = planBackupRetention([...fresh, ...older], NOW);
    expect(plan.keep).toEqual([...fresh.map((f) => f.name), ...older.slice(0, 6).map((f) => f.name)]);
  });
});

describe('createBackupStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pa-backups-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes, lists and reads snapshots, pruning old dailies', async () => {
    let now = NOW - 10 * DAY;
    const store = createBackupStore(join(dir, 'backups'), () => now);
    for (let i = 0; i < 10; i += 1) {
      await store.write('daily', new Uint8Array([i]));
      now += DAY;
    }
    const restore = await store.write('before-restore', new Uint8Array([42, 43]));
    const list = await store.list();
    expect(list).toHaveLength(8);
    expect(list[0]).toEqual(restore);
    expect(await store.read(restore.name)).toEqual(new Uint8Array([42, 43]));
  });

  it('deletes all but the newest few before-restore snapshots from disk', async () => {
    let now = NOW;
    const store = createBackupStore(dir, () => now);
    const written = [];
    for (let i = 0; i < 6; i += 1) {
      written.push(await store.write('before-restore', new Uint8Array(1024)));
      now += 60_000;
    }
    expect((await store.list()).map((s) => s.name)).toEqual(written.slice(-SAFETY_SNAPSHOTS_KEPT).reverse().map((s) => s.name));
    expect(readdirSync(dir)).toHaveLength(SAFETY_SNAPSHOTS_KEPT);
  });

  it('gives same-millisecond snapshots distinct names', async () => {
    const store = createBackupStore(dir, () => NOW);
    const a = await store.write('before-upgrade', new Uint8Array([1]));
    const b = await store.write('before-upgrade', new Uint8Array([2]));
    expect(a.name).not.toBe(b.name);
    expect(await store.read(a.name)).toEqual(new Uint8Array([1]));
  });

  it('ignores and never deletes foreign files, and refuses to read them', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const store = createBackupStore(dir, () => NOW);
    await store.write('daily', new Uint8Array([1]));
    expect((await store.list()).map((s) => s.name)).not.toContain('notes.txt');
    expect(readdirSync(dir)).toContain('notes.txt');
    await expect(store.read('notes.txt')).rejects.toThrow(/Not a backup/);
  });
});
