/**
 * The record shapes of a backup and the checks of each field: real calendar dates, timestamps in
 * a sane range, content hashes that match the text. A check returns a clean copy built from the
 * known fields only, or throws naming the record and the field.
 */
import type { Bulletin, Dossier, OriginalFileMeta, SavedSearch, Tag, TagRule } from '../model';
import { contentHash } from '../import/hash';
import { isTagColor } from '../tags/colors';
import { arrayOf, bool, yes, fail, matching, nullable, oneOf, optional, record, text, type Check, type Shape } from './validate';

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

/** Slack for clocks a little ahead of the machine that restores (a backup from a laptop set a day fast). */
const CLOCK_SLACK_MS = 24 * 3600 * 1000;

/** `YYYY-MM-DD` naming a day that exists (`2023-19-26` and `2023-02-30` do not). */
export const calendarDate: Check<string> = (v, p) => {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return fail(p, 'must be a date like 2023-11-09');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) {
    return fail(p, `must be a real calendar date (${String(v)} is not)`);
  }
  return v as string;
};

/** Milliseconds since 1970, no later than `now` (plus a day of clock slack). */
export function timestamp(now: number): Check<number> {
  const latest = now + CLOCK_SLACK_MS;
  return (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(p, 'must be a number');
    if (v < 0 || v > latest) return fail(p, `must be a time between 1970 and today (${String(v)} is ${new Date(v).getUTCFullYear() || 'out of range'})`);
    return v;
  };
}

const id = matching(/^.{1,200}$/s, 'a non-empty id');
const ids = arrayOf(id);
export const sha256Hex = matching(/^[0-9a-f]{64}$/, 'a SHA-256 hash (64 hex digits)');
const page: Check<number> = (v, p) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : fail(p, 'must be a page number'));
const count: Check<number> = (v, p) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : fail(p, 'must be a whole number (0 or more)'));
const base64 = matching(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 text');
const color: Check<string> = (v, p) => (typeof v === 'string' && isTagColor(v) ? v : fail(p, 'must be a colour like #1f77b4'));

/** The record checks of one backup, with timestamps bounded by `now`. */
export function recordChecks(now: number) {
  const time = timestamp(now);
  const bulletinShape: Shape<Bulletin> = {
    id,
    title: text,
    date: nullable(calendarDate),
    datePrecision: oneOf(['day', 'month', 'year', 'unknown']),
    dateEnd: optional(calendarDate),
    dateApprox: optional(yes),
    yearInferred: optional(yes),
    place: nullable(text),
    language: oneOf(['es', 'en', 'other']),
    countries: arrayOf(text),
    organisations: arrayOf(text),
    tags: ids,
    sourceFile: text,
    originalId: optional(sha256Hex),
    sourcePage: optional(page),
    batchId: text,
    contentHash: text,
    excerpt: text,
    createdAt: time,
    updatedAt: time,
    rev: optional(count),
    deletedAt: nullable(time),
    body: text,
    bodyHtml: nullable(text),
  };
  const plainBulletin = record<Bulletin>(bulletinShape);
  const bulletin: Check<Bulletin> = (v, p) => {
    const b = plainBulletin(v, p);
    // The hash is computed from title and body: a letter changed in either no longer matches it.
    if (b.contentHash !== contentHash(b.title, b.body)) fail(`${p}.contentHash`, `does not match the bulletin's title and text (bulletin "${b.title.slice(0, 60)}")`);
    return b;
  };
  const tagNames = record<NonNullable<Tag['names']>>({ en: optional(text), es: optional(text) });
  const tagShape: Shape<Tag> = { id, name: text, names: optional(tagNames), color, parentId: nullable(id), createdAt: time };
  const dossierShape: Shape<Dossier> = {
    id,
    title: text,
    subtitle: text,
    author: text,
    introduction: text,
    items: ids,
    grouping: oneOf(['none', 'month', 'country', 'tag']),
    pageSize: oneOf(['A4', 'Letter']),
    language: optional(oneOf(['en', 'es'])),
    recipe: nullable(text),
    declined: ids,
    lastRefreshedAt: nullable(time),
    createdAt: time,
    updatedAt: time,
    deletedAt: nullable(time),
  };
  const savedSearchShape: Shape<SavedSearch> = { id, name: text, query: text, createdAt: time, position: optional(count) };
  const ruleShape: Shape<TagRule> = { id, query: text, tagId: id, enabled: bool, createdAt: time };
  const originalShape: Shape<BackupOriginal> = { id: sha256Hex, names: arrayOf(text), type: text, size: count, importedAt: time, data: arrayOf(base64) };
  const glossaryShape: Shape<GlossaryEntry> = { es: text, en: text };
  return {
    bulletin,
    tag: record<Tag>(tagShape),
    dossier: record<Dossier>(dossierShape),
    savedSearch: record<SavedSearch>(savedSearchShape),
    rule: record<TagRule>(ruleShape),
    original: record<BackupOriginal>(originalShape),
    glossary: record<GlossaryEntry>(glossaryShape),
    /** Each table's field names, in order: the canonical form the checksum is taken over. */
    fields: {
      bulletins: Object.keys(bulletinShape),
      tags: Object.keys(tagShape),
      dossiers: Object.keys(dossierShape),
      savedSearches: Object.keys(savedSearchShape),
      rules: Object.keys(ruleShape),
      glossary: Object.keys(glossaryShape),
      // An original's bytes are checked against its SHA-256 id; the checksum covers its metadata.
      originals: Object.keys(originalShape).filter((k) => k !== 'data'),
    },
  };
}
