/**
 * The same bulletin arriving from two files of one import batch (issue 20): a newsletter saved as
 * HTML and as PDF, a digest that repeats an article. Two bulletins from different files are the
 * same when their normalised title and date agree, or when their bodies are near-identical (word
 * shingles, Jaccard estimated on bottom-k sketches, so a batch of thousands stays linear-ish).
 */
import { foldText } from '../text/fold';

export interface BatchEntry {
  fileName: string;
  title: string;
  date: string | null;
  body: string;
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
/** Bodies shorter than this many words are compared by title and date only (too little evidence). */
const MIN_WORDS = 20;

const words = (text: string): string[] => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A normalised title: case, accents, punctuation and spacing do not count. */
export function normaliseTitle(title: string): string {
  return words(title).join(' ');
}

/** FNV-1a, 32 bits: a cheap stable hash for shingles. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The SKETCH smallest distinct shingle hashes, ascending (a bottom-k MinHash sketch). */
function sketchOf(body: string): number[] | null {
  const w = words(body);
  if (w.length < MIN_WORDS) return null;
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= w.length; i += 1) hashes.add(hash(w.slice(i, i + SHINGLE).join(' ')));
  return [...hashes].sort((a, b) => a - b).slice(0, SKETCH);
}

/** Estimated Jaccard similarity of two bottom-k sketches. */
function similarity(a: readonly number[], b: readonly number[]): number {
  const inB = new Set(b);
  const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, SKETCH);
  const inA = new Set(a);
  let shared = 0;
  for (const h of union) if (inA.has(h) && inB.has(h)) shared += 1;
  return union.length === 0 ? 0 : shared / union.length;
}

/**
 * Each entry that repeats an earlier entry of another file. Entries from the same file are never
 * paired: a file listing an item twice is the importer's concern, not a second copy.
 */
export function findBatchDuplicates(entries: readonly BatchEntry[]): BatchDuplicate[] {
  const byTitleDate = new Map<string, number>();
  /** Candidate index by each of an entry's few smallest shingle hashes (near-identical bodies share them). */
  const byMinHash = new Map<number, number[]>();
  const sketches: (number[] | null)[] = [];
  const found: BatchDuplicate[] = [];
  entries.forEach((entry, index) => {
    const title = normaliseTitle(entry.title);
    const key = title && entry.date ? `${title}\u0000${entry.date}` : null;
    const sketch = sketchOf(entry.body);
    sketches.push(sketch);
    let match: BatchDuplicate | null = null;
    const earlier = key ? byTitleDate.get(key) : undefined;
    if (earlier !== undefined && entries[earlier]?.fileName !== entry.fileName) match = { index, of: earlier, reason: 'title-date' };
    if (!match && sketch) {
      const candidates = new Set(sketch.slice(0, 4).flatMap((h) => byMinHash.get(h) ?? []));
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
      return; // a copy is not the original of later copies: they match the first one
    }
    if (key && !byTitleDate.has(key)) byTitleDate.set(key, index);
    for (const h of sketch?.slice(0, 4) ?? []) byMinHash.set(h, [...(byMinHash.get(h) ?? []), index]);
  });
  return found;
}
