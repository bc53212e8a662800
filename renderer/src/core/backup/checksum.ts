/**
 * The backup's checksum (format version 3): a SHA-256 over its records, so a backup damaged after
 * export (a changed letter, a bit flipped on a disk) is refused whole instead of restored. Each
 * record also has a short sum of its own, so the refusal can say which record was damaged.
 *
 * A record's canonical text is `JSON.stringify(record, fields)`: its known fields in a fixed order,
 * whatever order or extra fields the object had. A writer may add records one at a time (a
 * streaming export), in the order the file lists its tables.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { jsonChunks } from './json-chunks';
import { recordChecks } from './records';

export const CHECKSUM_ALGORITHM = 'sha-256';

/** The tables a checksum covers, in the order they appear in the file. */
export const CHECKSUM_TABLES = ['bulletins', 'tags', 'dossiers', 'savedSearches', 'rules', 'glossary', 'originals'] as const;
export type ChecksumTable = (typeof CHECKSUM_TABLES)[number];

export interface BackupChecksums {
  algorithm: typeof CHECKSUM_ALGORITHM;
  /** SHA-256 (64 hex digits) over every table's record sums. */
  all: string;
  /** Per table, one sum per record in file order: the first 16 hex digits of its text's SHA-256. */
  records: Partial<Record<ChecksumTable, string[]>>;
}

const FIELDS: Record<ChecksumTable, string[]> = recordChecks(0).fields;

/**
 * The canonical text of one record of `table`: the same as `JSON.stringify(item, fields)` for
 * these flat records, built field by field because the replacer form of stringify is several
 * times slower (measured: it tripled the cost of writing a backup).
 */
export function recordText(table: ChecksumTable, item: object): string {
  const source = item as Record<string, unknown>;
  let out = '{';
  for (const key of FIELDS[table]) {
    const value = source[key];
    if (value === undefined) continue;
    if (out.length > 1) out += ',';
    out += `"${key}":${JSON.stringify(value)}`;
  }
  return `${out}}`;
}

const encoder = new TextEncoder();

/** Fields longer than this are hashed in pieces: a stored body may be longer than any string can be twice. */
const STREAM_FIELD_CHARS = 1 << 20;

/** The short sum of one record. */
export function recordSum(table: ChecksumTable, item: object): string {
  const source = item as Record<string, unknown>;
  const fields = FIELDS[table];
  const huge = fields.some((key) => {
    const value = source[key];
    return typeof value === 'string' && value.length > STREAM_FIELD_CHARS;
  });
  if (!huge) return bytesToHex(sha256(encoder.encode(recordText(table, item)))).slice(0, 16);
  // The same canonical text as recordText, fed to the hash in pieces.
  const hash = sha256.create();
  let first = true;
  hash.update(encoder.encode('{'));
  for (const key of fields) {
    const value = source[key];
    if (value === undefined) continue;
    hash.update(encoder.encode(`${first ? '' : ','}"${key}":`));
    first = false;
    for (const piece of jsonChunks(value)) hash.update(encoder.encode(piece));
  }
  hash.update(encoder.encode('}'));
  return bytesToHex(hash.digest()).slice(0, 16);
}

/** The overall checksum of the record sums (tables in CHECKSUM_TABLES order; absent tables skipped). */
export function overallSum(records: BackupChecksums['records']): string {
  const hash = sha256.create();
  for (const table of CHECKSUM_TABLES) {
    const sums = records[table];
    if (sums) hash.update(utf8ToBytes(`${table}\n${sums.join('\n')}\n`));
  }
  return bytesToHex(hash.digest());
}

/** Builds a backup's checksums record by record (for writers that stream). */
export class BackupChecksum {
  private readonly records: BackupChecksums['records'] = {};

  /** Adds one record; call in file order. Returns its sum. */
  add(table: ChecksumTable, item: object): string {
    const sum = recordSum(table, item);
    (this.records[table] ??= []).push(sum);
    return sum;
  }

  /** Marks a table present even when it has no records (an empty list is still covered). */
  table(table: ChecksumTable): this {
    this.records[table] ??= [];
    return this;
  }

  finish(): BackupChecksums {
    const records: BackupChecksums['records'] = {};
    for (const table of CHECKSUM_TABLES) {
      const sums = this.records[table];
      if (sums) records[table] = [...sums];
    }
    return { algorithm: CHECKSUM_ALGORITHM, all: overallSum(records), records };
  }
}
