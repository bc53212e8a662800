/**
 * Per-document Bloom filters of adjacent-word keys (see `pairHashes`), used to check phrases
 * without keeping the text in memory. 10 bits and 7 probes per distinct pair (~1% false positives
 * per key, and only among documents that already contain every word of the phrase).
 *
 * Layout, chosen for checking a common phrase against tens of thousands of documents:
 * - blocked: a key's probes all fall in one 64-unit block of the document's filter (one or two
 *   cache lines per document, not seven);
 * - one byte array for imported and added documents, persisted as is (IndexedDB stores a
 *   Uint8Array natively: loading it is a copy, not a string conversion), 8 bits per byte ("unit");
 * - the bit step is odd, so the 7 probes of a key hit 7 different bits of the byte even when the
 *   unit step cycles quickly.
 */

import { fmix32 } from './analyze';
import { isPackedInts, packInts, type PackedInts } from './csr';

const BITS_PER_KEY = 10;
const PROBES = 7;
const UNIT_BITS = 8;
const BLOCK_UNITS = 64;

/** Second hash for double hashing, independent of the first's low bits. */
const second = (h: number): number => (fmix32(h ^ 0x5bd1e995) | 1) >>> 0;

/** Filter size in units for `keys` distinct keys: at least 8, whole blocks once past one block. */
function filterUnits(keys: number): number {
  if (keys === 0) return 0;
  const units = Math.max(8, Math.ceil((keys * BITS_PER_KEY) / UNIT_BITS));
  return units <= BLOCK_UNITS ? units : Math.ceil(units / BLOCK_UNITS) * BLOCK_UNITS;
}

/**
 * Writes the PROBES (unit offset within the filter, bit mask) pairs of key `h1` (second hash `h2`)
 * for a filter of `units` units into `out` from index `at`. Probes walk two small arithmetic
 * progressions (unit within the key's block, bit within the unit), stepped by add-and-wrap with no
 * division per probe. `filter` tests these bits; `push` sets them with the same steps inlined (the
 * pinned-layout and no-false-negative tests hold the two together).
 */
function writeProbes(units: number, h1: number, h2: number, out: Int32Array, at: number): void {
  const blocks = units <= BLOCK_UNITS ? 1 : units / BLOCK_UNITS;
  const blockUnits = units <= BLOCK_UNITS ? units : BLOCK_UNITS;
  const block = h1 % blocks;
  const base = block * BLOCK_UNITS;
  let u = ((h1 - block) / blocks) % blockUnits;
  const uStep = 1 + (h2 % (blockUnits - 1));
  let b = (h2 >>> 8) % UNIT_BITS;
  const bStep = 1 + 2 * ((h2 >>> 16) & 3);
  for (let i = 0; i < PROBES; i++) {
    out[at + 2 * i] = base + u;
    out[at + 2 * i + 1] = 1 << b;
    u += uStep;
    if (u >= blockUnits) u -= blockUnits;
    b = (b + bStep) & (UNIT_BITS - 1);
  }
}

export class PairSignatures {
  private data: Uint8Array = new Uint8Array(1 << 16);
  private used = 0;
  private start: number[] = [];
  private length: number[] = [];
  private readonly unique = new Set<number>();
  /** False while the signatures of an imported index are still being read (see `markPending`). */
  private ready = true;

  /** Number of slots recorded. */
  get size(): number {
    return this.start.length;
  }

  get loaded(): boolean {
    return this.ready;
  }

  /** Until `decode`, refuses to check phrases or record slots rather than answer without the imported signatures. */
  markPending(): void {
    this.clear();
    this.ready = false;
  }

  /** Records the key hashes of the next slot (slots are appended in order). */
  push(hashes: readonly number[]): void {
    this.assertLoaded();
    const unique = this.unique;
    unique.clear();
    for (const h of hashes) unique.add(h);
    const units = filterUnits(unique.size);
    this.reserve(units);
    const offset = this.used;
    const data = this.data;
    // The probe sequence of `writeProbes`, inlined: this loop runs for every distinct word pair of
    // every indexed document, and going through a plan array here made indexing 60% slower (measured).
    const blocks = units <= BLOCK_UNITS ? 1 : units / BLOCK_UNITS;
    const blockUnits = units <= BLOCK_UNITS ? units : BLOCK_UNITS;
    for (const h1 of unique) {
      const h2 = second(h1);
      const block = h1 % blocks;
      const base = offset + block * BLOCK_UNITS;
      let u = ((h1 - block) / blocks) % blockUnits;
      const uStep = 1 + (h2 % (blockUnits - 1));
      let b = (h2 >>> 8) % UNIT_BITS;
      const bStep = 1 + 2 * ((h2 >>> 16) & 3);
      for (let i = 0; i < PROBES; i++) {
        data[base + u] = (data[base + u] ?? 0) | (1 << b);
        u += uStep;
        if (u >= blockUnits) u -= blockUnits;
        b = (b + bStep) & (UNIT_BITS - 1);
      }
    }
    this.start.push(offset);
    this.length.push(units);
    this.used += units;
  }

  /** True when every key is (probably) present in the slot. */
  hasAll(slot: number, hashes: readonly number[]): boolean {
    return hashes.length === 0 || this.filter([slot], hashes).length === 1;
  }

  /** The slots of `candidates` whose filter (probably) holds every key; each bails out at its first missing bit. */
  filter(candidates: readonly number[], hashes: readonly number[]): number[] {
    this.assertLoaded();
    const k = hashes.length;
    if (k === 0) return [...candidates];
    const { start, length, data } = this;
    // A key's probe positions depend only on the key and the filter's size, and a few sizes cover
    // most slots: plan each size once rather than redo the hashing arithmetic per candidate (~25%
    // faster over 60k candidates, measured; what remains is mostly reading each candidate's filter).
    const plans: Array<Int32Array | undefined> = [];
    const planFor = (units: number): Int32Array => {
      const plan = new Int32Array(2 * PROBES * k);
      for (let j = 0; j < k; j++) {
        const h1 = hashes[j] ?? 0;
        writeProbes(units, h1, second(h1), plan, 2 * PROBES * j);
      }
      plans[units] = plan;
      return plan;
    };
    const out: number[] = [];
    for (let c = 0; c < candidates.length; c++) {
      const slot = candidates[c] ?? 0;
      const units = length[slot] ?? 0;
      if (units === 0) continue;
      const plan = plans[units] ?? planFor(units);
      const offset = start[slot] ?? 0;
      let ok = true;
      for (let p = 0; p < plan.length; p += 2) {
        if (((data[offset + (plan[p] ?? 0)] ?? 0) & (plan[p + 1] ?? 0)) === 0) {
          ok = false;
          break;
        }
      }
      if (ok) out.push(slot);
    }
    return out;
  }

  /** Keeps only slots with `map[old] >= 0`, in order (the map must be monotonic). */
  remap(map: Int32Array): void {
    this.assertLoaded();
    let w = 0;
    let used = 0;
    for (let slot = 0; slot < this.start.length; slot++) {
      if ((map[slot] ?? -1) < 0) continue;
      const offset = this.start[slot] ?? 0;
      const units = this.length[slot] ?? 0;
      this.data.copyWithin(used, offset, offset + units);
      this.start[w] = used;
      this.length[w] = units;
      used += units;
      w++;
    }
    this.start.length = w;
    this.length.length = w;
    this.data.fill(0, used, this.used);
    this.used = used;
  }

  clear(): void {
    this.data = new Uint8Array(1 << 16);
    this.used = 0;
    this.start = [];
    this.length = [];
    this.ready = true;
  }

  /** Serialises as the filter length of each slot (in units) and the units themselves (copies). */
  encode(): [lengths: PackedInts, units: Uint8Array] {
    this.assertLoaded();
    return [packInts(this.length), this.data.slice(0, this.used)];
  }

  /** Adopts what `encode` wrote (the unit array itself, no copy). Throws on damaged data. */
  decode(lengths: unknown, units: unknown): void {
    if (!isPackedInts(lengths) || !(units instanceof Uint8Array)) throw new Error('Phrase signatures are missing; rebuild the index.');
    const start = new Array<number>(lengths.length);
    let offset = 0;
    for (let slot = 0; slot < lengths.length; slot++) {
      start[slot] = offset;
      offset += lengths[slot] ?? 0;
    }
    if (offset !== units.length) throw new Error('Phrase signatures are corrupt; rebuild the index.');
    this.data = units;
    this.used = offset;
    this.start = start;
    this.length = Array.from(lengths);
    this.ready = true;
  }

  private assertLoaded(): void {
    if (!this.ready) throw new Error('Phrase signatures are still loading.');
  }

  private reserve(units: number): void {
    if (this.used + units <= this.data.length) return;
    const next = new Uint8Array(Math.max(this.data.length * 2, this.used + units));
    next.set(this.data.subarray(0, this.used));
    this.data = next;
  }
}
