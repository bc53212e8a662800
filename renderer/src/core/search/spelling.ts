/**
 * Spelling candidates for "did you mean", found by FlexSearch through its public Index API: one
 * entry per word of the archive (surface form, e.g. "acuicultura", "pacific"), encoded with the
 * LatinBalance charset (case, accents, doubled letters and similar sounds folded) and tokenised
 * "tolerant" (each word is also indexed with one letter dropped and with two neighbours swapped).
 * The typed word is looked up as is and with each one letter dropped, so a word that is one
 * insertion, deletion, substitution or swap away — more, where the phonetic encoding folds the
 * difference — is found without scanning the vocabulary. Which candidate wins is suggest.ts's
 * ranking; this only narrows ~100,000 words to a few.
 *
 * This is FlexSearch's job here and not the main index's: the main index is our own postings
 * (smaller, faster to build and to load; see postings.ts), while a fuzzy word lookup over a small
 * vocabulary is what FlexSearch's encoders and tokenisers are made for.
 *
 * Kept out of the worker's start-up: the worker imports this module only when a first suggestion
 * is needed (see search-worker.ts), and the engine builds the index then, from its vocabulary.
 */
import { Charset, Index } from 'flexsearch';
import type { SpellingIndex } from './suggest';

/** Ids read back per probe: a probe of a real word matches a handful of words, never more than this. */
const PROBE_LIMIT = 32;

class FlexSpelling implements SpellingIndex {
  private readonly index = new Index({
    tokenize: 'tolerant',
    encoder: Charset.LatinBalance,
    // One word per entry: no relevance to grade (one slot) and no removal (no fast-update register).
    resolution: 1,
    fastupdate: false,
    cache: false,
  });
  private readonly words: string[] = [];
  private readonly known = new Set<string>();

  get size(): number {
    return this.words.length;
  }

  add(word: string): void {
    if (this.known.has(word)) return;
    this.known.add(word);
    this.index.add(this.words.length, word);
    this.words.push(word);
  }

  candidates(typed: string): string[] {
    const word = typed.toLowerCase();
    const probes = new Set([word]);
    for (let i = 0; i < word.length; i++) probes.add(word.slice(0, i) + word.slice(i + 1));
    const found = new Set<number>();
    for (const probe of probes) {
      if (probe.length < 2) continue;
      for (const id of this.index.search(probe, { limit: PROBE_LIMIT })) found.add(Number(id));
    }
    return [...found].map((id) => this.words[id] ?? '').filter((w) => w !== '');
  }
}

/** A FlexSearch spelling index holding `words` (the engine's `SpellingFactory`). */
export function createSpellingIndex(words: Iterable<string>): SpellingIndex {
  const spelling = new FlexSpelling();
  for (const word of words) spelling.add(word);
  return spelling;
}
