// @vitest-environment jsdom
/**
 * Issue 20: every consumer of "which files can be imported" reads the one format registry. Each
 * check runs over every registered extension plus a few that are not, so a consumer that kept its
 * own list (as `.markdown` once was, parsed but never offered) fails here.
 */
import { describe, expect, it } from 'vitest';
import { FILE_FORMATS, IMPORT_EXTENSIONS, formatOf } from '../../../renderer/src/core/import/formats';
import { importFileReport } from '../../../renderer/src/core/import/import-file';
import { ImportFileError } from '../../../renderer/src/core/import/errors';
import { filesFromDataTransfer } from '../../../renderer/src/host/data-transfer';
import { acceptAttribute } from '../../../renderer/src/host/web-host';

const UNKNOWN = ['exe', 'doc', 'rtf', 'mdx', 'xhtml'];

/** A dropped folder holding one file per extension (a flat FileSystemEntry tree). */
function droppedFolder(names: readonly string[]): DataTransfer {
  const children = names.map((name) => ({
    name,
    fullPath: `/drop/${name}`,
    isFile: true,
    isDirectory: false,
    file: (ok: (f: File) => void) => ok(new File(['x'], name)),
  }));
  const folder = {
    name: 'drop',
    fullPath: '/drop',
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let given = false;
      return { readEntries: (ok: (e: unknown[]) => void) => ok(given ? [] : ((given = true), children)) };
    },
  };
  return { items: [{ kind: 'file', webkitGetAsEntry: () => folder, getAsFile: () => null }], files: [] } as unknown as DataTransfer;
}

/** Whether the importers' dispatch takes the file (a refusal says "unsupported file type"). */
async function dispatchAccepts(ext: string): Promise<boolean> {
  try {
    // Empty bytes: a supported type stops at "empty file", an unsupported one before.
    await importFileReport({ name: `a.${ext}`, bytes: new Uint8Array(0) });
    return true;
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    return !err.message.includes('unsupported file type');
  }
}

describe('format registry consumers (web side)', () => {
  it('has unique extensions, each with a MIME type and an adapter', () => {
    expect(new Set(IMPORT_EXTENSIONS).size).toBe(IMPORT_EXTENSIONS.length);
    for (const format of FILE_FORMATS) {
      expect(format.mime.length).toBeGreaterThan(0);
      for (const ext of format.extensions) expect(formatOf(`x.${ext.toUpperCase()}`)).toBe(format);
    }
    expect(IMPORT_EXTENSIONS).toContain('markdown');
  });

  it("the importers' dispatch accepts exactly the registry's extensions", async () => {
    for (const ext of IMPORT_EXTENSIONS) expect(await dispatchAccepts(ext), ext).toBe(true);
    for (const ext of UNKNOWN) expect(await dispatchAccepts(ext), ext).toBe(false);
  });

  it("the web file input's accept lists exactly the registry's extensions", () => {
    const accept = acceptAttribute(undefined)?.split(',') ?? [];
    expect(accept.sort()).toEqual(IMPORT_EXTENSIONS.map((ext) => `.${ext}`).sort());
  });

  it('a dropped folder keeps exactly the files of registered formats', async () => {
    const names = [...IMPORT_EXTENSIONS, ...UNKNOWN].map((ext) => `f.${ext}`);
    const files = await filesFromDataTransfer(droppedFolder(names));
    expect(files.map((f) => f.name.replace(/^drop\//, '')).sort()).toEqual(IMPORT_EXTENSIONS.map((ext) => `f.${ext}`).sort());
  });
});
