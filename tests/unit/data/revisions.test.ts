import { describe, expect, it } from 'vitest';
import { at, manyParsed, useFreshDb } from './helpers';
import {
  addTags,
  ArchiveError,
  commitImport,
  createTag,
  deleteTag,
  getBulletin,
  moveToTrash,
  restoreFromTrash,
  updateBulletin,
} from '../../../renderer/src/data';

useFreshDb();

async function oneBulletin(): Promise<string> {
  const res = await commitImport({ fileNames: ['a.txt'], bulletins: manyParsed(1) });
  return at(res.added, 0).id;
}

async function revOf(id: string): Promise<number> {
  return (await getBulletin(id))?.rev ?? 0;
}

async function refusal(work: Promise<unknown>): Promise<ArchiveError> {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

describe('bulletin revisions', () => {
  it('starts at 0 and is bumped by every write of the bulletin', async () => {
    const id = await oneBulletin();
    expect(await revOf(id)).toBe(0);
    await updateBulletin(id, { title: 'New' });
    expect(await revOf(id)).toBe(1);
    const tag = await createTag({ name: 'Fisheries' });
    await addTags([id], [tag.id]);
    expect(await revOf(id)).toBe(2);
    await moveToTrash([id]);
    await restoreFromTrash([id]);
    expect(await revOf(id)).toBe(4);
    await deleteTag(tag.id);
    expect(await revOf(id)).toBe(5);
  });

  it('two editors loaded at the same revision: the second save is refused and the first kept', async () => {
    const id = await oneBulletin();
    const loadedAt = await revOf(id);
    // Tab A saves a new title.
    await updateBulletin(id, { title: 'Title from A' }, loadedAt);
    // Tab B, whose form still shows the old title, saves a body change.
    const error = await refusal(updateBulletin(id, { title: 'Bulletin 0', body: 'Body from B' }, loadedAt));
    expect(error.code).toBe('conflict');
    const stored = await getBulletin(id);
    expect(stored?.title).toBe('Title from A');
    expect(stored?.body).toBe('Body of bulletin number 0.');
    // Saved again on the current revision (after a merge), it goes through.
    await updateBulletin(id, { title: 'Title from A', body: 'Body from B' }, stored?.rev ?? 0);
    expect(await getBulletin(id)).toMatchObject({ title: 'Title from A', body: 'Body from B', rev: 2 });
  });

  it('refuses an edit of a bulletin trashed elsewhere, and leaves it in the Trash unchanged', async () => {
    const id = await oneBulletin();
    await moveToTrash([id]);
    // Even with the current revision: a trashed bulletin is not edited behind the person's back.
    const error = await refusal(updateBulletin(id, { title: 'Edited' }, await revOf(id)));
    expect(error.code).toBe('conflict');
    const stored = await getBulletin(id);
    expect(stored?.title).toBe('Bulletin 0');
    expect(stored?.deletedAt).not.toBeNull();
  });

  it('an edit without an expected revision is not checked (undo, sync writes through their own check)', async () => {
    const id = await oneBulletin();
    await updateBulletin(id, { title: 'One' });
    await updateBulletin(id, { title: 'Two' });
    expect(await getBulletin(id)).toMatchObject({ title: 'Two', rev: 2 });
  });
});
