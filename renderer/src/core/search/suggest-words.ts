/**
 * The engine's "did you mean" for single words: owns the spelling index (built from the
 * vocabulary on first use, then fed each new word) and decides, per typed word, whether a
 * correction is worth offering (see suggest.ts for the ranking).
 */
import { analyzeWord } from './analyze';
import { isSpellable, meantInstead, MIN_SUGGEST_LENGTH, rankSuggestions, FEW_MATCHES, type RankedWord, type SpellingFactory, type SpellingIndex } from './suggest';
import type { Vocabulary } from './vocabulary';

/** What the suggester reads from the engine. */
export interface SuggestSource {
  readonly vocab: Vocabulary;
  /** Live documents having the index key `key`, counted up to `cap`. */
  liveCount(key: string, cap: number): number;
}

export class WordSuggester {
  private factory: SpellingFactory | null;
  private spelling: SpellingIndex | null = null;

  constructor(factory: SpellingFactory | null) {
    this.factory = factory;
  }

  /** Whether a spelling factory is set (without one, `suggest` answers nothing). */
  get enabled(): boolean {
    return this.factory !== null;
  }

  /** Sets the factory if none was given. */
  use(factory: SpellingFactory): void {
    this.factory ??= factory;
  }

  /** A surface form the vocabulary has just seen for the first time. */
  learn(surface: string): void {
    if (this.spelling !== null && isSpellable(surface)) this.spelling.add(surface);
  }

  /** Forgets the spelling index (the vocabulary was cleared or replaced); the next suggestion rebuilds it. */
  reset(): void {
    this.spelling = null;
  }

  /**
   * The word of the archive meant instead of `word`, if any: for a word no live document has, the
   * best-ranked live candidate; for a word only a few have (a typo in the bulletins themselves), a
   * candidate one edit away that is far more common (`meantInstead`).
   */
  suggest(word: string, source: SuggestSource, fits?: (key: string) => boolean): string | undefined {
    const key = analyzeWord(word);
    if (key === null || /\d/.test(key) || word.length < MIN_SUGGEST_LENGTH) return undefined;
    const live = source.liveCount(key, FEW_MATCHES + 1);
    if (live > FEW_MATCHES) return undefined;
    const spelling = this.index(source.vocab);
    if (spelling === null) return undefined;
    const candidates = spelling.candidates(word).map((w) => ({ word: w, count: source.vocab.countOf(w) }));
    let first: RankedWord | undefined;
    for (const candidate of rankSuggestions(word, candidates)) {
      if (live > 0 && !meantInstead(live, candidate)) continue;
      // The first candidate (fewest edits, then most common) that fits the rest of the query (a bulletin
      // has it with the other words: "geografical indications" means "geographical", two edits, not the
      // more common Spanish "geográficas", one); without one that fits, the best-ranked.
      if (first !== undefined && fits === undefined) break;
      const candidateKey = analyzeWord(candidate.word);
      if (candidateKey === null || candidateKey === key || source.liveCount(candidateKey, 1) === 0) continue;
      first ??= candidate;
      if (fits === undefined || fits(candidateKey)) return candidate.word;
    }
    return first?.word;
  }

  private index(vocab: Vocabulary): SpellingIndex | null {
    if (this.spelling === null && this.factory !== null) {
      const words: string[] = [];
      for (const surface of vocab.surfaces()) if (isSpellable(surface)) words.push(surface);
      this.spelling = this.factory(words);
    }
    return this.spelling;
  }
}
