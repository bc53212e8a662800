import { describe, expect, it } from 'vitest';
import { at, manyParsed, useFreshDb } from './helpers';
import {
  addTags,
  clearSearchIndex,
  commitImport,
  createTag,
  getIndexFingerprint,
  loadSearchIndex,
  saveSearchIndex,
} from '../../../renderer/src/data';
import { LATER_SEQ, loadSearchIndexStaged, readSearchIndexRows } from '../../../renderer/src/data/search-index';
import { getArchiveDb } from '../../../renderer/src/data/db';
import type { SearchChunk } from '../../../renderer/src/core/search/engine-types';

useFreshDb();

describe('search index persistence', () => {
  it('saves chunks in order with meta, replaces on save and clears', async () => {
    expect(await loadSearchIndex()).toBeNull();
    const chunks: Array<[string, string]> = [
      ['z.map', '{"a":1}'],
      ['a.cfg', 'x'],
      ['m', ''],
    ];
    await saveSearchIndex(chunks, { version: 3, docCount: 42, fingerprint: 'fp' });
    const loaded = await loadSearchIndex();
    expect(loaded?.chunks).toEqual(chunks);
    expect(loaded?.meta).toMatchObject({ version: 3, docCount: 42, fingerprint: 'fp' });
    expect(typeof loaded?.meta.savedAt).toBe('number');
    await saveSearchIndex([['only', '1']], { version: 3, docCount: 1 });
    expect((await loadSearchIndex())?.chunks).toEqual([['only', '1']]);
    await clearSearchIndex();
    expect(await loadSearchIndex()).toBeNull();
  });

  it('stores typed arrays natively and hands over "later" chunks after the others, from one snapshot', async () => {
    expect(await loadSearchIndexStaged()).toBeNull();
    const chunks: SearchChunk[] = [
      ['header', '{}'],
      ['later/pairs', Uint8Array.from([1, 2, 255])],
      ['table/dates', Int32Array.from([20230101, 0])],
      ['later/titles.len', Uint16Array.from([300])],
    ];
    await saveSearchIndex(chunks, { version: 4, docCount: 2, fingerprint: 'fp' });
    expect((await getArchiveDb().searchIndex.toCollection().primaryKeys()).sort((a, b) => a - b)).toEqual([0, 1, LATER_SEQ, LATER_SEQ + 1]);
    const staged = await loadSearchIndexStaged();
    expect(staged?.meta).toMatchObject({ version: 4, fingerprint: 'fp' });
    expect(staged?.first).toEqual([chunks[0], chunks[2]]);
    // Saved again meanwhile: the later chunks still come from the snapshot the first ones came from.
    const resave = saveSearchIndex([['header', '{"v":2}']], { version: 4, docCount: 0 });
    expect(await staged?.later).toEqual([chunks[1], chunks[3]]);
    await resave;
    expect((await loadSearchIndex())?.chunks).toEqual([['header', '{"v":2}']]);
    await saveSearchIndex(chunks, { version: 4, docCount: 2 });
    expect((await loadSearchIndex())?.chunks).toEqual([chunks[0], chunks[2], chunks[1], chunks[3]]);
  });

  it('hands later rows over in batches as they are read, and reads single rows of the same save by seq', async () => {
    const later: SearchChunk[] = Array.from({ length: 20 }, (_, i) => [`later/text/${i}`, `chunk ${i}`]);
    await saveSearchIndex([['header', '{}'], ...later], { version: 5, docCount: 1, fingerprint: 'fp' });
    const batches: SearchChunk[][] = [];
    const staged = await loadSearchIndexStaged((chunks) => batches.push(chunks));
    expect(await staged?.later).toEqual(later);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toEqual(later);
    const meta = staged?.meta;
    if (!meta) throw new Error('no meta');
    expect(await readSearchIndexRows([LATER_SEQ + 13, LATER_SEQ + 2], meta)).toEqual([later[13], later[2]]);
    await expect(readSearchIndexRows([LATER_SEQ + 99], meta)).rejects.toThrow(/no row/);
    // Another save since: its rows are not parts of the index being loaded.
    await saveSearchIndex([['header', '{}'], ...later], { version: 5, docCount: 1, fingerprint: 'fp', savedAt: (meta.savedAt ?? 0) + 1 });
    await expect(readSearchIndexRows([LATER_SEQ], meta)).rejects.toThrow(/changed/);
  });

  it('fingerprint changes on import and on tagging', async () => {
    const empty = await getIndexFingerprint();
    const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(2) });
    const afterImport = await getIndexFingerprint();
    expect(afterImport).not.toBe(empty);
    const tag = await createTag({ name: 'T' });
    await addTags([at(res.added, 0).id], [tag.id]);
    expect(await getIndexFingerprint()).not.toBe(afterImport);
  });
});
