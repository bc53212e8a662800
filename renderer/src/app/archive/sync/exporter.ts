/**
 * Local → sync copy. Which records changed comes from the archive's own change events (every data/
 * write announces its kind and ids): bulletins are exported by id; the small tables (tags, dossiers,
 * saved searches, rules, glossary, originals' metadata) are compared whole, which costs little and
 * needs no bookkeeping. A record missing locally but present in the copy was deleted here.
 */
import { docId, DOC_PREFIX, recordToDoc, type SyncDocType } from '../../../core/sync/docs';
import type { ArchiveChange } from '../../../data';
import * as sync from '../../../data/sync';

const SMALL_TYPES: readonly SyncDocType[] = ['tag', 'dossier', 'savedSearch', 'rule', 'glossary', 'original'];
const PAGE = 500;

/** Bulletins changed on this laptop since the last export. */
export class DirtySet {
  private ids = new Set<string>();
  private all = true;

  /** Notes a change event (this tab's or another window's). */
  note(change: ArchiveChange): void {
    if (change.kind === 'all' || (change.kind === 'bulletins' && !change.ids)) this.all = true;
    else if (change.kind === 'bulletins' && change.ids) for (const id of change.ids) this.ids.add(id);
  }

  markAll(): void {
    this.all = true;
  }

  /** Takes what is pending (the set starts empty again). */
  take(): { all: boolean; ids: string[] } {
    const taken = { all: this.all, ids: [...this.ids] };
    this.all = false;
    this.ids = new Set();
    return taken;
  }

  /** Puts back what an export that failed had taken. */
  restore(taken: { all: boolean; ids: string[] }): void {
    this.all ||= taken.all;
    for (const id of taken.ids) this.ids.add(id);
  }

  get pending(): number {
    return this.all ? Number.POSITIVE_INFINITY : this.ids.size;
  }
}

/**
 * Writes local changes into the copy.
 * @param keep document ids never deleted by an export (incoming documents that were refused).
 * @returns how many documents were written or deleted.
 */
export async function exportLocal(copy: sync.SyncCopy, dirty: { all: boolean; ids: string[] }, keep: ReadonlySet<string>, onProgress?: (done: number, total: number) => void): Promise<number> {
  let written = 0;
  for (const type of SMALL_TYPES) written += await exportType(copy, type, undefined, keep);
  const ids = dirty.all ? await sync.listLocalBulletinIds() : dirty.ids;
  for (let i = 0; i < ids.length; i += PAGE) {
    written += await exportType(copy, 'bulletin', ids.slice(i, i + PAGE), keep);
    onProgress?.(Math.min(ids.length, i + PAGE), ids.length);
  }
  if (dirty.all) {
    const local = new Set(ids.map((id) => docId('bulletin', id)));
    const gone = (await copy.idsWithPrefix(DOC_PREFIX.bulletin)).filter((id) => !local.has(id) && !keep.has(id));
    written += await copy.remove(gone);
  }
  return written;
}

async function exportType(copy: sync.SyncCopy, type: SyncDocType, ids: readonly string[] | undefined, keep: ReadonlySet<string>): Promise<number> {
  const records = await sync.readLocalRecords(ids ? { type, ids } : { type });
  const docs = records.map(recordToDoc);
  let written = await copy.write(docs, (id) => sync.readOriginalBlob(id));
  const present = new Set(docs.map((d) => d._id));
  const candidates = ids ? ids.map((id) => docId(type, id)) : type === 'glossary' ? [docId('glossary', '')] : await copy.idsWithPrefix(DOC_PREFIX[type]);
  // Kept originals are never deleted through a sync: another laptop's bulletins may link to them.
  if (type === 'original') return written;
  const gone = candidates.filter((id) => !present.has(id) && !keep.has(id));
  written += await copy.remove(gone);
  return written;
}
