// A local edit made while a sync runs — after this laptop's changes were written into the sync copy,
// before the pulled ones are applied — must neither be overwritten nor left unsent. The sync runs for
// real: the archive service on fake IndexedDB, PouchDB (memory adapter) as the sync copy and as the
// "server", the real replication between them; a hook makes the edit at the racy moment.
import 'fake-indexeddb/auto';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArchiveService } from '../../../../renderer/src/app/archive/archive-service';
import { SyncEngine } from '../../../../renderer/src/app/archive/sync/engine';
import * as data from '../../../../renderer/src/data';
import type { PouchDoc, PouchFactory } from '../../../../renderer/src/data/sync';
import type { PouchDatabase } from '../../../../renderer/src/data/sync/pouch';
import { bulletin, enginePort } from '../service-helpers';

const require = createRequire(import.meta.url);
type Constructor = new (name: string, options: { adapter: string }) => PouchDatabase;
const PouchDB = (require('pouchdb-core') as { plugin(p: unknown): { plugin(p: unknown): Constructor } }).plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-replication'));

const SERVER = 'http://127.0.0.1:5999';

/** Runs `edit` once, the first time `db` is asked which revisions it lacks (a replication is under way). */
function editDuringReplication(db: PouchDatabase, edit: () => Promise<void>): { fired: () => boolean } {
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

function withOpenRevs(db: PouchDatabase): PouchDatabase {
  const raw = db as unknown as { get(id: string, o: object): Promise<unknown> };
  db.getOpenRevs = (id) => raw.get(id, { open_revs: 'all', revs: true }) as Promise<Array<{ ok?: PouchDoc; missing?: string }>>;
  return db;
}

let run = 0;
let service: ArchiveService;
let engine: SyncEngine;
let server: PouchDatabase;
let local: PouchDatabase | null;
/** Runs (once) just before the next `sync/apply` command: an edit made while a page is being stored. */
let beforeApply: (() => Promise<void>) | null;

beforeEach(async () => {
  run++;
  data.useArchiveDb(`sync-race-${Date.now()}-${run}`);
  service = new ArchiveService(enginePort());
  await service.start();
  await service.whenSearchReady();
  server = withOpenRevs(new PouchDB(`server-${run}-${Date.now()}`, { adapter: 'memory' }));
  local = null;
  beforeApply = null;
  const pouch: PouchFactory = {
    local: (name) => (local = withOpenRevs(new PouchDB(`${name}-${run}-${Date.now()}`, { adapter: 'memory' }))),
    remote: () => server,
  };
  // The only HTTP request of a connect is the sign-in check.
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ok: true, userCtx: { name: 'ana' } }), { status: 200 }));
  engine = new SyncEngine({
    send: (async (name: string, args: unknown) => {
      if (name === 'sync/apply' && beforeApply) {
        const edit = beforeApply;
        beforeApply = null;
        await edit();
      }
      return (service.send as (n: string, a: unknown) => Promise<unknown>)(name, args);
    }) as typeof service.send,
    host: { setTeamServer: async () => ({ allowed: true, reloadNeeded: false }), saveTeamPassword: async () => false, loadTeamPassword: async () => null, forgetTeamPassword: async () => true },
    reload: () => undefined,
    sanitizeHtml: (html) => html,
    clearLocalArchive: async () => undefined,
    pouch: async () => pouch,
  });
});

afterEach(() => {
  engine.dispose();
  service.dispose();
  vi.unstubAllGlobals();
  data.closeArchiveDb();
});

async function connectWith(title: string): Promise<string> {
  const { added } = await service.commitImport({ fileNames: ['a.txt'], bulletins: [bulletin(title, 'Las capturas de anchoveta crecen.')] });
  const id = added[0]?.id ?? '';
  await engine.connect({ serverUrl: SERVER, database: `team${run}`, username: 'ana', password: 'pw', choice: 'add-local' });
  expect(engine.getStatus().error).toBeNull();
  return id;
}

async function onServer(id: string): Promise<PouchDoc> {
  return server.get(`bulletin:${id}`);
}

describe('a local edit made during a sync', () => {
  it('is kept and sent when the pull brings a colleague\'s edit of another field of the same bulletin', async () => {
    const id = await connectWith('Pesca artesanal en Perú');
    // A colleague retitles it on the server.
    await server.put({ ...(await onServer(id)), title: 'Pesca artesanal en el Perú', updatedAt: Date.now() });
    // While this laptop pulls that change, someone here corrects the place.
    if (!local) throw new Error('no sync copy');
    const hook = editDuringReplication(local, async () => {
      await service.send('bulletin/update', { id, patch: { place: 'Paita' } });
    });
    await engine.syncNow();
    expect(hook.fired()).toBe(true);
    await engine.syncNow();

    const here = await data.getBulletin(id);
    expect(here?.place).toBe('Paita');
    expect(here?.title).toBe('Pesca artesanal en el Perú');
    const there = await onServer(id);
    expect(there.place).toBe('Paita');
    expect(there.title).toBe('Pesca artesanal en el Perú');
    expect(engine.getStatus().error).toBeNull();
  });

  it('is not overwritten by the echo of what this laptop had just sent, and goes out at the next sync', async () => {
    const id = await connectWith('Turismo regional');
    await service.send('bulletin/update', { id, patch: { title: 'Turismo regional crece' } });
    // The edit above is pushed; while the server is asked what it lacks, a second edit is made here.
    const hook = editDuringReplication(server, async () => {
      await service.send('bulletin/update', { id, patch: { place: 'Cusco' } });
    });
    await engine.syncNow();
    expect(hook.fired()).toBe(true);
    expect((await data.getBulletin(id))?.place).toBe('Cusco');
    await engine.syncNow();

    const here = await data.getBulletin(id);
    expect([here?.title, here?.place]).toEqual(['Turismo regional crece', 'Cusco']);
    const there = await onServer(id);
    expect([there.title, there.place]).toEqual(['Turismo regional crece', 'Cusco']);
  });

  it('on the same field as the colleague: the later edit wins and the other value is kept in the history', async () => {
    const id = await connectWith('Minería en Chile');
    await server.put({ ...(await onServer(id)), title: 'Minería del cobre en Chile', updatedAt: Date.now() - 60_000 });
    if (!local) throw new Error('no sync copy');
    editDuringReplication(local, async () => {
      await service.send('bulletin/update', { id, patch: { title: 'Minería del litio en Chile' } });
    });
    await engine.syncNow();
    await engine.syncNow();

    expect((await data.getBulletin(id))?.title).toBe('Minería del litio en Chile');
    const there = await onServer(id);
    expect(there.title).toBe('Minería del litio en Chile');
    expect(JSON.stringify(there.history)).toContain('Minería del cobre en Chile');
  });

  it('while a pulled page is being stored: the page is decided again, and both edits are kept', async () => {
    const id = await connectWith('Comercio exterior');
    await server.put({ ...(await onServer(id)), title: 'Comercio exterior de servicios', updatedAt: Date.now() });
    beforeApply = async () => {
      await service.send('bulletin/update', { id, patch: { place: 'Santiago' } });
    };
    await engine.syncNow();
    expect(beforeApply).toBeNull();
    await engine.syncNow();

    const here = await data.getBulletin(id);
    expect([here?.title, here?.place]).toEqual(['Comercio exterior de servicios', 'Santiago']);
    const there = await onServer(id);
    expect([there.title, there.place]).toEqual(['Comercio exterior de servicios', 'Santiago']);
  });

  it('against a deletion on the server: the edited bulletin is kept and sent back', async () => {
    const id = await connectWith('Energía solar');
    await server.put({ ...(await onServer(id)), _deleted: true });
    if (!local) throw new Error('no sync copy');
    editDuringReplication(local, async () => {
      await service.send('bulletin/update', { id, patch: { title: 'Energía solar en el desierto' } });
    });
    await engine.syncNow();
    await engine.syncNow();

    expect((await data.getBulletin(id))?.title).toBe('Energía solar en el desierto');
    expect((await onServer(id)).title).toBe('Energía solar en el desierto');
  });

  it('an incoming change is a write: an editor opened before it is refused as changed elsewhere', async () => {
    const id = await connectWith('Educación técnica');
    const opened = (await data.getBulletin(id))?.rev ?? 0;
    await server.put({ ...(await onServer(id)), title: 'Educación técnica y becas', updatedAt: Date.now() });
    await engine.syncNow();
    expect((await data.getBulletin(id))?.title).toBe('Educación técnica y becas');
    await expect(service.send('bulletin/update', { id, patch: { title: 'Educación' }, expectedRev: opened })).rejects.toMatchObject({ code: 'conflict' });
  });
});
