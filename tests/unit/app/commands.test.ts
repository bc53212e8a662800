// The command set keeps the search index in step by construction: each command resolves only once
// the index reflects its write, also while a long import of the same service is in flight (the
// service used to drop every re-index that came in during its own import).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArchiveService } from '../../../renderer/src/app/archive/archive-service';
import * as data from '../../../renderer/src/data';
import { bulletin, enginePort, ids } from './service-helpers';

let service: ArchiveService;
let port: ReturnType<typeof enginePort>;

beforeEach(async () => {
  data.useArchiveDb(`commands-${Date.now()}-${Math.random()}`);
  port = enginePort();
  service = new ArchiveService(port);
  await service.start();
  await service.whenSearchReady();
});
afterEach(() => {
  vi.unstubAllGlobals();
  service.dispose();
  data.closeArchiveDb();
});

const until = async (condition: () => boolean, what: string): Promise<void> => {
  for (let waited = 0; !condition(); waited += 2) {
    if (waited > 20_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
};

describe('commands during a long import', () => {
  it('edit, trash and tag made while 2,000 bulletins are being imported are all searchable after it', async () => {
    const seeded = await service.send('import/commit', {
      fileNames: ['seed.txt'],
      bulletins: [bulletin('Acuerdo pesquero', 'Uno.'), bulletin('Turismo costero', 'Dos.'), bulletin('Minería andina', 'Tres.')],
    });
    const [edited, trashed, tagged] = seeded.added.map((summary) => summary.id);
    if (!edited || !trashed || !tagged) throw new Error('the seed import stored fewer than 3 bulletins');
    const tag = await service.send('tag/create', { name: 'Minería' });

    let written = 0;
    let importDone = false;
    const big = Array.from({ length: 2000 }, (_, i) => bulletin(`Boletín regional ${i}`, `Cuerpo del boletín número ${i}.`));
    const importing = service
      .send('import/commit', { fileNames: ['big.txt'], bulletins: big, onProgress: (done) => (written = done) })
      .then((result) => {
        importDone = true;
        return result;
      });
    // Issue the commands once the import's transaction is writing (from outside its zone).
    await until(() => written > 0 || importDone, 'the import to start writing');
    expect(importDone).toBe(false);
    const commands = Promise.all([
      service.send('bulletin/update', { id: edited, patch: { title: 'Convenio acuícola' } }),
      service.send('bulletin/trash', { ids: [trashed] }),
      service.send('tags/add', { bulletinIds: [tagged], tagIds: [tag.id] }),
    ]);
    const result = await importing;
    await commands;

    expect(result.added).toHaveLength(2000);
    expect(await ids(service, 'convenio acuicola')).toEqual([edited]);
    expect(await ids(service, 'pesquero')).toEqual([]);
    expect(await ids(service, 'costero')).toEqual([]);
    expect(await ids(service, 'tag:Minería')).toEqual([tagged]);
    expect((await service.query('boletin regional', { order: 'relevance', translations: false })).total).toBe(2000);
    // Everything live is indexed, nothing else: 3 seeds + 2,000 − the trashed one. (Not checkIntegrity:
    // its sampling walks fake-indexeddb cursors, ~25 s here.)
    expect(port.engine.size).toBe(2002);
    expect(await data.countBulletins()).toBe(2002);
  });
});

describe('commands that change many bulletins at once', () => {
  it('undoing an import takes its bulletins out of the index', async () => {
    const { batchId } = await service.send('import/commit', { fileNames: ['a.txt'], bulletins: [bulletin('Pesca', 'Uno.'), bulletin('Turismo', 'Dos.')] });
    expect(await ids(service, 'pesca')).toHaveLength(1);
    expect(await service.send('import/undo', { batchId })).toBe(2);
    expect(await ids(service, 'pesca')).toEqual([]);
    expect(await ids(service, 'turismo')).toEqual([]);
  });

  it('deleting a tag, undoing that, and merging tags re-index their carriers', async () => {
    const { added } = await service.send('import/commit', { fileNames: ['a.txt'], bulletins: [bulletin('Uno', 'Texto.'), bulletin('Dos', 'Texto.')] });
    const [one, two] = added.map((summary) => summary.id);
    if (!one || !two) throw new Error('the import stored fewer than 2 bulletins');
    const pesca = await service.send('tag/create', { name: 'Pesca' });
    const mar = await service.send('tag/create', { name: 'Mar' });
    await service.send('tags/add', { bulletinIds: [one], tagIds: [pesca.id] });
    await service.send('tags/add', { bulletinIds: [two], tagIds: [mar.id] });

    const undo = await service.send('tag/delete', { id: pesca.id });
    expect(await ids(service, 'pesca')).toEqual([]);
    await service.send('tag/undo-delete', { undo });
    expect(await ids(service, 'tag:Pesca')).toEqual([one]);

    await service.send('tag/merge', { sourceId: pesca.id, targetId: mar.id });
    expect((await ids(service, 'tag:Mar')).sort()).toEqual([one, two].sort());
    expect(await ids(service, 'pesca')).toEqual([]);
  });

  it('an auto-tag rule applied by command is searchable by its tag at once', async () => {
    const { added } = await service.send('import/commit', { fileNames: ['a.txt'], bulletins: [bulletin('Turismo en Lima', 'Visitantes.'), bulletin('Pesca', 'Barcos.')] });
    const tag = await service.send('tag/create', { name: 'Viajes' });
    const rule = await service.send('rule/create', { query: 'turismo', tagId: tag.id });
    expect(await service.send('rules/apply', { rules: [rule] })).toBe(1);
    expect(await ids(service, 'tag:Viajes')).toEqual([added[0]?.id]);
  });

  it('restoring a backup rebuilds the index from the restored archive', async () => {
    // A web page: no desktop host, so no before-restore snapshot is written.
    vi.stubGlobal('window', {});
    await service.send('import/commit', { fileNames: ['a.txt'], bulletins: [bulletin('Cooperación técnica', 'Uno.')] });
    const backup = await data.exportArchive();
    await service.send('import/commit', { fileNames: ['b.txt'], bulletins: [bulletin('Turismo', 'Dos.')] });
    await service.send('archive/restore', { file: backup, mode: 'replace' });
    expect(await ids(service, 'turismo')).toEqual([]);
    expect(await ids(service, 'cooperacion')).toHaveLength(1);
  });
});

describe("another window's big change during our import", () => {
  it('reloads the index only after the import is done, so the import is never cleared away', async () => {
    const gated = enginePort();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // A reload either imports the saved index (when it matches the data) or clears and rebuilds.
    let reloads = 0;
    const slow = {
      ...gated,
      // The import's batch is indexed at once but its add "takes" until released.
      add: async (docs: Parameters<typeof gated.add>[0]) => {
        const size = await gated.add(docs);
        if (docs.length > 1) await gate;
        return size;
      },
      clear: async () => {
        reloads++;
        await gated.clear();
      },
      import: async (chunks: Parameters<typeof gated.import>[0]) => {
        reloads++;
        return gated.import(chunks);
      },
    };
    const local = new ArchiveService(slow);
    await local.start();
    await local.whenSearchReady();
    reloads = 0;
    const otherWindow = new BroadcastChannel(data.ARCHIVE_CHANNEL_NAME);
    try {
      const importing = local.send('import/commit', { fileNames: ['a.txt'], bulletins: [bulletin('Pesca', 'Uno.'), bulletin('Turismo', 'Dos.')] });
      // An import in another window: too many ids to announce, so the kind alone.
      otherWindow.postMessage({ kind: 'bulletins' });
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(reloads).toBe(0);
      release();
      await importing;
      await expect.poll(() => reloads, { timeout: 10_000 }).toBe(1);
      await local.whenSearchReady();
      expect(await ids(local, 'pesca')).toHaveLength(1);
    } finally {
      otherWindow.close();
      local.dispose();
    }
  }, 30_000);
});
