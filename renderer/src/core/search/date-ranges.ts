/**
 * The ends of approximate dates in the search table (issue 20), kept apart from the typed columns:
 * few bulletins have one, so a sparse map by slot. A `year:` / `date:` filter matches a bulletin
 * whose `[date, dateEnd ?? date]` meets the asked range. (Minimal: facets still count the start's
 * year; the search work owns the full treatment.)
 */
import { type PackedInts, isPackedInts, packInts } from './csr';

export class DateEnds {
  private ends = new Map<number, number>();

  /** The range's end as a `dateNumber`, or `start` when the date is exact. */
  end(slot: number, start: number): number {
    return this.ends.get(slot) ?? start;
  }

  set(slot: number, end: number): void {
    if (end > 0) this.ends.set(slot, end);
    else this.ends.delete(slot);
  }

  clear(): void {
    this.ends.clear();
  }

  /** Follows a compaction's old → new slot map (-1 = removed). */
  compact(map: Int32Array): void {
    const next = new Map<number, number>();
    for (const [slot, end] of this.ends) if ((map[slot] ?? -1) >= 0) next.set(map[slot] as number, end);
    this.ends = next;
  }

  /** Slot/end pairs, or null when there are none (older saved indexes have no such column). */
  encode(): PackedInts | null {
    if (this.ends.size === 0) return null;
    return packInts([...this.ends].flat());
  }

  load(value: unknown): void {
    this.ends.clear();
    if (!isPackedInts(value)) return;
    for (let i = 0; i + 1 < value.length; i += 2) this.ends.set(value[i] ?? 0, value[i + 1] ?? 0);
  }
}

/** True when the range `[start, end]` (dateNumbers; 0 = undated) meets `[from, to]`. */
export const rangeMeets = (start: number, end: number, from: number, to: number): boolean => start > 0 && start <= to && Math.max(start, end) >= from;
