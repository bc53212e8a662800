/**
 * A team-archive sync that runs for real in Node: the archive service on fake IndexedDB, PouchDB 7
 * (memory adapter, from pouchdb-server's dependencies) as the sync copy and as the "server", and the
 * real replication between them. Only the sign-in check (one HTTP request) is answered by a stub.
 */
import 'fake-indexeddb/auto';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, vi } from 'vitest';
import { ArchiveService } from '../../../../renderer/src/app/archive/archive-service';
import { SyncEngine } from '../../../../renderer/src/app/archive/sync/engine';
import * as data from '../../../../renderer/src/data';
import type { PouchDoc, PouchFactory } from '../../../../renderer/src/data/sync';
import type { PouchDatabase } from '../../../../renderer/src/data/sync/pouch';
import { bulletin, enginePort } from '../service-helpers';

const require = createRequire(import.meta.url);
type Constructor = new (name: string, options: { adapter: string }) => PouchDatabase;
const PouchDB = (require('pouchdb-core') as { plugin(p: unknown): { plugin(p: unknown): Constructor } }).plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-replication'));

export const SERVER = 'http://127.0.0.1:5999';

function withOpenRevs(db: PouchDatabase): PouchDatabase {
  const raw = db as unknown as { get(id: string, o: object): Promise<unknown> };
  db.getOpenRevs = (id) => raw.get(id, { open_revs: 'all', revs: true }) as Promise<Array<{ ok?: PouchDoc; missing?: string }>>;
  return db;
}

/** Runs `edit` once, the first time `db` is asked which revisions it lacks (a replication is under way). */
export function editDuringReplication(db: PouchDatabase, edit: () => Promise<void>): { fired: () => boolean } {
  let fired = false;
  const raw = db as unknown as { revsDiff(...args: unknown[]): Promise<unknown> };
  const revsDiff = raw.revsDiff.bind(db);
  raw.revsDiff = async (...args: unknown[]) => {
    if (!fired) {
      fired = true;
      await edit();
    }
    return revsDiff(...args);
  };
  return { fired: () => fired };
}

export interface Harness {
  service: ArchiveService;
  engine: SyncEngine;
  /** The team's database. */
  server: PouchDatabase;
  /** This laptop's sync copy as the last engine opened it (after a connect). */
  copy(): PouchDatabase;
  /** Runs (once) just before the next `sync/apply` command: an edit made while a page is being stored. */
  beforeApply: (() => Promise<void>) | null;
  /** Imports one bulletin, connects ("add this laptop's archive") and syncs; returns the bulletin id. */
  connectWith(title: string): Promise<string>;
  /** A second window on the same archive and sync copy: a new engine, connected (a cycle runs). */
  openWindow(): Promise<SyncEngine>;
  /** Every engine opened in the test (disposed after it). */
  windows: SyncEngine[];
  onServer(id: string): Promise<PouchDoc>;
}

let run = 0;

/** A fresh archive, engine and server for every test of the file. */
export function useSyncHarness(): Harness {
  const h = {} as Harness;
  beforeEach(async () => {
    run++;
    data.useArchiveDb(`sync-engine-${Date.now()}-${run}`);
    const service = new ArchiveService(enginePort());
    await service.start();
    await service.whenSearchReady();
    const stamp = Date.now();
    const server = withOpenRevs(new PouchDB(`server-${run}-${stamp}`, { adapter: 'memory' }));
    let copy: PouchDatabase | null = null;
    // One name per run: a second engine (another window) opens the same copy.
    const pouch: PouchFactory = {
      local: (name) => (copy = withOpenRevs(new PouchDB(`${name}-${run}-${stamp}`, { adapter: 'memory' }))),
      // An engine closing its handle must not close the server (the memory adapter shares one store per name).
      remote: () => new Proxy(server, { get: (target, key) => (key === 'close' ? async () => undefined : Reflect.get(target, key, target)) }),
    };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ok: true, userCtx: { name: 'ana' } }), { status: 200 }));
    const send = (async (name: string, args: unknown) => {
      if (name === 'sync/apply' && h.beforeApply) {
        const edit = h.beforeApply;
        h.beforeApply = null;
        await edit();
      }
      return (service.send as (n: string, a: unknown) => Promise<unknown>)(name, args);
    }) as typeof service.send;
    const windows: SyncEngine[] = [];
    const newEngine = (): SyncEngine => {
      const opened = new SyncEngine({
        send,
        host: { setTeamServer: async () => ({ allowed: true, reloadNeeded: false }), saveTeamPassword: async () => false, loadTeamPassword: async () => null, forgetTeamPassword: async () => true },
        reload: () => undefined,
        sanitizeHtml: (html) => html.replace(/<script[\s\S]*?<\/script>/gi, ''),
        clearLocalArchive: async () => undefined,
        pouch: async () => pouch,
      });
      windows.push(opened);
      return opened;
    };
    const engine = newEngine();
    const database = `team${run}`;
    Object.assign(h, {
      service,
      engine,
      server,
      beforeApply: null,
      copy: () => {
        if (!copy) throw new Error('not connected');
        return copy;
      },
      connectWith: async (title: string) => {
        const { added } = await service.commitImport({ fileNames: ['a.txt'], bulletins: [bulletin(title, 'Las capturas de anchoveta crecen.')] });
        await engine.connect({ serverUrl: SERVER, database, username: 'ana', password: 'pw', choice: 'add-local' });
        return added[0]?.id ?? '';
      },
      openWindow: async () => {
        const other = newEngine();
        await other.connect({ serverUrl: SERVER, database, username: 'ana', password: 'pw', choice: 'add-local' });
        return other;
      },
      windows,
      onServer: (id: string) => server.get(`bulletin:${id}`),
    });
  });
  afterEach(() => {
    for (const engine of h.windows) engine.dispose();
    h.service.dispose();
    vi.unstubAllGlobals();
    data.closeArchiveDb();
  });
  return h;
}
