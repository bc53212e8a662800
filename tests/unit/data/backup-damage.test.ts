/**
 * Issue 23, point 4 on the restore side: a damaged backup is refused whole and the archive stays as
 * it was; links a backup without originals cannot resolve are not restored; a merge is a write.
 */
import { describe, expect, it } from 'vitest';
import { at, manyParsed, useFreshDb } from './helpers';
import { commitImport, countBulletins, exportArchive, getBulletin, restoreArchive, updateBulletin } from '../../../renderer/src/data';
import { parseBackupBytes, parseBackupText, serializeBackup, type BackupFile } from '../../../renderer/src/core/backup/format';
import { contentHash } from '../../../renderer/src/core/import/hash';

useFreshDb();

async function archiveOf(n: number): Promise<string[]> {
  const res = await commitImport({ fileNames: ['a.txt'], bulletins: manyParsed(n) });
  return res.added.map((s) => s.id);
}

describe('restoring damaged backups', () => {
  it('a backup changed after export is refused before anything is restored', async () => {
    await archiveOf(3);
    const text = serializeBackup(await exportArchive());
    // One letter of one title, as a flipped bit on a disk would.
    const damaged = text.replace('"title":"Bulletin 1"', '"title":"Bulletin 7"');
    expect(damaged).not.toBe(text);
    expect(() => parseBackupText(damaged)).toThrow(/bulletins\[\d\] \(id "[^"]+", “Bulletin 7”\) does not match its checksum|bulletins\[\d\]\.contentHash does not match/);
    // Invalid UTF-8 is refused, not decoded with replacement characters.
    const bytes = new TextEncoder().encode(text);
    bytes[bytes.indexOf(0x42)] = 0xff;
    expect(() => parseBackupBytes(bytes)).toThrow(/not valid UTF-8/);
    expect(await countBulletins()).toBe(3);
  });

  it('restoreArchive re-checks every field of an object it is sent, and changes nothing when one fails', async () => {
    const ids = await archiveOf(2);
    const file = await exportArchive();
    const bad: BackupFile = { ...file, bulletins: file.bulletins.map((b, i) => (i === 0 ? { ...b, date: '2023-19-26' } : b)) };
    await expect(restoreArchive(bad, 'replace')).rejects.toThrow(/bulletins\[0\]\.date must be a real calendar date/);
    const future: BackupFile = { ...file, bulletins: file.bulletins.map((b, i) => (i === 1 ? { ...b, updatedAt: Date.UTC(2277, 0, 1) } : b)) };
    await expect(restoreArchive(future, 'merge')).rejects.toThrow(/bulletins\[1\]\.updatedAt/);
    expect((await getBulletin(at(ids, 0)))?.date).toBe(file.bulletins.find((b) => b.id === at(ids, 0))?.date);
    expect(await countBulletins()).toBe(2);
  });

  it('a backup without originals keeps only the file links this archive can resolve', async () => {
    await archiveOf(1);
    const file = await exportArchive();
    const linked: BackupFile = {
      ...file,
      bulletins: file.bulletins.map((b) => ({ ...b, originalId: 'a'.repeat(64), sourcePage: 2 })),
    };
    await restoreArchive(parseBackupText(serializeBackup(linked)), 'replace');
    const restored = await getBulletin(at(file.bulletins, 0).id);
    expect(restored?.originalId).toBeUndefined();
    expect(restored?.sourcePage).toBeUndefined();
  });

  it('a merge that takes the backup’s copy moves the revision past both', async () => {
    const [id = ''] = await archiveOf(1);
    const file = await exportArchive();
    await updateBulletin(id, { place: 'Quito' });
    await updateBulletin(id, { place: 'Lima' });
    const b = at(file.bulletins, 0);
    const newer = { ...b, title: 'From the backup', contentHash: contentHash('From the backup', b.body), updatedAt: Date.now() + 60_000, rev: 1 };
    await restoreArchive({ ...file, bulletins: [newer] }, 'merge');
    expect(await getBulletin(id)).toMatchObject({ title: 'From the backup', rev: 3 });
  });
});
