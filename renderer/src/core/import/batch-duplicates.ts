/**
 * The same bulletin arriving from two files of one import batch (issue 20): a newsletter saved as
 * HTML and as PDF, a digest that repeats an article. Two bulletins from different files are the
 * same when their normalised title and date agree, or when their bodies are near-identical (word
 * shingles, Jaccard estimated on bottom-k sketches, so a batch of thousands stays linear-ish).
 */
import { foldText } from '../text/fold';
import * as fold from './char-fold';

const { CLASS, FOLD_STATE, FOLDED, FOLD_EMPTY, FOLD_ONE, NONE, learnClass, learnFold } = fold;

export interface BatchEntry {
  fileName: string;
  title: string;
  date: string | null;
  body: string;
  /**
   * The body's sketch (`bodySketch(body)`) when the import worker already made it: null for a body
   * too short to compare, absent to have it made here (on the UI thread, where the first sketches of
   * a page's code ran cold for 20–30 ms).
   */
  sketch?: Uint32Array | null | undefined;
}

export type DuplicateReason = 'title-date' | 'body';

export interface BatchDuplicate {
  /** Index of the later entry, flagged as the copy. */
  index: number;
  /** Index of the first entry of the batch it repeats (the one imported by default). */
  of: number;
  reason: DuplicateReason;
}

/** Bodies at least this similar (estimated Jaccard of 5-word shingles) are the same bulletin. */
export const BODY_SIMILARITY = 0.85;
const SHINGLE = 5;
const SKETCH = 64;
/** A body's smallest shingle hashes used to find candidates (near-identical bodies share some). */
const KEYS = 8;
/**
 * A candidate key shared by more bulletins than this is boilerplate (a sign-off, a footer), not
 * evidence of a copy: it is no longer used to find candidates, which keeps the search linear.
 */
const MAX_BUCKET = 32;
/** Bodies shorter than this many words are compared by title and date only (too little evidence). */
const MIN_WORDS = 20;
/**
 * Only a body's first characters are sketched: copies of one bulletin agree from the start, and a
 * 5 MB page sketched whole blocked the UI thread for seconds (issue 23's 200 ms budget).
 */
const SKETCH_CHARS = 20_000;

const words = (text: string): string[] => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A normalised title: case, accents, punctuation and spacing do not count. */
export function normaliseTitle(title: string): string {
  return words(title).join(' ');
}

/**
 * Scratch arrays reused from one sketch to the next (grown on demand): a batch sketches thousands
 * of bodies, and allocating typed arrays for each was a third of a sketch's time. Only the sketch
 * itself is a new array.
 */
let wordScratch = new Int32Array(1024);
let hashScratch = new Uint32Array(1024);
let lowScratch = new Uint32Array(1024);
function wordsRoom(size: number): Int32Array {
  if (wordScratch.length < size) wordScratch = new Int32Array(size);
  return wordScratch;
}

/**
 * `words(text).map(hashWord)` as int32s (in `wordScratch`; returns how many), in one scan: no folded copy, no array of word strings,
 * no regex split (sketching a batch's 10,000 bodies that way took longer than parsing them).
 * Each unit is folded on its own (`char-fold.ts`); a text with a unit that cannot be is read
 * from its `foldText` copy instead (`foldedWordHashes`), with the same result.
 */
function wordHashes(text: string): number {
  // Locals, not module variables, in the loop: those are reloaded and checked on every use.
  const ascii = ASCII_WORD;
  const classes = CLASS;
  const foldState = FOLD_STATE;
  const foldedUnit = FOLDED;
  const none = NONE;
  const one = FOLD_ONE;
  const empty = FOLD_EMPTY;
  // A word takes at least one unit and a separator, and a unit folds to one unit at most.
  const out = wordsRoom((text.length >> 1) + 1);
  let n = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // The folded unit when it is a letter or a digit, else -1.
    let u: number;
    if (c < 0x80) u = ascii[c] ?? -1;
    else {
      const state = foldState[c] || learnFold(c);
      if (state === empty) continue; // a deleted mark: the word goes on
      if (state !== one) return foldedWordHashes(text);
      u = foldedUnit[c] ?? 0;
      if ((classes[u] || learnClass(u)) === none) u = -1;
    }
    if (u >= 0) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      // FNV-1a, 32 bits, over the word's folded units: a cheap stable hash for a word.
      h = Math.imul(h ^ u, 0x01000193);
    } else if (inWord) {
      out[n++] = h;
      inWord = false;
    }
  }
  if (inWord) out[n++] = h;
  return n;
}

/** Each ASCII unit's fold when it is a letter or a digit (`[\p{L}\p{N}]`), else -1. */
const ASCII_WORD = Int32Array.from({ length: 0x80 }, (_, c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : c >= 0x41 && c <= 0x5a ? c + 32 : -1);

/** Whether a code point ≥ 128 is a letter or a digit (`[\p{L}\p{N}]`), remembered per code point. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const wordCharCache = new Map<number, boolean>();
function isWordCodePoint(cp: number): boolean {
  let known = wordCharCache.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    wordCharCache.set(cp, known);
  }
  return known;
}

/** `wordHashes` over the `foldText` copy: a word is a maximal run of letters and digits, by code point. */
function foldedWordHashes(text: string): number {
  const folded = foldText(text);
  const out = wordsRoom((folded.length >> 1) + 1);
  let n = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < folded.length; i += 1) {
    const c = folded.charCodeAt(i);
    let width = 1;
    let isWord: boolean;
    if (c < 128) isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < folded.length) {
      const cp = folded.codePointAt(i) ?? c;
      width = cp > 0xffff ? 2 : 1;
      isWord = isWordCodePoint(cp);
    } else isWord = isWordCodePoint(c);
    if (isWord) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      for (let k = 0; k < width; k += 1) h = Math.imul(h ^ folded.charCodeAt(i + k), 0x01000193);
    } else if (inWord) {
      out[n++] = h;
      inWord = false;
    }
    i += width - 1;
  }
  if (inWord) out[n++] = h;
  return n;
}

/**
 * The SKETCH smallest distinct hashes of the body's 5-word shingles, ascending (a bottom-k MinHash
 * sketch); null when the body is too short to compare. The shingles' hashes go to a typed array,
 * and only those under a cut that about twice SKETCH of them pass (the hashes are spread evenly)
 * are sorted; when fewer than SKETCH distinct ones pass, all are. (A Set of unsigned hashes boxed
 * each one, and sorting all of a body's ~400 was most of the sketch's time.)
 */
export function bodySketch(body: string): Uint32Array | null {
  const count = wordHashes(body.length > SKETCH_CHARS ? body.slice(0, SKETCH_CHARS) : body);
  if (count < MIN_WORDS) return null;
  const w = wordScratch;
  const n = count - SHINGLE + 1;
  if (hashScratch.length < n) {
    hashScratch = new Uint32Array(n);
    lowScratch = new Uint32Array(n);
  }
  const hashes = hashScratch.subarray(0, n);
  for (let i = 0; i < n; i += 1) {
    let h = 0x9e3779b9;
    for (let j = i; j < i + SHINGLE; j += 1) h = Math.imul(h ^ (w[j] ?? 0), 0x85ebca6b) ^ (h >>> 13);
    hashes[i] = h;
  }
  if (n > 4 * SKETCH) {
    const cut = Math.floor((2 ** 32 * 2 * SKETCH) / n);
    const low = lowScratch;
    let m = 0;
    for (let i = 0; i < n; i += 1) {
      const x = hashes[i] ?? 0;
      if (x < cut) low[m++] = x;
    }
    const sketch = smallestDistinct(low.subarray(0, m).sort());
    if (sketch.length === SKETCH) return sketch;
  }
  return smallestDistinct(hashes.sort());
}

/** The first SKETCH distinct values of an ascending array. */
function smallestDistinct(sorted: Uint32Array): Uint32Array {
  const sketch = new Uint32Array(Math.min(SKETCH, sorted.length));
  let k = 0;
  for (let i = 0; i < sorted.length && k < SKETCH; i += 1) {
    const x = sorted[i] ?? 0;
    if (k === 0 || x !== sketch[k - 1]) sketch[k++] = x;
  }
  return k === sketch.length ? sketch : sketch.slice(0, k);
}

/** Estimated Jaccard similarity of two bottom-k sketches: shared share of the union's k smallest. */
function similarity(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let seen = 0;
  let shared = 0;
  while (seen < SKETCH && (i < a.length || j < b.length)) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
    seen += 1;
  }
  return seen === 0 ? 0 : shared / seen;
}

/** Yields to the event loop between slices (the import session passes core/scheduling's TimeSlice). */
export interface Slicer {
  readonly spent: boolean;
  next(): Promise<void>;
}

const NEVER_SPENT: Slicer = { spent: false, next: () => Promise.resolve() };

/**
 * Each entry that repeats an earlier entry of another file. Entries from the same file are never
 * paired: a file listing an item twice is the importer's concern, not a second copy. A batch of one
 * file has nothing to find.
 */
export async function findBatchDuplicates(entries: readonly BatchEntry[], slice: Slicer = NEVER_SPENT): Promise<BatchDuplicate[]> {
  if (new Set(entries.map((e) => e.fileName)).size < 2) return [];
  const byTitleDate = new Map<string, number>();
  const byKey = new Map<number, number[]>();
  const sketches: (Uint32Array | null)[] = [];
  const found: BatchDuplicate[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    if (slice.spent) await slice.next();
    const entry = entries[index] as BatchEntry;
    const title = normaliseTitle(entry.title);
    const key = title && entry.date ? `${title}\u0000${entry.date}` : null;
    const sketch = entry.sketch !== undefined ? entry.sketch : bodySketch(entry.body);
    sketches.push(sketch);
    let match: BatchDuplicate | null = null;
    const earlier = key ? byTitleDate.get(key) : undefined;
    if (earlier !== undefined && entries[earlier]?.fileName !== entry.fileName) match = { index, of: earlier, reason: 'title-date' };
    const keys = sketch?.slice(0, KEYS) ?? [];
    if (!match && sketch) {
      const candidates = new Set<number>();
      for (const h of keys) {
        const bucket = byKey.get(h);
        if (bucket && bucket.length <= MAX_BUCKET) for (const other of bucket) candidates.add(other);
      }
      for (const other of [...candidates].sort((a, b) => a - b)) {
        const otherSketch = sketches[other];
        if (entries[other]?.fileName === entry.fileName || !otherSketch) continue;
        if (similarity(sketch, otherSketch) >= BODY_SIMILARITY) {
          match = { index, of: other, reason: 'body' };
          break;
        }
      }
    }
    if (match) {
      found.push(match);
      continue; // a copy is not the original of later copies: they match the first one
    }
    if (key && !byTitleDate.has(key)) byTitleDate.set(key, index);
    for (const h of keys) {
      const bucket = byKey.get(h);
      if (!bucket) byKey.set(h, [index]);
      else if (bucket.length <= MAX_BUCKET) bucket.push(index);
    }
  }
  return found;
}
