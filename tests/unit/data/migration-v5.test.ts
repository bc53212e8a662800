import { afterEach, describe, expect, it } from 'vitest';
import { oldDb, openUpgraded } from './helpers';
import { closeArchiveDb, countBulletins, getBulletin, listUnusedOriginals, originalsUsage } from '../../../renderer/src/data';
import { SCHEMA_V4, summaryToRow } from '../../../renderer/src/data/db';

afterEach(() => closeArchiveDb());

describe('schema migration v4 → v5', () => {
  it('keeps every bulletin (none linked to an original) and adds the originals table', async () => {
    const { name, old } = await oldDb(4, SCHEMA_V4);
    for (const [i, deletedAt] of [[1, null], [2, 555]] as const) {
      await old.table('bulletins').add(
        summaryToRow({
          id: `b${i}`,
          title: `Boletín ${i}`,
          date: '2022-03-01',
          datePrecision: 'day',
          place: null,
          language: 'es',
          countries: [],
          organisations: [],
          tags: [],
          sourceFile: 'old.pdf',
          batchId: 'batch',
          contentHash: `h${i}`,
          excerpt: 'Cuerpo',
          createdAt: 1,
          updatedAt: 2,
          deletedAt,
        }),
      );
      await old.table('bodies').add({ id: `b${i}`, body: `Cuerpo ${i}`, bodyHtml: null });
    }
    old.close();

    const db = await openUpgraded(name);
    expect(db.verno).toBe(5);
    // The link is a plain field: no index entry per bulletin (import speed), counts live on the originals.
    expect(db.bulletins.schema.idxByName.originalId).toBeUndefined();
    expect(db.tables.map((t) => t.name)).toContain('originals');
    expect(await countBulletins()).toBe(1);
    expect(await countBulletins({ trash: true })).toBe(1);
    const b = await getBulletin('b1');
    expect(b?.body).toBe('Cuerpo 1');
    expect(b?.originalId).toBeUndefined();
    expect(await originalsUsage()).toEqual({ count: 0, bytes: 0, unused: 0, unusedBytes: 0 });
    expect(await listUnusedOriginals()).toEqual([]);
  });
});
