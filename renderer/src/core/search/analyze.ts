/**
 * Text analysis shared by indexing, querying and snippets:
 * tokenize → fold case and accents → drop stop words → stem.
 */
import { foldText } from '../text/fold';
import { stem } from './stem';
import { isStopWord } from './stopwords';

/**
 * Marks that indexing leaves on a stem while it indexes one document (see `nextIndexMark`), shared
 * by every surface form with that stem: "already listed for this document" is then a field
 * comparison instead of a Set lookup per word.
 */
export interface StemMark {
  text: number;
  title: number;
  /** Occurrences in the document being indexed: in the body and metadata, and in the title. */
  bodyTf: number;
  titleTf: number;
  /** The stem is only digits (not learnt as a surface form). */
  readonly numeric: boolean;
}

/** One token of a text: the lower-cased surface form, its fold, its stem, and whether it is a stop word. */
export interface Token {
  readonly surface: string;
  readonly folded: string;
  readonly stem: string;
  readonly stop: boolean;
  /** 32-bit hash of the stem (of the fold for stop words), for phrase signatures. */
  readonly hash: number;
  /** The stem's indexing marks. */
  readonly mark: StemMark;
  /** Indexing mark of this surface form (tokens are shared per surface, see `analyseSurface`). */
  seen: number;
}

let lastIndexMark = 0;

/** A number no document has been indexed under yet, for the marks of `Token`. */
export function nextIndexMark(): number {
  return ++lastIndexMark;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const NOT_PLAIN = /[^a-z0-9]/;

/** Folds one word; skips Unicode normalisation for plain ASCII, which is most tokens. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return NOT_PLAIN.test(lower) ? foldText(lower) : lower;
}

/** FNV-1a, 32 bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Analysed tokens by lower-cased surface form. Real text repeats a few thousand words, so caching
 * the fold/stop/stem work (and sharing the token objects) makes indexing several times cheaper.
 * Bounded: numbers and rare words would otherwise grow it forever.
 */
const tokenCache = new Map<string, Token | null>();
const stemMarks = new Map<string, StemMark>();
const TOKEN_CACHE_LIMIT = 200_000;

function markOf(stem: string): StemMark {
  let mark = stemMarks.get(stem);
  if (mark === undefined) {
    mark = { text: 0, title: 0, bodyTf: 0, titleTf: 0, numeric: /^\d+$/.test(stem) };
    stemMarks.set(stem, mark);
  }
  return mark;
}

function analyseSurface(surface: string): Token | null {
  let token = tokenCache.get(surface);
  if (token !== undefined) return token;
  const folded = foldWord(surface);
  if (folded.length === 0) {
    token = null;
  } else {
    const stop = isStopWord(folded);
    const key = stop ? folded : stem(folded);
    token = { surface, folded, stem: key, stop, hash: hashString(key), mark: markOf(key), seen: 0 };
  }
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) {
    // A document being indexed may then see a surface twice (its vocabulary count is one too
    // high) — harmless, and rare: the cache holds 200,000 distinct words.
    tokenCache.clear();
    stemMarks.clear();
  }
  tokenCache.set(surface, token);
  return token;
}

/** Splits text into word tokens (letters and digits; punctuation, hyphens and apostrophes separate words). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const token = analyseSurface(match[0]);
    if (token !== null) out.push(token);
  }
  return out;
}

/** The index keys of a text: stems of its non-stop words, in order (duplicates kept). */
export function analyze(text: string): string[] {
  return tokenize(text)
    .filter((t) => !t.stop)
    .map((t) => t.stem);
}

/** The index key of one query word, or null when it is a stop word. */
export function analyzeWord(word: string): string | null {
  const tokens = tokenize(word);
  const first = tokens.find((t) => !t.stop);
  return first ? first.stem : null;
}

/** Keeps at most this many stop words between two content words in a phrase key. */
const MAX_GAP = 4;

/**
 * Adjacency keys of a token stream: "stemA|stop words between|stemB" for each pair of consecutive
 * content words. A phrase matches a text when all of the phrase's keys occur in the text, which is
 * exact up to plurals and accents ("consejo de ministros" ≠ "consejo para ministros").
 */
export function pairKeys(tokens: readonly Token[]): string[] {
  const keys: string[] = [];
  let previous: string | null = null;
  let gap: string[] = [];
  for (const token of tokens) {
    if (token.stop) {
      gap.push(token.folded);
      continue;
    }
    if (previous !== null && gap.length <= MAX_GAP) keys.push(`${previous}|${gap.join(' ')}|${token.stem}`);
    previous = token.stem;
    gap = [];
  }
  return keys;
}

/** Murmur3's finaliser: every input bit affects every output bit. */
export function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Order-sensitive combination of two hashes. */
const mix = (h: number, v: number): number => fmix32(Math.imul(h, 0x9e3779b1) + v);

/**
 * The keys of `pairKeys` as 32-bit hashes, computed from the tokens' cached hashes without
 * building strings (indexing calls this for every word of every bulletin). Appends to `out`.
 */
export function pairHashes(tokens: readonly Token[], out: number[] = []): number[] {
  let hasPrevious = false;
  let h = 0;
  let gap = 0;
  for (const token of tokens) {
    if (token.stop) {
      h = mix(h, token.hash);
      gap++;
      continue;
    }
    if (hasPrevious && gap <= MAX_GAP) {
      out.push(mix(mix(h, 0x51ed27), token.hash));
    }
    hasPrevious = true;
    h = mix(0x2545f491, token.hash);
    gap = 0;
  }
  return out;
}
