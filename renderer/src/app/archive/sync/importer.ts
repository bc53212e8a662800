/**
 * Sync copy → archive. Reads the copy's changes since the bridge's checkpoint, resolves conflicts,
 * validates every document as untrusted input (a bad one is skipped with its named error, the rest
 * go on), guards edits made here meanwhile (local-guard), and stores each page through the
 * `sync/apply` command, which re-indexes it.
 */
import { parseDocId, recordToDoc, type SyncRecord } from '../../../core/sync/docs';
import { validateIncomingDoc } from '../../../core/sync/validate-doc';
import { ArchiveError, sha256Hex } from '../../../data';
import * as sync from '../../../data/sync';
import type { Send } from '../commands';
import { resolveConflict } from './conflicts';
import type { InStepMap } from './in-step';
import { guardPage, type IncomingDoc } from './local-guard';

export interface ImportReport {
  applied: number;
  /** Named errors of refused documents. */
  refused: Array<{ docId: string; error: string }>;
  merged: sync.SyncConflictEntry[];
  /** Local edits merged with incoming changes: written into the copy, to be pushed. */
  localMerges: number;
}

export interface ImportDeps {
  send: Send;
  sanitizeHtml(html: string): string;
  now(): number;
}

/** A page is decided again when this laptop edits one of its records while it is being stored. */
const MAX_PAGE_ATTEMPTS = 5;

/**
 * Applies every change of the copy not yet in the archive.
 * @param steps what the archive is in step with (see local-guard) and how far the copy was applied,
 *   loaded by the caller; saved in the copy as pages are stored.
 */
export async function applyPending(copy: sync.SyncCopy, deps: ImportDeps, steps: InStepMap, onProgress?: (applied: number) => void): Promise<ImportReport> {
  const report: ImportReport = { applied: 0, refused: [], merged: [], localMerges: 0 };
  let since = steps.appliedSeq;
  let attempts = 0;
  for (;;) {
    const { results, last_seq } = await copy.changes(since);
    if (results.length === 0) break;
    const blobs = new Map<string, Blob>();
    const incoming: IncomingDoc[] = [];
    const deletions: Array<{ type: SyncRecord['type']; id: string; docId: string }> = [];
    const docs = await copy.current(results.filter((c) => !c.deleted).map((c) => c.id));
    const refused: ImportReport['refused'] = [];
    for (const change of results) {
      const parsed = parseDocId(change.id);
      if (!parsed) continue;
      if (change.deleted) {
        deletions.push({ ...parsed, docId: change.id });
        continue;
      }
      // The current winner with its conflicts (a later change of the same doc may be in this page too).
      const doc = docs.get(change.id);
      if (!doc) continue;
      if (doc._conflicts && doc._conflicts.length > 0) {
        const before = await localContent(parsed.type, parsed.id);
        const resolved = await resolveConflict(copy, change.id);
        if (resolved) report.merged.push(conflictEntry(resolved, parsed.type, before, deps.now()));
        // The merged revision is a newer change of the copy: it is applied when the loop reaches it.
        continue;
      }
      const check = validateIncomingDoc(doc, deps.sanitizeHtml);
      if (!check.ok) {
        refused.push({ docId: check.docId, error: check.error });
        continue;
      }
      if (check.record.type === 'original') {
        const error = await fetchOriginal(copy, change.id, check.record.value.id, check.record.value.size, blobs);
        if (error) {
          refused.push({ docId: change.id, error });
          continue;
        }
      }
      incoming.push({ record: check.record, doc });
    }
    const page = await guardPage(copy, incoming, deletions, steps.map, deps.sanitizeHtml);
    try {
      if (page.put.length > 0 || page.deleted.length > 0) {
        await deps.send('sync/apply', { batch: { put: page.put, deleted: page.deleted, blobs, expect: page.expect } });
        report.applied += page.put.length + page.deleted.length;
        onProgress?.(report.applied);
      }
    } catch (error) {
      // Edited here while the page was being stored: decide the page again with the edit in view.
      if (error instanceof ArchiveError && error.code === 'conflict' && ++attempts < MAX_PAGE_ATTEMPTS) continue;
      throw error;
    }
    attempts = 0;
    report.localMerges += page.merges.length;
    // Listed like every merge, so Settings → Sync conflicts can undo it.
    for (const merge of page.merges) report.merged.push(conflictEntry({ docId: merge.docId, fields: merge.fields, merged: merge.merged }, merge.type, merge.before, deps.now()));
    report.refused.push(...refused);
    since = last_seq;
    await steps.settle(copy, page.settled, since);
  }
  return report;
}

/** Reads a kept original's bytes from the copy and checks they hash to its id. */
async function fetchOriginal(copy: sync.SyncCopy, docId: string, id: string, size: number, into: Map<string, Blob>): Promise<string | null> {
  if (await sync.readOriginalBlob(id)) return null;
  const doc = await copy.withAttachments(docId);
  const attachment = doc._attachments?.file;
  if (!attachment || !('data' in attachment) || !(attachment.data instanceof Blob)) return `${docId}: the file is missing from the document`;
  const bytes = new Uint8Array(await attachment.data.arrayBuffer());
  if (bytes.byteLength !== size) return `${docId}: the file has ${bytes.byteLength} bytes, the document says ${size}`;
  if ((await sha256Hex(bytes)) !== id) return `${docId}: the file does not match its SHA-256`;
  into.set(id, attachment.data);
  return null;
}

async function localContent(type: SyncRecord['type'], id: string): Promise<Record<string, unknown> | null> {
  const [record] = await sync.readLocalRecords({ type, ids: [id] });
  if (!record) return null;
  const { _id: _drop, ...content } = recordToDoc(record);
  return content;
}

function conflictEntry(resolved: { docId: string; fields: sync.SyncConflictEntry['fields']; merged: Record<string, unknown> }, type: sync.SyncConflictEntry['type'], before: Record<string, unknown> | null, now: number): sync.SyncConflictEntry {
  const label = [resolved.merged.title, resolved.merged.name, resolved.merged.query].find((v): v is string => typeof v === 'string') ?? resolved.docId;
  return { id: `${resolved.docId}@${now}`, docId: resolved.docId, type, label, mergedAt: now, fields: resolved.fields, before };
}
