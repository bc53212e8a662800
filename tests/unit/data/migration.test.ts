import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { oldDb, openUpgraded } from './helpers';
import { closeArchiveDb, countBulletins, emptyTrash, getBulletin, getIndexFingerprint, listBulletins, listTrash, moveToTrash, tagCounts } from '../../../renderer/src/data';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, summaryToRow, type BulletinRowV1 } from '../../../renderer/src/data/db';

afterEach(() => closeArchiveDb());

function v1Row(i: number, overrides: Partial<BulletinRowV1> = {}): BulletinRowV1 {
  return {
    id: `b${String(i).padStart(4, '0')}`,
    title: `Old bulletin ${i}`,
    date: `2022-01-${String((i % 28) + 1).padStart(2, '0')}`,
    datePrecision: 'day',
    place: null,
    language: 'es',
    countries: ['Chile'],
    organisations: [],
    tags: i % 2 === 0 ? ['t1'] : [],
    sourceFile: 'old.txt',
    batchId: 'batch-1',
    contentHash: `hash-${i}`,
    body: `Cuerpo del boletín ${i}. `.repeat(30),
    bodyHtml: i === 0 ? '<p>html</p>' : null,
    createdAt: 1000 + i,
    updatedAt: 2000 + i,
    deletedAt: null,
    ...overrides,
  };
}

/** Adds bulletin `i` as schema v2+ stores it (list row and body apart); returns its summary. */
async function addSplitRow(old: Dexie, i: number, deletedAt: number | null, body: string): Promise<Omit<BulletinRowV1, 'body' | 'bodyHtml'>> {
  const { body: _body, bodyHtml: _html, ...summary } = v1Row(i);
  await old.table('bulletins').add(summaryToRow({ ...summary, excerpt: 'Cuerpo', deletedAt }));
  await old.table('bodies').add({ id: summary.id, body, bodyHtml: null });
  return summary;
}

describe('schema migration v1 → v2', () => {
  it('moves bodies to their own table and makes the Trash indexable', async () => {
    const { name, old } = await oldDb(1, SCHEMA_V1);
    const rows = Array.from({ length: 1203 }, (_, i) => v1Row(i));
    rows.push(v1Row(5000, { deletedAt: 12345, date: null }));
    await old.table('bulletins').bulkAdd(rows);
    await old.table('tags').add({ id: 't1', name: 'Pesca', color: '#123456', parentId: null, createdAt: 1 });
    await old.table('kv').put({ key: 'locale', value: 'es' });
    old.close();

    const db = await openUpgraded(name);
    expect(db.verno).toBe(5);
    expect(await db.bodies.count()).toBe(1204);
    const raw = (await db.bulletins.get('b0000')) as unknown as Record<string, unknown>;
    expect(raw.body).toBeUndefined();
    expect(raw.bodyHtml).toBeUndefined();
    expect(raw.trashed).toBe(0);
    expect(raw.deletedAt).toBe(0);
    expect(typeof raw.excerpt).toBe('string');
    expect((raw.excerpt as string).length).toBeLessThanOrEqual(201);

    const full = await getBulletin('b0000');
    expect(full?.body).toBe(rows[0]?.body);
    expect(full?.bodyHtml).toBe('<p>html</p>');
    expect(full?.deletedAt).toBeNull();
    expect(full?.updatedAt).toBe(2000);
    expect(await countBulletins()).toBe(1203);
    expect(await countBulletins({ tagIds: ['t1'] })).toBe(602);
    const trash = await listTrash();
    expect(trash.map((t) => [t.id, t.deletedAt])).toEqual([['b5000', 12345]]);
    const page = await listBulletins({ limit: 1, order: 'date-desc' });
    expect(page[0]?.date).toBe('2022-01-28');
    expect(await db.kv.get('locale')).toEqual({ key: 'locale', value: 'es' });
  });
});

describe('schema migration v2 → v3', () => {
  it('keeps every bulletin and drops the indexes nothing queries', async () => {
    const { name, old } = await oldDb(2, SCHEMA_V2);
    const summary = await addSplitRow(old, 7, null, 'Cuerpo del boletín 7');
    expect(old.table('bulletins').schema.idxByName.language).toBeDefined();
    old.close();

    const db = await openUpgraded(name);
    expect(db.verno).toBe(5);
    expect(db.bulletins.schema.idxByName.language).toBeUndefined();
    expect(db.bulletins.schema.idxByName.tags).toBeDefined();
    expect(await countBulletins()).toBe(1);
    expect((await getBulletin(summary.id))?.body).toBe('Cuerpo del boletín 7');
  });
});

describe('schema migration v3 → v4', () => {
  it('drops the trashed and updatedAt indexes; the Trash, counts and fingerprint still work', async () => {
    const { name, old } = await oldDb(3, SCHEMA_V3);
    for (const [i, deletedAt] of [[1, null], [2, 555], [3, null]] as const) {
      await addSplitRow(old, i, deletedAt, `Cuerpo ${i}`);
    }
    await old.table('tags').add({ id: 't1', name: 'Pesca', color: '#123456', parentId: null, createdAt: 1 });
    expect(old.table('bulletins').schema.idxByName.trashed).toBeDefined();
    old.close();

    const db = await openUpgraded(name);
    expect(db.verno).toBe(5);
    expect(db.bulletins.schema.idxByName.trashed).toBeUndefined();
    expect(db.bulletins.schema.idxByName.updatedAt).toBeUndefined();
    expect(await countBulletins()).toBe(2);
    expect(await countBulletins({ trash: true })).toBe(1);
    expect((await listTrash()).map((t) => t.id)).toEqual(['b0002']);
    // Only b0002 carries t1, and it is in the Trash.
    expect(await countBulletins({ tagIds: ['t1'] })).toBe(0);
    expect(await countBulletins({ tagIds: ['t1'], trash: true })).toBe(1);
    expect((await tagCounts()).get('t1')).toBe(0);
    const before = await getIndexFingerprint();
    await moveToTrash(['b0001']);
    expect(await getIndexFingerprint()).not.toBe(before);
    expect(await emptyTrash()).toBe(2);
    expect(await countBulletins()).toBe(1);
    expect(await getBulletin('b0002')).toBeNull();
  });
});
