// What the archive is in step with survives the window: a window closed after a pull but before the
// pulled changes were stored leaves them in the sync copy, and the next window (a new engine on the
// same archive and copy) must still tell an edit made here meanwhile from an incoming change.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as data from '../../../../renderer/src/data';
import type { PouchDoc } from '../../../../renderer/src/data/sync';
import { useSyncHarness } from './engine-harness';

const h = useSyncHarness();

/** Syncs until the pull, then the window closes before the pulled changes are stored. */
async function closeBeforeApply(docId: string): Promise<PouchDoc | null> {
  h.beforeApply = async () => {
    throw new Error('the window was closed');
  };
  await h.engine.syncNow();
  expect(h.beforeApply).toBeNull();
  const copy = h.copy();
  const waiting = await copy.get(docId).catch(() => null);
  h.engine.dispose();
  // dispose() closes the copy without waiting; the memory adapter hangs if it is reopened mid-close.
  await new Promise<void>((resolve) => setTimeout(resolve, 100));
  return waiting;
}

describe('a window closed between the pull and storing what it brought', () => {
  it('the next window merges an edit made here meanwhile with the pulled change: both kept', async () => {
    const id = await h.connectWith('Pesca artesanal en Perú');
    await h.server.put({ ...(await h.onServer(id)), title: 'Pesca artesanal en el Perú', updatedAt: Date.now() });
    // The pulled title waits in the copy; the archive still has the old one.
    expect((await closeBeforeApply(`bulletin:${id}`))?.title).toBe('Pesca artesanal en el Perú');
    expect((await data.getBulletin(id))?.title).toBe('Pesca artesanal en Perú');
    await h.service.send('bulletin/update', { id, patch: { place: 'Paita' } });

    const next = await h.openWindow();
    await next.syncNow();

    const here = await data.getBulletin(id);
    expect([here?.title, here?.place]).toEqual(['Pesca artesanal en el Perú', 'Paita']);
    const there = await h.onServer(id);
    expect([there.title, there.place]).toEqual(['Pesca artesanal en el Perú', 'Paita']);
    expect(next.getStatus().error).toBeNull();
  });

  it('the same field edited here and pulled: the later edit wins, the other is kept in the history', async () => {
    const id = await h.connectWith('Minería en Chile');
    await h.server.put({ ...(await h.onServer(id)), title: 'Minería del cobre en Chile', updatedAt: Date.now() - 60_000 });
    await closeBeforeApply(`bulletin:${id}`);
    await h.service.send('bulletin/update', { id, patch: { title: 'Minería del litio en Chile' } });

    const next = await h.openWindow();
    await next.syncNow();

    expect((await data.getBulletin(id))?.title).toBe('Minería del litio en Chile');
    const there = await h.onServer(id);
    expect(there.title).toBe('Minería del litio en Chile');
    expect(JSON.stringify(there.history)).toContain('Minería del cobre en Chile');
  });

  it('without an edit here, the next window stores the pulled change as it is (no merge listed)', async () => {
    const id = await h.connectWith('Turismo regional');
    await h.server.put({ ...(await h.onServer(id)), title: 'Turismo regional crece', updatedAt: Date.now() });
    await closeBeforeApply(`bulletin:${id}`);
    const next = await h.openWindow();
    expect((await data.getBulletin(id))?.title).toBe('Turismo regional crece');
    expect(await next.listConflicts()).toEqual([]);
    expect((await h.onServer(id)).title).toBe('Turismo regional crece');
  });

  it('a deletion pulled and an edit here meanwhile: the next window keeps the edited bulletin and sends it back', async () => {
    const id = await h.connectWith('Energía solar');
    await h.server.put({ ...(await h.onServer(id)), _deleted: true });
    expect(await closeBeforeApply(`bulletin:${id}`)).toBeNull();
    await h.service.send('bulletin/update', { id, patch: { title: 'Energía solar en el desierto' } });

    const next = await h.openWindow();
    await next.syncNow();

    expect((await data.getBulletin(id))?.title).toBe('Energía solar en el desierto');
    expect((await h.onServer(id)).title).toBe('Energía solar en el desierto');
  });
});
