/**
 * Text analysis shared by indexing, querying and snippets:
 * tokenize → fold case and accents → drop stop words → stem.
 */
import { foldText } from '../text/fold';
import { stem } from './stem';
import { isStopWord } from './stopwords';

/** One token of a text: the lower-cased surface form, its fold, its stem, and whether it is a stop word. */
export interface Token {
  surface: string;
  folded: string;
  stem: string;
  stop: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const NOT_PLAIN = /[^a-z0-9]/;

/** Folds one word; skips Unicode normalisation for plain ASCII, which is most tokens. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return NOT_PLAIN.test(lower) ? foldText(lower) : lower;
}

/** Splits text into word tokens (letters and digits; punctuation, hyphens and apostrophes separate words). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const surface = match[0];
    const folded = foldWord(surface);
    if (folded.length === 0) continue;
    const stop = isStopWord(folded);
    out.push({ surface, folded, stem: stop ? folded : stem(folded), stop });
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
