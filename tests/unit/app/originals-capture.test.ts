import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { captureOriginals, NO_ORIGINALS, originalsForCommit } from '../../../renderer/src/app/archive/originals-capture';

describe('keeping the files of an import', () => {
  it('hashes each file before it is transferred, and links bulletins to their file by name', async () => {
    const a = new TextEncoder().encode('first file');
    const b = new TextEncoder().encode('second file');
    const captured = await captureOriginals([
      { name: 'Carpeta/sub/acta.pdf', bytes: a },
      { name: 'notas.txt', bytes: b },
      { name: 'empty.txt', bytes: new Uint8Array() },
    ]);
    // The buffer may now be transferred away: the kept Blob is independent of it.
    structuredClone(a.buffer, { transfer: [a.buffer] });
    expect(a.byteLength).toBe(0);
    const acta = captured.byName.get('Carpeta/sub/acta.pdf');
    expect(acta?.name).toBe('acta.pdf');
    expect(acta?.id).toBe(createHash('sha256').update('first file').digest('hex'));
    expect(new TextDecoder().decode(await acta?.blob.arrayBuffer())).toBe('first file');
    expect(captured.byName.has('empty.txt')).toBe(false);

    const args = originalsForCommit(captured, ['notas.txt', 'Carpeta/sub/acta.pdf', 'unknown.txt']);
    expect(args.originals).toHaveLength(2);
    expect(args.originalIds).toEqual([captured.byName.get('notas.txt')?.id, acta?.id, undefined]);
    expect(originalsForCommit(NO_ORIGINALS, ['x'])).toEqual({});
  });
});
