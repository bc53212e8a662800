import { describe, expect, it } from 'vitest';
import { BackupChecksum, recordText } from '../../../../renderer/src/core/backup/checksum';
import { backupChecksum, createBackupFile } from '../../../../renderer/src/core/backup/format';
import { recordChecks } from '../../../../renderer/src/core/backup/records';
import { generateTagged, toExportJson } from '../../../../renderer/src/core/generator';

describe('backup checksum', () => {
  const fields = recordChecks(0).fields;

  it('a record’s canonical text is JSON.stringify(record, fields): known fields, fixed order, extras and undefined left out', () => {
    const file = toExportJson(generateTagged(30, 5));
    for (const b of file.bulletins) {
      const shuffled = { extra: '<x>', ...Object.fromEntries(Object.entries(b).reverse()), originalId: undefined };
      expect(recordText('bulletins', shuffled)).toBe(JSON.stringify(b, fields.bulletins));
    }
    for (const t of file.tags) expect(recordText('tags', t)).toBe(JSON.stringify(t, fields.tags));
    expect(recordText('originals', { id: 'a', names: ['x'], type: 't', size: 1, importedAt: 2, data: ['QQ=='] })).toBe(
      '{"id":"a","names":["x"],"type":"t","size":1,"importedAt":2}',
    );
  });

  it('a streaming writer adding records one by one gets the same checksum as the whole-file function', () => {
    const file = createBackupFile({ ...toExportJson(generateTagged(12, 9)), dossiers: [], savedSearches: [], rules: [] });
    const stream = new BackupChecksum();
    for (const b of file.bulletins) stream.add('bulletins', b);
    for (const t of file.tags) stream.add('tags', t);
    for (const table of ['dossiers', 'savedSearches', 'rules'] as const) stream.table(table);
    expect(stream.finish()).toEqual(backupChecksum(file));
  });
});
