/**
 * The saved form of postings: each term's ascending slots as delta-encoded base-32 digits (about 2
 * characters per posting, several times smaller and faster to load than JSON number arrays), one
 * `term\tdigits` line per term, sorted, in chunks of about `TERM_CHUNK_CHARS` characters.
 *
 * Each posting also carries the term's frequency in that document, capped at `MAX_TF` (3 bits in
 * the low end of the value: relevance scoring saturates long before, see score.ts).
 */

/** Frequencies at or above this are stored as this. */
export const MAX_TF = 7;
const TF_BITS = 8;

/** One persisted piece of a term index: a sub-key and its string value. */
export type TermChunk = [key: string, value: string];

/** Digit alphabet starts at '!' so encoded lists never contain tab or newline. */
const BASE = 0x21;
/**
 * Characters per saved chunk of postings: small, so that a query answered before the whole index
 * is read needs to read only a few hundred KB for its terms (see `TermDirectory`).
 */
export const TERM_CHUNK_CHARS = 256_000;

/** Delta + base-32 varint digits of an ascending slot list and its frequencies (`tfs[i]` for `list[i]`, 0..MAX_TF). */
export function encodeSlots(list: readonly number[], tfs: readonly number[] = []): string {
  const codes: number[] = [];
  let previous = -1;
  for (let i = 0; i < list.length; i++) {
    const slot = list[i] ?? 0;
    let v = (slot - previous - 1) * TF_BITS + Math.min(MAX_TF, tfs[i] ?? 1);
    previous = slot;
    while (v >= 32) {
      codes.push(BASE + 32 + (v & 31));
      v = Math.floor(v / 32);
    }
    codes.push(BASE + v);
  }
  let digits = '';
  for (let i = 0; i < codes.length; i += 8192) {
    // eslint-disable-next-line no-restricted-syntax -- bounded: at most 8,192 arguments per call
    digits += String.fromCharCode(...codes.slice(i, i + 8192));
  }
  return digits;
}

/** Decodes the digits starting at `start` up to the end of the line (or text); frequencies go to `tfs`. */
export function decodeSlots(text: string, start: number, tfs: number[] = []): number[] {
  const list: number[] = [];
  let previous = -1;
  let value = 0;
  let scale = 1;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i) - BASE;
    if (c < 0) break; // newline
    if (c >= 32) {
      value += (c - 32) * scale;
      scale *= 32;
    } else {
      value += c * scale;
      previous += Math.floor(value / TF_BITS) + 1;
      list.push(previous);
      tfs.push(value % TF_BITS);
      value = 0;
      scale = 1;
    }
  }
  return list;
}

/** Number of slots encoded from `start` to the end of the line, without decoding them. */
export function countSlots(text: string, start: number): number {
  let n = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i) - BASE;
    if (c < 0) break;
    if (c < 32) n++;
  }
  return n;
}

/** Writes sorted terms as `term\tdigits\n` lines into chunks of about `chunkChars` characters (keys "0", "1", …). */
export function encodeTermLines(sortedTerms: readonly string[], digitsOf: (term: string) => string, chunkChars = TERM_CHUNK_CHARS): TermChunk[] {
  const chunks: TermChunk[] = [];
  let parts: string[] = [];
  let size = 0;
  for (const term of sortedTerms) {
    const line = `${term}\t${digitsOf(term)}\n`;
    parts.push(line);
    size += line.length;
    if (size >= chunkChars) {
      chunks.push([String(chunks.length), parts.join('')]);
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) chunks.push([String(chunks.length), parts.join('')]);
  return chunks;
}

/** Calls `visit` for every line of chunks written by `encodeTermLines`, in term order, with where its digits start. */
export function scanTermLines(chunks: readonly TermChunk[], visit: (term: string, chunk: string, start: number) => void): void {
  const ordered = chunks.filter(([key]) => /^\d+$/.test(key)).sort((a, b) => Number(a[0]) - Number(b[0]));
  for (const [, chunk] of ordered) scanLines(chunk, (term, start) => visit(term, chunk, start));
}

/** Calls `visit` for every `term\tdigits` line of one chunk, with where its digits start. */
export function scanLines(chunk: string, visit: (term: string, start: number) => void): void {
  let pos = 0;
  while (pos < chunk.length) {
    const tab = chunk.indexOf('\t', pos);
    if (tab < 0) break;
    let newline = chunk.indexOf('\n', tab);
    if (newline < 0) newline = chunk.length;
    visit(chunk.slice(pos, tab), tab + 1);
    pos = newline + 1;
  }
}

/**
 * The directory of chunks written by `encodeTermLines` (keys "0", "1", …): lines `term\tchunk\tcount`
 * in term order, read by `TermDirectory`. It lets terms, prefixes and counts be used before the chunks.
 */
export function encodeDirectory(chunks: readonly TermChunk[]): string {
  const parts: string[] = [];
  for (const [key, chunk] of chunks) scanLines(chunk, (term, start) => parts.push(`${term}\t${key}\t${countSlots(chunk, start)}\n`));
  return parts.join('');
}
