/**
 * The sync copy: a local PouchDB database that mirrors the archive as CouchDB documents and
 * replicates with the team's server. PouchDB keeps the replication checkpoints both ways (in its
 * `_local` documents, on both sides), so an interrupted sync resumes where it stopped; the bridge
 * keeps its own checkpoint (how far the copy's changes were applied to the archive) here too.
 */
import { docContent, ORIGINAL_ATTACHMENT, sameContent, type SyncDoc } from '../../core/sync/docs';
import type { PouchDatabase, PouchDoc, PouchFactory, PouchWriteResult, Replication, ReplicationInfo, ReplicationResult } from './pouch';

/** Measured: 500 per batch pulls 10,000 docs ~3× faster than PouchDB's default 100 (MEASUREMENTS.md). */
export const SYNC_BATCH_SIZE = 500;
const BRIDGE_CHECKPOINT = '_local/pa-bridge';
const BRIDGE_SNAPSHOT = '_local/pa-bridge-map-';
const READ_PAGE = 500;

/**
 * The bridge's checkpoint, one `_local` document: how far the copy's changes were applied to the
 * archive and, per document, which copy revision the archive is in step with (the app's in-step map).
 * The map is a full snapshot in a document of its own (`gen`, rewritten rarely) plus the entries
 * changed since (`overrides`, kept here so they are written together with `seq`).
 */
export interface BridgeCheckpoint {
  seq: number | string;
  /** The snapshot generation (0: an empty one); absent when no map is known. */
  gen?: number;
  /** Entries changed since the snapshot (null: no longer in the map). */
  overrides?: Record<string, string | null>;
  /** Changes with every write: a window that finds another's stamp reloads the map. */
  stamp?: string;
}

export interface SyncTarget {
  url: string;
  username: string;
  password: string;
  /** The local copy's database name (default: one per server and database; the bench runs two). */
  copyName?: string;
}

export class SyncCopy {
  private constructor(
    readonly local: PouchDatabase,
    private readonly remote: PouchDatabase,
    private readonly target: SyncTarget,
  ) {}

  /** Opens the copy for one team database (one copy per server and database). */
  static open(pouch: PouchFactory, target: SyncTarget): SyncCopy {
    return new SyncCopy(pouch.local(target.copyName ?? copyName(target.url)), pouch.remote(target.url, { username: target.username, password: target.password }), target);
  }

  /**
   * Checks the user name and password with the server's `_session` (a database's info may answer a
   * wrong password as if anonymous on some servers). Throws `{ status: 401 }` when they are refused.
   */
  async checkCredentials(): Promise<void> {
    const server = this.target.url.slice(0, this.target.url.lastIndexOf('/'));
    const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${this.target.username}:${this.target.password}`)));
    const res = await fetch(`${server}/_session`, { headers: { Authorization: `Basic ${basic}`, Accept: 'application/json' } });
    if (res.status === 401 || res.status === 403) throw Object.assign(new Error('credentials refused'), { status: 401 });
    if (!res.ok) throw Object.assign(new Error(`_session answered ${res.status}`), { status: res.status });
    const body = (await res.json()) as { userCtx?: { name?: unknown } };
    if (body.userCtx?.name !== this.target.username) throw Object.assign(new Error('credentials refused'), { status: 401 });
  }

  /** The server's view of the database (checks the URL, the credentials and read access). */
  remoteInfo(): Promise<{ doc_count: number }> {
    return this.remote.info();
  }

  /** Sends the copy's changes to the server since the last push checkpoint. */
  push(onChange?: (info: ReplicationInfo) => void): Promise<ReplicationResult> {
    return run(this.local.replicate.to(this.remote, { batch_size: SYNC_BATCH_SIZE }), onChange);
  }

  /** Fetches the server's changes since the last pull checkpoint. */
  pull(onChange?: (info: ReplicationInfo) => void): Promise<ReplicationResult> {
    return run(this.local.replicate.from(this.remote, { batch_size: SYNC_BATCH_SIZE }), onChange);
  }

  /**
   * Current (winning) documents for these ids, absent where the copy has none or it is deleted; with
   * `_conflicts` listed. (The indexeddb adapter's changes feed leaves `_conflicts` out, allDocs does not.)
   */
  async current(ids: readonly string[]): Promise<Map<string, PouchDoc>> {
    const out = new Map<string, PouchDoc>();
    for (let i = 0; i < ids.length; i += READ_PAGE) {
      const { rows } = await this.local.allDocs({ keys: ids.slice(i, i + READ_PAGE), include_docs: true, conflicts: true });
      for (const row of rows) if (row.doc) out.set(row.id, row.doc);
    }
    return out;
  }

  /** The current revision of every live document (read without the documents themselves). */
  async revisions(): Promise<Map<string, string>> {
    const { rows } = await this.local.allDocs({});
    return new Map(rows.flatMap((r) => (r.value && !r.value.deleted && !r.id.startsWith('_') ? [[r.id, r.value.rev] as const] : [])));
  }

  /** Live document ids starting with `prefix`. */
  async idsWithPrefix(prefix: string): Promise<string[]> {
    const { rows } = await this.local.allDocs({ startkey: prefix, endkey: `${prefix}\uffff` });
    return rows.filter((r) => !r.value?.deleted).map((r) => r.id);
  }

  /**
   * Writes local records into the copy: each as a child of the revision the copy holds, so an edit
   * made here and one made elsewhere become siblings CouchDB reports as a conflict. Unchanged
   * content is not written (that also stops incoming changes from echoing back).
   * @param blobFor the bytes of a kept original that the copy does not have yet.
   * @returns how many documents were written.
   */
  async write(docs: readonly SyncDoc[], blobFor: (id: string) => Promise<Blob | null>): Promise<number> {
    const existing = await this.current(docs.map((d) => d._id));
    const writes: PouchDoc[] = [];
    for (const doc of docs) {
      const prior = existing.get(doc._id);
      if (prior && sameContent(prior, doc, ignoredFor(doc))) continue;
      const next: PouchDoc = { ...docContent(doc), _id: doc._id };
      if (prior?._rev) next._rev = prior._rev;
      // Merge history lives only in the copy: a local write keeps it.
      if (prior?.history !== undefined && next.history === undefined) next.history = prior.history;
      if (doc.type === 'glossary') next.updatedAt = Date.now();
      if (doc.type === 'original') {
        if (prior?._attachments) next._attachments = prior._attachments;
        else {
          const blob = await blobFor(doc._id.slice('original:'.length));
          if (!blob) continue;
          next._attachments = { [ORIGINAL_ATTACHMENT]: { content_type: doc.mimeType || 'application/octet-stream', data: blob } };
        }
      }
      writes.push(next);
    }
    await this.bulk(writes);
    return writes.length;
  }

  /** Marks documents deleted in the copy (records deleted on this laptop). */
  async remove(ids: readonly string[]): Promise<number> {
    const existing = await this.current(ids);
    const writes = [...existing.values()].map((doc): PouchDoc => ({ _id: doc._id, _rev: doc._rev, _deleted: true }));
    await this.bulk(writes);
    return writes.length;
  }

  /** Writes documents as given (merge results, conflict removals). */
  async bulk(docs: PouchDoc[]): Promise<PouchWriteResult[]> {
    const results: PouchWriteResult[] = [];
    for (let i = 0; i < docs.length; i += READ_PAGE) results.push(...(await this.local.bulkDocs(docs.slice(i, i + READ_PAGE))));
    const failed = results.find((r) => r.error);
    if (failed) throw new Error(`The sync copy refused ${failed.id ?? 'a document'}: ${failed.message ?? String(failed.error)}`);
    return results;
  }

  /** The copy's changes after `since`, with documents and conflicts. */
  changes(since: number | string, limit = READ_PAGE): Promise<{ results: Array<{ id: string; seq: number | string; deleted?: boolean; doc?: PouchDoc }>; last_seq: number | string }> {
    return this.local.changes({ since, limit });
  }

  /** A document with its attachments as Blobs. */
  withAttachments(id: string): Promise<PouchDoc> {
    return this.local.get(id, { attachments: true, binary: true });
  }

  /** Every leaf revision of a document with its revision history. */
  async leaves(id: string): Promise<PouchDoc[]> {
    const open = await this.local.getOpenRevs(id);
    return open.flatMap((r) => (r.ok ? [r.ok] : []));
  }

  /** One revision's content, or null when it is no longer kept (compacted). */
  async revision(id: string, rev: string): Promise<PouchDoc | null> {
    try {
      return await this.local.get(id, { rev });
    } catch {
      return null;
    }
  }

  /** The bridge's checkpoint (how far the copy's changes were applied to the archive, and more). */
  async readBridge(): Promise<BridgeCheckpoint> {
    const doc = await this.readLocalDoc(BRIDGE_CHECKPOINT);
    const seq = typeof doc?.seq === 'number' || typeof doc?.seq === 'string' ? doc.seq : 0;
    const gen = typeof doc?.gen === 'number' ? doc.gen : undefined;
    const overrides = typeof doc?.overrides === 'object' && doc.overrides !== null ? (doc.overrides as Record<string, string | null>) : undefined;
    const stamp = typeof doc?.stamp === 'string' ? doc.stamp : undefined;
    return { seq, ...(gen === undefined ? {} : { gen, overrides: overrides ?? {} }), ...(stamp ? { stamp } : {}) };
  }

  /** Replaces the bridge's checkpoint in one write (what it holds changes together). */
  async writeBridge(state: BridgeCheckpoint): Promise<void> {
    const rev = (await this.readLocalDoc(BRIDGE_CHECKPOINT))?._rev;
    await this.local.put({ ...state, _id: BRIDGE_CHECKPOINT, ...(rev ? { _rev: rev } : {}) });
  }

  /** One generation of the bridge's full map (see BridgeCheckpoint.gen), or null when it is not kept. */
  async readSnapshot(gen: number): Promise<Record<string, string> | null> {
    const doc = await this.readLocalDoc(`${BRIDGE_SNAPSHOT}${gen}`);
    return typeof doc?.revs === 'object' && doc.revs !== null ? (doc.revs as Record<string, string>) : null;
  }

  /** Writes a new generation of the map (a new document: the checkpoint still names the old one). */
  async writeSnapshot(gen: number, revs: Record<string, string>): Promise<void> {
    const rev = (await this.readLocalDoc(`${BRIDGE_SNAPSHOT}${gen}`))?._rev;
    await this.local.put({ _id: `${BRIDGE_SNAPSHOT}${gen}`, ...(rev ? { _rev: rev } : {}), revs });
  }

  async dropSnapshot(gen: number): Promise<void> {
    const doc = await this.readLocalDoc(`${BRIDGE_SNAPSHOT}${gen}`);
    if (doc?._rev) await this.local.put({ _id: doc._id, _rev: doc._rev, _deleted: true });
  }

  private async readLocalDoc(id: string): Promise<PouchDoc | null> {
    try {
      return await this.local.get(id);
    } catch {
      return null;
    }
  }

  async close(): Promise<void> {
    await this.local.close();
    await this.remote.close().catch(() => undefined);
  }

  /** Deletes the local copy (Disconnect): the archive itself is untouched. */
  async destroy(): Promise<void> {
    await this.local.destroy();
    await this.remote.close().catch(() => undefined);
  }
}

/** A glossary's stamp is set when it is written, so it never counts as a change by itself. */
function ignoredFor(doc: SyncDoc): string[] {
  return doc.type === 'glossary' ? ['history', 'updatedAt'] : ['history'];
}

/** The local copy's name: one per server and database, never the credentials. */
export function copyName(url: string): string {
  const clean = url.replace(/\/\/[^@/]*@/, '//');
  return `pa-sync:${clean}`;
}

async function run(replication: Replication, onChange?: (info: ReplicationInfo) => void): Promise<ReplicationResult> {
  if (onChange) replication.on('change', onChange);
  return replication;
}
