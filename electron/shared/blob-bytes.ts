/**
 * A Blob's bytes, read in 4 MB slices into one buffer: one `arrayBuffer()` of a large Blob hands all
 * its bytes over in a single UI-thread task (see renderer/src/host/read-files.ts for the figures).
 * Shared by the preload (kept originals cross IPC as bytes) and the renderer.
 */
export const BLOB_SLICE_BYTES = 4 << 20;

export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  const bytes = new Uint8Array(blob.size);
  for (let at = 0; at < blob.size; at += BLOB_SLICE_BYTES) {
    const part = new Uint8Array(await blob.slice(at, at + BLOB_SLICE_BYTES).arrayBuffer());
    if (part.byteLength !== Math.min(BLOB_SLICE_BYTES, blob.size - at)) throw new Error('the file changed while it was read');
    bytes.set(part, at);
  }
  return bytes;
}
