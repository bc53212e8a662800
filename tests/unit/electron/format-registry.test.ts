/**
 * Issue 20: the Electron side of "which files can be imported" (open-dialog filters, folder walk,
 * the open-original IPC validator) reads the one format registry the importers dispatch on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_EXTENSIONS } from '../../../renderer/src/core/import/formats';
import { DEFAULT_OPEN_FILTERS, openDialogOptions, readSelection } from '../../../electron/main/files';
import { validateOpenOriginal } from '../../../electron/shared/ipc-validators';

const UNKNOWN = ['exe', 'doc', 'rtf', 'mdx', 'sh'];

describe('format registry consumers (Electron side)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pa-formats-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("the open dialog's default filter is the registry's extensions", () => {
    expect(DEFAULT_OPEN_FILTERS.flatMap((f) => f.extensions).sort()).toEqual([...IMPORT_EXTENSIONS].sort());
    expect(openDialogOptions({}, 'linux').filters?.flatMap((f) => f.extensions).sort()).toEqual([...IMPORT_EXTENSIONS].sort());
  });

  it('a chosen folder yields exactly the files of registered formats', async () => {
    for (const ext of [...IMPORT_EXTENSIONS, ...UNKNOWN]) writeFileSync(join(dir, `f.${ext}`), 'x');
    const files = await readSelection([dir]);
    expect(files.map((f) => f.name.split(/[\\/]/).pop()).sort()).toEqual(IMPORT_EXTENSIONS.map((ext) => `f.${ext}`).sort());
  });

  it('the open-original validator accepts exactly the registered extensions', () => {
    const bytes = new Uint8Array([1]);
    for (const ext of IMPORT_EXTENSIONS) expect(() => validateOpenOriginal({ name: `a.${ext}`, bytes }), ext).not.toThrow();
    for (const ext of UNKNOWN) expect(() => validateOpenOriginal({ name: `a.${ext}`, bytes }), ext).toThrow();
  });
});
