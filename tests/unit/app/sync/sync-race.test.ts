// A local edit made while a sync runs — after this laptop's changes were written into the sync copy,
// before the pulled ones are applied — must neither be overwritten nor left unsent. The sync runs for
// real: the archive service on fake IndexedDB, PouchDB (memory adapter) as the sync copy and as the
// "server", the real replication between them; a hook makes the edit at the racy moment.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as data from '../../../../renderer/src/data';
import { editDuringReplication, useSyncHarness } from './engine-harness';

const h = useSyncHarness();

describe('a local edit made during a sync', () => {
  it('is kept and sent when the pull brings a colleague\'s edit of another field of the same bulletin', async () => {
    const id = await h.connectWith('Pesca artesanal en Perú');
    // A colleague retitles it on the server.
    await h.server.put({ ...(await h.onServer(id)), title: 'Pesca artesanal en el Perú', updatedAt: Date.now() });
    // While this laptop pulls that change, someone here corrects the place.
    const hook = editDuringReplication(h.copy(), async () => {
      await h.service.send('bulletin/update', { id, patch: { place: 'Paita' } });
    });
    await h.engine.syncNow();
    expect(hook.fired()).toBe(true);
    await h.engine.syncNow();

    const here = await data.getBulletin(id);
    expect(here?.place).toBe('Paita');
    expect(here?.title).toBe('Pesca artesanal en el Perú');
    const there = await h.onServer(id);
    expect(there.place).toBe('Paita');
    expect(there.title).toBe('Pesca artesanal en el Perú');
    expect(h.engine.getStatus().error).toBeNull();
    // Listed like any merge, with this laptop's version before it for Undo.
    const [entry] = await h.engine.listConflicts();
    expect(entry?.docId).toBe(`bulletin:${id}`);
    expect(entry?.before?.place).toBe('Paita');
    expect(entry?.before?.title).toBe('Pesca artesanal en Perú');
  });

  it('is not overwritten by the echo of what this laptop had just sent, and goes out at the next sync', async () => {
    const id = await h.connectWith('Turismo regional');
    await h.service.send('bulletin/update', { id, patch: { title: 'Turismo regional crece' } });
    // The edit above is pushed; while the server is asked what it lacks, a second edit is made here.
    const hook = editDuringReplication(h.server, async () => {
      await h.service.send('bulletin/update', { id, patch: { place: 'Cusco' } });
    });
    await h.engine.syncNow();
    expect(hook.fired()).toBe(true);
    expect((await data.getBulletin(id))?.place).toBe('Cusco');
    await h.engine.syncNow();

    const here = await data.getBulletin(id);
    expect([here?.title, here?.place]).toEqual(['Turismo regional crece', 'Cusco']);
    const there = await h.onServer(id);
    expect([there.title, there.place]).toEqual(['Turismo regional crece', 'Cusco']);
  });

  it('on the same field as the colleague: the later edit wins and the other value is kept in the history', async () => {
    const id = await h.connectWith('Minería en Chile');
    await h.server.put({ ...(await h.onServer(id)), title: 'Minería del cobre en Chile', updatedAt: Date.now() - 60_000 });
    editDuringReplication(h.copy(), async () => {
      await h.service.send('bulletin/update', { id, patch: { title: 'Minería del litio en Chile' } });
    });
    await h.engine.syncNow();
    await h.engine.syncNow();

    expect((await data.getBulletin(id))?.title).toBe('Minería del litio en Chile');
    const there = await h.onServer(id);
    expect(there.title).toBe('Minería del litio en Chile');
    expect(JSON.stringify(there.history)).toContain('Minería del cobre en Chile');
  });

  it('while a pulled page is being stored: the page is decided again, and both edits are kept', async () => {
    const id = await h.connectWith('Comercio exterior');
    await h.server.put({ ...(await h.onServer(id)), title: 'Comercio exterior de servicios', updatedAt: Date.now() });
    h.beforeApply = async () => {
      await h.service.send('bulletin/update', { id, patch: { place: 'Santiago' } });
    };
    await h.engine.syncNow();
    expect(h.beforeApply).toBeNull();
    await h.engine.syncNow();

    const here = await data.getBulletin(id);
    expect([here?.title, here?.place]).toEqual(['Comercio exterior de servicios', 'Santiago']);
    const there = await h.onServer(id);
    expect([there.title, there.place]).toEqual(['Comercio exterior de servicios', 'Santiago']);
  });

  it('against a deletion on the server: the edited bulletin is kept and sent back', async () => {
    const id = await h.connectWith('Energía solar');
    await h.server.put({ ...(await h.onServer(id)), _deleted: true });
    editDuringReplication(h.copy(), async () => {
      await h.service.send('bulletin/update', { id, patch: { title: 'Energía solar en el desierto' } });
    });
    await h.engine.syncNow();
    await h.engine.syncNow();

    expect((await data.getBulletin(id))?.title).toBe('Energía solar en el desierto');
    expect((await h.onServer(id)).title).toBe('Energía solar en el desierto');
  });

  it('an incoming change is a write: an editor opened before it is refused as changed elsewhere', async () => {
    const id = await h.connectWith('Educación técnica');
    const opened = (await data.getBulletin(id))?.rev ?? 0;
    await h.server.put({ ...(await h.onServer(id)), title: 'Educación técnica y becas', updatedAt: Date.now() });
    await h.engine.syncNow();
    expect((await data.getBulletin(id))?.title).toBe('Educación técnica y becas');
    await expect(h.service.send('bulletin/update', { id, patch: { title: 'Educación' }, expectedRev: opened })).rejects.toMatchObject({ code: 'conflict' });
  });
});
