// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient module types must reach every program that imports this file (app, bench)
/// <reference path="./pouchdb.d.ts" />
/**
 * The part of PouchDB 9's API the team-archive sync uses, typed here (PouchDB ships no types), and
 * its loader. PouchDB is loaded on first use, so the app's start-up bundle does not carry it.
 * The local copy uses the `indexeddb` adapter: the older `idb` one miscounts documents with
 * attachments (pouchdb#9094).
 */

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  _attachments?: Record<string, PouchAttachment>;
  [field: string]: unknown;
}

export type PouchAttachment = { content_type: string; data: Blob } | { content_type: string; stub: true; digest?: string; length?: number };

export interface PouchWriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
  message?: string;
}

export interface PouchAllDocsRow {
  id: string;
  key: string;
  value?: { rev: string; deleted?: boolean };
  doc?: PouchDoc | null;
  error?: string;
}

export interface PouchChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: PouchDoc;
  changes: Array<{ rev: string }>;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
  last_seq?: number | string;
  status?: string;
}

export interface ReplicationInfo {
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
}

/** A running one-shot replication: a promise with events. */
export interface Replication extends PromiseLike<ReplicationResult> {
  on(event: 'change', listener: (info: ReplicationInfo) => void): Replication;
  on(event: 'denied', listener: (error: unknown) => void): Replication;
  cancel(): void;
}

export interface ReplicateOptions {
  batch_size?: number;
  batches_limit?: number;
  retry?: boolean;
  live?: boolean;
}

export interface PouchDatabase {
  info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean; attachments?: boolean; binary?: boolean; open_revs?: 'all' | string[] }): Promise<PouchDoc>;
  getOpenRevs(id: string): Promise<Array<{ ok?: PouchDoc; missing?: string }>>;
  allDocs(options: { keys?: string[]; include_docs?: boolean; startkey?: string; endkey?: string; conflicts?: boolean }): Promise<{ rows: PouchAllDocsRow[]; total_rows: number }>;
  bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<PouchWriteResult[]>;
  changes(options: { since: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number; style?: 'all_docs' }): Promise<{ results: PouchChange[]; last_seq: number | string }>;
  put(doc: PouchDoc): Promise<PouchWriteResult>;
  replicate: {
    to(target: PouchDatabase, options?: ReplicateOptions): Replication;
    from(source: PouchDatabase, options?: ReplicateOptions): Replication;
  };
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface RemoteOptions {
  username: string;
  password: string;
}

export interface PouchFactory {
  local(name: string): PouchDatabase;
  remote(url: string, auth: RemoteOptions): PouchDatabase;
}

interface PouchConstructor {
  new (name: string, options?: Record<string, unknown>): PouchDatabase;
  plugin(plugin: unknown): PouchConstructor;
}

let loaded: Promise<PouchFactory> | null = null;

/** Loads PouchDB with the indexeddb adapter once. */
export function loadPouch(): Promise<PouchFactory> {
  loaded ??= (async () => {
    const [{ default: pouch }, { default: indexeddb }] = await Promise.all([import('pouchdb-browser'), import('pouchdb-adapter-indexeddb')]);
    const PouchDB = pouch as PouchConstructor;
    PouchDB.plugin(indexeddb);
    const withOpenRevs = (db: PouchDatabase): PouchDatabase => {
      // `get` with open_revs answers a list, not a doc: give it its own typed method.
      const raw = db as unknown as { get(id: string, o: object): Promise<unknown> };
      db.getOpenRevs = (id) => raw.get(id, { open_revs: 'all', revs: true }) as Promise<Array<{ ok?: PouchDoc; missing?: string }>>;
      return db;
    };
    return {
      local: (name) => withOpenRevs(new PouchDB(name, { adapter: 'indexeddb', auto_compaction: false })),
      // skip_setup: never try to create the team database (only an administrator may).
      remote: (url, auth) => withOpenRevs(new PouchDB(url, { skip_setup: true, auth })),
    };
  })();
  return loaded;
}
