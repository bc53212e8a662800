/**
 * Spelling candidates for "did you mean", found by FlexSearch through its public API (Index,
 * Encoder, Charset): one entry per word of the archive (surface form, e.g. "acuicultura"),
 * encoded with the LatinExtra charset — case, accents and doubled letters folded, similar sounds
 * merged (c/k/q, b/p, v/f, d/t, …), inner a/e/o dropped — so one key holds a family of spellings.
 * The typed word is looked up with each one-letter change (dropped, added, replaced, swapped with
 * its neighbour; changes that encode alike are looked up once), which finds every word one edit
 * away and many more that differ only in how they sound. Which candidate wins is suggest.ts's
 * ranking; this only narrows the vocabulary to a few dozen words.
 *
 * Why "strict" (one key per word) plus typed-side changes rather than FlexSearch's "tolerant"
 * tokenizer (which stores ~2n variants of every word): measured in Node on 65,000 words, the
 * tolerant index took ~67 MB and missed some replaced letters; this one ~21 MB (word list
 * included) and finds the meant word for every single typo (see spelling.test.ts).
 *
 * This is FlexSearch's job here and not the main index's: the main index is our own postings
 * (smaller, faster to build and to load; see postings.ts), while a phonetic lookup over the
 * vocabulary is what FlexSearch's encoders are made for. The worker imports this module only when
 * a first suggestion is needed (see search-worker.ts); the engine then builds the index from its
 * vocabulary and feeds it each new word.
 */
import { Charset, Encoder, Index } from 'flexsearch';
import type { SpellingIndex } from './suggest';

/** Letters of Spanish and English words (accented ones are folded by the encoder). */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzñ';
/** Encodings the encoder remembers (it starts over when full): more than one typed word's probes. */
const ENCODER_CACHE = 4000;
/** Ids read back per probe: more than any one key of a real vocabulary holds. */
const PROBE_LIMIT = 1000;

class FlexSpelling implements SpellingIndex {
  // A small encoder cache: the index encodes each probe again after `candidates` did; a cache the
  // size of the vocabulary (the default, 200,000) would cost more memory than the index itself.
  private readonly encoder = new Encoder({ ...Charset.LatinExtra, cache: ENCODER_CACHE });
  private readonly index = new Index({
    tokenize: 'strict',
    encoder: this.encoder,
    // One word per entry: no relevance to grade (one slot), no removal (no fast-update register), no result cache.
    resolution: 1,
    fastupdate: false,
    cache: false,
  });
  /** One letter per group the encoder merges (b/p, c/g/j/k/q, …): the letters worth adding or replacing. */
  private readonly letters = distinctLetters(this.encoder);
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
    const keys = new Set<string>();
    const found = new Set<number>();
    for (const probe of oneEditAway(typed.toLowerCase(), this.letters)) {
      const key = this.encoder.encode(probe).join(' ');
      if (key === '' || keys.has(key)) continue;
      keys.add(key);
      for (const id of this.index.search(probe, { limit: PROBE_LIMIT })) found.add(Number(id));
    }
    return [...found].map((id) => this.words[id] ?? '').filter((w) => w !== '');
  }
}

/**
 * The first letter of each group of letters `encoder` encodes alike at the start of a word (where it
 * keeps the most apart: vowels included), so probes that could only encode alike are not made.
 */
function distinctLetters(encoder: Encoder): string {
  const groups = new Map<string, string>();
  for (const letter of ALPHABET) {
    const key = encoder.encode(`${letter}a`).join(' ');
    if (!groups.has(key)) groups.set(key, letter);
  }
  return [...groups.values()].join('');
}

/** `word` and every string one deletion, adjacent swap, or insertion or substitution of one of `letters` from it. */
function oneEditAway(word: string, letters: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length) out.add(head + word.slice(i + 1));
    if (i < word.length - 1) out.add(head + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
    for (const letter of letters) {
      out.add(head + letter + word.slice(i));
      if (i < word.length) out.add(head + letter + word.slice(i + 1));
    }
  }
  return out;
}

/** A FlexSearch spelling index holding `words` (the engine's `SpellingFactory`). */
export function createSpellingIndex(words: Iterable<string>): SpellingIndex {
  const spelling = new FlexSpelling();
  for (const word of words) spelling.add(word);
  return spelling;
}
