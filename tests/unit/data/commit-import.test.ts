import { describe, expect, it } from 'vitest';
import { freshDb, manyParsed, parsed, useFreshDb } from './helpers';
import { commitImport, countBulletins, findExistingHashes, getBodies, getOrCreateTagByName } from '../../../renderer/src/data';
import { makeExcerpt } from '../../../renderer/src/data/excerpt';
import { contentHash } from '../../../renderer/src/core/import/hash';

const db = useFreshDb();

describe('commitImport (batched path)', () => {
  it('stores large batches in several chunks, all in one batch, and says which inputs were added', async () => {
    const input = manyParsed(1300);
    const res = await commitImport({ fileNames: ['big.txt'], bulletins: input });
    expect(res.added).toHaveLength(1300);
    expect(res.addedIndexes).toEqual(input.map((_, i) => i));
    expect(await countBulletins()).toBe(1300);
    expect(await db().bodies.count()).toBe(1300);
    const bodies = await getBodies(res.added.map((s) => s.id));
    res.added.forEach((s, k) => expect(bodies.get(s.id)).toBe(input[res.addedIndexes[k] ?? -1]?.body));
    expect(new Set(res.added.map((s) => s.batchId))).toEqual(new Set([res.batchId]));
  });

  it('reports write progress chunk by chunk, counting only the new bulletins, up to all of them', async () => {
    await commitImport({ fileNames: ['first.txt'], bulletins: manyParsed(30) });
    const progress: Array<[number, number]> = [];
    // The first 30 are stored already: 130 new ones are written.
    await commitImport({ fileNames: ['more.txt'], bulletins: manyParsed(160), onProgress: (done, total) => progress.push([done, total]) });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every(([, total]) => total === 130)).toBe(true);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toEqual([130, 130]);
  });

  it('skips stored and repeated bulletins whichever way it looks duplicates up', async () => {
    // Few stored bulletins per new one (the index walk) and many (the per-hash lookups).
    for (const [stored, incoming] of [[20, 30], [200, 5]] as const) {
      freshDb();
      const old = manyParsed(stored, 'Old');
      await commitImport({ fileNames: ['a.txt'], bulletins: old });
      const fresh = manyParsed(incoming, 'New');
      const batch = [fresh[0], old[3], ...fresh.slice(1), fresh[0], old[stored - 1]].filter((b) => b !== undefined);
      const res = await commitImport({ fileNames: ['b.txt'], bulletins: batch });
      expect(res.added.map((s) => s.title)).toEqual(fresh.map((b) => b.title));
      expect(res.skippedDuplicates).toBe(3);
      expect(res.addedIndexes).toEqual([0, ...fresh.slice(1).map((_, i) => i + 2)]);
      expect(await countBulletins()).toBe(stored + incoming);
      const hashes = [old[1], fresh[1]].map((b) => contentHash(b?.title ?? '', b?.body ?? ''));
      expect(await findExistingHashes([...hashes, 'nope'])).toEqual(new Set(hashes));
    }
  });

  it('uses precomputed content hashes when given and computes the missing ones', async () => {
    const [a, b] = manyParsed(2);
    if (!a || !b) throw new Error('setup');
    await commitImport({ fileNames: ['a.txt'], bulletins: [a] });
    // A (wrong) hash given for the stored bulletin is trusted, so it is not seen as a duplicate;
    // the missing one is computed, so the repeat of `a` is.
    const res = await commitImport({ fileNames: ['b.txt'], bulletins: [b, a], contentHashes: ['given-hash', undefined] });
    expect(res.added.map((s) => [s.title, s.contentHash])).toEqual([[b.title, 'given-hash']]);
    expect(res.skippedDuplicates).toBe(1);
  });

  it('keeps excerpts exactly as makeExcerpt makes them, short and long bodies alike', async () => {
    const long = `${'word  \n '.repeat(300)}end`;
    const spaced = `${' '.repeat(900)}x ${'y'.repeat(10)}`;
    const input = [parsed({ title: 'A', body: long }), parsed({ title: 'B', body: 'short body' }), parsed({ title: 'C', body: spaced })];
    const res = await commitImport({ fileNames: ['x.txt'], bulletins: input });
    expect(res.added.map((s) => s.excerpt)).toEqual(input.map((b) => makeExcerpt(b.body)));
  });

  it('attaches only known tags', async () => {
    const tag = await getOrCreateTagByName('Fisheries');
    const res = await commitImport({ fileNames: ['t.txt'], bulletins: manyParsed(2), tagIdsByIndex: { 1: [tag.id, 'unknown', tag.id] } });
    expect(res.added.map((s) => s.tags)).toEqual([[], [tag.id]]);
  });
});
