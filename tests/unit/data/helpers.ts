/** Shared test setup for the data layer: a fresh fake-indexeddb database per test. */
// fake-indexeddb must be installed before Dexie loads: Dexie captures indexedDB at import time.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import type { ParsedBulletin } from '../../../renderer/src/core/model';
import { closeArchiveDb, getArchiveDb, useArchiveDb, type ArchiveDb } from '../../../renderer/src/data/db';

let n = 0;

/** A database name no other test uses. */
export function uniqueDbName(prefix = 'test'): string {
  n += 1;
  return `${prefix}-${process.pid}-${Date.now()}-${n}-${Math.random().toString(36).slice(2)}`;
}

/** Points the data layer at a new, empty database with a unique name. */
export function freshDb(): ArchiveDb {
  return useArchiveDb(uniqueDbName());
}

/**
 * Gives every test of the file a new, empty database (closed after it). Returns the database the
 * data layer uses now: the one made for this test, or a later `freshDb()` of the test.
 */
export function useFreshDb(): () => ArchiveDb {
  beforeEach(() => {
    freshDb();
  });
  afterEach(() => closeArchiveDb());
  return getArchiveDb;
}

/**
 * An open database at an old schema `version` under a unique name, for migration tests: fill it,
 * close it, then `openUpgraded(name)`.
 */
export async function oldDb(version: number, schema: Record<string, string | null>): Promise<{ name: string; old: Dexie }> {
  const name = uniqueDbName(`v${version}`);
  const old = new Dexie(name);
  old.version(version).stores(schema);
  await old.open();
  return { name, old };
}

/** Points the data layer at database `name` and opens it, which runs its schema upgrades. */
export async function openUpgraded(name: string): Promise<ArchiveDb> {
  const db = useArchiveDb(name);
  await db.open();
  return db;
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

type DbCoreMethod = 'get' | 'getMany' | 'query' | 'openCursor' | 'count' | 'mutate';
const ALL_METHODS: readonly DbCoreMethod[] = ['get', 'getMany', 'query', 'openCursor', 'count', 'mutate'];

/**
 * Records every table a DBCore request touches (reads and writes, or only the `methods` given).
 * Middleware only applies to a database that is not open yet, so install it first and `clear()`
 * the set before the part under test.
 */
export function trackTables(database: ArchiveDb, methods: readonly DbCoreMethod[] = ALL_METHODS): Set<string> {
  const touched = new Set<string>();
  const watched = new Set(methods);
  database.use({
    stack: 'dbcore',
    name: 'track',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        const note = <T>(method: DbCoreMethod, r: T): T => {
          if (watched.has(method)) touched.add(name);
          return r;
        };
        return {
          ...t,
          get: (req) => note('get', t.get(req)),
          getMany: (req) => note('getMany', t.getMany(req)),
          query: (req) => note('query', t.query(req)),
          openCursor: (req) => note('openCursor', t.openCursor(req)),
          count: (req) => note('count', t.count(req)),
          mutate: (req) => note('mutate', t.mutate(req)),
        };
      },
    }),
  });
  return touched;
}
