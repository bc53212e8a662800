/**
 * Deterministic synthetic corpus: `generateBulletins(count, seed)` returns the same bulletins for
 * the same arguments on every platform. Bulletin `i` depends only on (seed, i), so large corpora
 * can be produced in slices (`start`) without holding them all in memory.
 */
import type { ParsedBulletin } from '../model';
import { composeBody, composeTitle, type Subject } from './compose';
import { COUNTRIES, GROUPS, MEMBER_COUNTRIES, ORGANISATIONS } from './entities';
import { chance, mixSeed, mulberry32, pick, pickDistinct, randInt } from './prng';
import { type GenLanguage, vocabulary } from './vocabulary';

/**
 * Body lengths in words (whitespace-separated tokens). The body excludes the dateline, as the
 * importer's does; `toMultiBulletinText` puts the dateline back in front of the first paragraph.
 */
export const MIN_WORDS = 150;
export const MAX_WORDS = 900;
/** The longest template sentence is < 45 words, so stopping past this target stays ≤ MAX_WORDS. */
const MAX_TARGET = MAX_WORDS - 45;

/** First and last day a generated bulletin can carry (the PA was founded in 2011). */
const FIRST_DAY = Date.UTC(2012, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;

/** A generated bulletin plus the tag names the synthetic archive gives it. */
export interface GeneratedBulletin {
  bulletin: ParsedBulletin;
  tagNames: string[];
}

/** Source file name written into generated bulletins. */
export function generatedFileName(seed: number): string {
  return `generated-seed-${seed}.txt`;
}

/** Bulletin number `index` of the corpus `seed`, with its tags. */
export function generateOne(index: number, seed: number): GeneratedBulletin {
  const random = mulberry32(mixSeed(seed, index));
  const language: GenLanguage = chance(random, 0.5) ? 'es' : 'en';
  const v = vocabulary(language);
  const group = pick(random, GROUPS);
  const host = chance(random, 0.85) ? pick(random, MEMBER_COUNTRIES) : pick(random, COUNTRIES);
  const others = pickDistinct(random, COUNTRIES.filter((c) => c !== host), randInt(random, 0, 3));
  const day = FIRST_DAY + randInt(random, 0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
  const subject: Subject = {
    language,
    group,
    host,
    city: pick(random, host.cities),
    countries: [host, ...others],
    organisations: pickDistinct(random, ORGANISATIONS, randInt(random, 0, 2)),
    date: new Date(day).toISOString().slice(0, 10),
    topicWords: pickDistinct(random, v.content, 12),
  };
  const title = composeTitle(subject, random);
  // Spanish datelines usually name the city; English ones rarely do.
  const place = chance(random, language === 'es' ? 0.7 : 0.1) ? subject.city : null;
  // Skewed towards shorter bulletins, as real ones are: the square pulls draws towards MIN_WORDS.
  const u = random();
  const target = MIN_WORDS + Math.floor(u * u * (MAX_TARGET - MIN_WORDS));
  const body = composeBody(v, subject, random, target);
  const tagNames = [group.tag];
  if (chance(random, 0.3)) tagNames.push(subject.host.en);
  if (chance(random, 0.1)) tagNames.push('Priority');
  return {
    bulletin: {
      title,
      date: subject.date,
      datePrecision: 'day',
      place,
      language,
      body,
      bodyHtml: null,
      countries: subject.countries.map((c) => c.en),
      organisations: subject.organisations.map((o) => o.acronym),
      sourceFile: generatedFileName(seed),
    },
    tagNames,
  };
}

/** Bulletins `start .. start+count-1` of corpus `seed`, with tags. */
export function generateTagged(count: number, seed: number, start = 0): GeneratedBulletin[] {
  const out: GeneratedBulletin[] = [];
  for (let i = 0; i < count; i++) out.push(generateOne(start + i, seed));
  return out;
}

/**
 * `count` realistic bilingual PA-like bulletins, deterministic in `seed`.
 * `start` selects a slice of the (conceptually infinite) corpus.
 */
export function generateBulletins(count: number, seed: number, start = 0): ParsedBulletin[] {
  return generateTagged(count, seed, start).map((g) => g.bulletin);
}
