// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { filesFromDataTransfer } from '../../../renderer/src/host/data-transfer';
import { fileTooLargeError } from '../../../electron/shared/file-limits';

type Tree = { [name: string]: string | Tree };

/** A minimal FileSystemEntry tree like Chromium hands out, with readEntries batching. */
function entryFor(name: string, node: string | Tree, parentPath: string): FileSystemEntry {
  const fullPath = `${parentPath}/${name}`;
  if (typeof node === 'string') {
    return {
      name,
      fullPath,
      isFile: true,
      isDirectory: false,
      file: (ok: (f: File) => void) => ok(new File([node], name)),
    } as unknown as FileSystemEntry;
  }
  const children = Object.entries(node).map(([n, child]) => entryFor(n, child, fullPath));
  return {
    name,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let offset = 0;
      return {
        readEntries: (ok: (entries: FileSystemEntry[]) => void) => {
          const batch = children.slice(offset, offset + 2);
          offset += batch.length;
          setTimeout(() => ok(batch), 0);
        },
      };
    },
  } as unknown as FileSystemEntry;
}

function dataTransfer(roots: Tree): DataTransfer {
  const items = Object.entries(roots).map(([name, node]) => ({
    kind: 'file',
    webkitGetAsEntry: () => entryFor(name, node, ''),
    getAsFile: () => null,
  }));
  return { items, files: [] } as unknown as DataTransfer;
}

describe('filesFromDataTransfer', () => {
  it('walks dropped folders recursively (past readEntries batches), keeping importable files', async () => {
    const dt = dataTransfer({
      Bulletins: {
        'a.txt': 'A',
        'b.md': 'B',
        'c.exe': 'C',
        '.hidden.txt': 'H',
        '2023': { 'oct.pdf': 'P', deep: { 'x.docx': 'X' } },
      },
      'loose.weird': 'L',
    });
    const files = await filesFromDataTransfer(dt);
    expect(files.map((f) => f.name).sort()).toEqual(
      ['Bulletins/2023/deep/x.docx', 'Bulletins/2023/oct.pdf', 'Bulletins/a.txt', 'Bulletins/b.md', 'loose.weird'].sort(),
    );
    const a = files.find((f) => f.name === 'Bulletins/a.txt');
    expect(new TextDecoder().decode(a?.bytes)).toBe('A');
  });

  it('applies the size limit to dropped files', async () => {
    const files = await filesFromDataTransfer(dataTransfer({ 'big.txt': 'x'.repeat(20) }), { fileBytes: 10, totalBytes: 100 });
    expect(files).toEqual([{ name: 'big.txt', bytes: new Uint8Array(0), error: fileTooLargeError(10) }]);
  });

  it('falls back to dataTransfer.files without entry support', async () => {
    const dt = { items: [], files: [new File(['z'], 'z.txt')] } as unknown as DataTransfer;
    const files = await filesFromDataTransfer(dt);
    expect(files.map((f) => f.name)).toEqual(['z.txt']);
  });
});
