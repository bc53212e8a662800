import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileTooLargeError } from '../../../electron/shared/file-limits';
import { DEFAULT_OPEN_FILTERS, openDialogOptions, readSelection, type ReadLimits } from '../../../electron/main/files';

const limits = (over: Partial<ReadLimits> = {}): ReadLimits => ({ fileBytes: 100, totalBytes: 1000, folderFiles: 50, ...over });

describe('openDialogOptions', () => {
  it('multi-selects files with the import filters by default', () => {
    const o = openDialogOptions({}, 'linux');
    expect(o.properties).toEqual(['openFile', 'multiSelections']);
    expect(o.filters?.[0]?.extensions).toEqual(['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx', 'json']);
  });

  it('picks folders (and files too on macOS)', () => {
    expect(openDialogOptions({ directories: true }, 'win32').properties).toEqual(['openDirectory', 'multiSelections']);
    expect(openDialogOptions({ directories: true }, 'darwin').properties).toEqual(['openFile', 'openDirectory', 'multiSelections']);
  });
});

describe('readSelection', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pa-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads chosen files as bytes', async () => {
    writeFileSync(join(dir, 'a.txt'), 'hola');
    const [file] = await readSelection([join(dir, 'a.txt')], DEFAULT_OPEN_FILTERS, limits());
    expect(file?.name).toBe('a.txt');
    expect(new TextDecoder().decode(file?.bytes)).toBe('hola');
    expect(file?.error).toBeUndefined();
  });

  it("carries each file's modification time (a year-less dateline takes its year from it)", async () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'hola');
    const when = new Date('2023-11-20T12:00:00Z');
    utimesSync(path, when, when);
    const [file] = await readSelection([path], DEFAULT_OPEN_FILTERS, limits());
    expect(file?.lastModified).toBe(when.getTime());
  });

  it('walks folders recursively, keeping importable, non-hidden files', async () => {
    const root = join(dir, 'Bulletins');
    mkdirSync(join(root, '2023', 'oct'), { recursive: true });
    writeFileSync(join(root, 'b.md'), 'b');
    writeFileSync(join(root, '2023', 'oct', 'c.PDF'), 'c');
    writeFileSync(join(root, 'notes.exe'), 'x');
    writeFileSync(join(root, '.DS_Store'), 'x');
    symlinkSync(join(root, 'b.md'), join(root, 'link.md'));
    const files = await readSelection([root], DEFAULT_OPEN_FILTERS, limits());
    expect(files.map((f) => f.name).sort()).toEqual(['Bulletins/2023/oct/c.PDF', 'Bulletins/b.md']);
  });

  it('marks over-limit files with an error naming the limit', async () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(101));
    writeFileSync(join(dir, 'ok.txt'), 'x'.repeat(100));
    const files = await readSelection([join(dir, 'big.txt'), join(dir, 'ok.txt')], DEFAULT_OPEN_FILTERS, limits({ fileBytes: 100 }));
    expect(files[0]?.error).toBe(fileTooLargeError(100));
    expect(files[0]?.bytes).toHaveLength(0);
    expect(files[1]?.error).toBeUndefined();
    expect(files[1]?.bytes).toHaveLength(100);
  });

  it('stops at the total limit of one import', async () => {
    for (const n of ['1.txt', '2.txt', '3.txt']) writeFileSync(join(dir, n), 'x'.repeat(60));
    const files = await readSelection(['1.txt', '2.txt', '3.txt'].map((n) => join(dir, n)), DEFAULT_OPEN_FILTERS, limits({ totalBytes: 130 }));
    expect(files.map((f) => f.error === undefined)).toEqual([true, true, false]);
    expect(files[2]?.error).toMatch(/together exceed/);
  });

  it('reports unreadable paths without failing the batch', async () => {
    writeFileSync(join(dir, 'ok.txt'), 'ok');
    const files = await readSelection([join(dir, 'missing.txt'), join(dir, 'ok.txt')], DEFAULT_OPEN_FILTERS, limits());
    expect(files[0]).toMatchObject({ name: 'missing.txt', error: 'Could not read this file.' });
    expect(files[1]?.error).toBeUndefined();
  });

  it('caps the number of files read from folders', async () => {
    for (let i = 0; i < 5; i += 1) writeFileSync(join(dir, `${i}.txt`), 'x');
    const files = await readSelection([dir], DEFAULT_OPEN_FILTERS, limits({ folderFiles: 3 }));
    expect(files.filter((f) => !f.error)).toHaveLength(3);
    expect(files.some((f) => /more than 3 files/.test(f.error ?? ''))).toBe(true);
  });
});
