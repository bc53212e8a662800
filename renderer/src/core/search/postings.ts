/**
 * A compact inverted index: term → ascending list of document slots.
 *
 * Slots are small integers handed out in increasing order, so appending keeps every list sorted
 * and set operations are linear merges. Removed slots are filtered by the caller until `remap`
 * compacts them away. Serialised as delta-encoded variable-length digits (about 2 characters per
 * posting), which is several times smaller and faster to load than JSON number arrays.
 */

import { TermDirectory, termsWithPrefix, type TermChunk, type TermIndex } from './term-index';

const EMPTY: readonly number[] = [];
/** The list of a term whose chunk has not been supplied yet (`decodeDirectory`): empty, and never written to. */
const AWAITED: number[] = Object.freeze([]) as unknown as number[];
/** Digit alphabet starts at '!' so encoded lists never contain tab or newline. */
const BASE = 0x21;
/**
 * Characters per saved chunk of postings: small, so that a query answered before the whole index
 * is read needs to read only a few hundred KB for its terms (see `TermDirectory`).
 */
export const TERM_CHUNK_CHARS = 256_000;

export class Postings implements TermIndex {
  private readonly map = new Map<string, number[]>();
  private sortedTerms: string[] | null = null;
  private readonly directory = new TermDirectory();

  /** Number of distinct terms. */
  get termCount(): number {
    return this.map.size;
  }

  addDoc(slot: number, terms: readonly string[]): void {
    this.directory.assertComplete();
    for (const term of terms) this.add(term, slot);
  }

  /** Records that `term` occurs in `slot`. Slots must be added in non-decreasing order. */
  add(term: string, slot: number): void {
    let list = this.map.get(term);
    if (list === undefined) {
      list = [];
      this.map.set(term, list);
      this.sortedTerms = null;
    }
    if (list[list.length - 1] !== slot) list.push(slot);
  }

  /** The ascending slots of a term (may include removed slots). */
  get(term: string): readonly number[] {
    const list = this.map.get(term);
    if (list === AWAITED) this.directory.ask(term);
    return list ?? EMPTY;
  }

  count(term: string): number {
    const list = this.map.get(term);
    return list === AWAITED ? (this.directory.count(term) ?? 0) : (list?.length ?? 0);
  }

  get awaiting(): boolean {
    return this.directory.awaiting;
  }

  missing(): number[] {
    return this.directory.missing();
  }

  decodeDirectory(directory: string, chunkCount: number): void {
    this.clear();
    const sorted = this.directory.load(directory, chunkCount);
    for (const term of sorted) this.map.set(term, AWAITED);
    this.sortedTerms = sorted;
  }

  supply(n: number, chunk: string): void {
    if (!this.directory.expects(n)) return;
    scanLines(chunk, (term, start) => {
      this.directory.arrive(term, n);
      this.map.set(term, decodeSlots(chunk, start));
    });
    this.directory.received(n);
  }

  has(term: string): boolean {
    return this.map.has(term);
  }

  /** Iterates all terms (unordered). */
  terms(): IterableIterator<string> {
    return this.map.keys();
  }

  /** Terms starting with `prefix`, the `max` most frequent first. */
  withPrefix(prefix: string, max: number): string[] {
    return termsWithPrefix(this.sorted(), prefix, max, (t) => this.count(t));
  }

  /** Renumbers slots after compaction; `map[old]` is the new slot or -1 when removed. */
  remap(map: Int32Array): void {
    this.directory.assertComplete();
    for (const [term, list] of this.map) {
      let w = 0;
      for (const slot of list) {
        const next = map[slot] ?? -1;
        if (next >= 0) list[w++] = next;
      }
      list.length = w;
      if (w === 0) {
        this.map.delete(term);
        this.sortedTerms = null;
      }
    }
  }

  clear(): void {
    this.map.clear();
    this.sortedTerms = null;
    this.directory.clear();
  }

  /** Serialises into strings of about `chunkChars` characters: lines of `term\tdigits`. */
  encode(chunkChars = TERM_CHUNK_CHARS): TermChunk[] {
    this.directory.assertComplete();
    return encodeTermLines(this.sorted(), (term) => encodeSlots(this.get(term)), chunkChars);
  }

  /** Loads chunks written by `encode` (terms arrive sorted, so prefix search needs no re-sort). */
  decode(chunks: readonly TermChunk[]): void {
    this.clear();
    const sorted: string[] = [];
    scanTermLines(chunks, (term, chunk, start) => {
      this.map.set(term, decodeSlots(chunk, start));
      sorted.push(term);
    });
    this.sortedTerms = sorted;
  }

  private sorted(): string[] {
    if (this.sortedTerms === null) this.sortedTerms = [...this.map.keys()].sort();
    return this.sortedTerms;
  }
}

/** Delta + base-32 varint digits of an ascending slot list (about 2 characters per posting). */
export function encodeSlots(list: readonly number[]): string {
  const codes: number[] = [];
  let previous = -1;
  for (const slot of list) {
    let v = slot - previous - 1;
    previous = slot;
    while (v >= 32) {
      codes.push(BASE + 32 + (v & 31));
      v = Math.floor(v / 32);
    }
    codes.push(BASE + v);
  }
  let digits = '';
  for (let i = 0; i < codes.length; i += 8192) digits += String.fromCharCode(...codes.slice(i, i + 8192));
  return digits;
}

/** Decodes the digits starting at `start` up to the end of the line (or text). */
export function decodeSlots(text: string, start: number): number[] {
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
      previous += value + 1;
      list.push(previous);
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
