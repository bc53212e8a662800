/**
 * Incoming team-archive documents are untrusted input, like an imported file: each is checked for
 * shape, types and sizes and built afresh from known fields only, and bulletin HTML goes through the
 * importer's sanitiser (injected: it needs a DOM). A bad document becomes a named error for the sync
 * status; it never throws past this module, so one bad document cannot stop the rest of a sync.
 */
import type { GlossaryEntry } from '../backup/format';
import { arrayOf, bool, fail, finite, matching, nullable, oneOf, optional, record, yes, type Check } from '../backup/validate';
import type { Bulletin, Dossier, OriginalFileMeta, SavedSearch, Tag, TagRule } from '../model';
import { isTagColor } from '../tags/colors';
import { parseDocId, type FieldHistoryEntry, type SyncRecord } from './docs';

/** Limits on what one document may carry (far above real bulletins, far below what hurts a laptop). */
export const SYNC_LIMITS = {
  idChars: 200,
  shortTextChars: 2_000,
  bodyChars: 2_000_000,
  bodyHtmlChars: 4_000_000,
  listItems: 5_000,
  historyItems: 50,
  originalBytes: 500 * 1024 * 1024,
} as const;

export type DocCheck = { ok: true; record: SyncRecord } | { ok: false; docId: string; error: string };

const capped = (max: number): Check<string> => (v, p) =>
  typeof v !== 'string' ? fail(p, 'must be text') : v.length > max ? fail(p, `is longer than ${max} characters`) : v;
const short = capped(SYNC_LIMITS.shortTextChars);
const id = matching(new RegExp(`^[^\\u0000-\\u001f]{1,${SYNC_LIMITS.idChars}}$`), 'a non-empty id');
const list = <T>(check: Check<T>): Check<T[]> => (v, p) =>
  Array.isArray(v) && v.length > SYNC_LIMITS.listItems ? fail(p, `has more than ${SYNC_LIMITS.listItems} items`) : arrayOf(check)(v, p);
const isoDate = matching(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2023-11-09');
const sha256 = matching(/^[0-9a-f]{64}$/, 'a SHA-256 hash (64 hex digits)');
const page: Check<number> = (v, p) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : fail(p, 'must be a page number'));
const color: Check<string> = (v, p) => (typeof v === 'string' && isTagColor(v) ? v : fail(p, 'must be a colour like #1f77b4'));
const json: Check<unknown> = (v, p) => (JSON.stringify(v ?? null).length <= SYNC_LIMITS.bodyChars ? v : fail(p, 'is too large'));

type BulletinDocShape = Omit<Bulletin, 'id' | 'batchId' | 'excerpt' | 'rev'> & { history?: FieldHistoryEntry[] };

const checkHistory: Check<FieldHistoryEntry> = record<FieldHistoryEntry>({ field: short, value: json, editedAt: finite, mergedAt: finite });

const checkBulletinDoc = record<BulletinDocShape>({
  title: short,
  date: nullable(isoDate),
  datePrecision: oneOf(['day', 'month', 'year', 'unknown']),
  dateEnd: optional(isoDate),
  dateApprox: optional(yes),
  yearInferred: optional(yes),
  place: nullable(short),
  language: oneOf(['es', 'en', 'other']),
  countries: list(short),
  organisations: list(short),
  tags: list(id),
  sourceFile: short,
  originalId: optional(sha256),
  sourcePage: optional(page),
  contentHash: short,
  createdAt: finite,
  updatedAt: finite,
  deletedAt: nullable(finite),
  body: capped(SYNC_LIMITS.bodyChars),
  bodyHtml: nullable(capped(SYNC_LIMITS.bodyHtmlChars)),
  history: optional((v, p) => {
    const items = list(checkHistory)(v, p);
    return items.slice(-SYNC_LIMITS.historyItems);
  }),
});

const checkTag = record<Omit<Tag, 'id'>>({ name: short, names: optional(record<NonNullable<Tag['names']>>({ en: optional(short), es: optional(short) })), color, parentId: nullable(id), createdAt: finite });
const checkDossier = record<Omit<Dossier, 'id'>>({
  title: short,
  subtitle: short,
  author: short,
  introduction: capped(SYNC_LIMITS.bodyChars),
  items: list(id),
  grouping: oneOf(['none', 'month', 'country', 'tag']),
  pageSize: oneOf(['A4', 'Letter']),
  language: optional(oneOf(['en', 'es'])),
  recipe: nullable(short),
  declined: list(id),
  lastRefreshedAt: nullable(finite),
  createdAt: finite,
  updatedAt: finite,
  deletedAt: nullable(finite),
});
const checkSavedSearch = record<Omit<SavedSearch, 'id'>>({ name: short, query: short, createdAt: finite, position: optional(finite) });
const checkRule = record<Omit<TagRule, 'id'>>({ query: short, tagId: id, enabled: bool, createdAt: finite });
const checkOriginal = record<Omit<OriginalFileMeta, 'id' | 'type'> & { mimeType: string }>({
  names: list(short),
  mimeType: short,
  size: (v, p) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= SYNC_LIMITS.originalBytes ? v : fail(p, 'must be a size in bytes within the limit'),
  importedAt: finite,
});
const checkGlossary = record<{ entries: GlossaryEntry[] }>({ entries: list(record<GlossaryEntry>({ es: short, en: short })) });

function message(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // The shared combinators word their errors for backup files; say what they mean here.
  return raw.replace(/^The backup file is damaged or not compatible: /, '');
}

/**
 * Checks one incoming document and maps it to an archive record.
 * @param sanitizeHtml the importer's HTML sanitiser (DOMPurify plus its second scrub).
 */
export function validateIncomingDoc(doc: unknown, sanitizeHtml: (html: string) => string): DocCheck {
  const rawId = typeof doc === 'object' && doc !== null ? (doc as { _id?: unknown })._id : undefined;
  const docId = typeof rawId === 'string' ? rawId.slice(0, SYNC_LIMITS.idChars + 20) : '(no id)';
  try {
    if (typeof rawId !== 'string') fail('_id', 'must be text');
    const parsed = parseDocId(rawId);
    if (!parsed) fail('_id', 'has an unknown type prefix');
    if (parsed.type !== 'glossary') id(parsed.id, '_id');
    const type = (doc as { type?: unknown }).type;
    if (type !== parsed.type) fail('type', `must be "${parsed.type}" for this id`);
    return { ok: true, record: toRecord(parsed.type, parsed.id, doc, sanitizeHtml) };
  } catch (error) {
    return { ok: false, docId, error: `${docId}: ${message(error)}` };
  }
}

function toRecord(type: SyncRecord['type'], recordId: string, doc: unknown, sanitizeHtml: (html: string) => string): SyncRecord {
  switch (type) {
    case 'bulletin': {
      const { history = [], ...fields } = checkBulletinDoc(doc, 'bulletin');
      const bodyHtml = fields.bodyHtml === null ? null : sanitizeHtml(fields.bodyHtml) || null;
      const value: Bulletin = { ...fields, bodyHtml, id: recordId, batchId: 'sync', excerpt: '' };
      return { type, value, history };
    }
    case 'tag':
      return { type, value: { id: recordId, ...checkTag(doc, 'tag') } };
    case 'dossier':
      return { type, value: { id: recordId, ...checkDossier(doc, 'dossier') } };
    case 'savedSearch':
      return { type, value: { id: recordId, ...checkSavedSearch(doc, 'savedSearch') } };
    case 'rule':
      return { type, value: { id: recordId, ...checkRule(doc, 'rule') } };
    case 'original': {
      sha256(recordId, '_id');
      const { mimeType, ...meta } = checkOriginal(doc, 'original');
      return { type, value: { id: recordId, type: mimeType, ...meta } };
    }
    case 'glossary':
      return { type, value: checkGlossary(doc, 'glossary').entries };
  }
}
