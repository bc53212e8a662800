import { describe, expect, it } from 'vitest';
import { at, first, manyParsed, parsed, trackTables, useFreshDb } from './helpers';
import {
  ArchiveError,
  commitImport,
  countBulletins,
  emptyTrash,
  findExistingHashes,
  getBodies,
  getBulletin,
  getSummaries,
  iterateForIndex,
  listBatches,
  listBulletins,
  listTrash,
  moveToTrash,
  restoreFromTrash,
  undoImport,
  updateBulletin,
} from '../../../renderer/src/data';
import { contentHash } from '../../../renderer/src/core/import/hash';

const db = useFreshDb();


describe('commitImport', () => {
  it('stores summaries and bodies and returns the added summaries', async () => {
    const res = await commitImport({ fileNames: ['a.txt'], bulletins: manyParsed(3) });
    expect(res.added).toHaveLength(3);
    expect(res.skippedDuplicates).toBe(0);
    const full = await getBulletin(at(res.added, 0).id);
    expect(full?.body).toBe('Body of bulletin number 0.');
    expect(full?.excerpt).toBe('Body of bulletin number 0.');
    expect(full?.contentHash).toBe(contentHash('Bulletin 0', 'Body of bulletin number 0.'));
    expect(full?.deletedAt).toBeNull();
    expect(full?.batchId).toBe(res.batchId);
    const batches = await listBatches();
    expect(batches).toEqual([expect.objectContaining({ id: res.batchId, count: 3, state: 'committed', fileNames: ['a.txt'] })]);
  });

  it('skips duplicates already stored and repeated within the batch', async () => {
    await commitImport({ fileNames: ['a'], bulletins: manyParsed(2) });
    const again = [...manyParsed(3), parsed({ title: 'Bulletin 2', body: 'Body of bulletin number 2.' })];
    const res = await commitImport({ fileNames: ['b'], bulletins: again });
    expect(res.added.map((s) => s.title)).toEqual(['Bulletin 2']);
    expect(res.skippedDuplicates).toBe(3);
    expect(await countBulletins()).toBe(3);
    const hashes = await findExistingHashes([contentHash('Bulletin 1', 'Body of bulletin number 1.'), 'nope']);
    expect([...hashes]).toEqual([contentHash('Bulletin 1', 'Body of bulletin number 1.')]);
  });

  it('is all or nothing: a failure mid-batch stores nothing', async () => {
    await commitImport({ fileNames: ['a'], bulletins: manyParsed(1, 'Old') });
    let seen = 0;
    db().bodies.hook('creating', () => {
      seen += 1;
      if (seen === 700) throw new Error('disk on fire');
    });
    await expect(commitImport({ fileNames: ['big'], bulletins: manyParsed(1200) })).rejects.toThrow('disk on fire');
    expect(seen).toBeGreaterThanOrEqual(700);
    expect(await countBulletins()).toBe(1);
    expect(await db().bodies.count()).toBe(1);
    expect(await db().batches.count()).toBe(1);
  });

  it('maps a quota error (nested in an AbortError) to ArchiveError quota and stores nothing', async () => {
    db().bulletins.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await commitImport({ fileNames: ['x'], bulletins: manyParsed(5) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchiveError);
    expect((err as ArchiveError).code).toBe('quota');
    expect((err as ArchiveError).message).toMatch(/full/);
    expect(await db().bulletins.count()).toBe(0);
    expect(await db().bodies.count()).toBe(0);
  });

  it('attaches known tags by index and ignores unknown ones', async () => {
    await db().tags.add({ id: 't1', name: 'Fish', color: '#123456', parentId: null, createdAt: 1 });
    const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(2), tagIdsByIndex: [['t1', 'ghost'], undefined] });
    expect(at(res.added, 0).tags).toEqual(['t1']);
    expect(at(res.added, 1).tags).toEqual([]);
  });
});

describe('undoImport', () => {
  it('removes exactly the batch, including from dossiers', async () => {
    const keep = await commitImport({ fileNames: ['a'], bulletins: manyParsed(2, 'Keep') });
    const drop = await commitImport({ fileNames: ['b'], bulletins: manyParsed(3, 'Drop') });
    const dropId = at(drop.added, 0).id;
    const keepId = at(keep.added, 0).id;
    await db().dossiers.add({
      id: 'd', title: 'D', subtitle: '', author: '', introduction: '', items: [dropId, keepId], grouping: 'none',
      pageSize: 'A4', recipe: null, declined: [], lastRefreshedAt: null, createdAt: 1, updatedAt: 1, deletedAt: null,
    });
    expect(await undoImport(drop.batchId)).toBe(3);
    expect(await countBulletins()).toBe(2);
    expect(await db().bodies.count()).toBe(2);
    expect((await db().dossiers.get('d'))?.items).toEqual([keepId]);
    expect((await db().batches.get(drop.batchId))?.state).toBe('undone');
  });
});

describe('listing', () => {
  it('pages by date in both orders, undated last in date-desc, without touching bodies', async () => {
    const touched = trackTables(db());
    await commitImport({ fileNames: ['a'], bulletins: [...manyParsed(5), parsed({ title: 'Undated', date: null, datePrecision: 'unknown', body: 'x' })] });
    expect(touched.has('bodies')).toBe(true);
    touched.clear();
    const desc = await listBulletins({ offset: 0, limit: 3, order: 'date-desc' });
    expect(desc.map((s) => s.title)).toEqual(['Bulletin 4', 'Bulletin 3', 'Bulletin 2']);
    const next = await listBulletins({ offset: 3, limit: 10, order: 'date-desc' });
    expect(next.map((s) => s.title)).toEqual(['Bulletin 1', 'Bulletin 0', 'Undated']);
    const asc = await listBulletins({ limit: 2, order: 'date-asc' });
    expect(asc.map((s) => s.title)).toEqual(['Undated', 'Bulletin 0']);
    expect(await countBulletins()).toBe(6);
    expect(touched.has('bulletins')).toBe(true);
    expect(touched.has('bodies')).toBe(false);
  });

  it('filters by tag through the multiEntry index, including descendant tags', async () => {
    const touched = trackTables(db());
    await db().tags.bulkAdd([
      { id: 'p', name: 'Parent', color: '#111111', parentId: null, createdAt: 1 },
      { id: 'c', name: 'Child', color: '#222222', parentId: 'p', createdAt: 1 },
      { id: 'o', name: 'Other', color: '#333333', parentId: null, createdAt: 1 },
    ]);
    const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(4), tagIdsByIndex: [['p'], ['c'], ['o'], []] });
    touched.clear();
    expect((await listBulletins({ tagIds: ['p'] })).map((s) => s.title)).toEqual(['Bulletin 1', 'Bulletin 0']);
    expect((await listBulletins({ tagIds: ['p'], includeDescendants: false })).map((s) => s.title)).toEqual(['Bulletin 0']);
    expect(await countBulletins({ tagIds: ['p'] })).toBe(2);
    expect(await countBulletins({ tagIds: ['c', 'o'] })).toBe(2);
    await moveToTrash([at(res.added, 1).id]);
    expect(await countBulletins({ tagIds: ['p'] })).toBe(1);
    expect(await countBulletins({ tagIds: ['p'], trash: true })).toBe(1);
    expect(touched.has('bodies')).toBe(false);
  });

  it('pages a large tag match (walks the date index keys) in date order', async () => {
    await db().tags.add({ id: 'big', name: 'Big', color: '#111111', parentId: null, createdAt: 1 });
    const items = manyParsed(2300);
    const res = await commitImport({ fileNames: ['a'], bulletins: items, tagIdsByIndex: items.map((_, i) => (i % 10 === 9 ? [] : ['big'])) });
    expect(res.added).toHaveLength(2300);
    expect(await countBulletins({ tagIds: ['big'] })).toBe(2070);
    const page = await listBulletins({ tagIds: ['big'], offset: 5, limit: 4, order: 'date-desc' });
    // Index 2299 is untagged (i % 10 === 9); descending from 2298: 2298..2290 minus 2289-type gaps.
    expect(page.map((s) => s.title)).toEqual(['Bulletin 2293', 'Bulletin 2292', 'Bulletin 2291', 'Bulletin 2290']);
    const asc = await listBulletins({ tagIds: ['big'], offset: 0, limit: 3, order: 'date-asc' });
    expect(asc.map((s) => s.title)).toEqual(['Bulletin 0', 'Bulletin 1', 'Bulletin 2']);
  });

  it('getSummaries keeps the requested order and skips missing ids; getBodies maps ids to text', async () => {
    const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(3) });
    const ids = res.added.map((s) => s.id);
    const got = await getSummaries([at(ids, 2), 'missing', at(ids, 0)]);
    expect(got.map((s) => s.title)).toEqual(['Bulletin 2', 'Bulletin 0']);
    const bodies = await getBodies([at(ids, 1), 'missing']);
    expect([...bodies.entries()]).toEqual([[ids[1], 'Body of bulletin number 1.']]);
    expect(await getBulletin('missing')).toBeNull();
  });

  it('iterateForIndex streams every live bulletin with its body in chunks', async () => {
    const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(7) });
    await moveToTrash([at(res.added, 0).id]);
    const sizes: number[] = [];
    const titles: string[] = [];
    const total = await iterateForIndex(async (chunk) => {
      sizes.push(chunk.length);
      for (const b of chunk) {
        titles.push(b.title);
        expect(b.body).toContain('Body of bulletin');
      }
    }, 3);
    expect(total).toBe(6);
    expect(titles.sort()).toEqual(['Bulletin 1', 'Bulletin 2', 'Bulletin 3', 'Bulletin 4', 'Bulletin 5', 'Bulletin 6']);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(await iterateForIndex(() => undefined, 2, { includeTrash: true })).toBe(7);
  });
});

describe('updateBulletin', () => {
  it('recomputes hash, excerpt and date key; drops stale HTML', async () => {
    const res = await commitImport({ fileNames: ['a'], bulletins: [parsed({ bodyHtml: '<p>old</p>' })] });
    const id = at(res.added, 0).id;
    const updated = await updateBulletin(id, { title: 'New title', body: 'New body text.', date: '2020-01-01' });
    expect(updated.contentHash).toBe(contentHash('New title', 'New body text.'));
    expect(updated.excerpt).toBe('New body text.');
    expect(updated.bodyHtml).toBeNull();
    expect(updated.updatedAt).toBeGreaterThan(at(res.added, 0).updatedAt - 1);
    const asc = await listBulletins({ order: 'date-asc' });
    expect(asc[0]?.date).toBe('2020-01-01');
    await expect(updateBulletin('missing', { title: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('trash', () => {
  it('moves, lists, restores and empties', async () => {
    const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(4) });
    const [a, b] = first(res.added.map((s) => s.id), 2);
    expect(await moveToTrash([a, b])).toBe(2);
    expect(await countBulletins()).toBe(2);
    expect(await countBulletins({ trash: true })).toBe(2);
    const trash = await listTrash();
    expect(trash.every((s) => typeof s.deletedAt === 'number')).toBe(true);
    expect((await listBulletins()).map((s) => s.id)).not.toContain(a);
    expect(await restoreFromTrash([a])).toBe(1);
    expect((await getBulletin(a))?.deletedAt).toBeNull();
    expect(await emptyTrash()).toBe(1);
    expect(await getBulletin(b)).toBeNull();
    expect(await db().bodies.get(b)).toBeUndefined();
    expect(await countBulletins()).toBe(3);
  });
});
