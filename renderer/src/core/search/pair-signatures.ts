/**
 * Per-document Bloom filters of adjacent-word keys (see `pairHashes`), used to check phrases
 * without keeping the text in memory. 10 bits and 7 probes per distinct pair (~1% false positives
 * per key, and only among documents that already contain every word of the phrase).
 * Blocked: a key's probes all fall in one 64-byte block of the document's filter, so checking a
 * phrase against tens of thousands of documents costs one cache miss per document, not seven.
 *
 * Imported signatures stay in the one-byte string they were stored as and are read with
 * `charCodeAt`, so loading them costs nothing; documents added afterwards go to a byte array.
 */

import { fmix32 } from './analyze';

const BITS_PER_KEY = 10;
const PROBES = 7;

const BLOCK_BYTES = 64;

/** Second hash for double hashing (odd, so probes differ), independent of the first's low bits. */
const second = (h: number): number => (fmix32(h ^ 0x5bd1e995) | 1) >>> 0;

/** Filter size for `keys` distinct keys: at least 8 bytes, whole blocks once past one block. */
function filterBytes(keys: number): number {
  if (keys === 0) return 0;
  const bytes = Math.max(8, Math.ceil((keys * BITS_PER_KEY) / 8));
  return bytes <= BLOCK_BYTES ? bytes : Math.ceil(bytes / BLOCK_BYTES) * BLOCK_BYTES;
}

/**
 * Where a key's probes go in a filter of `bytes`: the first bit of its block, the first probe
 * within the block and the step between probes (all small integers).
 */
function probePlan(h1: number, bytes: number): [blockStart: number, first: number, step: number, blockBits: number] {
  const blocks = bytes <= BLOCK_BYTES ? 1 : bytes / BLOCK_BYTES;
  const blockBits = bytes <= BLOCK_BYTES ? bytes * 8 : BLOCK_BYTES * 8;
  const block = h1 % blocks;
  return [block * blockBits, Math.floor(h1 / blocks) % blockBits, second(h1) % blockBits, blockBits];
}

export class PairSignatures {
  /** Bytes of slots `0 .. baseSlots-1` (from `decode`), as a one-byte string. */
  private base = '';
  private baseSlots = 0;
  /** Bytes of later slots; offsets of these slots are relative to `data`. */
  private data = new Uint8Array(1 << 16);
  private used = 0;
  private start: number[] = [];
  private length: number[] = [];
  private readonly unique = new Set<number>();

  /** Number of slots recorded. */
  get size(): number {
    return this.start.length;
  }

  /** Records the key hashes of the next slot (slots are appended in order). */
  push(hashes: readonly number[]): void {
    const unique = this.unique;
    unique.clear();
    for (const h of hashes) unique.add(h);
    const bytes = filterBytes(unique.size);
    this.reserve(bytes);
    const offset = this.used;
    const data = this.data;
    for (const h1 of unique) {
      const [blockStart, first, step, blockBits] = probePlan(h1, bytes);
      let inner = first;
      for (let i = 0; i < PROBES; i++) {
        const bit = blockStart + inner;
        data[offset + (bit >>> 3)] = (data[offset + (bit >>> 3)] ?? 0) | (1 << (bit & 7));
        inner += step;
        if (inner >= blockBits) inner -= blockBits;
      }
    }
    this.start.push(offset);
    this.length.push(bytes);
    this.used += bytes;
  }

  /** True when every key is (probably) present in the slot. */
  hasAll(slot: number, hashes: readonly number[]): boolean {
    return hashes.length === 0 || this.filter([slot], hashes).length === 1;
  }

  /**
   * The slots of `candidates` whose filter (probably) holds every key: one tight loop with the
   * probe plan inlined, since a common phrase runs it over tens of thousands of candidates.
   */
  filter(candidates: readonly number[], hashes: readonly number[]): number[] {
    const k = hashes.length;
    if (k === 0) return [...candidates];
    const h1s = Float64Array.from(hashes);
    const h2s = Float64Array.from(hashes, second);
    const { start, length, base, baseSlots, data } = this;
    const out: number[] = [];
    for (let c = 0; c < candidates.length; c++) {
      const slot = candidates[c] ?? 0;
      const bytes = length[slot] ?? 0;
      if (bytes === 0) continue;
      const offset = start[slot] ?? 0;
      const inBase = slot < baseSlots;
      const blocks = bytes <= BLOCK_BYTES ? 1 : bytes / BLOCK_BYTES;
      const blockBits = bytes <= BLOCK_BYTES ? bytes * 8 : BLOCK_BYTES * 8;
      let ok = true;
      for (let j = 0; j < k && ok; j++) {
        const h1 = h1s[j] ?? 0;
        const block = h1 % blocks;
        const first = offset * 8 + block * blockBits;
        let inner = ((h1 - block) / blocks) % blockBits;
        const step = (h2s[j] ?? 0) % blockBits;
        for (let i = 0; i < PROBES; i++) {
          const bit = first + inner;
          const byte = inBase ? base.charCodeAt(bit >>> 3) : (data[bit >>> 3] ?? 0);
          if ((byte & (1 << (bit & 7))) === 0) {
            ok = false;
            break;
          }
          inner += step;
          if (inner >= blockBits) inner -= blockBits;
        }
      }
      if (ok) out.push(slot);
    }
    return out;
  }

  /** Keeps only slots with `map[old] >= 0`, in order (the map must be monotonic). */
  remap(map: Int32Array): void {
    this.materialise();
    let w = 0;
    let used = 0;
    for (let slot = 0; slot < this.start.length; slot++) {
      if ((map[slot] ?? -1) < 0) continue;
      const offset = this.start[slot] ?? 0;
      const bytes = this.length[slot] ?? 0;
      this.data.copyWithin(used, offset, offset + bytes);
      this.start[w] = used;
      this.length[w] = bytes;
      used += bytes;
      w++;
    }
    this.start.length = w;
    this.length.length = w;
    this.used = used;
  }

  clear(): void {
    this.base = '';
    this.baseSlots = 0;
    this.data = new Uint8Array(1 << 16);
    this.used = 0;
    this.start = [];
    this.length = [];
  }

  /** Serialises as `lengths(comma separated)\n` + the bits as a one-byte-per-character string (compact in V8 and IndexedDB). */
  encode(): string {
    const parts: string[] = [this.length.join(','), '\n', this.base];
    for (let i = 0; i < this.used; i += 8192) {
      parts.push(String.fromCharCode(...this.data.subarray(i, Math.min(this.used, i + 8192))));
    }
    return parts.join('');
  }

  decode(text: string): void {
    this.clear();
    const newline = text.indexOf('\n');
    const lengths = newline > 0 ? text.slice(0, newline).split(',').map(Number) : [];
    this.base = text.slice(newline + 1);
    this.baseSlots = lengths.length;
    this.length = lengths;
    let offset = 0;
    for (const bytes of lengths) {
      this.start.push(offset);
      offset += bytes;
    }
  }

  /** Moves imported bytes into the byte array (before compaction rewrites offsets). */
  private materialise(): void {
    if (this.baseSlots === 0) return;
    const base = this.base;
    const appended = this.data.subarray(0, this.used);
    const next = new Uint8Array(Math.max(1 << 16, base.length + this.used));
    for (let i = 0; i < base.length; i++) next[i] = base.charCodeAt(i);
    next.set(appended, base.length);
    for (let slot = this.baseSlots; slot < this.start.length; slot++) this.start[slot] = (this.start[slot] ?? 0) + base.length;
    this.data = next;
    this.used = base.length + this.used;
    this.base = '';
    this.baseSlots = 0;
  }

  private reserve(bytes: number): void {
    if (this.used + bytes <= this.data.length) return;
    const next = new Uint8Array(Math.max(this.data.length * 2, this.used + bytes));
    next.set(this.data.subarray(0, this.used));
    this.data = next;
  }
}
