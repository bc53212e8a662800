import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../renderer/src/core/import/hash';
import { freshDb, parsed, useFreshDb } from './helpers';
import {
  commitImport,
  countBulletins,
  exportArchive,
  getBulletin,
  getOriginal,
  prepareOriginal,
  restoreArchive,
} from '../../../renderer/src/data';
import { BACKUP_SLICE_BYTES, backupSizeOf } from '../../../renderer/src/data/backup-originals';
import { BackupFormatError, parseBackupText, serializeBackup, type BackupFile } from '../../../renderer/src/core/backup/format';

const db = useFreshDb();

const blobBytes = async (blob: Blob | undefined): Promise<Uint8Array> => new Uint8Array(await (blob ?? new Blob()).arrayBuffer());

async function importOne(name: string, bytes: Uint8Array, title = 'Acta firmada'): Promise<string> {
  const original = await prepareOriginal(name, bytes);
  const bulletins = [parsed({ title, body: `Body of ${title}.`, sourceFile: name, sourcePage: 3 })];
  await commitImport({ fileNames: [name], bulletins, originals: [original], originalIds: [original.id] });
  return original.id;
}

/** Bytes spanning several backup slices, so slicing is exercised. */
const big = new Uint8Array(BACKUP_SLICE_BYTES + 1001).map((_, i) => (i * 7) % 256);

describe('backups with originals', () => {
  it('leaves originals out unless asked, and round-trips them through a fresh archive', async () => {
    const id = await importOne('scan.pdf', big);
    const plain = await exportArchive();
    expect(plain.originals).toBeUndefined();
    expect(plain.bulletins[0]?.originalId).toBe(id);

    const text = serializeBackup(await exportArchive({ includeOriginals: true }));
    const file = parseBackupText(text);
    expect(file.version).toBe(3);
    expect(file.originals?.map((o) => [o.id, o.size, o.data.length])).toEqual([[id, big.byteLength, 2]]);
    expect(text.length).toBeGreaterThan(backupSizeOf([big.byteLength]));

    freshDb();
    const res = await restoreArchive(file, 'replace');
    expect(res.details.originals).toEqual({ added: 1, updated: 0, skipped: 0 });
    const row = await getOriginal(id);
    expect(row?.names).toEqual(['scan.pdf']);
    expect(row?.type).toBe('application/pdf');
    expect(Buffer.from(await blobBytes(row?.blob)).equals(Buffer.from(big))).toBe(true);
    const b = await getBulletin(file.bulletins[0]?.id ?? '');
    expect([b?.originalId, b?.sourcePage]).toEqual([id, 3]);

    // Merging the same backup again adds nothing.
    const again = await restoreArchive(file, 'merge');
    expect(again.details.originals).toEqual({ added: 0, updated: 0, skipped: 1 });
  });

  it('refuses an original whose bytes do not match its hash, and changes nothing', async () => {
    const id = await importOne('a.pdf', new TextEncoder().encode('genuine bytes'));
    const file = await exportArchive({ includeOriginals: true });
    const entry = file.originals?.[0];
    if (!entry) throw new Error('no original exported');
    const forged: BackupFile = {
      ...file,
      bulletins: [],
      originals: [{ ...entry, data: [Buffer.from('forged bytes!').toString('base64')], size: 13 }],
    };
    await expect(restoreArchive(parseBackupText(serializeBackup(forged)), 'replace')).rejects.toThrow(/"a\.pdf" does not match its SHA-256 hash/);
    const wrongSize: BackupFile = { ...file, originals: [{ ...entry, size: entry.size + 1 }] };
    await expect(restoreArchive(wrongSize, 'replace')).rejects.toThrow(BackupFormatError);
    expect(await countBulletins()).toBe(1);
    expect(new TextDecoder().decode(await blobBytes((await getOriginal(id))?.blob))).toBe('genuine bytes');
  });

  it('rejects malformed original entries when the file is parsed', async () => {
    await importOne('a.pdf', new TextEncoder().encode('x'));
    const raw = JSON.parse(serializeBackup(await exportArchive({ includeOriginals: true }))) as { originals: Array<Record<string, unknown>> };
    const mutate = (patch: Record<string, unknown>): string => JSON.stringify({ ...raw, originals: [{ ...raw.originals[0], ...patch }] });
    expect(() => parseBackupText(mutate({ id: 'not-a-hash' }))).toThrow(/SHA-256/);
    expect(() => parseBackupText(mutate({ data: ['***'] }))).toThrow(/base64/);
    expect(() => parseBackupText(mutate({ size: -1 }))).toThrow(/originals\[0\]\.size must be a whole number/);
  });

  it('restores an old (version 1) backup, and a replace without originals keeps the kept ones', async () => {
    const id = await importOne('kept.pdf', new TextEncoder().encode('kept'));
    const v1: BackupFile = {
      format: 'pa-bulletin-archive',
      version: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
      bulletins: [{ ...parsed({ title: 'Viejo' }), id: 'old-1', tags: [], batchId: 'b', contentHash: contentHash('Viejo', parsed({ title: 'Viejo' }).body), excerpt: 'x', createdAt: 1, updatedAt: 1, deletedAt: null }],
      tags: [],
      dossiers: [],
      savedSearches: [],
      rules: [],
    };
    await restoreArchive(parseBackupText(JSON.stringify(v1)), 'replace');
    expect(await countBulletins()).toBe(1);
    expect((await getBulletin('old-1'))?.originalId).toBeUndefined();
    expect(await getOriginal(id)).not.toBeNull();
    expect(await db().originals.count()).toBe(1);
  });
});

describe('link counts after a restore', () => {
  it('are recounted from the restored bulletins, so unused originals are listed right', async () => {
    const id = await importOne('a.pdf', new TextEncoder().encode('bytes of a'));
    const file = await exportArchive({ includeOriginals: true });
    freshDb();
    // The backup's bulletin is left out: the restored original has no bulletin.
    await restoreArchive({ ...file, bulletins: [] }, 'replace');
    expect((await getOriginal(id))?.links).toBe(0);
    await restoreArchive(file, 'merge');
    expect((await getOriginal(id))?.links).toBe(1);
  });
});
