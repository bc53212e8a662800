/**
 * Issue 23, point 4: the corruptions an attack run restored silently. Each damaged backup must be
 * refused whole, with a message naming the record and field (or the byte) that is wrong.
 */
import { describe, expect, it } from 'vitest';
import { BackupFormatError, createBackupFile, parseBackupBytes, parseBackupText, serializeBackup } from '../../../../renderer/src/core/backup/format';
import { decodeBase64, verifyBackupOriginals } from '../../../../renderer/src/core/backup/originals';
import { firstInvalidUtf8 } from '../../../../renderer/src/core/backup/utf8';
import { Sha256 } from '../../../../renderer/src/core/backup/sha256';
import { contentHash } from '../../../../renderer/src/core/import/hash';
import type { Bulletin } from '../../../../renderer/src/core/model';

const NOW = Date.UTC(2026, 11, 7);
const ORIGINAL_BYTES = new TextEncoder().encode('Lima, 14 de noviembre de 2023.- Texto original.');
const ORIGINAL_ID = new Sha256().update(ORIGINAL_BYTES).hex();

function bulletin(id: string, title: string, body: string, extra: Partial<Bulletin> = {}): Bulletin {
  return {
    id, title, date: '2023-11-14', datePrecision: 'day', place: 'Lima', language: 'es', countries: ['Peru'], organisations: [],
    tags: ['t1'], sourceFile: 'news.txt', batchId: 'batch', contentHash: contentHash(title, body), excerpt: body.slice(0, 50),
    createdAt: NOW - 1000, updatedAt: NOW - 500, deletedAt: null, body, bodyHtml: null, ...extra,
  };
}

function backupText(version = 3): string {
  const file = createBackupFile(
    {
      bulletins: [
        bulletin('b1', 'Pesca en el Pacífico', 'Lima, 14 de noviembre de 2023.- Texto original.', { originalId: ORIGINAL_ID, rev: 2 }),
        bulletin('b2', 'Trade council meets', 'Santiago, 2 March 2023.- The council met.'),
      ],
      tags: [{ id: 't1', name: 'Pesca', color: '#123456', parentId: null, createdAt: NOW - 2000 }],
      dossiers: [{ id: 'd1', title: 'D', subtitle: '', author: '', introduction: '', items: ['b1', 'b2'], grouping: 'none', pageSize: 'A4', recipe: null, declined: [], lastRefreshedAt: null, createdAt: NOW - 10, updatedAt: NOW - 10, deletedAt: null }],
      savedSearches: [],
      rules: [{ id: 'r1', query: 'pesca', tagId: 't1', enabled: true, createdAt: NOW - 10 }],
      originals: [{ id: ORIGINAL_ID, names: ['news.txt'], type: 'text/plain', size: ORIGINAL_BYTES.length, importedAt: NOW - 1000, data: [Buffer.from(ORIGINAL_BYTES).toString('base64')] }],
    },
    new Date(NOW),
  );
  return serializeBackup({ ...file, version });
}

type Raw = Record<string, unknown> & { bulletins: Array<Record<string, unknown>> };

function damaged(edit: (raw: Raw) => void, version = 3): string {
  const raw = JSON.parse(backupText(version)) as Raw;
  edit(raw);
  return JSON.stringify(raw);
}

const first = (raw: Raw): Record<string, unknown> => raw.bulletins[0] as Record<string, unknown>;
const parse = (text: string) => parseBackupText(text, { now: NOW });

describe('damaged backups are refused whole, naming where', () => {
  it('reads an intact backup of this version and of version 2', () => {
    expect(parse(backupText()).bulletins.map((b) => b.rev ?? 0)).toEqual([2, 0]);
    expect(parse(backupText(2)).bulletins).toHaveLength(2);
    expect(parse(backupText(2)).checksum).toBeUndefined();
  });

  it('a changed title letter or body letter', () => {
    expect(() => parse(damaged((r) => (first(r).title = 'Pesca en el Pacífica')))).toThrow(/bulletins\[0\]\.contentHash does not match/);
    // A change the content hash cannot see (it ignores case): only the checksum catches it.
    expect(() => parse(damaged((r) => (first(r).title = 'pesca en el Pacífico')))).toThrow(/bulletins\[0\] \(id "b1", “pesca en el Pacífico”\) does not match its checksum/);
    expect(() => parse(damaged((r) => (first(r).body = 'Lima, 14 de noviembre de 2023.- Texto origenal.'), 2))).toThrow(/bulletins\[0\]\.contentHash does not match/);
  });

  it('a changed content hash, tag id, or an originalId pointing nowhere', () => {
    expect(() => parse(damaged((r) => (first(r).contentHash = '0'.repeat(28))))).toThrow(/bulletins\[0\]\.contentHash/);
    expect(() => parse(damaged((r) => (first(r).tags = ['t2'])))).toThrow(/bulletins\[0\] .* does not match its checksum/);
    expect(() => parse(damaged((r) => (first(r).tags = ['t2']), 2))).toThrow(/bulletins\[0\]\.tags\[0\] names tag "t2"/);
    expect(() => parse(damaged((r) => (first(r).originalId = 'f'.repeat(64)), 2))).toThrow(/bulletins\[0\]\.originalId names the original file ffffffffffff…, which is not in the backup/);
  });

  it('a timestamp in 2277, or before 1970', () => {
    const in2277 = Date.UTC(2277, 0, 1);
    expect(() => parse(damaged((r) => (first(r).updatedAt = in2277)))).toThrow(/bulletins\[0\]\.updatedAt must be a time between 1970 and today \(\d+ is 2277\)/);
    expect(() => parse(damaged((r) => (first(r).createdAt = -5)))).toThrow(/bulletins\[0\]\.createdAt must be a time/);
  });

  it('a date that is no calendar day', () => {
    expect(() => parse(damaged((r) => (first(r).date = '2023-19-26')))).toThrow(/bulletins\[0\]\.date must be a real calendar date \(2023-19-26 is not\)/);
    expect(() => parse(damaged((r) => (first(r).date = '2023-02-29')))).toThrow(/2023-02-29 is not/);
    expect(parse(damaged((r) => Object.assign(first(r), { date: '2024-02-29' }), 2)).bulletins[0]?.date).toBe('2024-02-29');
  });

  it('invalid UTF-8, located by byte offset', () => {
    const bytes = new TextEncoder().encode(backupText());
    const at = bytes.indexOf(0xc3); // the first byte of "í" in "Pacífico"
    const broken = bytes.slice();
    broken[at + 1] = 0x28;
    expect(firstInvalidUtf8(broken)).toBe(at);
    expect(() => parseBackupBytes(broken, { now: NOW })).toThrow(new RegExp(`not valid UTF-8 text \\(invalid byte at offset ${at.toLocaleString('en')}\\)`));
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(parseBackupBytes(bytes, { now: NOW }).bulletins).toHaveLength(2);
  });

  it('a missing or altered checksum, a record removed with its sum', () => {
    expect(() => parse(damaged((r) => delete r.checksum))).toThrow(/checksum is missing/);
    expect(() =>
      parse(
        damaged((r) => {
          const checksum = r.checksum as { all: string };
          checksum.all = `0${checksum.all.slice(1)}`;
        }),
      ),
    ).toThrow(/does not match its overall checksum/);
    expect(() =>
      parse(
        damaged((r) => {
          r.bulletins.pop();
          (r.checksum as { records: { bulletins: string[] } }).records.bulletins.pop();
          (r.dossiers as Array<{ items: string[] }>)[0]?.items.pop();
        }),
      ),
    ).toThrow(BackupFormatError);
  });

  it('kept originals whose bytes do not match their id or size', () => {
    const file = parse(backupText());
    expect(() => verifyBackupOriginals(file.originals ?? [])).not.toThrow();
    const entry = { ...(file.originals?.[0] ?? ({} as never)) };
    expect(() => verifyBackupOriginals([{ ...entry, data: [Buffer.from('other bytes').toString('base64')] }])).toThrow(/originals\[0\] \("news.txt"\) has 11 bytes/);
    expect(() => verifyBackupOriginals([{ ...entry, data: [Buffer.from(ORIGINAL_BYTES).toString('base64').replace('T', 'U')] }])).toThrow(/does not match its SHA-256 id/);
    expect(() => verifyBackupOriginals([{ ...entry, data: ['abc'] }])).toThrow(/data\[0\] is not valid base64/);
  });

  it('decodes base64 like Node does', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 100, 1001]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);
      expect(decodeBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
    }
  });
});
