/**
 * Applying pulled changes without losing an edit made on this laptop meanwhile. A sync writes this
 * laptop's changes into the copy, then pushes and pulls for a while; an edit made in that window is
 * in the archive but not in the copy. Writing the copy's version over it would lose it (and the next
 * export would find nothing to send). So each incoming record is compared with the revision of the
 * copy the archive was last in step with (its *base*, kept by InStepMap): unchanged since → the incoming
 * record is stored; changed since → it is merged three-way (base, this laptop, incoming) like any
 * conflict, the merge is written into the copy to be pushed, and stored; the copy holding nothing
 * newer than the base → the local edit is kept and goes out with the next export.
 */
import { docContent, parseDocId, recordFingerprint, recordToDoc, sameContent, type SyncDocType, type SyncRecord } from '../../../core/sync/docs';
import { mergeDocs, type DocFields, type FieldConflict } from '../../../core/sync/merge';
import { validateIncomingDoc } from '../../../core/sync/validate-doc';
import * as sync from '../../../data/sync';

/** Document id → the copy revision this laptop's archive is in step with for that document. */
export type Bases = Map<string, string>;

export interface IncomingDoc {
  record: SyncRecord;
  /** The document as the copy holds it now (its current winner). */
  doc: sync.PouchDoc;
}

export interface LocalMerge {
  docId: string;
  type: SyncDocType;
  fields: FieldConflict[];
  merged: DocFields;
  /** This laptop's content before the merge. */
  before: DocFields;
}

export interface GuardedPage {
  put: SyncRecord[];
  deleted: Array<{ type: SyncDocType; id: string }>;
  /** The local state the decisions were made on (see IncomingBatch.expect). */
  expect: Map<string, string | null>;
  /** Once the page is stored: the revision each document is in step with (null: deleted). */
  settled: Map<string, string | null>;
  merges: LocalMerge[];
}

/**
 * Not local edits: merge history lives only in documents, and the archive recomputes a bulletin's
 * content hash when it stores one (a document may carry a stale one).
 */
const NOT_EDITS = ['history', 'contentHash'];

async function readLocal(docIds: readonly string[]): Promise<Map<string, SyncRecord>> {
  const byType = new Map<SyncDocType, string[]>();
  for (const id of docIds) {
    const parsed = parseDocId(id);
    if (parsed) byType.set(parsed.type, [...(byType.get(parsed.type) ?? []), parsed.id]);
  }
  const out = new Map<string, SyncRecord>();
  for (const [type, ids] of byType) for (const record of await sync.readLocalRecords({ type, ids })) out.set(recordToDoc(record)._id, record);
  return out;
}

/** True when the archive's record still equals the base revision (no edit here since). */
async function unchangedSinceBase(copy: sync.SyncCopy, id: string, base: string | undefined, local: SyncRecord): Promise<{ unchanged: boolean; baseDoc: sync.PouchDoc | null }> {
  const baseDoc = base ? await copy.revision(id, base) : null;
  return { unchanged: baseDoc !== null && sameContent(baseDoc, recordToDoc(local), NOT_EDITS), baseDoc };
}

/**
 * Decides what of one page of incoming changes is stored, merging where this laptop edited the same
 * record since its base. Without bases (none known yet in this window) incoming records are stored.
 */
export async function guardPage(
  copy: sync.SyncCopy,
  incoming: readonly IncomingDoc[],
  deletions: ReadonlyArray<{ type: SyncDocType; id: string; docId: string }>,
  bases: Bases | null,
  sanitizeHtml: (html: string) => string,
): Promise<GuardedPage> {
  const page: GuardedPage = { put: [], deleted: [], expect: new Map(), settled: new Map(), merges: [] };
  const local = await readLocal([...incoming.map((i) => i.doc._id), ...deletions.map((d) => d.docId)]);
  for (const [id, record] of local) page.expect.set(id, recordFingerprint(record));
  for (const { record, doc } of incoming) {
    const id = doc._id;
    const rev = doc._rev ?? '';
    if (!page.expect.has(id)) page.expect.set(id, null);
    const mine = local.get(id);
    if (mine && sameContent(recordToDoc(mine), recordToDoc(record), NOT_EDITS)) {
      page.settled.set(id, rev);
      continue;
    }
    const base = bases?.get(id);
    // The copy holds nothing newer than what this laptop last had: whatever differs is a local edit
    // (or a deletion here), which the next export sends.
    if (bases && base === rev) continue;
    if (!bases || !mine) {
      page.put.push(record);
      page.settled.set(id, rev);
      continue;
    }
    const { unchanged, baseDoc } = await unchangedSinceBase(copy, id, base, mine);
    if (unchanged) {
      page.put.push(record);
      page.settled.set(id, rev);
      continue;
    }
    const before = docContent(recordToDoc(mine));
    const result = mergeDocs(record.type, baseDoc ? docContent(baseDoc) : null, { fields: before, rev: 'local' }, { fields: docContent(doc), rev });
    const [written] = await copy.bulk([{ ...result.fields, _id: id, _rev: rev, ...(doc._attachments ? { _attachments: doc._attachments } : {}) }]);
    const check = validateIncomingDoc({ ...result.fields, _id: id }, sanitizeHtml);
    // Both sides were valid, so their merge is; should it not be, the local record stays as it is.
    if (!check.ok || !written?.rev) continue;
    page.put.push(check.record);
    page.settled.set(id, written.rev);
    page.merges.push({ docId: id, type: record.type, fields: result.conflicts, merged: result.fields, before });
  }
  for (const gone of deletions) {
    const mine = local.get(gone.docId);
    if (!page.expect.has(gone.docId)) page.expect.set(gone.docId, null);
    if (!mine) continue;
    // An edit here against a deletion elsewhere keeps the record (the export sends it back).
    if (bases && !(await unchangedSinceBase(copy, gone.docId, bases.get(gone.docId), mine)).unchanged) continue;
    page.deleted.push({ type: gone.type, id: gone.id });
    page.settled.set(gone.docId, null);
  }
  return page;
}
