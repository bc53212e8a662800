import { describe, expect, it } from 'vitest';
import { at, freshDb, manyParsed, trackTables, useFreshDb } from './helpers';
import {
  addTags,
  commitImport,
  countBulletins,
  createTag,
  deleteTag,
  emptyTrash,
  exportArchive,
  getIndexFingerprint,
  mergeTags,
  moveTag,
  moveToTrash,
  recolorTag,
  removeTags,
  renameTag,
  restoreArchive,
  restoreFromTrash,
  undoDeleteTag,
  undoImport,
  undoTagLinkChange,
  updateBulletin,
} from '../../../renderer/src/data';
import { BULLETIN_STATS_KEY } from '../../../renderer/src/data/stats';

const db = useFreshDb();

/** Counts from the index (the ground truth) must match the stats-backed `countBulletins`. */
async function expectCounts(live: number, trash: number): Promise<void> {
  const truth = {
    live: await db().bulletins.where('trashed').equals(0).count(),
    trash: await db().bulletins.where('trashed').equals(1).count(),
  };
  expect(truth).toEqual({ live, trash });
  expect({ live: await countBulletins(), trash: await countBulletins({ trash: true }) }).toEqual({ live, trash });
}

/** Runs `write` and checks the fingerprint changed; returns the new fingerprint. */
async function changes(before: string, write: () => Promise<unknown>): Promise<string> {
  await write();
  const after = await getIndexFingerprint();
  expect(after).not.toBe(before);
  return after;
}


describe('bulletin stats row', () => {
  it('keeps live and Trash counts through import, duplicates, trash, restore, empty trash and undo', async () => {
    await expectCounts(0, 0);
    const a = await commitImport({ fileNames: ['a'], bulletins: manyParsed(5, 'A') });
    await expectCounts(5, 0);
    // Two already stored + one repeated within the batch + two new.
    const b = await commitImport({ fileNames: ['b'], bulletins: [...manyParsed(2, 'A'), ...manyParsed(2, 'B'), at(manyParsed(2, 'B'), 0)] });
    expect(b.added).toHaveLength(2);
    await expectCounts(7, 0);
    const none = await commitImport({ fileNames: ['c'], bulletins: manyParsed(3, 'A') });
    expect(none.added).toHaveLength(0);
    await expectCounts(7, 0);

    const ids = a.added.map((s) => s.id);
    expect(await moveToTrash([at(ids, 0), at(ids, 1), at(ids, 2)])).toBe(3);
    await expectCounts(4, 3);
    expect(await moveToTrash([at(ids, 0)])).toBe(0); // already there: no change
    await expectCounts(4, 3);
    expect(await restoreFromTrash([at(ids, 2)])).toBe(1);
    await expectCounts(5, 2);
    expect(await emptyTrash()).toBe(2);
    await expectCounts(5, 0);

    await moveToTrash([at(ids, 3)]);
    await expectCounts(4, 1);
    // Undoing batch A removes its two remaining live bulletins and the one in the Trash.
    expect(await undoImport(a.batchId)).toBe(3);
    await expectCounts(2, 0);
    expect(await undoImport(b.batchId)).toBe(2);
    await expectCounts(0, 0);
  });

  it('recounts once when the row is missing (older archive), then answers from it', async () => {
    const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(6) });
    await moveToTrash([at(res.added, 0).id, at(res.added, 1).id]);
    await db().kv.delete(BULLETIN_STATS_KEY);
    await expectCounts(4, 2);
    expect((await db().kv.get(BULLETIN_STATS_KEY))?.value).toMatchObject({ live: 4, trash: 2 });
    // A write with the row missing recounts from the written table rather than adding a delta to nothing.
    await db().kv.delete(BULLETIN_STATS_KEY);
    await restoreFromTrash([at(res.added, 0).id]);
    await expectCounts(5, 1);
    // A malformed row counts as missing.
    await db().kv.put({ key: BULLETIN_STATS_KEY, value: { live: 'x' } });
    await expectCounts(5, 1);
  });

  it('recounts on restore, both replace and merge', async () => {
    const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(4, 'A') });
    await moveToTrash([at(res.added, 0).id]);
    const file = await exportArchive();

    freshDb();
    await commitImport({ fileNames: ['x'], bulletins: manyParsed(9, 'X') });
    await restoreArchive(file, 'replace');
    await expectCounts(3, 1);

    freshDb();
    await commitImport({ fileNames: ['y'], bulletins: [...manyParsed(2, 'Y'), at(manyParsed(2, 'A'), 1)] });
    const merged = await restoreArchive(file, 'merge');
    expect(merged).toMatchObject({ added: 3, skipped: 1 });
    await expectCounts(5, 1);
  });

  it('countBulletins() does not touch the bulletins table once the row exists', async () => {
    freshDb();
    const touched = trackTables(db());
    const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(3) });
    await moveToTrash([at(res.added, 0).id]);
    touched.clear();
    expect(await countBulletins()).toBe(2);
    expect(await countBulletins({ trash: true })).toBe(1);
    expect(touched.has('bulletins')).toBe(false);
    expect(touched.has('kv')).toBe(true);
    // With tags, the index path is still used.
    const tag = await createTag({ name: 'T' });
    await addTags([at(res.added, 1).id], [tag.id]);
    touched.clear();
    expect(await countBulletins({ tagIds: [tag.id] })).toBe(1);
    expect(touched.has('bulletins')).toBe(true);
  });

  it('getIndexFingerprint() does not count the bulletins table', async () => {
    freshDb();
    const counted = trackTables(db(), ['count']);
    await commitImport({ fileNames: ['a'], bulletins: manyParsed(3) });
    counted.clear();
    await getIndexFingerprint();
    expect(counted.size).toBe(0);
  });
});

describe('index fingerprint', () => {
  it('changes on every kind of write that the search index sees', async () => {
    let fp = await getIndexFingerprint();
    let res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(4) });
    fp = await changes(fp, async () => (res = await commitImport({ fileNames: ['b'], bulletins: manyParsed(3, 'B') })));
    const [b0, b1, b2] = res.added.map((s) => s.id) as [string, string, string];
    fp = await changes(fp, () => updateBulletin(b0, { title: 'Edited' }));
    const t1 = await createTag({ name: 'One' });
    const t2 = await createTag({ name: 'Two' });
    let link = await addTags([b0, b1], [t1.id]);
    fp = await changes(fp, async () => (link = await addTags([b2], [t2.id])));
    fp = await changes(fp, () => undoTagLinkChange(link));
    fp = await changes(fp, () => removeTags([b1], [t1.id]));
    fp = await changes(fp, () => renameTag(t1.id, 'Uno'));
    fp = await changes(fp, () => moveTag(t2.id, t1.id));
    fp = await changes(fp, () => moveTag(t2.id, null));
    fp = await changes(fp, () => addTags([b2], [t2.id]));
    fp = await changes(fp, () => mergeTags(t2.id, t1.id));
    let undo = await deleteTag(t1.id);
    expect(await getIndexFingerprint()).not.toBe(fp);
    fp = await getIndexFingerprint();
    fp = await changes(fp, () => undoDeleteTag(undo));
    fp = await changes(fp, async () => (undo = await deleteTag(t1.id)));
    fp = await changes(fp, () => moveToTrash([b0, b1]));
    fp = await changes(fp, () => restoreFromTrash([b1]));
    fp = await changes(fp, () => emptyTrash());
    fp = await changes(fp, () => undoImport(res.batchId));
    const file = await exportArchive();
    fp = await changes(fp, () => restoreArchive(file, 'merge'));
    fp = await changes(fp, () => restoreArchive(file, 'replace'));
    // Recreating a missing row never reproduces an earlier fingerprint.
    await db().kv.delete(BULLETIN_STATS_KEY);
    await changes(fp, () => Promise.resolve());
  });

  it('stays the same across reads and colour changes (the index does not hold colours)', async () => {
    await commitImport({ fileNames: ['a'], bulletins: manyParsed(2) });
    const tag = await createTag({ name: 'T' });
    const fp = await getIndexFingerprint();
    expect(await getIndexFingerprint()).toBe(fp);
    await countBulletins();
    await recolorTag(tag.id, '#112233');
    expect(await getIndexFingerprint()).toBe(fp);
  });

  it('differs between two databases, even with the same counts and history', async () => {
    await commitImport({ fileNames: ['a'], bulletins: manyParsed(3, 'A') });
    const first = await getIndexFingerprint();
    freshDb();
    await commitImport({ fileNames: ['a'], bulletins: manyParsed(3, 'Z') });
    expect(await getIndexFingerprint()).not.toBe(first);
  });
});
