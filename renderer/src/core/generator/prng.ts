/**
 * Seeded pseudo-random numbers for the corpus generator. Everything the generator produces is a
 * pure function of (seed, index), so a benchmark or a test can regenerate the same corpus anywhere
 * (Node, a worker, the page) without shipping it.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for synthetic text (not for anything secret). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes a corpus seed and a bulletin index into one 32-bit seed, so bulletin `i` is the same
 * whether it is generated alone or as part of a batch.
 */
export function mixSeed(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Integer in [min, max], both inclusive. */
export function randInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/** `count` distinct elements (or all of them if the list is shorter), in random order. */
export function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  if (count * 4 < items.length) {
    // Few out of many: rejection sampling avoids copying a large list for every bulletin.
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(random() * items.length));
    return [...chosen].map((i) => items[i]).filter((x): x is T => x !== undefined);
  }
  const pool = items.slice();
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const i = Math.floor(random() * pool.length);
    const [item] = pool.splice(i, 1);
    if (item !== undefined) out.push(item);
  }
  return out;
}

/** True with probability `p`. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}

/**
 * Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^s (Zipf), by binary search over the
 * cumulative weights. Built once per vocabulary; sampling is O(log n).
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    exponent = 1.0,
  ) {
    if (size < 1) throw new Error('ZipfSampler needs at least one rank');
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let r = 0; r < size; r++) {
      total += 1 / Math.pow(r + 1, exponent);
      this.cumulative[r] = total;
    }
    for (let r = 0; r < size; r++) this.cumulative[r] = (this.cumulative[r] ?? 0) / total;
  }

  /** A rank in [0, size). */
  sample(random: Random): number {
    const u = random();
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 1) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
