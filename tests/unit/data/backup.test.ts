import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../renderer/src/core/import/hash';
import { at, freshDb, manyParsed, parsed, useFreshDb } from './helpers';
import {
  addTags,
  commitImport,
  countBulletins,
  createDossier,
  createRule,
  createSavedSearch,
  createTag,
  exportArchive,
  getBulletin,
  listTags,
  loadSearchIndex,
  moveToTrash,
  restoreArchive,
  saveSearchIndex,
  setSetting,
  updateBulletin,
} from '../../../renderer/src/data';
import { parseBackupText, serializeBackup, type BackupFile } from '../../../renderer/src/core/backup/format';

const db = useFreshDb();

async function fillArchive(): Promise<void> {
  const res = await commitImport({ fileNames: ['a'], bulletins: [...manyParsed(4), parsed({ bodyHtml: '<p>x</p>', date: null, datePrecision: 'unknown' })] });
  const parent = await createTag({ name: 'Technical groups' });
  const fish = await createTag({ name: 'Pesca', parentId: parent.id, color: '#00aaff' });
  await addTags([at(res.added, 0).id, at(res.added, 1).id], [fish.id]);
  await moveToTrash([at(res.added, 2).id]);
  const d = await createDossier({ title: 'D', items: [at(res.added, 1).id, at(res.added, 0).id] });
  await createDossier({ title: 'Gone' }).then((x) => db().dossiers.update(x.id, { deletedAt: 99 }));
  await createSavedSearch('Fish', 'pesca');
  await createRule({ query: 'pesca OR fisheries', tagId: fish.id });
  await setSetting('glossary', [{ es: 'pesca', en: 'fisheries' }]);
  expect(d.items).toHaveLength(2);
}

const strip = (f: BackupFile): Omit<BackupFile, 'exportedAt'> => {
  const { exportedAt: _e, ...rest } = f;
  return rest;
};

describe('backup round trip', () => {
  it('export → restore(replace) into an empty db → export is lossless', async () => {
    await fillArchive();
    const first = await exportArchive();
    expect(first.bulletins).toHaveLength(5);
    const text = serializeBackup(first);
    freshDb();
    const res = await restoreArchive(parseBackupText(text), 'replace');
    expect(res).toMatchObject({ added: 5, updated: 0, skipped: 0 });
    const second = await exportArchive();
    expect(strip(second)).toEqual(strip(first));
    expect(await countBulletins({ trash: true })).toBe(1);
  });

  it('replace removes what the backup lacks and drops the persisted search index', async () => {
    await fillArchive();
    const file = await exportArchive();
    await commitImport({ fileNames: ['late'], bulletins: manyParsed(2, 'Late') });
    await saveSearchIndex([['k', 'v']], { version: 1, docCount: 7 });
    await restoreArchive(file, 'replace');
    expect(await countBulletins()).toBe(4);
    expect(await loadSearchIndex()).toBeNull();
  });

  it('merge: newer updatedAt wins, content duplicates are skipped, same-named tags are reused', async () => {
    await fillArchive();
    const file = await exportArchive();
    const b0 = at(file.bulletins.filter((b) => b.title === 'Bulletin 0'), 0);
    const b1 = at(file.bulletins.filter((b) => b.title === 'Bulletin 1'), 0);
    // Local edit after the export: the local copy is newer and must survive.
    await updateBulletin(b1.id, { title: 'Edited locally' });
    // The backup's copy of b0 is newer than the local one.
    const newer = { ...b0, title: 'Newer in backup', contentHash: contentHash('Newer in backup', b0.body), updatedAt: b0.updatedAt + 10_000 };
    // A bulletin with the same content as a stored one but another id.
    const dup = { ...b1, id: 'other-id', title: b0.title, body: 'Body of bulletin number 0.', contentHash: b0.contentHash };
    const localRoot = at(file.tags.filter((t) => t.parentId === null), 0);
    const tagCopy = { ...localRoot, id: 'foreign-tag-id', name: 'TECHNICAL GROUPS' };
    const brandNew = { ...b1, id: 'brand-new', contentHash: contentHash('Brand new', b1.body), title: 'Brand new', tags: ['foreign-tag-id'] };
    const incoming: BackupFile = {
      ...file,
      // Only tags the file holds may be named (references that resolve).
      bulletins: [newer, b1, dup, brandNew].map((b) => (b === brandNew ? b : { ...b, tags: [] })),
      tags: [tagCopy],
      dossiers: [],
      savedSearches: [],
      rules: [],
    };
    const res = await restoreArchive(incoming, 'merge');
    expect(res).toMatchObject({ added: 1, updated: 1, skipped: 2 });
    expect((await getBulletin(b0.id))?.title).toBe('Newer in backup');
    expect((await getBulletin(b1.id))?.title).toBe('Edited locally');
    expect(await getBulletin('other-id')).toBeNull();
    expect((await getBulletin('brand-new'))?.tags).toEqual([localRoot.id]);
    expect(await listTags()).toHaveLength(2);
    expect(res.details.tags).toMatchObject({ added: 0, skipped: 1 });
  });

  it('a failed restore leaves the previous archive intact', async () => {
    await fillArchive();
    const before = await exportArchive();
    const replacement = { ...before, dossiers: [], bulletins: manyParsed(3, 'Other').map((p, i) => ({ ...at(before.bulletins, 0), ...p, id: `x${i}`, contentHash: contentHash(p.title, p.body) })) };
    let n = 0;
    db().bodies.hook('creating', () => {
      n += 1;
      if (n === 2) throw new Error('boom');
    });
    await expect(restoreArchive(replacement, 'replace')).rejects.toThrow('boom');
    expect(strip(await exportArchive())).toEqual(strip(before));
  });

  it('refuses an invalid backup object before touching the archive', async () => {
    await fillArchive();
    const before = await exportArchive();
    const broken = { ...before, version: 9 } as BackupFile;
    await expect(restoreArchive(broken, 'replace')).rejects.toThrow(/newer than this app supports/);
    expect(await countBulletins()).toBe(4);
  });
});
