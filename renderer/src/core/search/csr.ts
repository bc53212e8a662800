/**
 * Growable typed-array columns for the document table: flat, allocation-free to scan, so filters,
 * ranking and facets over tens of thousands of matches stay in tight integer loops.
 */

/** Grows a typed array to at least `need` elements (doubling), keeping its content. */
export function grow<T extends Int32Array | Uint8Array | Uint16Array>(array: T, need: number, make: (n: number) => T): T {
  if (need <= array.length) return array;
  const next = make(Math.max(need, array.length * 2, 64));
  next.set(array);
  return next;
}

/** Integers stored in the smallest typed array that holds them: persisted as is (IndexedDB clones typed arrays natively). */
export type PackedInts = Uint8Array | Uint16Array | Int32Array;

/** Copies the first `length` values of `values` into a Uint8Array, Uint16Array or Int32Array, whichever is smallest. */
export function packInts(values: ArrayLike<number>, length = values.length): PackedInts {
  let min = 0;
  let max = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i] ?? 0;
    if (v > max) max = v;
    else if (v < min) min = v;
  }
  const out = min < 0 || max > 0xffff ? new Int32Array(length) : max > 0xff ? new Uint16Array(length) : new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = values[i] ?? 0;
  return out;
}

/** True when `value` is one of the typed arrays `packInts` returns (for checking loaded data). */
export function isPackedInts(value: unknown): value is PackedInts {
  return value instanceof Uint8Array || value instanceof Uint16Array || value instanceof Int32Array;
}

/**
 * Rows of small integer codes in compressed-sparse-row form: row `r` is
 * `values[offsets[r] .. offsets[r + 1])`. Rows are appended in slot order.
 */
export class CodeRows {
  offsets = new Int32Array(64);
  values = new Int32Array(64);
  private rows = 0;

  get length(): number {
    return this.rows;
  }

  push(codes: readonly number[]): void {
    const start = this.offsets[this.rows] ?? 0;
    this.values = grow(this.values, start + codes.length, (n) => new Int32Array(n));
    for (let i = 0; i < codes.length; i++) this.values[start + i] = codes[i] ?? 0;
    this.offsets = grow(this.offsets, this.rows + 2, (n) => new Int32Array(n));
    this.rows++;
    this.offsets[this.rows] = start + codes.length;
  }

  /** Row lengths and the values, packed for persistence. */
  encode(): [lengths: PackedInts, values: PackedInts] {
    const lengths = new Int32Array(this.rows);
    for (let r = 0; r < this.rows; r++) lengths[r] = (this.offsets[r + 1] ?? 0) - (this.offsets[r] ?? 0);
    return [packInts(lengths), packInts(this.values, this.offsets[this.rows] ?? 0)];
  }

  /** Replaces the rows with those written by `encode` (a prefix sum and one typed copy: no per-row work). */
  load(lengths: ArrayLike<number>, values: ArrayLike<number>): void {
    const rows = lengths.length;
    this.offsets = new Int32Array(Math.max(64, rows + 1));
    let at = 0;
    for (let r = 0; r < rows; r++) {
      at += lengths[r] ?? 0;
      this.offsets[r + 1] = at;
    }
    if (at !== values.length) throw new Error('Search index rows are corrupt; rebuild the index.');
    this.values = new Int32Array(Math.max(64, at));
    this.values.set(values);
    this.rows = rows;
  }

  /** Row `r` as a plain array. */
  row(r: number): number[] {
    return Array.from(this.values.subarray(this.offsets[r] ?? 0, this.offsets[r + 1] ?? 0));
  }

  /** True when row `r` holds a code marked 1 in `marks`. */
  hasAny(r: number, marks: Uint8Array): boolean {
    const end = this.offsets[r + 1] ?? 0;
    for (let i = this.offsets[r] ?? 0; i < end; i++) if (marks[this.values[i] ?? 0] === 1) return true;
    return false;
  }

  /** Keeps rows with `map[r] >= 0`, in order. */
  compact(map: Int32Array): void {
    let w = 0;
    let used = 0;
    for (let r = 0; r < this.rows; r++) {
      if ((map[r] ?? -1) < 0) continue;
      const start = this.offsets[r] ?? 0;
      const end = this.offsets[r + 1] ?? 0;
      this.values.copyWithin(used, start, end);
      this.offsets[w] = used;
      used += end - start;
      w++;
    }
    this.offsets[w] = used;
    this.rows = w;
  }

  clear(): void {
    this.offsets = new Int32Array(64);
    this.values = new Int32Array(64);
    this.rows = 0;
  }
}
