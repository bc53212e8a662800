/**
 * Ranking without sorting every match. Two global orders of all slots are kept — newest first and
 * oldest first (undated last), ties by title A→Z then slot — and a result is ranked by walking the
 * order once (many matches) or by sorting the matches' positions in it (few matches). Relevance
 * adds a small integer tier per slot (title and exact matches), so ranked = tiers high→low, each
 * in date order: a bucket pass, not a comparison sort.
 */
import type { SearchSort } from './engine-types';
import type { DocTable } from './doc-table';
import { borrowBytes, releaseBytes } from './sets';

/** Tiers are bytes: relevance buckets its scores into 256 (relevance.ts). */
export const MAX_TIER = 255;

interface Order {
  /** Slots in rank order. */
  slotAt: Int32Array;
  /** Position of each slot in `slotAt`. */
  posOf: Int32Array;
}

function makeOrder(slotAt: Int32Array): Order {
  const posOf = new Int32Array(slotAt.length);
  for (let i = 0; i < slotAt.length; i++) posOf[slotAt[i] ?? 0] = i;
  return { slotAt, posOf };
}

export class RankOrder {
  private desc: Order | null = null;
  private asc: Order | null = null;

  constructor(private readonly table: DocTable) {}

  /** Forgets the orders (after slots were appended or renumbered). */
  invalidate(): void {
    this.desc = null;
    this.asc = null;
  }

  /** Position of each slot in the newest-first order (read-only). */
  positions(): Int32Array {
    return this.order('date-desc').posOf;
  }

  /** Slots newest first (read-only). */
  slotsInOrder(): Int32Array {
    return this.order('date-desc').slotAt;
  }

  /** The newest-first order, for persistence. */
  encode(): Int32Array {
    return this.order('date-desc').slotAt.slice();
  }

  /**
   * Adopts a persisted newest-first order (the array itself, no copy) when it covers the table's
   * slots. Binary, not text: parsing 100,000 numbers was a sizeable part of loading the index.
   */
  decode(slots: Int32Array): void {
    this.invalidate();
    if (slots.length > 0 && slots.length === this.table.slots) this.desc = makeOrder(slots);
  }

  /**
   * Ranks `slots` (ascending, distinct); `tier` (indexed by slot, 0..MAX_TIER) orders before date
   * when given. Returns slots best first.
   */
  rank(slots: readonly number[] | Int32Array, tier: Uint8Array | null, sort: SearchSort): Int32Array {
    const { slotAt, posOf } = this.order(sort);
    const n = slots.length;
    const out = new Int32Array(n);
    if (n === 0) return out;
    const total = slotAt.length;
    // Sorting the positions costs ~n·log n; one walk of the whole order costs `total`.
    if (n * Math.log2(n + 1) * 4 < total) {
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const s = slots[i] ?? 0;
        keys[i] = (MAX_TIER - (tier === null ? 0 : (tier[s] ?? 0))) * total + (posOf[s] ?? 0);
      }
      keys.sort();
      for (let i = 0; i < n; i++) out[i] = slotAt[(keys[i] ?? 0) % total] ?? 0;
      return out;
    }
    // Marks are tier + 1 (0 = not a match): 1..256 with tiers, which bytes cannot hold (tier 255, the
    // best matches, wrapped to 0 and was dropped). Bytes suffice without tiers.
    const mark = tier === null ? borrowBytes(total) : new Uint16Array(total);
    const counts = new Int32Array(MAX_TIER + 2);
    for (let i = 0; i < n; i++) {
      const s = slots[i] ?? 0;
      const t = tier === null ? 0 : (tier[s] ?? 0);
      mark[s] = t + 1;
      counts[t] = (counts[t] ?? 0) + 1;
    }
    // Bucket starts: highest tier first.
    const start = new Int32Array(MAX_TIER + 2);
    let at = 0;
    for (let t = MAX_TIER; t >= 0; t--) {
      start[t] = at;
      at += counts[t] ?? 0;
    }
    for (let i = 0; i < total; i++) {
      const s = slotAt[i] ?? 0;
      const m = mark[s] ?? 0;
      if (m !== 0) {
        const at = start[m - 1] ?? 0;
        out[at] = s;
        start[m - 1] = at + 1;
      }
    }
    if (mark instanceof Uint8Array) releaseBytes(mark);
    return out;
  }

  private order(sort: SearchSort): Order {
    if (this.desc === null || this.desc.slotAt.length !== this.table.slots) this.desc = makeOrder(this.sortDesc());
    if (sort !== 'date-asc') return this.desc;
    if (this.asc === null || this.asc.slotAt.length !== this.table.slots) this.asc = makeOrder(this.ascFrom(this.desc.slotAt));
    return this.asc;
  }

  /** Newest first, undated last, ties by lower-cased title then slot. */
  private sortDesc(): Int32Array {
    const { dateNums, titles } = this.table;
    const n = this.table.slots;
    const lower = new Map<number, string>();
    const title = (s: number): string => {
      let t = lower.get(s);
      if (t === undefined) {
        t = (titles[s] ?? '').toLowerCase();
        lower.set(s, t);
      }
      return t;
    };
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => {
      const d = (dateNums[b] ?? 0) - (dateNums[a] ?? 0);
      if (d !== 0) return d;
      const ta = title(a);
      const tb = title(b);
      return ta < tb ? -1 : ta > tb ? 1 : a - b;
    });
    return Int32Array.from(order);
  }

  /** Oldest first with undated still last: the newest-first runs of equal dates, in reverse run order. */
  private ascFrom(desc: Int32Array): Int32Array {
    const { dateNums } = this.table;
    const out = new Int32Array(desc.length);
    let w = 0;
    let end = desc.length;
    // Undated slots sit at the end of `desc`: keep them last.
    while (end > 0 && (dateNums[desc[end - 1] ?? 0] ?? 0) === 0) end--;
    let runEnd = end;
    while (runEnd > 0) {
      const d = dateNums[desc[runEnd - 1] ?? 0] ?? 0;
      let runStart = runEnd - 1;
      while (runStart > 0 && (dateNums[desc[runStart - 1] ?? 0] ?? 0) === d) runStart--;
      for (let i = runStart; i < runEnd; i++) out[w++] = desc[i] ?? 0;
      runEnd = runStart;
    }
    for (let i = end; i < desc.length; i++) out[w++] = desc[i] ?? 0;
    return out;
  }
}
