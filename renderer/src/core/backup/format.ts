/**
 * The app's own export/backup file format ("Export archive", and the JSON importer).
 * Versioned so that older files can be read and unknown versions refused clearly.
 */
import type { Bulletin, Dossier, SavedSearch, Tag, TagRule } from '../model';
import { jsonChunks } from './json-chunks';
import { CHECKSUM_ALGORITHM, CHECKSUM_TABLES, BackupChecksum, overallSum, recordSum, type BackupChecksums, type ChecksumTable } from './checksum';
import { recordChecks, sha256Hex, type BackupOriginal, type GlossaryEntry } from './records';
import { checkReferences } from './references';
import { decodeBackupBytes } from './utf8';
import { arrayOf, BackupFormatError, fail, matching, oneOf, record, text } from './validate';

export { BackupFormatError } from './validate';
export type { BackupOriginal, GlossaryEntry } from './records';
export type { BackupChecksums } from './checksum';

export const BACKUP_FORMAT = 'pa-bulletin-archive';
/**
 * 2: optional kept originals (`originals`) and each bulletin's link to its file and page.
 * 3: `checksum` over the records (required from 3 on); bulletins may carry `rev`.
 */
export const BACKUP_VERSION = 3;
/** The first version whose files must carry a checksum. */
export const CHECKSUM_VERSION = 3;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  bulletins: Bulletin[];
  tags: Tag[];
  dossiers: Dossier[];
  savedSearches: SavedSearch[];
  rules: TagRule[];
  /** User-edited glossary, when it differs from the built-in one. */
  glossary?: GlossaryEntry[];
  /** Kept originals, when the export included them (version 2+). */
  originals?: BackupOriginal[];
  /** Checksums over the records (version 3+); `serializeBackup` computes them. */
  checksum?: BackupChecksums;
}

export interface ValidateOptions {
  /** The time timestamps may not be later than (plus a day); defaults to now. */
  now?: number;
  /**
   * Verify the checksum (default true). Only for an object this app's parser already verified and
   * then changed itself (a restore sanitises `bodyHtml` before storing): every other check still runs.
   */
  verifyChecksum?: boolean;
}

const checkChecksumShape = record<BackupChecksums>({
  algorithm: oneOf([CHECKSUM_ALGORITHM]),
  all: sha256Hex,
  records: (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(p, 'must be an object');
    const source = v as Record<string, unknown>;
    const out: BackupChecksums['records'] = {};
    for (const table of CHECKSUM_TABLES) {
      if (source[table] !== undefined) out[table] = arrayOf(matching(/^[0-9a-f]{16}$/, 'a record sum (16 hex digits)'))(source[table], `${p}.${table}`);
    }
    return out;
  },
});

/** A short way to name a record in a message: its id, or for glossary pairs their words. */
function describe(item: object): string {
  const r = item as { id?: unknown; title?: unknown; name?: unknown; es?: unknown };
  const label = typeof r.title === 'string' ? r.title : typeof r.name === 'string' ? r.name : typeof r.es === 'string' ? r.es : '';
  const idPart = typeof r.id === 'string' ? `id "${r.id.slice(0, 40)}"` : '';
  return [idPart, label ? `“${label.slice(0, 60)}”` : ''].filter(Boolean).join(', ');
}

/**
 * Refuses a file whose records do not match its checksum, naming the first damaged record.
 * @throws BackupFormatError
 */
function verifyChecksum(file: BackupFile, checksum: BackupChecksums): void {
  const tables: Record<ChecksumTable, ReadonlyArray<object> | undefined> = {
    bulletins: file.bulletins,
    tags: file.tags,
    dossiers: file.dossiers,
    savedSearches: file.savedSearches,
    rules: file.rules,
    glossary: file.glossary,
    originals: file.originals,
  };
  for (const table of CHECKSUM_TABLES) {
    const items = tables[table];
    const sums = checksum.records[table];
    if (items === undefined && sums === undefined) continue;
    if (items === undefined || sums === undefined || items.length !== sums.length) {
      throw new BackupFormatError(
        `The backup file is damaged: it lists ${items?.length ?? 0} ${table} but its checksum covers ${sums?.length ?? 0}.`,
      );
    }
    items.forEach((item, i) => {
      if (recordSum(table, item) !== sums[i]) {
        throw new BackupFormatError(`The backup file is damaged: ${table}[${i}] (${describe(item)}) does not match its checksum — it was changed after the export.`);
      }
    });
  }
  if (overallSum(checksum.records) !== checksum.all) throw new BackupFormatError('The backup file is damaged: its checksum list does not match its overall checksum.');
}

/** The checksums of a whole backup object (for writers that hold it all; streaming ones use BackupChecksum). */
export function backupChecksum(file: Omit<BackupFile, 'checksum'>): BackupChecksums {
  const sum = new BackupChecksum();
  const add = (table: ChecksumTable, items: ReadonlyArray<object> | undefined) => {
    if (!items) return;
    sum.table(table);
    for (const item of items) sum.add(table, item);
  };
  add('bulletins', file.bulletins);
  add('tags', file.tags);
  add('dossiers', file.dossiers);
  add('savedSearches', file.savedSearches);
  add('rules', file.rules);
  add('glossary', file.glossary);
  add('originals', file.originals);
  return sum.finish();
}

/**
 * Checks an already-parsed value and returns a clean `BackupFile` built from known fields only:
 * every field (real dates, sane timestamps, content hashes matching the text), every reference
 * (tags, parents, originals, dossier items, rules), and from version 3 the checksum. A file that
 * fails any check is refused whole.
 * @throws BackupFormatError with a human-readable reason naming the record and field.
 */
export function validateBackup(value: unknown, options: ValidateOptions = {}): BackupFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BackupFormatError('This file is not a PA Bulletin Archive backup (it does not contain a backup object).');
  }
  const v = value as Record<string, unknown>;
  if (v.format !== BACKUP_FORMAT) {
    const got = typeof v.format === 'string' ? ` (its format is "${v.format.slice(0, 60)}")` : '';
    throw new BackupFormatError(`This file is not a PA Bulletin Archive backup${got}.`);
  }
  if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 1) {
    throw new BackupFormatError('This backup has no valid version number, so it cannot be read safely.');
  }
  if (v.version > BACKUP_VERSION) {
    throw new BackupFormatError(
      `This backup version ${v.version} is newer than this app supports (${BACKUP_VERSION}). Update the app to restore it.`,
    );
  }
  const checks = recordChecks(options.now ?? Date.now());
  const verify = options.verifyChecksum ?? true;
  const checksum = v.checksum === undefined || !verify ? undefined : checkChecksumShape(v.checksum, 'checksum');
  if (!checksum && verify && v.version >= CHECKSUM_VERSION) throw new BackupFormatError('The backup file is damaged: its checksum is missing.');
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: v.version,
    exportedAt: text(v.exportedAt, 'exportedAt'),
    bulletins: arrayOf(checks.bulletin)(v.bulletins, 'bulletins'),
    tags: arrayOf(checks.tag)(v.tags, 'tags'),
    dossiers: arrayOf(checks.dossier)(v.dossiers, 'dossiers'),
    savedSearches: arrayOf(checks.savedSearch)(v.savedSearches, 'savedSearches'),
    rules: arrayOf(checks.rule)(v.rules, 'rules'),
    ...(v.glossary === undefined ? {} : { glossary: arrayOf(checks.glossary)(v.glossary, 'glossary') }),
    ...(v.originals === undefined ? {} : { originals: arrayOf(checks.original)(v.originals, 'originals') }),
  };
  if (checksum) {
    verifyChecksum(file, checksum);
    file.checksum = checksum;
  }
  checkReferences(file);
  return file;
}

/**
 * Parses and validates backup text.
 * @throws BackupFormatError for malformed JSON, another format, an unknown/newer version or bad records.
 */
export function parseBackupText(textContent: string, options: ValidateOptions = {}): BackupFile {
  let value: unknown;
  try {
    value = JSON.parse(textContent.charCodeAt(0) === 0xfeff ? textContent.slice(1) : textContent);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new BackupFormatError(`This file is not a valid backup: it is not well-formed JSON${detail}.`);
  }
  return validateBackup(value, options);
}

/**
 * Parses and validates a backup file's bytes, refusing invalid UTF-8 (never guessed at).
 * @throws BackupFormatError
 */
export function parseBackupBytes(bytes: Uint8Array, options: ValidateOptions = {}): BackupFile {
  return parseBackupText(decodeBackupBytes(bytes), options);
}

/** The parts of a backup, before format/version/time are stamped on. */
export type BackupContent = Omit<BackupFile, 'format' | 'version' | 'exportedAt' | 'checksum'>;

/** Builds a current-version backup object. */
export function createBackupFile(content: BackupContent, exportedAt: Date = new Date()): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), ...content };
}

/** The backup with its keys in file order and, from version 3, its checksum written last. */
export function orderedBackup(file: BackupFile): BackupFile {
  const ordered: BackupFile = {
    format: file.format,
    version: file.version,
    exportedAt: file.exportedAt,
    bulletins: file.bulletins,
    tags: file.tags,
    dossiers: file.dossiers,
    savedSearches: file.savedSearches,
    rules: file.rules,
    ...(file.glossary ? { glossary: file.glossary } : {}),
    ...(file.originals ? { originals: file.originals } : {}),
  };
  if (file.version >= CHECKSUM_VERSION) ordered.checksum = backupChecksum(ordered);
  return ordered;
}

/** Serialises a backup as compact JSON (archives are large; whitespace would add ~15%). */
export function serializeBackup(file: BackupFile): string {
  return JSON.stringify(orderedBackup(file));
}

/**
 * The same JSON as `serializeBackup`, in pieces that are never one giant string (issue 23): what
 * `Export archive` and the desktop snapshots write.
 */
export function serializeBackupChunks(file: BackupFile): Generator<string> {
  return jsonChunks(orderedBackup(file));
}
