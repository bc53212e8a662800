import { describe, expect, it } from 'vitest';
import {
  MAX_WORDS, MIN_WORDS, generateBulletins, generateOne, generateTagged, toExportJson, toMultiBulletinText,
} from '../../../../renderer/src/core/generator';
import { BACKUP_FORMAT, parseBackupText } from '../../../../renderer/src/core/backup/format';
import { contentHash } from '../../../../renderer/src/core/import/hash';

const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);
/** Alphabetic tokens, lower-cased, punctuation stripped: what a reader would call "words". */
const lexicalWords = (text: string): string[] =>
  (text.toLowerCase().match(/\p{L}+/gu) ?? []);

// One shared 1,000-bulletin corpus keeps the file fast (~0.5 s to generate).
const corpus = generateBulletins(1000, 7);

describe('generateBulletins', () => {
  it('is deterministic: same seed → same bulletins, other seed → other bulletins', () => {
    const a = generateBulletins(50, 123);
    const b = generateBulletins(50, 123);
    const c = generateBulletins(50, 124);
    expect(a).toEqual(b);
    expect(c.map((x) => x.title + x.body)).not.toEqual(a.map((x) => x.title + x.body));
  });

  it('generates slices that match the whole corpus (bulletin i depends only on seed and i)', () => {
    const whole = generateBulletins(30, 9);
    const slice = generateBulletins(10, 9, 20);
    expect(slice).toEqual(whole.slice(20));
    expect(generateOne(5, 9).bulletin).toEqual(whole[5]);
  });

  it('keeps every body between MIN_WORDS and MAX_WORDS words', () => {
    const counts = corpus.map((b) => wordsOf(b.body).length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(Math.max(...counts)).toBeLessThanOrEqual(MAX_WORDS);
    // Spread over the range, not all at one length.
    expect(Math.max(...counts) - Math.min(...counts)).toBeGreaterThan(400);
  });

  it('uses a vocabulary of at least 3,000 distinct words over 1,000 bulletins', () => {
    const distinct = new Set<string>();
    for (const b of corpus) for (const w of lexicalWords(`${b.title} ${b.body}`)) distinct.add(w);
    expect(distinct.size).toBeGreaterThanOrEqual(3000);
  });

  it('has a Zipf-like word frequency: the top word is far more frequent than the median', () => {
    const freq = new Map<string, number>();
    for (const b of corpus) for (const w of lexicalWords(b.body)) freq.set(w, (freq.get(w) ?? 0) + 1);
    const sorted = [...freq.values()].sort((x, y) => y - x);
    const top = sorted[0] ?? 0;
    const median = sorted[Math.floor(sorted.length / 2)] ?? 1;
    expect(top / median).toBeGreaterThan(100);
    // Rank-frequency slope: the 10th word is several times rarer than the 1st, the 100th rarer still.
    expect(top / (sorted[9] ?? 1)).toBeGreaterThan(2);
    expect((sorted[9] ?? 0) / (sorted[99] ?? 1)).toBeGreaterThan(3);
  });

  it('produces both languages with language-typical words and metadata', () => {
    const en = corpus.filter((b) => b.language === 'en');
    const es = corpus.filter((b) => b.language === 'es');
    expect(en.length).toBeGreaterThan(300);
    expect(es.length).toBeGreaterThan(300);
    expect(es.every((b) => /Alianza del Pacífico| de la | el /u.test(b.body))).toBe(true);
    expect(en.every((b) => / the /u.test(b.body))).toBe(true);
    expect(es.some((b) => /[áéíóúñ]/u.test(b.body))).toBe(true);
    for (const b of corpus) {
      expect(b.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(b.countries.length).toBeGreaterThan(0);
      expect(b.title).not.toMatch(/\.$/);
    }
    expect(corpus.some((b) => b.organisations.length > 0)).toBe(true);
    expect(new Set(corpus.map((b) => b.title)).size).toBeGreaterThan(300);
  });
});

describe('toExportJson', () => {
  it('writes the backup format with tags, ids and content hashes', () => {
    const tagged = generateTagged(20, 3);
    const file = toExportJson(tagged);
    expect(file.format).toBe(BACKUP_FORMAT);
    // Version 2: the corpus script streams it without the checksum version 3 requires; it still restores.
    expect(file.version).toBe(2);
    expect(parseBackupText(JSON.stringify(file)).bulletins).toHaveLength(20);
    expect(file.bulletins).toHaveLength(20);
    expect(new Set(file.bulletins.map((b) => b.id)).size).toBe(20);
    const first = file.bulletins[0];
    const source = tagged[0];
    expect(first?.contentHash).toBe(contentHash(source?.bulletin.title ?? '', source?.bulletin.body ?? ''));
    const tagIds = new Set(file.tags.map((t) => t.id));
    expect(file.tags.length).toBeGreaterThan(0);
    for (const b of file.bulletins) for (const t of b.tags) expect(tagIds.has(t)).toBe(true);
    expect(JSON.stringify(toExportJson(generateTagged(20, 3)))).toBe(JSON.stringify(file));
  });
});

describe('toMultiBulletinText', () => {
  it('lays out title, blank line, dateline paragraph', () => {
    const [b] = generateBulletins(1, 11);
    const text = toMultiBulletinText(b ? [b] : []);
    const [title, blank, first] = text.split('\n');
    expect(title).toBe(b?.title);
    expect(blank).toBe('');
    expect(first).toMatch(/^(?:[\p{L} ]+, )?(?:\d{1,2} (?:de )?\p{L}+ (?:de )?\d{4}|\p{L}+ \d{1,2}, \d{4})\.- /u);
  });
});
