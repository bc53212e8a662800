/**
 * Top-k retrieval (topk.ts) against full scoring: over generated corpora and queries, the first
 * pages asked with a `limit` are the same ids, in the same order, as the first pages of the full
 * ranking (every match scored, engine.search without a limit). The thresholds are lowered so that
 * small corpora take every path: pruning, key skipping, the proximity candidates and the full
 * ranking's exact head.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchEngine, type SearchDoc } from '../../../../renderer/src/core/search/engine';
import { rankTuning, scoreTuning } from '../../../../renderer/src/core/search/score';

const WORDS = ['pesca', 'puerto', 'acuerdo', 'digital', 'comercio', 'pacific', 'fisheries', 'trade', 'group', 'technical', 'mujer', 'empresa'];
const DEFAULTS = { ...rankTuning };
const SCORE_DEFAULTS = { ...scoreTuning };

const word = fc.constantFrom(...WORDS);
/** A document: a few title words, a body of up to 40 words (Zipf-like: early words more often), a date or none. */
const doc = fc.record({
  title: fc.array(word, { minLength: 1, maxLength: 4 }),
  body: fc.array(fc.integer({ min: 0, max: 1000 }).map((r) => WORDS[Math.floor(((r / 1000) ** 2) * WORDS.length)] ?? 'pesca'), { maxLength: 40 }),
  // Few distinct dates, and some undated: ties on score and on date both happen.
  date: fc.option(fc.constantFrom('2021-03-01', '2022-07-15', '2023-01-01', '2023-01-02'), { nil: null }),
});
/** Queries of every kind the ranking treats apart: one word, several (proximity), OR, a phrase, exclusion, prefix. */
const query = fc.oneof(
  word,
  fc.array(word, { minLength: 2, maxLength: 3 }).map((w) => w.join(' ')),
  fc.tuple(word, word).map(([a, b]) => `${a} OR ${b}`),
  fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
  fc.tuple(word, word, word).map(([a, b, c]) => `${a} ${b} -${c}`),
  fc.tuple(word, fc.integer({ min: 2, max: 4 })).map(([w, n]) => w.slice(0, n)),
);

function build(docs: ReadonlyArray<{ title: string[]; body: string[]; date: string | null }>, removed: number): SearchEngine {
  const engine = new SearchEngine();
  const all: SearchDoc[] = docs.map((d, i) => ({
    // Two languages: idf is per language, and the bounds must hold with it.
    id: `d${i}`, title: d.title.join(' '), body: d.body.join(' '), tags: [], countries: [], organisations: [], language: i % 3 === 0 ? 'en' : 'es', date: d.date,
  }));
  engine.add(all);
  // Tombstones: removed documents stay in the postings (and in document frequencies) until compaction.
  engine.remove(all.slice(0, removed).map((d) => d.id));
  return engine;
}

/** Every page size the list and the bench ask for, against the full ranking's first pages. */
function sameFirstPages(engine: SearchEngine, q: string, prefixLast: boolean): void {
  const full = engine.search(q, { prefixLast });
  // Partial matches (fewer than ten full ones) come from top-k too: against every partial match scored.
  const pruneFrom = rankTuning.pruneFrom;
  rankTuning.pruneFrom = Number.POSITIVE_INFINITY;
  const scoredAll = engine.search(q, { prefixLast });
  rankTuning.pruneFrom = pruneFrom;
  expect(full.partial, `${q} partial`).toEqual(scoredAll.partial);
  for (const limit of [1, 3, 10, 25]) {
    const top = engine.search(q, { prefixLast, limit });
    expect(top.total, `${q} total`).toBe(full.total);
    expect(top.ids, `${q} limit ${limit}`).toEqual(full.ids.slice(0, limit));
  }
}

describe('top-k retrieval', () => {
  beforeEach(() => {
    // Small enough for corpora of a few hundred documents to prune, skip and use the exact head.
    Object.assign(rankTuning, { pruneFrom: 0, nearTop: 12, titleRerank: 6, exactTop: 30, sortAll: 40 });
  });
  afterEach(() => {
    Object.assign(rankTuning, DEFAULTS);
    Object.assign(scoreTuning, SCORE_DEFAULTS);
  });

  it('gives the first pages of the full ranking: same ids, same order, ties broken alike', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 20, maxLength: 300 }), fc.nat({ max: 10 }), fc.array(query, { minLength: 1, maxLength: 4 }), fc.boolean(), (docs, removed, queries, prefixLast) => {
        const engine = build(docs, removed);
        for (const q of queries) sameFirstPages(engine, q, prefixLast);
      }),
      { numRuns: 60 },
    );
  });

  it('holds with the extra title proximity bonus on and with the whole-archive idf (scoreTuning variants)', () => {
    for (const variant of [{ nearTitle: 1.2 }, { idfPerLanguage: 0, typedIdf: 0 }]) {
      Object.assign(scoreTuning, SCORE_DEFAULTS, variant);
      fc.assert(
        fc.property(fc.array(doc, { minLength: 20, maxLength: 300 }), fc.nat({ max: 10 }), fc.array(query, { minLength: 1, maxLength: 4 }), (docs, removed, queries) => {
          const engine = build(docs, removed);
          for (const q of queries) sameFirstPages(engine, q, false);
        }),
        { numRuns: 25 },
      );
    }
  });

  it('with the real thresholds on a corpus large enough to prune', () => {
    Object.assign(rankTuning, DEFAULTS);
    const docs = Array.from({ length: 4500 }, (_, i) => ({
      title: [WORDS[i % 7] ?? '', WORDS[(i * 5) % 12] ?? ''],
      body: Array.from({ length: 30 }, (_, j) => WORDS[Math.floor(((((i * 31 + j * 17) % 97) / 97) ** 2) * WORDS.length)] ?? ''),
      date: i % 11 === 0 ? null : `20${10 + (i % 13)}-0${1 + (i % 9)}-1${i % 10}`,
    }));
    const engine = build(docs, 3);
    for (const q of ['pesca', 'pesca puerto', 'pesca OR trade', '"technical group"', 'acuerdo digital -mujer', 'pes', 'comercio empresa digital']) sameFirstPages(engine, q, true);
  });

  it('can fail: with upper bounds that are too low, pruning drops matches of the first page', () => {
    // Halving every bound prunes matches that could still rank: the property must catch it.
    Object.assign(rankTuning, { boundScale: 0.3 });
    const outcome = fc.check(
      fc.property(fc.array(doc, { minLength: 50, maxLength: 300 }), fc.array(query, { minLength: 1, maxLength: 4 }), (docs, queries) => {
        const engine = build(docs, 0);
        for (const q of queries) sameFirstPages(engine, q, true);
      }),
      { numRuns: 200, seed: 21, endOnFailure: true },
    );
    expect(outcome.failed).toBe(true);
  });
});
