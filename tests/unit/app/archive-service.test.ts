// The archive service keeps IndexedDB (fake here) and the search index in step. The search engine
// runs in-process behind the same port the worker client implements.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveService, FIRST_RANKED } from '../../../renderer/src/app/archive/archive-service';
import * as data from '../../../renderer/src/data';
import { bulletin, enginePort, ids } from './service-helpers';

beforeEach(() => {
  data.useArchiveDb(`service-${Date.now()}-${Math.random()}`);
});
afterEach(() => data.closeArchiveDb());

describe('ArchiveService', () => {
  it('lists a relevance search from its first ranked ids, and the rest of the same ranking on demand', async () => {
    const port = enginePort();
    const service = new ArchiveService(port);
    await service.start();
    await service.whenSearchReady();
    const n = FIRST_RANKED + 60;
    // Different counts of the word, so the ranking is not the import order.
    const many = Array.from({ length: n }, (_, i) => bulletin(`Informe ${i}`, `${'pesca '.repeat(1 + (i % 7))}texto ${i}.`, `2023-01-${String(1 + (i % 28)).padStart(2, '0')}`));
    await service.commitImport({ fileNames: ['many.txt'], bulletins: many });
    const full = port.engine.search('pesca', { prefixLast: false, sort: 'relevance' }).ids;
    expect(full).toHaveLength(n);
    const model = await service.query('pesca', { order: 'relevance', translations: false });
    if (model.kind !== 'matches') throw new Error('expected matches');
    expect(model.total).toBe(n);
    expect(model.ids).toEqual(full.slice(0, FIRST_RANKED));
    // A window across the first ids' end comes from the whole ranking, in the same order.
    const rows = await service.loadRows(model, FIRST_RANKED - 5, 20);
    expect(rows.map((r) => r.id)).toEqual(full.slice(FIRST_RANKED - 5, FIRST_RANKED + 15));
    expect(await service.allIds(model)).toEqual(full);
    expect(await service.inResults(model, full[n - 1] ?? '')).toBe(true);
    expect(await service.inResults(model, 'no-such-id')).toBe(false);
  });

  it('indexes an import at once, and follows edits, trash and restore', async () => {
    const service = new ArchiveService(enginePort());
    await service.start();
    await service.whenSearchReady();
    const { added } = await service.commitImport({
      fileNames: ['test.txt'],
      bulletins: [bulletin('Pesca artesanal en Perú', 'Las capturas crecen.'), bulletin('Turismo', 'El turismo regional.')],
    });
    expect(added).toHaveLength(2);
    const pesca = added.find((b) => b.title.startsWith('Pesca'))?.id ?? '';
    expect(await ids(service, 'peru pesca')).toEqual([pesca]);

    // A command resolves once the index has followed: no waiting for change events.
    await service.send('bulletin/update', { id: pesca, patch: { title: 'Acuicultura en Chile' } });
    expect(await ids(service, 'acuicultura')).toEqual([pesca]);
    expect(await ids(service, 'pesca')).toEqual([]);

    await service.send('bulletin/trash', { ids: [pesca] });
    expect(await ids(service, 'acuicultura')).toEqual([]);
    await service.send('bulletin/restore', { ids: [pesca] });
    expect(await ids(service, 'acuicultura')).toEqual([pesca]);
  });

  it("follows another window's edits from its change events, until disposed", async () => {
    const port = enginePort();
    const service = new ArchiveService(port);
    await service.start();
    await service.whenSearchReady();
    const { added } = await service.commitImport({ fileNames: ['d.txt'], bulletins: [bulletin('Pesca', 'Texto.')] });
    const id = added[0]?.id ?? '';
    // The other window writes the same database and announces it on the shared channel.
    const otherWindow = new BroadcastChannel(data.ARCHIVE_CHANNEL_NAME);
    try {
      await data.updateBulletin(id, { title: 'Acuicultura' });
      otherWindow.postMessage({ kind: 'bulletins', ids: [id] });
      await expect.poll(() => ids(service, 'acuicultura')).toEqual([id]);
      service.dispose();
      await data.updateBulletin(id, { title: 'Turismo' });
      otherWindow.postMessage({ kind: 'bulletins', ids: [id] });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      otherWindow.close();
    }
    // The edit is stored, but the disposed service no longer re-indexed it.
    expect((await data.getBulletin(id))?.title).toBe('Turismo');
    expect(port.engine.search('turismo', { prefixLast: false }).total).toBe(0);
    expect(port.engine.search('acuicultura', { prefixLast: false }).total).toBe(1);
  });

  it('follows a tag rename in tag:, and never matches a tag name as a plain word', async () => {
    const service = new ArchiveService(enginePort());
    await service.start();
    await service.whenSearchReady();
    const { added } = await service.commitImport({ fileNames: ['t.txt'], bulletins: [bulletin('Uno', 'Texto uno.')] });
    const tag = await service.send('tag/create', { name: 'Alpha' });
    await service.send('tags/add', { bulletinIds: [added[0]?.id ?? ''], tagIds: [tag.id] });
    expect(await ids(service, 'tag:Alpha')).toHaveLength(1);
    await service.send('tag/rename', { id: tag.id, name: 'Fisheries' });
    expect(await ids(service, 'tag:Fisheries')).toHaveLength(1);
    expect(await ids(service, 'tag:fish')).toHaveLength(1);
    // A tag's name is not a word of the bulletin (it would match with nothing to show why).
    expect(await ids(service, 'fisheries')).toEqual([]);
    expect(await ids(service, 'tag:Alpha')).toEqual([]);
    // The glossary's Spanish name of a tag finds it too.
    expect(await ids(service, 'tag:Pesca')).toHaveLength(1);
  });

  it('tag: finds a tag by its English and its Spanish name, and by paths in either language', async () => {
    const service = new ArchiveService(enginePort());
    await service.start();
    await service.whenSearchReady();
    const { added } = await service.commitImport({ fileNames: ['t.txt'], bulletins: [bulletin('Uno', 'Texto uno.'), bulletin('Dos', 'Texto dos.')] });
    const parent = await service.send('tag/create', { name: 'Technical groups' });
    const child = await service.send('tag/create', { name: 'Fisheries', parentId: parent.id });
    await service.send('tag/rename', { id: child.id, name: 'Fisheries', names: { es: 'Pesca' } });
    await service.send('tags/add', { bulletinIds: [added[0]?.id ?? ''], tagIds: [child.id] });
    for (const query of ['tag:Fisheries', 'tag:pesca', 'tag:"Technical groups › Fisheries"', 'tag:"Grupos técnicos › Pesca"', 'tag:"Grupos tecnicos"']) {
      expect(await ids(service, query), query).toEqual([added[0]?.id]);
    }
    expect(await ids(service, 'tag:Pescado')).toEqual([]);
  });

  it('a second start loads the persisted index instead of rebuilding, and rebuilds when the data changed', async () => {
    const first = new ArchiveService(enginePort());
    await first.start();
    await first.whenSearchReady();
    await first.commitImport({ fileNames: ['t.txt'], bulletins: [bulletin('Cooperación regional', 'Texto.')] });
    await first.flush();
    await first.persistIndex();

    const loaded = enginePort();
    const second = new ArchiveService(loaded);
    await second.start();
    await second.whenSearchReady();
    expect(await ids(second, 'cooperacion')).toHaveLength(1);

    // Change the data behind the persisted index's back: its fingerprint no longer matches.
    await data.commitImport({ fileNames: ['u.txt'], bulletins: [bulletin('Cooperación técnica', 'Más texto.')] });
    const third = new ArchiveService(enginePort());
    await third.start();
    await third.whenSearchReady();
    expect(await ids(third, 'cooperacion')).toHaveLength(2);
  });

  it('the integrity check finds an index that lost documents and rebuilds it', async () => {
    const port = enginePort();
    const service = new ArchiveService(port);
    await service.start();
    await service.whenSearchReady();
    await service.commitImport({
      fileNames: ['t.txt'],
      bulletins: [bulletin('Uno', 'Texto uno.'), bulletin('Dos', 'Texto dos.'), bulletin('Tres', 'Texto tres.')],
    });
    const clean = await service.checkIntegrity();
    expect(clean.consistent).toBe(true);

    port.engine.remove(port.engine.ids().slice(0, 1));
    const repaired = await service.checkIntegrity();
    expect(repaired.consistent).toBe(false);
    expect(repaired.rebuilt).toBe(3);
    expect((await service.checkIntegrity()).consistent).toBe(true);
  });

  it('applies enabled auto-tag rules to new imports', async () => {
    const service = new ArchiveService(enginePort());
    await service.start();
    await service.whenSearchReady();
    const tag = await data.createTag({ name: 'Turismo' });
    await data.createRule({ query: 'turismo', tagId: tag.id });
    const result = await service.commitImport({
      fileNames: ['t.txt'],
      bulletins: [bulletin('Turismo en Lima', 'Visitantes.'), bulletin('Pesca', 'Barcos.')],
    });
    expect(result.ruleTagged).toBe(1);
    expect(await data.tagCounts()).toEqual(new Map([[tag.id, 1]]));
  });
});

describe('ArchiveService re-indexing', () => {
  it('never hides re-indexed bulletins from a search running meanwhile', async () => {
    const port = enginePort();
    const service = new ArchiveService(port);
    await service.start();
    await service.whenSearchReady();
    const { added } = await service.commitImport({
      fileNames: ['t.txt'],
      bulletins: [bulletin('Uno en Perú', 'Texto uno.'), bulletin('Dos en Perú', 'Texto dos.')],
    });
    const seen: number[] = [];
    const reindexing = service.reindex(added.map((b) => b.id));
    for (let i = 0; i < 5; i++) {
      seen.push((await ids(service, 'country:peru')).length);
      await Promise.resolve();
    }
    await reindexing;
    expect(seen.every((n) => n === 2)).toBe(true);
  });
});

describe('ArchiveService imports', () => {
  it('indexes while storing, and takes back out what the store skipped as duplicates', async () => {
    const port = enginePort();
    const service = new ArchiveService(port);
    await service.start();
    await service.whenSearchReady();
    const batch = [bulletin('Pesca en Perú', 'Uno.'), bulletin('Turismo en Chile', 'Dos.')];
    await service.commitImport({ fileNames: ['a.txt'], bulletins: batch });
    const again = await service.commitImport({ fileNames: ['b.txt'], bulletins: [...batch, bulletin('Nuevo', 'Tres.')] });
    expect(again.added).toHaveLength(1);
    expect(again.skippedDuplicates).toBe(2);
    expect(port.engine.size).toBe(3);
    expect(await ids(service, 'pesca')).toHaveLength(1);
    expect((await service.checkIntegrity()).consistent).toBe(true);
  });
});
