/**
 * The app's own export/backup file format ("Export archive", and the JSON importer).
 * Versioned so that older files can be read and unknown versions refused clearly.
 */
import type { Bulletin, Dossier, OriginalFileMeta, SavedSearch, Tag, TagRule } from '../model';
import { isTagColor } from '../tags/colors';
import { arrayOf, bool, BackupFormatError, fail, finite, matching, nullable, oneOf, optional, record, text, type Check } from './validate';

export { BackupFormatError } from './validate';

export const BACKUP_FORMAT = 'pa-bulletin-archive';
/** 2: optional kept originals (`originals`) and each bulletin's link to its file and page. */
export const BACKUP_VERSION = 2;

/** One glossary pair for bilingual search expansion ("pesca" ↔ "fisheries"). */
export interface GlossaryEntry {
  es: string;
  en: string;
}

/**
 * A kept original in a backup: its metadata and its bytes as base64, in slices (each decodes on its
 * own), so neither side needs the whole file as one string. Restore checks the bytes hash to `id`.
 */
export interface BackupOriginal extends OriginalFileMeta {
  data: string[];
}

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
}

const isoDate = matching(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2023-11-09');
const id = matching(/^.{1,200}$/s, 'a non-empty id');
const ids = arrayOf(id);
const sha256 = matching(/^[0-9a-f]{64}$/, 'a SHA-256 hash (64 hex digits)');
const page: Check<number> = (v, p) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : fail(p, 'must be a page number'));
const size: Check<number> = (v, p) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : fail(p, 'must be a size in bytes'));
const base64 = matching(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 text');
const yes: Check<true> = (v, p) => (v === true ? true : fail(p, 'must be true'));
const color: Check<string> = (v, p) => (typeof v === 'string' && isTagColor(v) ? v : fail(p, 'must be a colour like #1f77b4'));

const checkBulletin = record<Bulletin>({
  id,
  title: text,
  date: nullable(isoDate),
  datePrecision: oneOf(['day', 'month', 'year', 'unknown']),
  dateEnd: optional(isoDate),
  dateApprox: optional(yes),
  yearInferred: optional(yes),
  place: nullable(text),
  language: oneOf(['es', 'en', 'other']),
  countries: arrayOf(text),
  organisations: arrayOf(text),
  tags: ids,
  sourceFile: text,
  originalId: optional(sha256),
  sourcePage: optional(page),
  batchId: text,
  contentHash: text,
  excerpt: text,
  createdAt: finite,
  updatedAt: finite,
  deletedAt: nullable(finite),
  body: text,
  bodyHtml: nullable(text),
});

const checkTag = record<Tag>({ id, name: text, color, parentId: nullable(id), createdAt: finite });

const checkDossier = record<Dossier>({
  id,
  title: text,
  subtitle: text,
  author: text,
  introduction: text,
  items: ids,
  grouping: oneOf(['none', 'month', 'country', 'tag']),
  pageSize: oneOf(['A4', 'Letter']),
  recipe: nullable(text),
  declined: ids,
  lastRefreshedAt: nullable(finite),
  createdAt: finite,
  updatedAt: finite,
  deletedAt: nullable(finite),
});

const checkSavedSearch = record<SavedSearch>({ id, name: text, query: text, createdAt: finite });
const checkRule = record<TagRule>({ id, query: text, tagId: id, enabled: bool, createdAt: finite });
const checkOriginal = record<BackupOriginal>({
  id: sha256,
  names: arrayOf(text),
  type: text,
  size,
  importedAt: finite,
  data: arrayOf(base64),
});
const checkGlossary = arrayOf(record<GlossaryEntry>({ es: text, en: text }));

function uniqueIds(items: ReadonlyArray<{ id: string }>, table: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new BackupFormatError(`The backup file is damaged: ${table} contains id "${item.id}" twice.`);
    seen.add(item.id);
  }
}

/** Rejects parent cycles; detaches tags whose parent is not in the file. */
function checkTagTree(tags: Tag[]): Tag[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const fixed = tags.map((t) => (t.parentId !== null && !byId.has(t.parentId) ? { ...t, parentId: null } : t));
  const parentOf = new Map(fixed.map((t) => [t.id, t.parentId]));
  for (const t of fixed) {
    const seen = new Set<string>();
    let cur: string | null | undefined = t.id;
    while (cur) {
      if (seen.has(cur)) throw new BackupFormatError(`The backup file is damaged: tag "${t.name}" is its own ancestor.`);
      seen.add(cur);
      cur = parentOf.get(cur);
    }
  }
  return fixed;
}

/**
 * Checks an already-parsed value and returns a clean `BackupFile` built from known fields only.
 * References to tags missing from the file are dropped rather than rejected.
 * @throws BackupFormatError with a human-readable reason.
 */
export function validateBackup(value: unknown): BackupFile {
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
  const tags = checkTagTree(arrayOf(checkTag)(v.tags, 'tags'));
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: v.version,
    exportedAt: text(v.exportedAt, 'exportedAt'),
    bulletins: arrayOf(checkBulletin)(v.bulletins, 'bulletins'),
    tags,
    dossiers: arrayOf(checkDossier)(v.dossiers, 'dossiers'),
    savedSearches: arrayOf(checkSavedSearch)(v.savedSearches, 'savedSearches'),
    rules: arrayOf(checkRule)(v.rules, 'rules'),
    ...(v.glossary === undefined ? {} : { glossary: checkGlossary(v.glossary, 'glossary') }),
    ...(v.originals === undefined ? {} : { originals: arrayOf(checkOriginal)(v.originals, 'originals') }),
  };
  uniqueIds(file.bulletins, 'bulletins');
  uniqueIds(file.tags, 'tags');
  uniqueIds(file.dossiers, 'dossiers');
  uniqueIds(file.savedSearches, 'savedSearches');
  uniqueIds(file.rules, 'rules');
  uniqueIds(file.originals ?? [], 'originals');
  const tagIds = new Set(tags.map((t) => t.id));
  for (const b of file.bulletins) b.tags = [...new Set(b.tags.filter((t) => tagIds.has(t)))];
  file.rules = file.rules.filter((r) => tagIds.has(r.tagId));
  return file;
}

/**
 * Parses and validates backup text.
 * @throws BackupFormatError for malformed JSON, another format, an unknown/newer version or bad records.
 */
export function parseBackupText(textContent: string): BackupFile {
  let value: unknown;
  try {
    value = JSON.parse(textContent.charCodeAt(0) === 0xfeff ? textContent.slice(1) : textContent);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new BackupFormatError(`This file is not a valid backup: it is not well-formed JSON${detail}.`);
  }
  return validateBackup(value);
}

/** The parts of a backup, before format/version/time are stamped on. */
export type BackupContent = Omit<BackupFile, 'format' | 'version' | 'exportedAt'>;

/** Builds a current-version backup object. */
export function createBackupFile(content: BackupContent, exportedAt: Date = new Date()): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), ...content };
}

/** Serialises a backup as compact JSON (archives are large; whitespace would add ~15%). */
export function serializeBackup(file: BackupFile): string {
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
  return JSON.stringify(ordered);
}
