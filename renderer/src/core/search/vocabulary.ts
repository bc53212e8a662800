/**
 * The surface forms seen for each index key, so that "did you mean" can answer with a real
 * word ("acuicultura", "perú") instead of a stem, plus a bounded edit distance for suggestions.
 */

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly best = new Map<string, string>();

  /** Counts one occurrence of `surface` (lower-case, accents kept) whose key is `key`; true when the surface is new. */
  add(surface: string, key: string): boolean {
    const seen = this.counts.get(surface);
    const count = (seen ?? 0) + 1;
    this.counts.set(surface, count);
    const current = this.best.get(key) ?? key;
    if (current !== surface && count > (this.counts.get(current) ?? 0)) {
      if (surface === key) this.best.delete(key);
      else this.best.set(key, surface);
    }
    return seen === undefined;
  }

  /** Number of documents `surface` was counted in (0 when never seen). */
  countOf(surface: string): number {
    return this.counts.get(surface) ?? 0;
  }

  /** Every surface form counted so far. */
  surfaces(): IterableIterator<string> {
    return this.counts.keys();
  }

  /** The most frequent surface form of a key. */
  surfaceOf(key: string): string {
    return this.best.get(key) ?? key;
  }

  clear(): void {
    this.counts.clear();
    this.best.clear();
  }

  encode(): string {
    const parts: string[] = [];
    for (const [surface, count] of this.counts) parts.push(`${surface}\t${count}\n`);
    parts.push('\n');
    for (const [key, surface] of this.best) parts.push(`${key}\t${surface}\n`);
    return parts.join('');
  }

  decode(text: string): void {
    this.clear();
    const split = text.indexOf('\n\n');
    const countsPart = split < 0 ? text : text.slice(0, split + 1);
    const bestPart = split < 0 ? '' : text.slice(split + 2);
    for (const line of countsPart.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.counts.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    for (const line of bestPart.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.best.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so "acuicultrua"
 * is one edit from "acuicultura"); returns `max + 1` as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length <= n) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(n * 2 + 2);
  // Three reused rows (two back for transpositions): no allocation per candidate.
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] ?? max + 1;
}

const rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
