/**
 * The archive's IndexedDB schema (Dexie). This module and its siblings in `data/` are the only code
 * that touches Dexie; everything else goes through the functions exported from `data/index.ts`.
 */
import Dexie, { type Collection, type DexieOptions, type Table, type Transaction } from 'dexie';
import type {
  BulletinBody,
  BulletinSummary,
  DatePrecision,
  Dossier,
  ImportBatch,
  Language,
  OriginalFileMeta,
  SavedSearch,
  Tag,
  TagRule,
} from '../core/model';
import { makeExcerpt } from './excerpt';

export const ARCHIVE_DB_NAME = 'pa-bulletin-archive';

/**
 * How a summary is stored. IndexedDB cannot index `null`, so the Trash state is kept as numbers:
 * `deletedAt` 0 means "not deleted", and `trashed` (0|1) leads the listing index.
 */
export interface SummaryRow extends Omit<BulletinSummary, 'deletedAt'> {
  deletedAt: number;
  trashed: 0 | 1;
  /** `date`, or '' when unknown, so undated bulletins still appear in the date-ordered index. */
  dateKey: string;
}

export interface KvRow {
  key: string;
  value: unknown;
}

/** One persisted search-index chunk; `seq` keeps the engine's export order. */
export interface SearchIndexRow {
  seq: number;
  key: string;
  /** A string or typed-array chunk of the exported search index (no index on it: no schema change). */
  value: string | Uint8Array | Uint16Array | Int32Array;
}

/** Version 1 (first release): bulletins carried their body inline and `deletedAt` could be null. */
export const SCHEMA_V1 = {
  bulletins: 'id, date, *tags, contentHash, batchId',
  tags: 'id, parentId',
  dossiers: 'id',
  savedSearches: 'id',
  rules: 'id, tagId',
  batches: 'id',
  kv: 'key',
} as const;

/** Version 2 (current): bodies in their own table; list/trash/tag queries answered by indexes. */
export const SCHEMA_V2 = {
  bulletins:
    'id, [trashed+dateKey], trashed, *tags, *countries, *organisations, language, batchId, contentHash, updatedAt',
  bodies: 'id',
  tags: 'id, parentId',
  dossiers: 'id',
  savedSearches: 'id',
  rules: 'id, tagId',
  batches: 'id',
  kv: 'key',
  searchIndex: 'seq',
} as const;

/**
 * Version 3: drops the language, countries and organisations indexes. Filters on them are answered by
 * the search engine's in-memory table, and each extra index entry slowed every import write (~25%).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  bulletins: 'id, [trashed+dateKey], trashed, *tags, batchId, contentHash, updatedAt',
} as const;

/**
 * Version 4: drops the `trashed` and `updatedAt` indexes. Trash lookups use the leading part of
 * `[trashed+dateKey]`, and the index fingerprint uses the stats row's write sequence; in Chromium
 * every index entry is extra writes per stored bulletin, so an import stores faster without them.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  bulletins: 'id, [trashed+dateKey], *tags, batchId, contentHash',
} as const;

/**
 * Version 5: imported files are kept (`originals`, keyed by the SHA-256 of their bytes); a bulletin
 * names its file in `originalId`, which is not indexed: an index entry per imported bulletin made raw
 * summary writes ~34% slower in Chromium (median of 16 alternating runs of 2,000 rows, measured).
 * Each original counts its linked bulletins instead (`links`). Existing rows need no upgrade pass.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  originals: 'id',
} as const;

/** One kept file: its metadata, its bytes (a Blob, which browsers store by reference) and its link count. */
export interface OriginalRow extends OriginalFileMeta {
  blob: Blob;
  /**
   * How many stored bulletins (live or in the Trash) link to it; kept by the writes that add or
   * delete bulletins for good (import, undo, empty Trash) and recounted by a restore.
   */
  links: number;
}

/** A version-1 bulletin row, as the first release stored it. */
export interface BulletinRowV1 {
  id: string;
  title: string;
  date: string | null;
  datePrecision: DatePrecision;
  place: string | null;
  language: Language;
  countries: string[];
  organisations: string[];
  tags: string[];
  sourceFile: string;
  batchId: string;
  contentHash: string;
  body: string;
  bodyHtml: string | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  excerpt?: string;
}

const UPGRADE_PAGE = 500;

/** Splits one v1 row into its v2 summary row and body. */
export function upgradeRowV1(old: BulletinRowV1): { row: SummaryRow; body: BulletinBody } {
  const { body, bodyHtml, deletedAt, excerpt, ...rest } = old;
  const row: SummaryRow = {
    ...rest,
    tags: rest.tags ?? [],
    countries: rest.countries ?? [],
    organisations: rest.organisations ?? [],
    excerpt: excerpt ?? makeExcerpt(body ?? ''),
    deletedAt: deletedAt ?? 0,
    trashed: deletedAt ? 1 : 0,
    dateKey: rest.date ?? '',
  };
  return { row, body: { id: old.id, body: body ?? '', bodyHtml: bodyHtml ?? null } };
}

/** v1 → v2: pages through bulletins by primary key (bounded memory) moving bodies out. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const bulletins = tx.table<BulletinRowV1 | SummaryRow, string>('bulletins');
  const bodies = tx.table<BulletinBody, string>('bodies');
  let last: string | null = null;
  for (;;) {
    const coll = last === null ? bulletins.orderBy(':id') : bulletins.where(':id').above(last);
    const page = (await coll.limit(UPGRADE_PAGE).toArray()) as BulletinRowV1[];
    const lastRow = page[page.length - 1];
    if (!lastRow) break;
    const upgraded = page.map(upgradeRowV1);
    await bodies.bulkPut(upgraded.map((u) => u.body));
    await bulletins.bulkPut(upgraded.map((u) => u.row));
    last = lastRow.id;
  }
}

/** The archive database. Tables are declared, not initialised, so Dexie's own setup is kept. */
export class ArchiveDb extends Dexie {
  declare bulletins: Table<SummaryRow, string>;
  declare bodies: Table<BulletinBody, string>;
  declare tags: Table<Tag, string>;
  declare dossiers: Table<Dossier, string>;
  declare savedSearches: Table<SavedSearch, string>;
  declare rules: Table<TagRule, string>;
  declare batches: Table<ImportBatch, string>;
  declare kv: Table<KvRow, string>;
  declare searchIndex: Table<SearchIndexRow, number>;
  declare originals: Table<OriginalRow, string>;

  constructor(name: string = ARCHIVE_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
  }
}

let current: ArchiveDb | null = null;

/** The database every data function uses; opened lazily on first use with the default name. */
export function getArchiveDb(): ArchiveDb {
  current ??= new ArchiveDb();
  return current;
}

/**
 * Switches the data layer to a database with another name (tests, benchmarks, a second profile).
 * Closes the previous one. Returns the new database.
 */
export function useArchiveDb(name: string, options?: DexieOptions): ArchiveDb {
  current?.close();
  current = new ArchiveDb(name, options);
  return current;
}

/** Closes the current database connection (it reopens lazily on next use). */
export function closeArchiveDb(): void {
  current?.close();
  current = null;
}

/** The bulletins in the Trash (1) or not (0), through the leading part of the listing index. */
export function byTrashState(db: ArchiveDb, trashed: 0 | 1): Collection<SummaryRow, string> {
  return db.bulletins.where('[trashed+dateKey]').between([trashed, Dexie.minKey], [trashed, Dexie.maxKey], true, true);
}

/** Converts a stored row back to the public summary shape. */
export function rowToSummary(row: SummaryRow): BulletinSummary {
  const { trashed: _trashed, dateKey: _dateKey, deletedAt, ...rest } = row;
  return { ...rest, deletedAt: deletedAt === 0 ? null : deletedAt };
}

/** Converts a public summary to its stored row. */
export function summaryToRow(summary: BulletinSummary): SummaryRow {
  const deletedAt = summary.deletedAt ?? 0;
  return { ...summary, deletedAt, trashed: deletedAt ? 1 : 0, dateKey: summary.date ?? '' };
}
