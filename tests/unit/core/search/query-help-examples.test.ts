/**
 * Every example of the `?` query-syntax help, in both UI languages, returns results on the seed
 * archive a first-run user has: the shared corpus imported and the starter taxonomy's rules run,
 * searched as the search box searches (last word as a prefix, translations off by default).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeQuerySyntax } from '../../../../renderer/src/core/search/query-syntax';
import { seedArchive, type SeedArchive } from '../../support/seed-archive';

describe('the ? help examples on the seed archive', () => {
  let seed: SeedArchive;
  beforeAll(async () => {
    seed = await seedArchive();
  });

  it('is the seed archive: ten bulletins, the starter rules tagged some', () => {
    expect(seed.engine.size).toBe(10);
    expect([...seed.tagged.values()].some((ids) => ids.length > 0)).toBe(true);
  });

  for (const lang of ['en', 'es'] as const) {
    for (const row of describeQuerySyntax(lang)) {
      it(`${lang}: ${row.example}`, () => {
        const result = seed.engine.search(row.example, { prefixLast: true });
        expect(result.error).toBeUndefined();
        expect(result.total).toBeGreaterThan(0);
      });
    }
  }
});
