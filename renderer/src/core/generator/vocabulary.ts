/**
 * Ranked vocabularies and their Zipf samplers, one per language. Function words take the top
 * ranks; content word forms follow in a fixed pseudo-random order, so the frequency curve is
 * Zipf-like (a few words very common, a long tail of rare ones) like real news prose.
 */
import { EN_FUNCTION_WORDS, englishContentWords, englishTailWords } from './lexicon-en';
import { ES_FUNCTION_WORDS, spanishContentWords, spanishTailWords } from './lexicon-es';
import { type Random, ZipfSampler, mulberry32 } from './prng';

/** The generated languages. */
export type GenLanguage = 'en' | 'es';

/** A language's ranked word list with its sampler. */
export interface Vocabulary {
  /** Rank order: index 0 is the most frequent word. */
  readonly words: readonly string[];
  readonly sampler: ZipfSampler;
  /** Content words only (no function words), for per-bulletin topic words. */
  readonly content: readonly string[];
}

/** Fixed so that the vocabulary (and thus every corpus) does not depend on the corpus seed. */
const VOCABULARY_SEED = 0x5eed_a11;

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i];
    const b = out[j];
    if (a !== undefined && b !== undefined) {
      out[i] = b;
      out[j] = a;
    }
  }
  return out;
}

function build(functionWords: readonly string[], content: readonly string[], tail: readonly string[]): Vocabulary {
  const random = mulberry32(VOCABULARY_SEED);
  const ranked = [...new Set([...functionWords, ...shuffled(content, random), ...shuffled(tail, random)])];
  // Exponent slightly above 1 as measured on news text; the head stays dominated by "the/de".
  return { words: ranked, sampler: new ZipfSampler(ranked.length, 1.05), content };
}

const cache = new Map<GenLanguage, Vocabulary>();

/** The (memoised) vocabulary of a language. */
export function vocabulary(language: GenLanguage): Vocabulary {
  let v = cache.get(language);
  if (!v) {
    v = language === 'en'
      ? build(EN_FUNCTION_WORDS, englishContentWords(), englishTailWords())
      : build(ES_FUNCTION_WORDS, spanishContentWords(), spanishTailWords());
    cache.set(language, v);
  }
  return v;
}

/** One word drawn from the language's Zipf distribution. */
export function zipfWord(v: Vocabulary, random: Random): string {
  return v.words[v.sampler.sample(random)] ?? 'the';
}
