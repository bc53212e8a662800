/**
 * Metadata guessed from a bulletin's text: language, countries and organisations mentioned.
 * Matching runs on folded text (see `foldText`) so accents and case never matter, except for
 * acronyms, which must be written in capitals to count ("UN", not "un").
 *
 * Speed: every name pattern (`metadata-names.ts`) is expanded at load time into the finite set
 * of strings it matches, indexed by its first word, so a bulletin costs one table probe per word
 * instead of one regex search per name over the whole text. The results equal those of searching
 * each pattern as a word-bounded regex. `extractMetadata` reads the text in a single pass
 * (`metadata-scan.ts`); the two-pass code here (fold, `scanWords`, look up) is its fallback for
 * texts that cannot be folded a unit at a time, and backs the single-purpose exports.
 */
import type { Language } from '../model';
import { foldText } from '../text/fold';
import { COUNTRIES, ORGANISATIONS, STOP_WORDS } from './metadata-names';
import { metadataScanner } from './metadata-scan';
import { expandPattern } from './pattern-expand';
import { type Scan, isWordCodePoint, scanWords } from './word-scan';
import { WordTable } from './word-table';

const PROFILE_LANGS = Object.keys(STOP_WORDS);

/** Stop word → the profiles that list it. */
const STOP_INDEX = new WordTable();
Object.values(STOP_WORDS).forEach((list, lang) => {
  for (const w of new Set(list.split(' '))) STOP_INDEX.add(w, w, lang);
});
/** Only this much of the text is read to guess its language. */
const LANGUAGE_SAMPLE = 20_000;

/** `scan` is the scan of `folded`; every `\p{L}+` run that is a stop word counts for its profiles. */
function languageFromScan(folded: string, scan: Scan): Language {
  const hits = PROFILE_LANGS.map(() => 0);
  const { runHash, runStart, runEnd } = scan;
  for (let r = 0; r < runHash.length; r++) {
    const entries = STOP_INDEX.get(runHash[r] ?? 0);
    if (!entries) continue;
    const at = runStart[r] ?? 0;
    const length = (runEnd[r] ?? 0) - at;
    for (const { text, ids } of entries) {
      if (text.length === length && folded.startsWith(text, at)) for (const l of ids) hits[l] = (hits[l] ?? 0) + 1;
    }
  }
  return languageFromHits(hits);
}

/** The language whose stop words were hit most (`hits` per profile of PROFILE_LANGS). */
function languageFromHits(hits: readonly number[]): Language {
  let best = 'other';
  let bestHits = 0;
  let second = 0;
  PROFILE_LANGS.forEach((lang, i) => {
    const n = hits[i] ?? 0;
    if (n > bestHits) [second, bestHits, best] = [bestHits, n, lang];
    else if (n > second) second = n;
  });
  // Too few function words (a title, a list of names) or a tie: do not guess.
  if (bestHits < 2 || bestHits === second) return 'other';
  return best === 'es' || best === 'en' ? best : 'other';
}

/** Spanish, English or other, by which stop-word profile the text hits most. */
export function detectLanguage(text: string): Language {
  const folded = foldText(text.slice(0, LANGUAGE_SAMPLE));
  return languageFromScan(folded, scanWords(folded));
}

/** The leading word (letters and digits) of a phrase: the token a match must start with. */
function firstWord(phrase: string): string {
  let end = 0;
  while (end < phrase.length) {
    const cp = phrase.codePointAt(end) ?? 0;
    if (!isWordCodePoint(cp)) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return phrase.slice(0, end);
}

/** Hash of the first word → the phrases (all expansions of every pattern) that start with it. */
function phraseIndex(patterns: readonly string[]): WordTable {
  const index = new WordTable();
  patterns.forEach((pattern, entity) => {
    for (const text of expandPattern(pattern)) index.add(firstWord(text), text, entity);
  });
  return index;
}

const COUNTRY_INDEX = phraseIndex(COUNTRIES.map(([, src]) => src));
const ORG_FULL_INDEX = phraseIndex(ORGANISATIONS.map(([, , full]) => full));
/** Acronyms are single words, so a word either is one or is not. */
const ORG_ACRONYMS = new WordTable();
ORGANISATIONS.forEach(([, acr], entity) => {
  for (const a of expandPattern(acr)) {
    if (firstWord(a) !== a) throw new Error(`acronym ${JSON.stringify(a)} is not a single word`);
    ORG_ACRONYMS.add(a, a, entity);
  }
});

/** True when `text` has no letter or digit at `at` (or ends there): the end of a word-bounded match. */
function endsWord(text: string, at: number): boolean {
  return at >= text.length || !isWordCodePoint(text.codePointAt(at) ?? 0);
}

/**
 * Position of the first word-bounded match of each entity in `folded` (-1 when none), the same
 * as `folded.search(/(?<![\p{L}\p{N}])(?:pattern)(?![\p{L}\p{N}])/u)` for each pattern.
 */
function firstMatches(folded: string, scan: Scan, index: WordTable, count: number): number[] {
  const first = new Array<number>(count).fill(-1);
  const { wordHash, wordStart } = scan;
  for (let w = 0; w < wordHash.length; w++) {
    const phrases = index.get(wordHash[w] ?? 0);
    if (!phrases) continue;
    const at = wordStart[w] ?? 0;
    // A phrase that starts at a word start and ends at a word end is a word-bounded match; a
    // hash collision fails the startsWith.
    for (const { text, ids } of phrases) {
      if (!folded.startsWith(text, at) || !endsWord(folded, at + text.length)) continue;
      for (const e of ids) if (first[e] === -1) first[e] = at;
    }
  }
  return first;
}

/** Names in first-mention order; ties keep the table order. Only the few mentioned are sorted. */
function firstMentionOrder(names: readonly string[], positions: readonly number[]): string[] {
  const found: number[] = [];
  for (let i = 0; i < names.length; i++) if ((positions[i] ?? -1) >= 0) found.push(i);
  found.sort((a, b) => (positions[a] ?? 0) - (positions[b] ?? 0) || a - b);
  return found.map((i) => names[i] ?? '');
}

const COUNTRY_NAMES = COUNTRIES.map(([name]) => name);
const ORG_NAMES = ORGANISATIONS.map(([name]) => name);

function countriesOf(folded: string, scan: Scan): string[] {
  return firstMentionOrder(COUNTRY_NAMES, firstMatches(folded, scan, COUNTRY_INDEX, COUNTRIES.length));
}

/** Canonical English names of the countries mentioned, in first-mention order. */
export function findCountries(text: string): string[] {
  const folded = foldText(text);
  return countriesOf(folded, scanWords(folded));
}

const CAPS_WORD = /(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu;

/**
 * An acronym written in capitals counts unless it sits in an all-caps passage ("UN ENCUENTRO
 * REGIONAL" is Spanish "un", not the United Nations): two-letter acronyms need fewer than two
 * other all-caps words within 30 characters.
 */
function acronymCounts(text: string, at: number, acronym: string): boolean {
  if (acronym.length > 2) return true;
  const around = text.slice(Math.max(0, at - 30), at + acronym.length + 30);
  const capsWords = around.match(CAPS_WORD) ?? [];
  return capsWords.filter((w) => w !== acronym).length < 2;
}

/** Position in `text` (original case) of each organisation's first counted acronym, or -1. */
function acronymPositions(text: string): number[] {
  const first = new Array<number>(ORGANISATIONS.length).fill(-1);
  const { wordHash, wordStart, wordEnd } = scanWords(text);
  for (let w = 0; w < wordHash.length; w++) {
    const entries = ORG_ACRONYMS.get(wordHash[w] ?? 0);
    if (!entries) continue;
    const at = wordStart[w] ?? 0;
    const length = (wordEnd[w] ?? 0) - at;
    for (const { text: acronym, ids } of entries) {
      if (acronym.length !== length || !text.startsWith(acronym, at)) continue;
      for (const e of ids) if (first[e] === -1 && acronymCounts(text, at, acronym)) first[e] = at;
    }
  }
  return first;
}

function organisationsOf(text: string, folded: string, scan: Scan): string[] {
  return mergeOrganisations(acronymPositions(text), firstMatches(folded, scan, ORG_FULL_INDEX, ORGANISATIONS.length));
}

function mergeOrganisations(acr: readonly number[], full: readonly number[]): string[] {
  // The earlier of the two mentions (acronym positions count in the original text, as always).
  const positions = acr.map((a, i) => {
    const f = full[i] ?? -1;
    return a < 0 ? f : f < 0 ? a : Math.min(a, f);
  });
  return firstMentionOrder(ORG_NAMES, positions);
}

/** Canonical acronyms of the organisations mentioned, in first-mention order. */
export function findOrganisations(text: string): string[] {
  const folded = foldText(text);
  return organisationsOf(text, folded, scanWords(folded));
}

const scanMetadata = metadataScanner({
  stop: STOP_INDEX,
  profiles: PROFILE_LANGS.length,
  countries: COUNTRY_INDEX,
  countryCount: COUNTRIES.length,
  orgFull: ORG_FULL_INDEX,
  orgAcronyms: ORG_ACRONYMS,
  orgCount: ORGANISATIONS.length,
  acronymCounts,
});

export interface TextMetadata {
  language: Language;
  countries: string[];
  organisations: string[];
}

/**
 * Language, countries and organisations of a text in one pass: the same results as
 * `detectLanguage`, `findCountries` and `findOrganisations`, folding and scanning the text once.
 */
export function extractMetadata(text: string): TextMetadata {
  // Only the first 20,000 characters count for the language: reuse the pass unless it is longer.
  const short = text.length <= LANGUAGE_SAMPLE;
  const hits = scanMetadata(text, short);
  if (hits) {
    return {
      language: hits.stopHits ? languageFromHits(hits.stopHits) : detectLanguage(text),
      countries: firstMentionOrder(COUNTRY_NAMES, hits.countryFirst),
      organisations: mergeOrganisations(hits.acronymFirst, hits.orgFullFirst),
    };
  }
  const folded = foldText(text);
  const scan = scanWords(folded);
  return {
    language: short ? languageFromScan(folded, scan) : detectLanguage(text),
    countries: countriesOf(folded, scan),
    organisations: organisationsOf(text, folded, scan),
  };
}
