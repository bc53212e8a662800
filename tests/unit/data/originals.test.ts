import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { at, parsed, useFreshDb } from './helpers';
import {
  commitImport,
  deleteOriginals,
  emptyTrash,
  getBulletin,
  getOriginal,
  listUnusedOriginals,
  moveToTrash,
  originalsUsage,
  prepareOriginal,
  recountOriginalLinks,
  restoreOriginals,
  undoImport,
  type OriginalFileInput,
} from '../../../renderer/src/data';
import { blobFromBytes, ORIGINAL_SLICE_BYTES, typeForName } from '../../../renderer/src/data/originals';

const db = useFreshDb();

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const blobBytes = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

async function importFile(name: string, content: string, titles: string[]): Promise<{ batchId: string; original: OriginalFileInput; ids: string[] }> {
  const original = await prepareOriginal(name, bytesOf(content));
  const bulletins = titles.map((title, i) => parsed({ title, body: `Body of ${title}.`, sourceFile: name, sourcePage: i + 1 }));
  const res = await commitImport({ fileNames: [name], bulletins, originals: [original], originalIds: bulletins.map(() => original.id) });
  return { batchId: res.batchId, original, ids: res.added.map((s) => s.id) };
}

describe('kept originals', () => {
  it('are content-addressed by the SHA-256 of their bytes', async () => {
    const content = 'Declaración firmada en Bogotá';
    const original = await prepareOriginal('decl.pdf', bytesOf(content));
    expect(original.id).toBe(createHash('sha256').update(content).digest('hex'));
    expect(original.type).toBe('application/pdf');
    expect(original.size).toBe(bytesOf(content).byteLength);
    expect(typeForName('notes.TXT')).toBe('text/plain');
    expect(typeForName('noextension')).toBe('application/octet-stream');
  });

  it('builds large blobs from slices without changing the bytes', async () => {
    const big = new Uint8Array(ORIGINAL_SLICE_BYTES * 2 + 1234).map((_, i) => (i * 31) % 251);
    const blob = await blobFromBytes(big, 'application/pdf');
    expect(blob.size).toBe(big.byteLength);
    expect(blob.type).toBe('application/pdf');
    expect(Buffer.from(await blobBytes(blob)).equals(Buffer.from(big))).toBe(true);
  });

  it('stores a file once, links each bulletin to it with its page, and dedups a second import', async () => {
    const first = await importFile('minutes.pdf', 'PDF bytes one', ['Acta 1', 'Acta 2']);
    const b = await getBulletin(at(first.ids, 1));
    expect(b?.originalId).toBe(first.original.id);
    expect(b?.sourcePage).toBe(2);
    const row = await getOriginal(first.original.id);
    expect(row?.names).toEqual(['minutes.pdf']);
    expect(new TextDecoder().decode(await blobBytes(row?.blob ?? new Blob()))).toBe('PDF bytes one');

    // Same bytes under another name, with one new bulletin: still one row, both names.
    await importFile('copy.pdf', 'PDF bytes one', ['Acta 3']);
    expect(await db().originals.count()).toBe(1);
    expect((await getOriginal(first.original.id))?.names).toEqual(['minutes.pdf', 'copy.pdf']);
    expect(await originalsUsage()).toMatchObject({ count: 1, bytes: bytesOf('PDF bytes one').byteLength, unused: 0 });
    expect((await db().originals.get(first.original.id))?.links).toBe(3);
  });

  it('keeps no file when every bulletin of it was a duplicate', async () => {
    await commitImport({ fileNames: ['a.txt'], bulletins: [parsed({ title: 'Same', body: 'Body of Same.' })] });
    await importFile('b.txt', 'other bytes', ['Same']);
    expect(await db().originals.count()).toBe(0);
  });

  it('bulletins without an original keep working', async () => {
    const res = await commitImport({ fileNames: ['old.txt'], bulletins: [parsed()] });
    const b = await getBulletin(at(res.added, 0).id);
    expect(b?.originalId).toBeUndefined();
    expect(b?.sourcePage).toBeUndefined();
  });

  it('undoing an import removes its original unless another import still links to it', async () => {
    const one = await importFile('a.pdf', 'shared bytes', ['One']);
    const two = await importFile('a.pdf', 'shared bytes', ['Two']);
    await undoImport(two.batchId);
    expect((await getOriginal(one.original.id))?.links).toBe(1);
    await undoImport(one.batchId);
    expect(await getOriginal(one.original.id)).toBeNull();
  });

  it('an emptied Trash leaves the original unused; deleting it can be undone', async () => {
    const one = await importFile('a.pdf', 'bytes of a', ['One', 'Two']);
    await moveToTrash([at(one.ids, 0)]);
    await emptyTrash();
    expect(await listUnusedOriginals()).toEqual([]);
    // A linked original is never deleted.
    expect(await deleteOriginals([one.original.id])).toEqual([]);
    await moveToTrash([at(one.ids, 1)]);
    await emptyTrash();
    expect((await listUnusedOriginals()).map((o) => o.id)).toEqual([one.original.id]);
    const deleted = await deleteOriginals([one.original.id]);
    expect(deleted.map((r) => r.id)).toEqual([one.original.id]);
    expect(await originalsUsage()).toMatchObject({ count: 0, bytes: 0 });
    expect(await restoreOriginals(deleted)).toBe(1);
    expect(new TextDecoder().decode(await blobBytes((await getOriginal(one.original.id))?.blob ?? new Blob()))).toBe('bytes of a');
  });
});

describe('link counts', () => {
  it('are repaired by a recount when they drifted', async () => {
    const one = await importFile('a.pdf', 'bytes of a', ['One', 'Two']);
    await db().originals.update(one.original.id, { links: 7 });
    expect(await recountOriginalLinks()).toBe(1);
    expect((await getOriginal(one.original.id))?.links).toBe(2);
    expect(await recountOriginalLinks()).toBe(0);
  });
});
