/**
 * What the postings need to start from a saved directory before the postings themselves are read
 * (`TermDirectory`), and the prefix lookup over a sorted vocabulary.
 */

const damaged = (): Error => new Error('Search index chunks are damaged; rebuild the index.');

/**
 * The bookkeeping of `decodeDirectory`: which chunk holds each term still awaited, its saved count,
 * and which chunks reads asked for. A saved index's postings are tens of MB, its directory a few
 * hundred KB: start-up reads the directory, and a query needs only the chunks of its own terms.
 */
export class TermDirectory {
  /** Awaited term → its entry in `chunkOf` / `countOf`. */
  private readonly entries = new Map<string, number>();
  private chunkOf = new Int32Array(0);
  private countOf = new Int32Array(0);
  private supplied = new Uint8Array(0);
  private waitingFor = 0;
  private readonly asked = new Set<number>();

  /** Loads `directory` (lines `term\tchunk\tcount`, sorted); returns its terms in order. */
  load(directory: string, chunkCount: number): string[] {
    const lines = directory === '' ? [] : directory.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const terms = new Array<string>(lines.length);
    this.chunkOf = new Int32Array(lines.length);
    this.countOf = new Int32Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const a = line.indexOf('\t');
      const b = line.indexOf('\t', a + 1);
      const chunk = Number(line.slice(a + 1, b));
      if (a < 0 || b < 0 || !(chunk >= 0 && chunk < chunkCount)) throw damaged();
      terms[i] = line.slice(0, a);
      this.chunkOf[i] = chunk;
      this.countOf[i] = Number(line.slice(b + 1));
      this.entries.set(terms[i] ?? '', i);
    }
    this.supplied = new Uint8Array(chunkCount);
    this.waitingFor = chunkCount;
    return terms;
  }

  get awaiting(): boolean {
    return this.waitingFor > 0;
  }

  awaits(term: string): boolean {
    return this.entries.has(term);
  }

  /** The saved count of an awaited term. */
  count(term: string): number | undefined {
    const entry = this.entries.get(term);
    return entry === undefined ? undefined : this.countOf[entry];
  }

  /** Notes that a read needed an awaited term. */
  ask(term: string): void {
    const entry = this.entries.get(term);
    if (entry !== undefined) this.asked.add(this.chunkOf[entry] ?? 0);
  }

  missing(): number[] {
    return [...this.asked].sort((a, b) => a - b);
  }

  /** Whether chunk `n` is awaited (so its lines should be read and passed to `arrive`). */
  expects(n: number): boolean {
    return n >= 0 && n < this.supplied.length && this.supplied[n] === 0;
  }

  /** A term of chunk `n` arrived: it is no longer awaited. Throws when the directory put it elsewhere. */
  arrive(term: string, n: number): void {
    const entry = this.entries.get(term);
    if (entry === undefined || this.chunkOf[entry] !== n) throw damaged();
    this.entries.delete(term);
  }

  /** Chunk `n` was read entirely; after the last chunk, every term must have arrived. */
  received(n: number): void {
    this.supplied[n] = 1;
    this.asked.delete(n);
    this.waitingFor--;
    if (this.waitingFor === 0) {
      if (this.entries.size > 0) throw damaged();
      this.clear();
    }
  }

  clear(): void {
    this.entries.clear();
    this.asked.clear();
    this.chunkOf = new Int32Array(0);
    this.countOf = new Int32Array(0);
    this.supplied = new Uint8Array(0);
    this.waitingFor = 0;
  }

  /** Throws while chunks are awaited (writes and saves need every posting). */
  assertComplete(): void {
    if (this.waitingFor > 0) throw new Error('The search index is still loading.');
  }
}

/** Binary search for the first index of `sorted` whose value is ≥ `prefix`, then collects matches. */
export function termsWithPrefix(sorted: readonly string[], prefix: string, max: number, frequency: (term: string) => number): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const term = sorted[i] ?? '';
    if (!term.startsWith(prefix)) break;
    found.push(term);
  }
  if (found.length <= max) return found;
  return found.sort((a, b) => frequency(b) - frequency(a)).slice(0, max);
}
