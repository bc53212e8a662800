/**
 * "Did you mean" ranking: which of the spelling candidates (words of the archive, see spelling.ts)
 * a typed word most likely meant, and the query text with the fixes applied. Pure.
 */
import { foldWord } from './analyze';
import { editDistance } from './vocabulary';

/** A word of the archive and the number of bulletins it appears in. */
export interface WordCount {
  readonly word: string;
  readonly count: number;
}

/** Finds the words of the archive a typed word may be a misspelling of (spelling.ts: FlexSearch). */
export interface SpellingIndex {
  /** Number of words held. */
  readonly size: number;
  /** Adds a word (a surface form as indexed, lower-case); a word already held is ignored. */
  add(word: string): void;
  /** Words that may be the one meant by `typed`, unranked (see `rankSuggestions`). */
  candidates(typed: string): string[];
}

/** Builds a spelling index holding `words`. */
export type SpellingFactory = (words: Iterable<string>) => SpellingIndex;

/** A ranked candidate: `distance` edits from the typed word. */
export interface RankedWord extends WordCount {
  readonly distance: number;
}

/** Shortest typed word a suggestion is offered for: shorter ones are one edit from too many words. */
export const MIN_SUGGEST_LENGTH = 4;

/**
 * "Very little": a search with at most this many matches also gets a suggestion, for a word found
 * in at most this many bulletins (a typo in the bulletins themselves, e.g. "goverment").
 */
export const FEW_MATCHES = 3;

/** How much more common than a rare typed word a correction must be (`meantInstead`). */
export const RARE_FACTOR = 20;

/**
 * Whether a word found in `typedCount` (≥ 1) bulletins was more likely meant as `candidate`: one
 * edit away and at least `RARE_FACTOR` times as common. Two edits from a real word is a real word.
 */
export function meantInstead(typedCount: number, candidate: RankedWord): boolean {
  return candidate.distance === 1 && candidate.count >= RARE_FACTOR * typedCount;
}

/** Whether a word of the archive may be suggested: no digits (codes, years), at least three letters. */
export function isSpellable(surface: string): boolean {
  return surface.length >= MIN_SUGGEST_LENGTH - 1 && !/\d/.test(surface);
}

/** Edits allowed between a typed word and a suggestion: one for short words, two from six letters. */
export function editBudget(length: number): number {
  return length <= 5 ? 1 : 2;
}

/**
 * The candidates within the edit budget of `typed`, best first: fewest edits (accents and case
 * ignored), then the most common word, then the closest length, then A→Z so ties are stable.
 * A candidate spelt like `typed` (distance 0) is not a correction and is left out.
 */
export function rankSuggestions(typed: string, candidates: readonly WordCount[]): RankedWord[] {
  const folded = foldWord(typed);
  if (folded.length < MIN_SUGGEST_LENGTH) return [];
  const budget = editBudget(folded.length);
  const scored: RankedWord[] = [];
  for (const { word, count } of candidates) {
    const distance = editDistance(folded, foldWord(word), budget);
    if (distance > 0 && distance <= budget) scored.push({ word, count, distance });
  }
  return scored.sort(
    (a, b) =>
      a.distance - b.distance ||
      b.count - a.count ||
      Math.abs(a.word.length - folded.length) - Math.abs(b.word.length - folded.length) ||
      (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
  );
}

/** `word` written with the capitalisation of `typed` ("Pacfic" → "Pacific", "ALIANZA" stays upper-case). */
export function matchCase(typed: string, word: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return word.toUpperCase();
  const first = typed.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/**
 * The query text with each word that `fix` corrects replaced (whole words only, first occurrence
 * each), or undefined when nothing was corrected.
 */
export function correctQueryText(input: string, words: readonly string[], fix: (word: string) => string | undefined): string | undefined {
  let text = input;
  let changed = false;
  for (const word of new Set(words)) {
    const fixed = fix(word);
    if (fixed === undefined) continue;
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const next = text.replace(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'u'), matchCase(word, fixed));
    if (next !== text) {
      text = next;
      changed = true;
    }
  }
  return changed ? text : undefined;
}
