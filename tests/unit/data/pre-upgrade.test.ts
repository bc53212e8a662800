import 'fake-indexeddb/auto';
import { contentHash } from '../../../renderer/src/core/import/hash';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackupText, serializeBackup } from '../../../renderer/src/core/backup/format';
import { closeArchiveDb, countBulletins, exportBeforeUpgrade, pendingSchemaUpgrade, useArchiveDb } from '../../../renderer/src/data';
import { SCHEMA_V1 } from '../../../renderer/src/data/db';

afterEach(() => closeArchiveDb());

async function makeV1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.table('bulletins').bulkAdd([
    { id: 'a', title: 'Pesca', date: '2023-11-14', datePrecision: 'day', place: 'Lima', language: 'es', countries: ['Peru'], organisations: [],
      tags: ['t1'], sourceFile: 'x.txt', batchId: 'b', contentHash: contentHash('Pesca', 'Cuerpo A'), body: 'Cuerpo A', bodyHtml: null, createdAt: 1, updatedAt: 2, deletedAt: null },
    { id: 'b', title: 'Trash', date: null, datePrecision: 'unknown', place: null, language: 'en', countries: [], organisations: [],
      tags: [], sourceFile: 'x.txt', batchId: 'b', contentHash: contentHash('Trash', 'Body B'), body: 'Body B', bodyHtml: '<p>Body B</p>', createdAt: 1, updatedAt: 2, deletedAt: 99 },
  ]);
  await old.table('tags').add({ id: 't1', name: 'Pesca', color: '#123456', parentId: null, createdAt: 1 });
  old.close();
}

describe('snapshot before a schema upgrade', () => {
  it('sees a pending upgrade and exports the old rows, untouched, as a valid backup', async () => {
    const name = `pre-upgrade-${Date.now()}-${Math.random()}`;
    await makeV1(name);
    expect(await pendingSchemaUpgrade(name)).toEqual({ from: 1, to: 5 });

    const file = parseBackupText(serializeBackup(await exportBeforeUpgrade(name)));
    expect(file.bulletins.map((b) => [b.id, b.body, b.deletedAt])).toEqual([
      ['a', 'Cuerpo A', null],
      ['b', 'Body B', 99],
    ]);
    expect(file.tags.map((t) => t.name)).toEqual(['Pesca']);
    // Reading did not upgrade: the database is still at version 1.
    expect(await pendingSchemaUpgrade(name)).toEqual({ from: 1, to: 5 });

    useArchiveDb(name);
    expect(await countBulletins()).toBe(1);
    closeArchiveDb();
    expect(await pendingSchemaUpgrade(name)).toBeNull();
  });

  it('finds nothing to do for a missing database', async () => {
    expect(await pendingSchemaUpgrade(`missing-${Math.random()}`)).toBeNull();
  });
});
