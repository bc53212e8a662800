/**
 * The metadata guess (`metadata.ts`) as a single pass over the original text: each unit is
 * folded on the fly (`char-fold.ts`) and fed to two word splitters at once — one over the folded
 * units (stop words, country and organisation names) and one over the original units
 * (acronyms, which must be written in capitals). No folded copy, no word arrays: a word costs a
 * table probe when it ends, and only table hits do more.
 *
 * The results are those of the two-pass code in `metadata.ts` (fold, `scanWords`, look up):
 * positions of folded words are counted in folded units, acronym positions in original units.
 * Returns null on the first unit that cannot be folded on its own; the caller then runs the
 * two-pass code.
 */
import * as fold from './char-fold';
import { type Entry, HashTable, type WordTable } from './word-table';

export interface MetadataTables {
  stop: WordTable;
  profiles: number;
  countries: WordTable;
  countryCount: number;
  orgFull: WordTable;
  orgAcronyms: WordTable;
  orgCount: number;
  /** Whether an acronym found at `at` of the original text counts. */
  acronymCounts: (text: string, at: number, acronym: string) => boolean;
}

export interface MetadataHits {
  /** Stop-word runs per profile; null when not asked for. */
  stopHits: number[] | null;
  /** Folded position of each country's first word-bounded mention, or -1. */
  countryFirst: number[];
  /** Folded position of each organisation's first full-name mention, or -1. */
  orgFullFirst: number[];
  /** Original position of each organisation's first counted acronym, or -1. */
  acronymFirst: number[];
}

// As an int32 (what `Math.imul` returns): a loop variable that is sometimes a double is slow.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Folded units of the word being read (reused between calls; grown on demand). */
let word = new Uint16Array(256);

const { CLASS, FOLD_STATE, FOLDED, FOLD_EMPTY, FOLD_ONE, NONE, LETTER, learnClass, learnFold } = fold;

/** Lower-case of each ASCII unit (the whole fold of an ASCII unit). */
const ASCII_LOWER = Uint16Array.from({ length: 0x80 }, (_, c) => (c >= 0x41 && c <= 0x5a ? c + 32 : c));

/** The fold of unit `c` (-1: none, -2: unsafe). */
function foldOf(c: number): number {
  if (c < 0x80) return ASCII_LOWER[c] ?? c;
  const state = FOLD_STATE[c] || learnFold(c);
  return state === FOLD_ONE ? (FOLDED[c] ?? 0) : state === FOLD_EMPTY ? -1 : -2;
}

/**
 * True when the folded stream from `text[i]` on reads `p` from index `from`, followed by a
 * non-word unit or the end. Safe to call past an unsafe unit: it answers false there, and the
 * main loop gives up when it reaches that unit anyway.
 */
function continuesWith(text: string, i: number, p: string, from: number): boolean {
  let j = from;
  for (let x = i; x < text.length; x++) {
    const u = foldOf(text.charCodeAt(x));
    if (u === -1) continue;
    if (u === -2) return false;
    if (j === p.length) return (CLASS[u] || learnClass(u)) === NONE;
    if (u !== p.charCodeAt(j)) return false;
    j++;
  }
  return j === p.length;
}

/** `word[from, to)` equals `s`. */
function wordEquals(s: string, from: number, to: number): boolean {
  if (s.length !== to - from) return false;
  for (let j = 0; j < s.length; j++) if (s.charCodeAt(j) !== word[from + j]) return false;
  return true;
}

/** `s` starts with `word[0, len)`. */
function startsWithWord(s: string, len: number): boolean {
  if (s.length < len) return false;
  for (let j = 0; j < len; j++) if (s.charCodeAt(j) !== word[j]) return false;
  return true;
}

/** Records the phrases in `entries` that start with the folded word just read (`len` units at `at`). */
function matchPhrases(entries: Entry[], first: number[], len: number, at: number, text: string, i: number): void {
  for (const { text: p, ids } of entries) {
    if (!startsWithWord(p, len)) continue;
    // The word ended at `text[i]`, which folds to a non-word unit: a phrase as long as the word
    // is bounded; a longer one must go on from there.
    if (p.length > len && !continuesWith(text, i, p, len)) continue;
    for (const e of ids) if (first[e] === -1) first[e] = at;
  }
}

function countStopWords(entries: Entry[], hits: number[], from: number, to: number): void {
  for (const { text: w, ids } of entries) if (wordEquals(w, from, to)) for (const l of ids) hits[l] = (hits[l] ?? 0) + 1;
}

/** What a folded word's hash may stand for: one probe per word serves all three tables. */
interface FoldedEntries {
  stop: Entry[] | null;
  countries: Entry[] | null;
  orgFull: Entry[] | null;
}

function foldedIndex(tables: MetadataTables): HashTable<FoldedEntries> {
  const index = new HashTable<FoldedEntries>();
  const put = (table: WordTable, key: keyof FoldedEntries): void => {
    for (const [h, entries] of table.entries()) {
      const v = index.get(h) ?? { stop: null, countries: null, orgFull: null };
      v[key] = entries;
      index.set(h, v);
    }
  };
  put(tables.stop, 'stop');
  put(tables.countries, 'countries');
  put(tables.orgFull, 'orgFull');
  return index;
}

/**
 * Makes the one-pass scanner for a set of tables. Every acronym must start with A–Z (checked
 * here): original words starting with anything else are then not even hashed.
 */
export function metadataScanner(tables: MetadataTables): (text: string, countStopWords: boolean) => MetadataHits | null {
  for (const [, entries] of tables.orgAcronyms.entries()) {
    for (const { text } of entries) if (!/^[A-Z]/u.test(text)) throw new Error(`acronym ${JSON.stringify(text)} must start with A-Z`);
  }
  const folded = foldedIndex(tables);
  const acronyms = tables.orgAcronyms;
  return (text, countStop) => {
    const hits: MetadataHits = {
      stopHits: countStop ? new Array<number>(tables.profiles).fill(0) : null,
      countryFirst: new Array<number>(tables.countryCount).fill(-1),
      orgFullFirst: new Array<number>(tables.orgCount).fill(-1),
      acronymFirst: new Array<number>(tables.orgCount).fill(-1),
    };
    const stopHits = hits.stopHits;
    // Locals, not module or closure variables, in the loop: those are reloaded (and checked
    // for initialisation) on every use.
    const classes = CLASS;
    const foldState = FOLD_STATE;
    const foldedUnit = FOLDED;
    const asciiLower = ASCII_LOWER;
    const none = NONE;
    const letter = LETTER;
    const fnvOffset = FNV_OFFSET;
    const fnvPrime = FNV_PRIME;
    const one = FOLD_ONE;
    const empty = FOLD_EMPTY;
    let buf = word;
    const n = text.length;
    let fp = 0; // folded position of the next folded unit
    let wLen = 0; // units of the folded word being read (0: between words)
    let wHash = fnvOffset;
    let wAt = 0;
    // Start of the letter run being read, as an index into `buf` (-1: none). A run from 0 has
    // the word's hash; only later runs (after a digit) need their own.
    let runFrom = -1;
    let runHash = fnvOffset;
    let oAt = -1; // start of the original word being read; -1 none, -2 one that is no acronym
    let oHash = fnvOffset;
    // i === n is a virtual space that closes the last words.
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 0x20;
      let u: number;
      let cls: number;
      let uc: number;
      if (c < 0x80) {
        u = asciiLower[c] ?? c;
        cls = classes[c] ?? none;
        uc = cls;
      } else {
        const state = foldState[c] || learnFold(c);
        if (state !== one && state !== empty) return null;
        u = state === one ? (foldedUnit[c] ?? 0) : -1;
        cls = classes[c] || learnClass(c);
        uc = u < 0 ? 0 : classes[u] || learnClass(u);
      }
      // The original word, for acronyms.
      if (cls !== none) {
        if (oAt === -1) {
          oAt = c >= 0x41 && c <= 0x5a ? i : -2;
          oHash = fnvOffset;
        }
        if (oAt >= 0) oHash = Math.imul(oHash ^ c, fnvPrime);
      } else if (oAt !== -1) {
        if (oAt >= 0) {
          const entries = acronyms.get(oHash);
          if (entries) matchAcronym(tables, entries, hits.acronymFirst, text, oAt, i);
        }
        oAt = -1;
      }
      if (u < 0) continue; // folds to nothing
      // The folded word and its letter runs.
      let wholeWordRun = false;
      if (uc !== letter && runFrom >= 0) {
        wholeWordRun = runFrom === 0 && uc === none;
        if (stopHits && !wholeWordRun) {
          const stop = folded.get(runFrom === 0 ? wHash : runHash)?.stop;
          if (stop) countStopWords(stop, stopHits, runFrom, wLen);
        }
        runFrom = -1;
      }
      if (uc === none) {
        if (wLen > 0) {
          const v = folded.get(wHash);
          if (v) {
            if (stopHits && wholeWordRun && v.stop) countStopWords(v.stop, stopHits, 0, wLen);
            if (v.countries) matchPhrases(v.countries, hits.countryFirst, wLen, wAt, text, i);
            if (v.orgFull) matchPhrases(v.orgFull, hits.orgFullFirst, wLen, wAt, text, i);
          }
          wLen = 0;
        }
      } else {
        if (wLen === 0) {
          wAt = fp;
          wHash = fnvOffset;
        }
        if (wLen === buf.length) {
          const grown = new Uint16Array(buf.length * 2);
          grown.set(buf);
          word = buf = grown;
        }
        buf[wLen++] = u;
        wHash = Math.imul(wHash ^ u, fnvPrime);
        if (uc === letter) {
          if (runFrom < 0) {
            runFrom = wLen - 1;
            runHash = fnvOffset;
          }
          if (runFrom > 0) runHash = Math.imul(runHash ^ u, fnvPrime);
          else if (oAt !== -1) {
            // Fast lane for the bulk of any text: more ASCII letters extend both words and the
            // run alike (the run's hash is the word's), with nothing else to decide.
            let x = i + 1;
            for (; x < n && wLen < buf.length; x++) {
              const c2 = text.charCodeAt(x);
              if (c2 >= 0x80 || classes[c2] !== letter) break;
              const u2 = c2 | 0x20;
              buf[wLen++] = u2;
              wHash = Math.imul(wHash ^ u2, fnvPrime);
              if (oAt >= 0) oHash = Math.imul(oHash ^ c2, fnvPrime);
            }
            fp += x - i - 1;
            i = x - 1;
          }
        }
      }
      fp++;
    }
    return hits;
  };
}

function matchAcronym(tables: MetadataTables, entries: Entry[], first: number[], text: string, at: number, end: number): void {
  for (const { text: a, ids } of entries) {
    if (a.length !== end - at || !text.startsWith(a, at)) continue;
    for (const e of ids) if (first[e] === -1 && tables.acronymCounts(text, at, a)) first[e] = at;
  }
}
