/** Shared test setup for the data layer: a fresh fake-indexeddb database per test. */
import 'fake-indexeddb/auto';
import type { ParsedBulletin } from '../../../renderer/src/core/model';
import { useArchiveDb, type ArchiveDb } from '../../../renderer/src/data/db';

let n = 0;

/** Points the data layer at a new, empty database with a unique name. */
export function freshDb(): ArchiveDb {
  n += 1;
  return useArchiveDb(`test-${process.pid}-${Date.now()}-${n}-${Math.random().toString(36).slice(2)}`);
}

/** A parsed bulletin with sensible defaults. */
export function parsed(overrides: Partial<ParsedBulletin> = {}): ParsedBulletin {
  return {
    title: 'Pacific Alliance meeting',
    date: '2023-11-09',
    datePrecision: 'day',
    place: 'Lima',
    language: 'en',
    body: 'The Pacific Alliance met in Lima.\n\nFisheries were discussed.',
    bodyHtml: null,
    countries: ['Peru'],
    organisations: [],
    sourceFile: 'news.txt',
    ...overrides,
  };
}

/** `count` distinct parsed bulletins, dated one day apart from 2023-01-01. */
export function manyParsed(count: number, prefix = 'Bulletin'): ParsedBulletin[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
    return parsed({ title: `${prefix} ${i}`, date: d, body: `Body of ${prefix.toLowerCase()} number ${i}.` });
  });
}

type Tuple<T, N extends number, R extends T[] = []> = R['length'] extends N ? R : Tuple<T, N, [T, ...R]>;

/** The item at `index`, failing the test when it is missing (keeps tests free of `!`). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at index ${index} (length ${items.length})`);
  return item;
}

/** The first `n` items as a tuple, failing the test when there are fewer. */
export function first<T, N extends number>(items: readonly T[], n: N): Tuple<T, N> {
  if (items.length < n) throw new Error(`expected at least ${n} items, got ${items.length}`);
  return items.slice(0, n) as Tuple<T, N>;
}

/**
 * Records every table a DBCore request touches (reads and writes). Middleware only applies to a
 * database that is not open yet, so install it first and `clear()` the set before the part under test.
 */
export function trackTables(database: ArchiveDb): Set<string> {
  const touched = new Set<string>();
  database.use({
    stack: 'dbcore',
    name: 'track',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        const note = <T>(r: T): T => {
          touched.add(name);
          return r;
        };
        return {
          ...t,
          get: (req) => note(t.get(req)),
          getMany: (req) => note(t.getMany(req)),
          query: (req) => note(t.query(req)),
          openCursor: (req) => note(t.openCursor(req)),
          count: (req) => note(t.count(req)),
          mutate: (req) => note(t.mutate(req)),
        };
      },
    }),
  });
  return touched;
}
