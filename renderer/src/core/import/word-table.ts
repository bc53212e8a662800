/**
 * Lookup of name-table entries by the 32-bit hash of a word (`hashWord` in `word-scan.ts`).
 * Open addressing over typed arrays instead of a Map: the metadata scan probes it for every
 * word of every bulletin, and most probes miss.
 */
import { hashWord } from './word-scan';

export interface Entry {
  text: string;
  /** Indexes of the languages or entities (into their table) it stands for. */
  ids: number[];
}

/** Hash → value, for small tables built once and probed often. */
export class HashTable<V> {
  private readonly byHash = new Map<number, V>();
  private keys = new Int32Array(0);
  private values: (V | undefined)[] = [];
  private shift = 32;
  private mask = 0;

  /** The value stored under hash `h`, or undefined. */
  get(h: number): V | undefined {
    const keys = this.keys;
    const values = this.values;
    for (let slot = Math.imul(h, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const v = values[slot];
      if (v === undefined || keys[slot] === (h | 0)) return v;
    }
  }

  set(h: number, value: V): void {
    const isNew = !this.byHash.has(h);
    this.byHash.set(h, value);
    if (isNew) this.rebuild();
    else this.values[this.slotOf(h)] = value;
  }

  entries(): IterableIterator<[number, V]> {
    return this.byHash.entries();
  }

  private slotOf(h: number): number {
    let slot = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.values[slot] !== undefined && this.keys[slot] !== (h | 0)) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** Re-lays the table at most 1/4 full, so probe chains stay short. Tables are tiny. */
  private rebuild(): void {
    let bits = 4;
    while (1 << bits < this.byHash.size * 4) bits++;
    const size = 1 << bits;
    this.shift = 32 - bits;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.values = new Array<V | undefined>(size).fill(undefined);
    for (const [h, value] of this.byHash) {
      const slot = this.slotOf(h);
      this.keys[slot] = h;
      this.values[slot] = value;
    }
  }
}

/** Entries filed under the hash of their first word. */
export class WordTable extends HashTable<Entry[]> {
  /** Adds `text` → `id` under the hash of `key` (the first word of `text`). */
  add(key: string, text: string, id: number): void {
    const h = hashWord(key);
    const list = this.get(h);
    if (!list) {
      this.set(h, [{ text, ids: [id] }]);
      return;
    }
    const entry = list.find((e) => e.text === text);
    if (entry) entry.ids.push(id);
    else list.push({ text, ids: [id] });
  }
}
