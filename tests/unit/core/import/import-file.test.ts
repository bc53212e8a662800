import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ImportFileError } from '../../../../renderer/src/core/import/errors';
import { importFile } from '../../../../renderer/src/core/import/import-file';
import { decodeText } from '../../../../renderer/src/core/import/decode';
import { contentHash } from '../../../../renderer/src/core/import/hash';
import { BACKUP_FORMAT } from '../../../../renderer/src/core/backup/format';
import { readCorpusBytes } from '../../support/corpus';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const file = (name: string, content: string | Uint8Array) => ({ name, bytes: typeof content === 'string' ? enc(content) : content });
const reasonOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ImportFileError);
    const e = err as ImportFileError;
    expect(e.message).toBe(`${e.fileName}: ${e.reason}`);
    return e.reason;
  }
  throw new Error('expected an ImportFileError');
};
const BULLETIN = 'Reunión en Lima\n\nLima, 21 de noviembre de 2023.- Los ministros de Chile y Perú se reunieron con el BID.';

describe('importFile: text files', () => {
  it('imports the corpus with metadata on every bulletin', async () => {
    const bytes = readCorpusBytes();
    const out = await importFile({ name: 'news.txt', bytes: new Uint8Array(bytes) });
    expect(out).toHaveLength(10);
    expect(out[0]).toMatchObject({ date: '2023-11-14', datePrecision: 'day', language: 'en', sourceFile: 'news.txt', bodyHtml: null });
    expect(out[0]?.countries).toEqual(['Chile', 'Colombia', 'Mexico', 'Peru', 'Argentina']);
    expect(out[0]?.organisations).toEqual(expect.arrayContaining(['IFOP', 'IMARPE', 'INIDEP']));
    expect(out[1]?.organisations).toEqual(['IDB', 'OECD', 'ECLAC', 'CEAP']);
    expect(out[4]?.organisations).toContain('ASEAN');
    expect(out[4]?.countries).toContain('Timor-Leste');
    expect(out[0]?.body.startsWith('On November 10, 2023')).toBe(true);
    expect(out[0]?.body).toContain('\n\nPresentations were made');
  });

  it('decodes UTF-8 BOM, UTF-16 LE/BE with BOM and Windows-1252', async () => {
    const utf16 = (s: string, be: boolean): Uint8Array => {
      const out = new Uint8Array(2 + s.length * 2);
      out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        out[2 + i * 2] = be ? c >> 8 : c & 0xff;
        out[3 + i * 2] = be ? c & 0xff : c >> 8;
      }
      return out;
    };
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(BULLETIN)]);
    const cp1252 = new Uint8Array([...BULLETIN].map((c) => c.charCodeAt(0)));
    for (const bytes of [bom, utf16(BULLETIN, false), utf16(BULLETIN, true), cp1252]) {
      const [b] = await importFile({ name: 'x.txt', bytes });
      expect(b).toMatchObject({ title: 'Reunión en Lima', date: '2023-11-21', place: 'Lima', language: 'es' });
      expect(b?.countries).toEqual(['Chile', 'Peru']);
    }
    expect(decodeText(new Uint8Array([0x93, 0x68, 0x6f, 0x6c, 0x61, 0x94]))).toBe('“hola”');
  });

  it('imports markdown', async () => {
    const md = readFileSync(new URL('../../../fixtures/import/markdown-headings.md', import.meta.url), 'utf8');
    const out = await importFile(file('n.md', md));
    expect(out.map((b) => b.title)).toEqual([
      'Pacific Alliance and ASEAN strengthen ties',
      'Youth volunteering programme closes its 2023 edition',
      'Trade ministers meet in Lima',
    ]);
    expect(out[0]?.body).not.toMatch(/\*|\]\(|https:/);
    expect(out[2]?.organisations).toEqual(['IDB', 'WTO']);
  });
});

describe('importFile: bad input', () => {
  it.each([
    ['empty.txt', new Uint8Array(0), 'empty file'],
    ['blank.txt', ' \n\t\r\n ', 'empty file'],
    ['empty.pdf', new Uint8Array(0), 'empty file'],
    ['bin.txt', new Uint8Array([0x41, 0x00, 0x42, 0x43]), 'binary file, not text'],
    ['noise.md', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 7) % 32)), 'binary file, not text'],
    ['x.xyz', 'hello', 'unsupported file type .xyz'],
    ['README', 'hello', 'unsupported file type (no extension)'],
    ['only-heading.md', '# Title only', 'no bulletin found'],
    ['b.json', '{ "format": ', 'This file is not a valid backup: it is not well-formed JSON (Unexpected end of JSON input).'],
    ['c.json', '{"format":"other","version":1}', 'This file is not a PA Bulletin Archive backup (its format is "other").'],
    ['d.json', `{"format":"${BACKUP_FORMAT}","version":7,"bulletins":[]}`, 'This backup version 7 is newer than this app supports (3). Update the app to restore it.'],
    ['u.json', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]), 'The backup file is damaged: it is not valid UTF-8 text (invalid byte at offset 2).'],
    ['e.html', '<p>x</p>', '.html import needs an HTML parser (not available here)'],
    ['f.pdf', '%PDF-1.7 whatever', '.pdf import needs pdfjs (not available here)'],
  ])('%s', async (name, content, reason) => {
    expect(await reasonOf(importFile(file(name, content)))).toBe(reason);
  });

  it('refuses files over the size limit', async () => {
    const reason = await reasonOf(importFile(file('big.txt', 'a'.repeat(3 * 1024 * 1024)), { maxBytes: 2 * 1024 * 1024 }));
    expect(reason).toBe('file too large (3 MB, limit 2 MB)');
  });
});

describe('importFile: JSON export', () => {
  const bulletin = {
    id: 'b1', title: 'T', date: '2023-10-18', datePrecision: 'day', place: 'Lima', language: 'es', countries: ['Peru'],
    organisations: ['IDB'], tags: [], sourceFile: 'orig.txt', batchId: 'x', contentHash: contentHash('T', 'Cuerpo'), excerpt: '', createdAt: 1,
    updatedAt: 1, deletedAt: null, body: 'Cuerpo', bodyHtml: null,
  };
  it('imports live bulletins and skips trashed ones', async () => {
    const gone = { ...bulletin, id: 'b2', title: 'Gone', contentHash: contentHash('Gone', 'Cuerpo'), deletedAt: 5 };
    const json = JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '', bulletins: [bulletin, gone], tags: [], dossiers: [], savedSearches: [], rules: [] });
    const out = await importFile(file('backup.json', json));
    expect(out).toEqual([{ title: 'T', date: '2023-10-18', datePrecision: 'day', place: 'Lima', language: 'es', body: 'Cuerpo', bodyHtml: null, countries: ['Peru'], organisations: ['IDB'], sourceFile: 'orig.txt' }]);
  });
  it('rejects bulletins without a title', async () => {
    const json = JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '', bulletins: [{ body: 'x' }], tags: [], dossiers: [], savedSearches: [], rules: [] });
    expect(await reasonOf(importFile(file('b.json', json)))).toBe('The backup file is damaged or not compatible: bulletins[0].id is missing.');
  });
  it('validates a backup as a restore does: a changed letter, a bad date, a future time, a checksum (issue 23)', async () => {
    const base = { format: BACKUP_FORMAT, version: 2, exportedAt: '', tags: [], dossiers: [], savedSearches: [], rules: [] };
    const reason = (b: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      reasonOf(importFile(file('backup.json', JSON.stringify({ ...base, ...extra, bulletins: [{ ...bulletin, ...b }] }))));
    expect(await reason({ body: 'Cuerpa' })).toMatch(/bulletins\[0\]\.contentHash does not match/);
    expect(await reason({ date: '2023-19-26' })).toMatch(/bulletins\[0\]\.date must be a real calendar date/);
    expect(await reason({ updatedAt: Date.UTC(2277, 0, 1) })).toMatch(/bulletins\[0\]\.updatedAt must be a time between 1970 and today/);
    expect(await reason({ tags: ['ghost'] })).toMatch(/bulletins\[0\]\.tags\[0\] names tag "ghost"/);
    expect(await reason({}, { version: 3 })).toMatch(/checksum is missing/);
    const original = { id: 'a'.repeat(64), names: ['orig.txt'], type: 'text/plain', size: 3, importedAt: 1, data: ['YWJj'] };
    expect(await reason({ originalId: 'a'.repeat(64) }, { originals: [original] })).toMatch(/originals\[0\] \("orig.txt"\) does not match its SHA-256 id/);
  });
});

describe('importFile properties', () => {
  it('only ever throws ImportFileError for text, markdown and JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.uint8Array({ maxLength: 300 }).map((b) => String.fromCharCode(...b))),
        fc.constantFrom('a.txt', 'a.md', 'a.json'),
        async (s, name) => {
          try {
            const out = await importFile(file(name, s));
            expect(out.length).toBeGreaterThan(0);
          } catch (err) {
            expect(err).toBeInstanceOf(ImportFileError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
