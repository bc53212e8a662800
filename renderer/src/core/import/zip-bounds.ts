/**
 * Checks a .docx (a zip archive) against the unpacking limits BEFORE mammoth opens it (issue 23):
 * a 208 KB file unpacked into 200 MiB of XML. The central directory's declared sizes are checked
 * first; then each part is inflated as a stream that is cut off as soon as it outgrows its declared
 * size or the limit, since a hostile archive can declare small sizes and hold large ones (the zip
 * library mammoth uses would only notice after inflating everything).
 */
import { ImportFileError } from './errors';
import { IMPORT_LIMITS, limitReason } from './limits';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

/**
 * Inflates raw-deflate bytes, giving up past `limit` bytes; resolves with the inflated size. Each
 * inflated chunk goes to `onChunk` (the XML nesting scan), which may throw to stop.
 */
export type InflateCounter = (compressed: Uint8Array, limit: number, onChunk?: (chunk: Uint8Array) => void) => Promise<number>;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readEntries(bytes: Uint8Array, invalid: () => Error): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw invalid();
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw invalid();
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      headerOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The platform's streaming inflater (browsers, workers and Node 20 all have DecompressionStream). */
export const streamInflateCounter: InflateCounter = async (compressed, limit, onChunk) => {
  const stream = new Blob([compressed as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return total;
    total += value.byteLength;
    onChunk?.(value);
    if (total > limit) {
      await reader.cancel();
      return total;
    }
  }
};

const isXml = (name: string): boolean => /\.(?:xml|rels)$/iu.test(name);

class TooDeep extends Error {}

/**
 * Tracks the element nesting of XML bytes fed in chunks, and throws past `max` levels: mammoth
 * reads Word's XML recursively, and 20,000 nested tables overflowed its stack ("not a valid Word
 * file" was all the user saw). Counts `<name` up, `</name` and `/>` down; skips `<?`, `<!`.
 */
function nestingScanner(max: number): (chunk: Uint8Array) => void {
  let depth = 0;
  let state: 'text' | 'lt' | 'open' | 'other' = 'text';
  let previous = 0;
  return (chunk) => {
    for (const byte of chunk) {
      if (state === 'text') {
        if (byte === 0x3c) state = 'lt';
      } else if (state === 'lt') {
        if (byte === 0x2f) {
          depth--;
          state = 'other';
        } else if (byte === 0x3f || byte === 0x21) state = 'other';
        else {
          if (++depth > max) throw new TooDeep();
          state = 'open';
        }
      } else if (byte === 0x3e) {
        if (state === 'open' && previous === 0x2f) depth--;
        state = 'text';
      }
      previous = byte;
    }
  };
}

/**
 * Refuses a .docx whose parts unpack beyond the limits (or that is not a readable zip).
 * @throws ImportFileError naming the file and the limit.
 */
export async function checkDocxBounds(bytes: Uint8Array, fileName: string, inflate: InflateCounter = streamInflateCounter): Promise<void> {
  const invalid = (): ImportFileError => new ImportFileError(fileName, 'not a valid Word (.docx) file');
  const entries = readEntries(bytes, invalid);
  if (entries.length > IMPORT_LIMITS.docxEntries) throw new ImportFileError(fileName, limitReason.docxEntries());
  const budget = { all: IMPORT_LIMITS.docxUnpackedBytes, xml: IMPORT_LIMITS.docxXmlBytes };
  const spend = (name: string, size: number): void => {
    budget.all -= size;
    if (isXml(name)) budget.xml -= size;
    if (budget.xml < 0) throw new ImportFileError(fileName, limitReason.docxXml());
    if (budget.all < 0) throw new ImportFileError(fileName, limitReason.docxUnpacked());
  };
  // Declared sizes first: most bombs are refused here without inflating anything.
  for (const e of entries) spend(e.name, e.size);
  budget.all = IMPORT_LIMITS.docxUnpackedBytes;
  budget.xml = IMPORT_LIMITS.docxXmlBytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (e.method !== 8) continue; // stored parts are as large as they look; other methods fail in mammoth
    const local = e.headerOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw invalid();
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + e.compressedSize);
    let actual: number;
    try {
      const scan = isXml(e.name) ? nestingScanner(IMPORT_LIMITS.docxXmlDepth) : undefined;
      actual = await inflate(data, Math.min(e.size, isXml(e.name) ? budget.xml : budget.all) + 1, scan);
    } catch (err) {
      if (err instanceof TooDeep) throw new ImportFileError(fileName, limitReason.docxXmlDepth());
      throw invalid();
    }
    // A part larger than it says is a lie meant to get past the check above.
    if (actual > e.size) spend(e.name, Number.MAX_SAFE_INTEGER);
    spend(e.name, actual);
  }
}
