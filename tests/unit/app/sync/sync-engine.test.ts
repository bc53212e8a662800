// The sync engine end to end in Node (see engine-harness): untrusted documents, Undo of a merge,
// the "changes waiting" count and Disconnect.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as data from '../../../../renderer/src/data';
import { getTeamArchiveConfig } from '../../../../renderer/src/data/sync';
import { useSyncHarness } from './engine-harness';

const h = useSyncHarness();

describe('the team-archive sync engine', () => {
  it('skips a bad document from the server with a named error and stores the rest; sanitises HTML like an import', async () => {
    const id = await h.connectWith('Pesca artesanal en Perú');
    const good = await h.onServer(id);
    await h.server.bulkDocs([
      { _id: 'bulletin:forged', type: 'bulletin', title: 42, body: 'x' },
      {
        ...good,
        _id: 'bulletin:from-colleague',
        _rev: undefined,
        title: 'Turismo comunitario',
        bodyHtml: '<p>Texto</p><script>alert(1)</script>',
      },
    ]);
    await h.engine.syncNow();
    const status = h.engine.getStatus();
    expect(status.refused.map((r) => r.docId)).toEqual(['bulletin:forged']);
    expect(status.refused[0]?.error).toMatch(/^bulletin:forged: .*title/);
    expect(status.error).toBeNull();
    const colleague = await data.getBulletin('from-colleague');
    expect(colleague?.title).toBe('Turismo comunitario');
    expect(colleague?.bodyHtml).not.toContain('<script');
    expect(await data.getBulletin('forged')).toBeNull();
    // The refused document stays on the server: a local export never deletes it.
    expect((await h.server.get('bulletin:forged')).title).toBe(42);
  });

  it('lists a merged conflict, and Undo puts this laptop’s version back, here and on the server', async () => {
    const id = await h.connectWith('Minería en Chile');
    // A colleague and this laptop retitle it at the same time; the colleague's edit is later.
    await h.server.put({ ...(await h.onServer(id)), title: 'Minería del cobre', updatedAt: Date.now() + 60_000 });
    await h.service.send('bulletin/update', { id, patch: { title: 'Minería del litio' } });
    await h.engine.syncNow();
    await h.engine.syncNow();
    expect((await data.getBulletin(id))?.title).toBe('Minería del cobre');
    const [entry] = await h.engine.listConflicts();
    expect(entry?.docId).toBe(`bulletin:${id}`);
    expect(entry?.fields).toEqual([{ field: 'title', kept: 'Minería del cobre', lost: 'Minería del litio' }]);

    if (!entry) return;
    await h.engine.undoConflict(entry);
    expect((await data.getBulletin(id))?.title).toBe('Minería del litio');
    expect((await h.onServer(id)).title).toBe('Minería del litio');
    const after = await h.engine.listConflicts();
    // The undo is an edit, not a new merge.
    expect(after).toHaveLength(1);
    expect(after[0]?.undone).toBe(true);
  });

  it('counts as waiting only what was changed here: what a sync received is not sent back', async () => {
    const id = await h.connectWith('Comercio de servicios');
    expect(h.engine.getStatus().waiting).toBe(0);
    await h.server.put({ ...(await h.onServer(id)), title: 'Comercio de servicios digitales', updatedAt: Date.now() });
    await h.engine.syncNow();
    expect((await data.getBulletin(id))?.title).toBe('Comercio de servicios digitales');
    expect(h.engine.getStatus().waiting).toBe(0);
    await h.service.send('bulletin/update', { id, patch: { place: 'Bogotá' } });
    expect(h.engine.getStatus().waiting).toBe(1);
  });

  it('Disconnect keeps the local archive and forgets the server', async () => {
    const id = await h.connectWith('Becas de movilidad');
    await h.engine.disconnect();
    expect(h.engine.getStatus().state).toBe('disconnected');
    expect(await getTeamArchiveConfig()).toBeNull();
    expect((await data.getBulletin(id))?.title).toBe('Becas de movilidad');
  });
});
