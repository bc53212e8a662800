import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { at, freshDb, manyParsed } from './helpers';
import {
  addTags,
  clearSearchIndex,
  closeArchiveDb,
  commitImport,
  createTag,
  getIndexFingerprint,
  loadSearchIndex,
  saveSearchIndex,
} from '../../../renderer/src/data';

beforeEach(() => {
  freshDb();
});
afterEach(() => closeArchiveDb());

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
