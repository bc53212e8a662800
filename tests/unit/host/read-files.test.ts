import { describe, expect, it } from 'vitest';
import { READ_SLICE_BYTES, readNamedBlobs } from '../../../renderer/src/host/read-files';

/** A Blob that records the byte ranges it is asked to slice. */
class RecordingBlob extends Blob {
  readonly slices: Array<[number, number]> = [];
  override slice(start = 0, end = this.size, type?: string): Blob {
    this.slices.push([start, Math.min(end, this.size)]);
    return super.slice(start, end, type);
  }
}

describe('readNamedBlobs', () => {
  it('reads a large file slice by slice, in order, into the same bytes', async () => {
    const size = READ_SLICE_BYTES * 2 + 12345;
    const source = new Uint8Array(size);
    for (let i = 0; i < size; i++) source[i] = (i * 31 + (i >> 13)) & 0xff;
    const blob = new RecordingBlob([source]);
    const [file] = await readNamedBlobs([{ name: 'big.txt', blob }], { fileBytes: size * 2, totalBytes: size * 2 });
    expect(file?.error).toBeUndefined();
    expect(blob.slices).toEqual([
      [0, READ_SLICE_BYTES],
      [READ_SLICE_BYTES, 2 * READ_SLICE_BYTES],
      [2 * READ_SLICE_BYTES, size],
    ]);
    expect(file?.bytes.byteLength).toBe(size);
    expect(Buffer.from(file?.bytes ?? []).equals(Buffer.from(source))).toBe(true);
  });

  it("keeps a File's modification time, and none for a plain Blob", async () => {
    const when = Date.UTC(2023, 10, 20);
    const [file, blob] = await readNamedBlobs([
      { name: 'a.txt', blob: new File(['hola'], 'a.txt', { lastModified: when }) },
      { name: 'b.txt', blob: new Blob(['hola']) },
    ]);
    expect(file?.lastModified).toBe(when);
    expect(blob?.lastModified).toBeUndefined();
  });

  it('reads a small file in one go', async () => {
    const blob = new RecordingBlob(['Lima, 21 de noviembre de 2023.- Texto.']);
    const [file] = await readNamedBlobs([{ name: 'small.txt', blob }]);
    expect(blob.slices).toEqual([]);
    expect(new TextDecoder().decode(file?.bytes)).toBe('Lima, 21 de noviembre de 2023.- Texto.');
  });

  it('refuses a file whose size changes while it is read, and still reads the others', async () => {
    class Shrinking extends Blob {
      override slice(start = 0, end = this.size, type?: string): Blob {
        return super.slice(start, Math.min(end, start + 10), type);
      }
    }
    const big = new Shrinking([new Uint8Array(READ_SLICE_BYTES + 1)]);
    const results = await readNamedBlobs([
      { name: 'moving.txt', blob: big },
      { name: 'ok.txt', blob: new Blob(['fine']) },
    ], { fileBytes: READ_SLICE_BYTES * 4, totalBytes: READ_SLICE_BYTES * 4 });
    expect(results[0]?.error).toMatch(/could not read/i);
    expect(results[0]?.bytes.byteLength).toBe(0);
    expect(new TextDecoder().decode(results[1]?.bytes)).toBe('fine');
  });
});
