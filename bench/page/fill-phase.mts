/**
 * Fill phase: stores a large generated archive quickly (data layer, big transactions, tags) and
 * builds + persists the search index once, so the next page load is a realistic cold start.
 */
import { generateTagged } from '../../renderer/src/core/generator';
import { commitImport, countBulletins, getOrCreateTagByName, useArchiveDb } from '../../renderer/src/data';
import { log, round, tick } from './measure.mjs';
import { type BenchSearch, toSearchDoc } from './search-backend.mjs';

export interface FillResult {
  bulletins: number;
  fillMs: number;
  indexMs: number;
  persistMs: number;
}

const CHUNK = 5000;

/** Stores bulletins 0..count-1 of corpus `seed` in database `dbName` and persists the index. */
export async function runFillPhase(count: number, seed: number, dbName: string, search: BenchSearch): Promise<FillResult> {
  useArchiveDb(dbName);
  const tagIds = new Map<string, string>();
  const tagNames = new Map<string, string>();
  let fillMs = 0;
  let indexMs = 0;
  for (let start = 0; start < count; start += CHUNK) {
    const items = generateTagged(Math.min(CHUNK, count - start), seed, start);
    for (const name of new Set(items.flatMap((g) => g.tagNames))) {
      if (tagIds.has(name)) continue;
      const tag = await getOrCreateTagByName(name);
      tagIds.set(name, tag.id);
      tagNames.set(tag.id, name);
    }
    const tagIdsByIndex = items.map((g) => g.tagNames.map((n) => tagIds.get(n) ?? ''));
    const t0 = performance.now();
    const committed = await commitImport({
      fileNames: [`fill-${start}.txt`],
      bulletins: items.map((g) => g.bulletin),
      tagIdsByIndex,
    });
    const t1 = performance.now();
    const bodies = committed.addedIndexes.map((i) => items[i]?.bulletin.body ?? '');
    await search.add(committed.added.map((s, i) => toSearchDoc(s, bodies[i] ?? '', tagNames)));
    const t2 = performance.now();
    fillMs += t1 - t0;
    indexMs += t2 - t1;
    if ((start / CHUNK) % 4 === 0) log(`fill: ${start + items.length}/${count} (store ${round(fillMs)} ms, index ${round(indexMs)} ms)`);
    await tick();
  }
  const stored = await countBulletins();
  const t3 = performance.now();
  await search.persist(stored);
  const persistMs = performance.now() - t3;
  log(`fill: ${stored} stored; index persisted in ${round(persistMs)} ms`);
  return { bulletins: stored, fillMs: round(fillMs), indexMs: round(indexMs), persistMs: round(persistMs) };
}
