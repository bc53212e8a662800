// Issue 23: backups are written in pieces, never as one giant string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackupFile, serializeBackup, serializeBackupChunks, type BackupFile } from '../../../../renderer/src/core/backup/format';
import { jsonChunks, utf8Parts } from '../../../../renderer/src/core/backup/json-chunks';
import type { Bulletin } from '../../../../renderer/src/core/model';

const bulletin = (id: string, body: string): Bulletin => ({
  id,
  title: `Title ${id}`,
  date: '2023-11-14',
  datePrecision: 'day',
  place: 'Lima',
  language: 'es',
  countries: ['Peru'],
  organisations: [],
  tags: [],
  sourceFile: 'a.txt',
  batchId: 'b1',
  contentHash: `h${id}`,
  excerpt: body.slice(0, 40),
  createdAt: 1,
  updatedAt: 2,
  deletedAt: null,
  body,
  bodyHtml: null,
});

describe('jsonChunks', () => {
  it('joins to exactly JSON.stringify, whatever the value and piece size', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 2, max: 40 }), (value, size) => {
        expect([...jsonChunks(value, size)].join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('never splits a surrogate pair into two escapes', () => {
    const text = '😀'.repeat(50) + 'é\u2028"\\\n';
    for (const size of [2, 3, 7]) {
      const pieces = [...jsonChunks({ text }, size)];
      expect(pieces.join('')).toBe(JSON.stringify({ text }));
      expect(pieces.join('')).not.toMatch(/\\ud83d/u);
    }
  });

  it('writes a small backup exactly as serializeBackup does, in pieces of bounded size', () => {
    const file = createBackupFile(
      { bulletins: Array.from({ length: 50 }, (_, i) => bulletin(`b${i}`, 'texto '.repeat(i * 40))), tags: [], dossiers: [], savedSearches: [], rules: [] },
      new Date('2024-01-01T00:00:00Z'),
    );
    const pieces = [...serializeBackupChunks(file)];
    expect(pieces.join('')).toBe(serializeBackup(file));
    const bytes = [...utf8Parts(pieces, 1000)];
    expect(new TextDecoder().decode(Buffer.concat(bytes))).toBe(serializeBackup(file));
  });

  it('streams an archive whose JSON is longer than any string can be (the old serializer throws)', () => {
    // Two fields of 300 million characters: ~600 million in JSON, beyond V8's ~536 million limit.
    const big = 'a'.repeat(300_000_000);
    const file: BackupFile = createBackupFile({ bulletins: [{ ...bulletin('huge', big), bodyHtml: big }], tags: [], dossiers: [], savedSearches: [], rules: [] });
    expect(() => serializeBackup(file)).toThrow(RangeError);
    let total = 0;
    let longest = 0;
    for (const piece of serializeBackupChunks(file)) {
      total += piece.length;
      longest = Math.max(longest, piece.length);
    }
    expect(total).toBeGreaterThan(600_000_000);
    expect(longest).toBeLessThanOrEqual(1 << 20);
  }, 120_000);
});
