/**
 * Mapping between archive records and CouchDB documents for the team archive. Each record type has
 * its own `_id` prefix, so one database holds them all and a server-side `validate_doc_update` can
 * tell them apart. Fields that only make sense on one laptop (import batch, list excerpt, the local
 * stale-edit revision) stay out of the documents.
 */
import type { GlossaryEntry } from '../backup/format';
import type { Bulletin, Dossier, OriginalFileMeta, SavedSearch, Tag, TagRule } from '../model';

export const DOC_PREFIX = {
  bulletin: 'bulletin:',
  tag: 'tag:',
  dossier: 'dossier:',
  savedSearch: 'search:',
  rule: 'rule:',
  original: 'original:',
  glossary: 'settings:',
} as const;

export type SyncDocType = keyof typeof DOC_PREFIX;

/** The one glossary document (the glossary is a single list, edited as a whole). */
export const GLOSSARY_DOC_ID = 'settings:glossary';
/** The name of a kept original's bytes on its document. */
export const ORIGINAL_ATTACHMENT = 'file';

/** A value one side lost in a merge, kept on the bulletin so nothing disappears silently. */
export interface FieldHistoryEntry {
  field: string;
  /** The value that lost (JSON-compatible). */
  value: unknown;
  /** When the losing edit was made (its document's `updatedAt`). */
  editedAt: number;
  /** When the merge replaced it. */
  mergedAt: number;
}

/** A bulletin as synced: the stored bulletin without the laptop-local fields, plus merge history. */
export type BulletinDocFields = Omit<Bulletin, 'id' | 'batchId' | 'excerpt' | 'rev'> & { history?: FieldHistoryEntry[] };

export interface DocBase {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
}

export type BulletinDoc = DocBase & { type: 'bulletin' } & BulletinDocFields;
export type TagDoc = DocBase & { type: 'tag' } & Omit<Tag, 'id'>;
export type DossierDoc = DocBase & { type: 'dossier' } & Omit<Dossier, 'id'>;
export type SavedSearchDoc = DocBase & { type: 'savedSearch' } & Omit<SavedSearch, 'id'>;
export type RuleDoc = DocBase & { type: 'rule' } & Omit<TagRule, 'id'>;
/** A kept original; its MIME type is `mimeType`, since `type` names the document type. */
export type OriginalDoc = DocBase & { type: 'original'; mimeType: string } & Omit<OriginalFileMeta, 'id' | 'type'>;
export type GlossaryDoc = DocBase & { type: 'glossary'; entries: GlossaryEntry[]; updatedAt: number };

export type SyncDoc = BulletinDoc | TagDoc | DossierDoc | SavedSearchDoc | RuleDoc | OriginalDoc | GlossaryDoc;

/** An archive record in the neutral shape the bridge writes to the local store. */
export type SyncRecord =
  | { type: 'bulletin'; value: Bulletin; history: FieldHistoryEntry[] }
  | { type: 'tag'; value: Tag }
  | { type: 'dossier'; value: Dossier }
  | { type: 'savedSearch'; value: SavedSearch }
  | { type: 'rule'; value: TagRule }
  | { type: 'original'; value: OriginalFileMeta }
  | { type: 'glossary'; value: GlossaryEntry[] };

export function docId(type: SyncDocType, id: string): string {
  return type === 'glossary' ? GLOSSARY_DOC_ID : `${DOC_PREFIX[type]}${id}`;
}

/** The record type and record id a document id names, or null for ids that are not ours (`_design/…`). */
export function parseDocId(id: string): { type: SyncDocType; id: string } | null {
  if (id === GLOSSARY_DOC_ID) return { type: 'glossary', id: 'glossary' };
  for (const [type, prefix] of Object.entries(DOC_PREFIX) as Array<[SyncDocType, string]>) {
    if (type !== 'glossary' && id.startsWith(prefix) && id.length > prefix.length) return { type, id: id.slice(prefix.length) };
  }
  return null;
}

/** Fields of a bulletin that stay on the laptop (import batch, list excerpt, local revision counter). */
const LOCAL_BULLETIN_FIELDS = new Set(['id', 'batchId', 'excerpt', 'rev']);

export function bulletinToDoc(bulletin: Bulletin, history: readonly FieldHistoryEntry[] = []): BulletinDoc {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(bulletin)) if (!LOCAL_BULLETIN_FIELDS.has(key) && value !== undefined) fields[key] = value;
  const doc = { _id: docId('bulletin', bulletin.id), type: 'bulletin', ...fields } as BulletinDoc;
  if (history.length > 0) doc.history = [...history];
  return doc;
}

function withoutId<T extends { id: string }>(value: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = value;
  return rest;
}

/** The document for a record (without `_rev`; the sync copy adds the revision it builds on). */
export function recordToDoc(record: SyncRecord): SyncDoc {
  switch (record.type) {
    case 'bulletin':
      return bulletinToDoc(record.value, record.history);
    case 'tag':
      return { _id: docId('tag', record.value.id), type: 'tag', ...withoutId(record.value) };
    case 'dossier':
      return { _id: docId('dossier', record.value.id), type: 'dossier', ...withoutId(record.value) };
    case 'savedSearch':
      return { _id: docId('savedSearch', record.value.id), type: 'savedSearch', ...withoutId(record.value) };
    case 'rule':
      return { _id: docId('rule', record.value.id), type: 'rule', ...withoutId(record.value) };
    case 'original': {
      const { id, type: mimeType, ...meta } = record.value;
      return { _id: docId('original', id), type: 'original', mimeType, ...meta };
    }
    case 'glossary':
      return { _id: GLOSSARY_DOC_ID, type: 'glossary', entries: record.value, updatedAt: 0 };
  }
}

/** The fields two documents are compared on: everything but CouchDB's own bookkeeping. */
export function docContent(doc: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_') && value !== undefined) out[key] = value;
  return out;
}

/** Stable JSON (sorted keys), so equal content compares equal whatever the key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** True when two documents carry the same record content (history and revisions aside). */
export function sameContent(a: object, b: object, ignore: readonly string[] = ['history']): boolean {
  const skip = new Set(ignore);
  const strip = (doc: object): Record<string, unknown> =>
    Object.fromEntries(Object.entries(docContent(doc)).filter(([key]) => !skip.has(key)));
  return stableJson(strip(a)) === stableJson(strip(b));
}

/**
 * A record's content as one string (what its document would carry, history aside): two reads of a
 * record compare equal exactly when nothing about it changed in between.
 */
export function recordFingerprint(record: SyncRecord): string {
  const { history: _history, ...content } = docContent(recordToDoc(record));
  return stableJson(content);
}
