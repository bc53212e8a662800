import { describe, expect, it } from 'vitest';
import { first, manyParsed, useFreshDb } from './helpers';
import {
  addTags,
  commitImport,
  createTag,
  deleteTag,
  findTag,
  getOrCreateTagByName,
  getSummaries,
  listTags,
  mergeTags,
  moveTag,
  moveToTrash,
  recolorTag,
  removeTags,
  renameTag,
  tagCounts,
  undoDeleteTag,
  undoTagLinkChange,
} from '../../../renderer/src/data';

const db = useFreshDb();

async function importN(n: number): Promise<string[]> {
  const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(n) });
  return res.added.map((s) => s.id);
}

async function tagsOf(id: string): Promise<string[]> {
  const [s] = await getSummaries([id]);
  return [...(s?.tags ?? [])].sort();
}

describe('tag hierarchy', () => {
  it('creates, renames and recolours with unique names per parent (case/accent-insensitive)', async () => {
    const peru = await createTag({ name: 'Perú', color: '#ff0000' });
    await expect(createTag({ name: 'PERU' })).rejects.toMatchObject({ code: 'duplicate-name' });
    await expect(createTag({ name: '  ' })).rejects.toMatchObject({ code: 'invalid' });
    const group = await createTag({ name: 'Countries' });
    const child = await createTag({ name: 'peru', parentId: group.id });
    expect(child.parentId).toBe(group.id);
    await expect(renameTag(child.id, 'Countries')).resolves.toMatchObject({ name: 'Countries' });
    await expect(renameTag(group.id, 'perú')).rejects.toMatchObject({ code: 'duplicate-name' });
    await renameTag(peru.id, 'Peru (country)');
    await recolorTag(peru.id, '#00ff00');
    await expect(recolorTag(peru.id, 'red; background: url(x)')).rejects.toMatchObject({ code: 'invalid' });
    const stored = (await listTags()).find((t) => t.id === peru.id);
    expect(stored).toMatchObject({ name: 'Peru (country)', color: '#00ff00' });
    expect(await findTag('countries › COUNTRIES')).toMatchObject({ id: child.id });
  });

  it('moves tags and refuses cycles', async () => {
    const a = await createTag({ name: 'A' });
    const b = await createTag({ name: 'B', parentId: a.id });
    const c = await createTag({ name: 'C', parentId: b.id });
    await expect(moveTag(a.id, c.id)).rejects.toMatchObject({ code: 'cycle' });
    await expect(moveTag(a.id, a.id)).rejects.toMatchObject({ code: 'cycle' });
    await moveTag(c.id, null);
    expect((await listTags()).find((t) => t.id === c.id)?.parentId).toBeNull();
    await moveTag(a.id, c.id);
    expect((await listTags()).find((t) => t.id === a.id)?.parentId).toBe(c.id);
  });

  it('getOrCreateTagByName reuses an existing tag', async () => {
    const t1 = await getOrCreateTagByName('Pesca');
    const t2 = await getOrCreateTagByName('pésca');
    expect(t2.id).toBe(t1.id);
    expect(await listTags()).toHaveLength(1);
  });

  it('merges: bulletins, rules and sub-tags move to the target; source removed', async () => {
    const [b1, b2, b3] = first(await importN(3), 3);
    const src = await createTag({ name: 'Fisheries' });
    const srcChild = await createTag({ name: 'Aquaculture', parentId: src.id });
    const srcChild2 = await createTag({ name: 'Only here', parentId: src.id });
    const dst = await createTag({ name: 'Pesca' });
    const dstChild = await createTag({ name: 'aquaculture', parentId: dst.id });
    await addTags([b1, b2], [src.id]);
    await addTags([b2], [dst.id]);
    await addTags([b3], [srcChild.id]);
    await db().rules.add({ id: 'r', query: 'fish', tagId: src.id, enabled: true, createdAt: 1 });
    const touched = await mergeTags(src.id, dst.id);
    expect(touched.sort()).toEqual([b1, b2, b3].sort());
    expect(await tagsOf(b1)).toEqual([dst.id]);
    expect(await tagsOf(b2)).toEqual([dst.id]);
    expect(await tagsOf(b3)).toEqual([dstChild.id]);
    const tags = await listTags();
    expect(tags.map((t) => t.id)).not.toContain(src.id);
    expect(tags.map((t) => t.id)).not.toContain(srcChild.id);
    expect(tags.find((t) => t.id === srcChild2.id)?.parentId).toBe(dst.id);
    expect((await db().rules.get('r'))?.tagId).toBe(dst.id);
    await expect(mergeTags(dst.id, dstChild.id)).rejects.toMatchObject({ code: 'cycle' });
  });

  it('deletes a tag with its sub-tags and undoes the deletion completely', async () => {
    const [b1, b2] = first(await importN(2), 2);
    const parent = await createTag({ name: 'Groups' });
    const child = await createTag({ name: 'Gender', parentId: parent.id });
    const other = await createTag({ name: 'Other' });
    await addTags([b1], [parent.id, other.id]);
    await addTags([b2], [child.id]);
    await db().rules.add({ id: 'r', query: 'gender', tagId: child.id, enabled: true, createdAt: 1 });
    const undo = await deleteTag(parent.id);
    expect((await listTags()).map((t) => t.id)).toEqual([other.id]);
    expect(await tagsOf(b1)).toEqual([other.id]);
    expect(await tagsOf(b2)).toEqual([]);
    expect(await db().rules.count()).toBe(0);
    await undoDeleteTag(undo);
    expect((await listTags()).map((t) => t.id).sort()).toEqual([parent.id, child.id, other.id].sort());
    expect(await tagsOf(b1)).toEqual([parent.id, other.id].sort());
    expect(await tagsOf(b2)).toEqual([child.id]);
    expect((await db().rules.get('r'))?.tagId).toBe(child.id);
  });
});

describe('bulk tagging', () => {
  it('adds and removes in bulk, reports counts and undoes exactly its own change', async () => {
    const [b1, b2, b3] = first(await importN(3), 3);
    const t = await createTag({ name: 'T' });
    const u = await createTag({ name: 'U' });
    await addTags([b1], [t.id]);
    const change = await addTags([b1, b2, b3], [t.id, u.id, 'ghost']);
    expect(change.bulletinCount).toBe(3);
    expect(change.linkCount).toBe(5);
    expect(await tagsOf(b1)).toEqual([t.id, u.id].sort());
    await undoTagLinkChange(change);
    expect(await tagsOf(b1)).toEqual([t.id]);
    expect(await tagsOf(b2)).toEqual([]);
    const removal = await removeTags([b1, b2], [t.id]);
    expect(removal).toMatchObject({ bulletinCount: 1, linkCount: 1 });
    expect(await tagsOf(b1)).toEqual([]);
    await undoTagLinkChange(removal);
    expect(await tagsOf(b1)).toEqual([t.id]);
  });

  it('counts live bulletins per tag via the index', async () => {
    const [b1, b2, b3] = first(await importN(3), 3);
    const t = await createTag({ name: 'T' });
    const u = await createTag({ name: 'U' });
    await addTags([b1, b2, b3], [t.id]);
    await addTags([b3], [u.id]);
    await moveToTrash([b2]);
    const counts = await tagCounts();
    expect(counts.get(t.id)).toBe(2);
    expect(counts.get(u.id)).toBe(1);
  });
});
