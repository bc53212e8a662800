/**
 * Per-document Bloom filters of adjacent-word keys (see `pairKeys`), used to check phrases
 * without keeping the text in memory. About 14 bits per distinct pair (~0.1% false positives
 * per key, and only among documents that already contain every word of the phrase).
 */

const BITS_PER_KEY = 14;
const PROBES = 9;

function hashes(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

export class PairSignatures {
  private data = new Uint8Array(1 << 16);
  private used = 0;
  private start: number[] = [];
  private length: number[] = [];

  /** Number of slots recorded. */
  get size(): number {
    return this.start.length;
  }

  /** Records the keys of the next slot (slots are appended in order). */
  push(keys: readonly string[]): void {
    const unique = new Set(keys);
    const bytes = unique.size === 0 ? 0 : Math.max(8, Math.ceil((unique.size * BITS_PER_KEY) / 8));
    this.reserve(bytes);
    const offset = this.used;
    const bits = bytes * 8;
    for (const key of unique) {
      const [h1, h2] = hashes(key);
      for (let i = 0; i < PROBES; i++) {
        const bit = (h1 + i * h2) % bits;
        const index = offset + (bit >>> 3);
        this.data[index] = (this.data[index] ?? 0) | (1 << (bit & 7));
      }
    }
    this.start.push(offset);
    this.length.push(bytes);
    this.used += bytes;
  }

  /** True when every key is (probably) present in the slot. */
  hasAll(slot: number, keys: readonly string[]): boolean {
    const bytes = this.length[slot] ?? 0;
    if (keys.length === 0) return true;
    if (bytes === 0) return false;
    const offset = this.start[slot] ?? 0;
    const bits = bytes * 8;
    for (const key of keys) {
      const [h1, h2] = hashes(key);
      for (let i = 0; i < PROBES; i++) {
        const bit = (h1 + i * h2) % bits;
        if (((this.data[offset + (bit >>> 3)] ?? 0) & (1 << (bit & 7))) === 0) return false;
      }
    }
    return true;
  }

  /** Keeps only slots with `map[old] >= 0`, in order (the map must be monotonic). */
  remap(map: Int32Array): void {
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
    this.data = new Uint8Array(1 << 16);
    this.used = 0;
    this.start = [];
    this.length = [];
  }

  /** Serialises as `lengths(comma separated)\n` + the bits as a one-byte-per-character string (compact in V8 and IndexedDB). */
  encode(): string {
    let binary = '';
    for (let i = 0; i < this.used; i += 8192) {
      binary += String.fromCharCode(...this.data.subarray(i, Math.min(this.used, i + 8192)));
    }
    return `${this.length.join(',')}\n${binary}`;
  }

  decode(text: string): void {
    const newline = text.indexOf('\n');
    const lengths = newline > 0 ? text.slice(0, newline).split(',').map(Number) : [];
    const binary = text.slice(newline + 1);
    this.data = new Uint8Array(Math.max(1 << 16, binary.length));
    for (let i = 0; i < binary.length; i++) this.data[i] = binary.charCodeAt(i);
    this.used = binary.length;
    this.length = lengths;
    this.start = [];
    let offset = 0;
    for (const bytes of lengths) {
      this.start.push(offset);
      offset += bytes;
    }
  }

  private reserve(bytes: number): void {
    if (this.used + bytes <= this.data.length) return;
    const next = new Uint8Array(Math.max(this.data.length * 2, this.used + bytes));
    next.set(this.data.subarray(0, this.used));
    this.data = next;
  }
}
