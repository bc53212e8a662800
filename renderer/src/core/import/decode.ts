/**
 * Bytes → text for text-like files: UTF-8 (with or without BOM), UTF-16 with BOM, and
 * Windows-1252 when the bytes are not valid UTF-8 (old Word "Save as text" files).
 */

/** Thrown reasons (the dispatcher wraps them in ImportFileError). */
export const REASON_BINARY = 'binary file, not text';

// Windows-1252 0x80–0x9F; the rest is Latin-1. Decoded by hand because some runtimes (Node's
// TextDecoder fast path) treat the "windows-1252" label as plain ISO-8859-1.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Windows-1252 bytes → string. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] ?? '' : String.fromCharCode(b)));
    out += chunk.join('');
  }
  return out;
}

/** True when the bytes look like a binary file: NUL bytes or mostly control characters. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\u0000')) return true;
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return sample.length > 0 && bad / sample.length > 0.1;
}

/**
 * Decodes a text file. Throws `Error(REASON_BINARY)` for binary content; a NUL byte is checked
 * on the raw bytes only when no UTF-16 BOM says NULs are expected.
 */
export function decodeText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let text: string;
  if (b0 === 0xff && b1 === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (b0 === 0xfe && b1 === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.subarray(0, 65_536).includes(0)) throw new Error(REASON_BINARY);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
    }
  }
  if (looksBinary(text)) throw new Error(REASON_BINARY);
  return text.replace(/^\uFEFF/u, '');
}
