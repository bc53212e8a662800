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

  /** Row `r` as a plain array (for serialisation). */
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
