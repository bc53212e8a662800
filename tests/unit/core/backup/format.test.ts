import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupFormatError,
  createBackupFile,
  parseBackupText,
  serializeBackup,
  type BackupFile,
} from '../../../../renderer/src/core/backup/format';
import type { Bulletin } from '../../../../renderer/src/core/model';
import { contentHash } from '../../../../renderer/src/core/import/hash';

function bulletin(overrides: Partial<Bulletin> = {}): Bulletin {
  const b: Bulletin = {
    id: 'b1', title: 'T', date: '2023-11-09', datePrecision: 'day', place: 'Lima', language: 'en', countries: ['Peru'],
    organisations: ['IDB'], tags: ['t1'], sourceFile: 'a.txt', batchId: 'x', contentHash: '', excerpt: 'e',
    createdAt: 1, updatedAt: 2, deletedAt: null, body: 'Body', bodyHtml: null, ...overrides,
  };
  return { ...b, contentHash: contentHash(b.title, b.body) };
}

function sample(): BackupFile {
  return createBackupFile(
    {
      bulletins: [bulletin(), bulletin({ id: 'b2', date: null, datePrecision: 'unknown', deletedAt: 5, tags: [] })],
      tags: [
        { id: 't1', name: 'Pesca', names: { en: 'Fisheries', es: 'Pesca' }, color: '#123456', parentId: null, createdAt: 1 },
        { id: 't2', name: 'Sub', color: '#abc', parentId: 't1', createdAt: 1 },
      ],
      dossiers: [
        {
          id: 'd1', title: 'D', subtitle: '', author: 'Me', introduction: '', items: ['b1'], grouping: 'tag', pageSize: 'Letter',
          recipe: 'pesca', declined: [], lastRefreshedAt: null, createdAt: 1, updatedAt: 1, deletedAt: null, language: 'es',
        },
      ],
      savedSearches: [{ id: 's1', name: 'S', query: 'q', createdAt: 1, position: 0 }],
      rules: [{ id: 'r1', query: 'pesca', tagId: 't1', enabled: true, createdAt: 1 }],
      glossary: [{ es: 'pesca', en: 'fisheries' }],
    },
    new Date('2024-01-02T03:04:05Z'),
  );
}

/** The sample as a version-2 file (no checksum), changed by `fn`: the field checks alone must catch it. */
function mutate(fn: (raw: Record<string, unknown>) => void): string {
  const raw = JSON.parse(serializeBackup({ ...sample(), version: 2 })) as Record<string, unknown>;
  fn(raw);
  return JSON.stringify(raw);
}

describe('backup format', () => {
  it('serialises and parses back to an equal object', () => {
    const file = sample();
    expect(file.format).toBe(BACKUP_FORMAT);
    expect(file.version).toBe(BACKUP_VERSION);
    expect(file.exportedAt).toBe('2024-01-02T03:04:05.000Z');
    const parsed = parseBackupText(serializeBackup(file));
    expect(parsed.checksum?.all).toMatch(/^[0-9a-f]{64}$/);
    expect({ ...parsed, checksum: undefined }).toEqual({ ...file, checksum: undefined });
    expect(parseBackupText(`\ufeff${serializeBackup(file)}`).bulletins).toEqual(file.bulletins);
  });

  it('keeps a tag\'s per-language names and a saved search\'s place; refuses a name that is not text', () => {
    const parsed = parseBackupText(serializeBackup(sample()));
    expect(parsed.tags[0]?.names).toEqual({ en: 'Fisheries', es: 'Pesca' });
    expect(parsed.savedSearches[0]?.position).toBe(0);
    const bad = mutate((raw) => {
      (raw.tags as Array<Record<string, unknown>>)[0] = { id: 't1', name: 'Pesca', names: { es: 42 }, color: '#123456', parentId: null, createdAt: 1 };
    });
    expect(() => parseBackupText(bad)).toThrow(BackupFormatError);
  });

  it('rejects malformed JSON with a clear reason', () => {
    expect(() => parseBackupText('{"format": ')).toThrow(BackupFormatError);
    expect(() => parseBackupText('{"format": ')).toThrow(/not well-formed JSON/);
    expect(() => parseBackupText('[1,2]')).toThrow(/not a PA Bulletin Archive backup/);
  });

  it('rejects another format and unknown or newer versions', () => {
    expect(() => parseBackupText(mutate((r) => (r.format = 'other-app')))).toThrow(/not a PA Bulletin Archive backup \(its format is "other-app"\)/);
    expect(() => parseBackupText(mutate((r) => (r.version = 7)))).toThrow('backup version 7 is newer than this app supports (3)');
    expect(() => parseBackupText(mutate((r) => (r.version = '1')))).toThrow(/no valid version/);
    expect(() => parseBackupText(mutate((r) => (r.version = 0)))).toThrow(/no valid version/);
  });

  it('validates every record field and names the bad one', () => {
    const bad = (fn: (raw: Record<string, unknown>) => void) => () => parseBackupText(mutate(fn));
    const firstBulletin = (r: Record<string, unknown>) => (r.bulletins as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    expect(bad((r) => (firstBulletin(r).date = '9 Nov 2023'))).toThrow(/bulletins\[0\]\.date must be a date/);
    expect(bad((r) => (firstBulletin(r).tags = 'pesca'))).toThrow(/bulletins\[0\]\.tags must be a list/);
    expect(bad((r) => delete firstBulletin(r).body)).toThrow(/bulletins\[0\]\.body is missing/);
    expect(bad((r) => (firstBulletin(r).language = 'fr'))).toThrow(/bulletins\[0\]\.language must be one of es, en, other/);
    expect(bad((r) => (firstBulletin(r).updatedAt = Number.NaN))).toThrow(/updatedAt must be a number/);
    expect(bad((r) => ((r.tags as Array<Record<string, unknown>>)[0] = { id: 't1', name: 'x', color: 'red;}', parentId: null, createdAt: 1 }))).toThrow(/colour/);
    expect(bad((r) => (r.dossiers = {}))).toThrow(/dossiers must be a list/);
    const firstDossier = (r: Record<string, unknown>) => (r.dossiers as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    expect(bad((r) => (firstDossier(r).language = 'fr'))).toThrow(/dossiers\[0\]\.language must be one of en, es/);
    // Optional: a dossier saved before the per-dossier language existed still restores.
    expect(parseBackupText(mutate((r) => delete firstDossier(r).language)).dossiers[0]?.language).toBeUndefined();
    expect(bad((r) => delete r.rules)).toThrow(/rules must be a list/);
    expect(bad((r) => ((r.bulletins as unknown[]).push((r.bulletins as unknown[])[0])))).toThrow(/bulletins\[2\] repeats id "b1"/);
    expect(bad((r) => (r.glossary = [{ es: 1, en: 'x' }]))).toThrow(/glossary\[0\]\.es must be text/);
  });

  it('rejects tag cycles and dangling references, drops unknown fields', () => {
    expect(() =>
      parseBackupText(
        mutate((r) => {
          const tags = r.tags as Array<Record<string, unknown>>;
          (tags[0] as Record<string, unknown>).parentId = 't2';
        }),
      ),
    ).toThrow(/its own ancestor/);
    const refuses = (fn: (raw: Record<string, unknown>) => void, where: RegExp) => expect(() => parseBackupText(mutate(fn))).toThrow(where);
    const first = (r: Record<string, unknown>, table: string) => (r[table] as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    refuses((r) => (first(r, 'bulletins').tags = ['t1', 'ghost']), /bulletins\[0\]\.tags\[1\] names tag "ghost", which is not in the backup/);
    refuses((r) => (r.rules as unknown[]).push({ id: 'r2', query: 'x', tagId: 'ghost', enabled: true, createdAt: 1 }), /rules\[1\]\.tagId names tag "ghost"/);
    refuses((r) => (r.tags as unknown[]).push({ id: 't3', name: 'Orphan', color: '#000', parentId: 'missing', createdAt: 1 }), /tags\[2\]\.parentId names tag "missing"/);
    refuses((r) => (first(r, 'dossiers').items = ['b1', 'nowhere']), /dossiers\[0\]\.items\[1\] names bulletin "nowhere"/);
    const parsed = parseBackupText(mutate((r) => (first(r, 'bulletins').evil = '<script>')));
    expect(parsed.bulletins[0]).not.toHaveProperty('evil');
  });
});
