import { describe, expect, it } from 'vitest';
import { useFreshDb } from './helpers';
import { bulletin } from '../core/sync/fixtures';
import { countBulletins, getBulletin, listTags } from '../../../renderer/src/data';
import { applyIncoming, readLocalRecords } from '../../../renderer/src/data/sync';
import { getBulletinStats } from '../../../renderer/src/data/stats';

const db = useFreshDb();

describe('applying incoming team-archive records', () => {
  it('stores bulletins (with a fresh excerpt and content hash), tags and trash state, and keeps the counts right', async () => {
    const applied = await applyIncoming({
      put: [
        { type: 'bulletin', value: bulletin({ id: 'b1', body: 'First body text.', contentHash: 'forged' }), history: [] },
        { type: 'bulletin', value: bulletin({ id: 'b2', deletedAt: 5 }), history: [] },
        { type: 'tag', value: { id: 't1', name: 'Trade', color: '#1f77b4', parentId: null, createdAt: 1 } },
      ],
      deleted: [],
    });
    expect(applied.bulletinIds.sort()).toEqual(['b1', 'b2']);
    expect(applied.tagsChanged).toBe(true);
    const b1 = await getBulletin('b1');
    expect(b1?.body).toBe('First body text.');
    expect(b1?.excerpt).toContain('First body');
    expect(b1?.contentHash).not.toBe('forged');
    expect(await countBulletins({ trash: false })).toBe(1);
    expect(await countBulletins({ trash: true })).toBe(1);
    expect((await listTags()).map((t) => t.name)).toEqual(['Trade']);
    const stats = await getBulletinStats(db());
    expect([stats.live, stats.trash]).toEqual([1, 1]);
  });

  it('deletes what the team deleted and reads records back in the sync shape', async () => {
    await applyIncoming({ put: [{ type: 'bulletin', value: bulletin({ id: 'b1' }), history: [] }], deleted: [] });
    const [record] = await readLocalRecords({ type: 'bulletin', ids: ['b1'] });
    expect(record?.type).toBe('bulletin');
    await applyIncoming({ put: [], deleted: [{ type: 'bulletin', id: 'b1' }] });
    expect(await getBulletin('b1')).toBeNull();
    expect((await getBulletinStats(db())).live).toBe(0);
  });

  it('does not store an original without its bytes', async () => {
    await applyIncoming({ put: [{ type: 'original', value: { id: 'a'.repeat(64), names: ['x.txt'], type: 'text/plain', size: 3, importedAt: 1 } }], deleted: [] });
    expect(await readLocalRecords({ type: 'original' })).toEqual([]);
    await applyIncoming({
      put: [{ type: 'original', value: { id: 'a'.repeat(64), names: ['x.txt'], type: 'text/plain', size: 3, importedAt: 1 } }],
      blobs: new Map([['a'.repeat(64), new Blob(['abc'])]]),
      deleted: [],
    });
    expect((await readLocalRecords({ type: 'original' })).length).toBe(1);
  });
});
