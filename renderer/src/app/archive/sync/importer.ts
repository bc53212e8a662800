/**
 * Sync copy → archive. Reads the copy's changes since the bridge's checkpoint, resolves conflicts,
 * validates every document as untrusted input (a bad one is skipped with its named error, the rest
 * go on), and stores each page through the `sync/apply` command, which re-indexes it.
 */
import { parseDocId, recordToDoc, sameContent, type SyncRecord } from '../../../core/sync/docs';
import { validateIncomingDoc } from '../../../core/sync/validate-doc';
import { sha256Hex } from '../../../data';
import * as sync from '../../../data/sync';
import type { Send } from '../commands';
import { resolveConflict } from './conflicts';

export interface ImportReport {
  applied: number;
  /** Named errors of refused documents. */
  refused: Array<{ docId: string; error: string }>;
  merged: sync.SyncConflictEntry[];
}

export interface ImportDeps {
  send: Send;
  sanitizeHtml(html: string): string;
  now(): number;
}

/** Applies every change of the copy not yet in the archive. */
export async function applyPending(copy: sync.SyncCopy, deps: ImportDeps, onProgress?: (applied: number) => void): Promise<ImportReport> {
  const report: ImportReport = { applied: 0, refused: [], merged: [] };
  let since = await copy.appliedSeq();
  for (;;) {
    const { results, last_seq } = await copy.changes(since);
    if (results.length === 0) break;
    const batch: sync.IncomingBatch & { blobs: Map<string, Blob> } = { put: [], deleted: [], blobs: new Map() };
    const checked: SyncRecord[] = [];
    const docs = await copy.current(results.filter((c) => !c.deleted).map((c) => c.id));
    for (const change of results) {
      const parsed = parseDocId(change.id);
      if (!parsed) continue;
      if (change.deleted) {
        batch.deleted.push(parsed);
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
        report.refused.push({ docId: check.docId, error: check.error });
        continue;
      }
      if (check.record.type === 'original') {
        const error = await fetchOriginal(copy, change.id, check.record.value.id, check.record.value.size, batch.blobs);
        if (error) {
          report.refused.push({ docId: change.id, error });
          continue;
        }
      }
      checked.push(check.record);
    }
    batch.put = await dropUnchanged(checked);
    if (batch.put.length > 0 || batch.deleted.length > 0) {
      await deps.send('sync/apply', { batch });
      report.applied += batch.put.length + batch.deleted.length;
      onProgress?.(report.applied);
    }
    since = last_seq;
    await copy.saveAppliedSeq(since);
  }
  return report;
}

/** Our own exports come back through the changes feed: skip records the archive already holds. */
async function dropUnchanged(records: SyncRecord[]): Promise<SyncRecord[]> {
  const bulletinIds = records.flatMap((r) => (r.type === 'bulletin' ? [r.value.id] : []));
  if (bulletinIds.length === 0) return records;
  const local = new Map((await sync.readLocalRecords({ type: 'bulletin', ids: bulletinIds })).map((r) => [r.type === 'bulletin' ? r.value.id : '', r]));
  return records.filter((record) => {
    if (record.type !== 'bulletin') return true;
    const mine = local.get(record.value.id);
    return !mine || !sameContent(recordToDoc(mine), recordToDoc(record));
  });
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
