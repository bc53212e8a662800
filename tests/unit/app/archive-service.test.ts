// The archive service keeps IndexedDB (fake here) and the search index in step. The search engine
// runs in-process behind the same port the worker client implements.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveService } from '../../../renderer/src/app/archive/archive-service';
import type { SearchPort } from '../../../renderer/src/app/archive/search-port';
import type { ParsedBulletin } from '../../../renderer/src/core/model';
import { SearchEngine } from '../../../renderer/src/core/search/engine';
import * as data from '../../../renderer/src/data';

function enginePort(engine = new SearchEngine()): SearchPort & { engine: SearchEngine } {
  return {
    engine,
    add: async (docs) => (engine.add(docs), engine.size),
    remove: async (ids) => (engine.remove([...ids]), engine.size),
    clear: async () => engine.clear(),
    size: async () => engine.size,
    has: async (id) => engine.has(id),
    ids: async (sample) => engine.ids(sample),
    search: async (query, opts) => engine.search(query, opts),
    suggest: async (word) => engine.suggest(word),
    export: () => engine.export(),
    import: async (chunks) => (await engine.import(chunks), engine.size),
  };
}

const bulletin = (title: string, body: string, date = '2023-11-14'): ParsedBulletin => ({
  title,
  date,
  datePrecision: 'day',
  place: 'Lima',
  language: 'es',
  body,
  bodyHtml: null,
  countries: ['Peru'],
  organisations: [],
  sourceFile: 'test.txt',
});

const ids = async (service: ArchiveService, query: string) => {
  const model = await service.query(query, { order: 'relevance', translations: false });
  return model.kind === 'matches' ? model.ids : [];
};

beforeEach(() => {
  data.useArchiveDb(`service-${Date.now()}-${Math.random()}`);
});
afterEach(() => data.closeArchiveDb());

describe('ArchiveService', () => {
  it('indexes an import at once, and follows edits, trash and restore', async () => {
    const service = new ArchiveService(enginePort());
    await service.start();
    await service.whenSearchReady();
    const { added } = await service.commitImport({
      fileNames: ['test.txt'],
      bulletins: [bulletin('Pesca artesanal en Perú', 'Las pesquerías crecen.'), bulletin('Turismo', 'El turismo regional.')],
    });
    expect(added).toHaveLength(2);
    const pesca = added.find((b) => b.title.startsWith('Pesca'))?.id ?? '';
    expect(await ids(service, 'peru pesca')).toEqual([pesca]);

    await data.updateBulletin(pesca, { title: 'Acuicultura en Chile' });
    await expect.poll(() => ids(service, 'acuicultura')).toEqual([pesca]);
    expect(await ids(service, 'pesca')).toEqual([]);

    await data.moveToTrash([pesca]);
    await expect.poll(() => ids(service, 'acuicultura')).toEqual([]);
    await data.restoreFromTrash([pesca]);
    await expect.poll(() => ids(service, 'acuicultura')).toEqual([pesca]);
  });

  it('stops following archive changes once disposed', async () => {
    const port = enginePort();
    const service = new ArchiveService(port);
    await service.start();
    await service.whenSearchReady();
    const { added } = await service.commitImport({ fileNames: ['d.txt'], bulletins: [bulletin('Pesca', 'Texto.')] });
    const id = added[0]?.id ?? '';
    await data.updateBulletin(id, { title: 'Acuicultura' });
    await expect.poll(() => ids(service, 'acuicultura')).toEqual([id]);
    service.dispose();
    await data.updateBulletin(id, { title: 'Turismo' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The edit is stored, but the disposed service no longer re-indexed it.
    expect((await data.getBulletin(id))?.title).toBe('Turismo');
    expect(port.engine.search('turismo', { prefixLast: false }).total).toBe(0);
    expect(port.engine.search('acuicultura', { prefixLast: false }).total).toBe(1);
  });

  it('re-indexes bulletins when their tag is renamed, so tag: and words follow', async () => {
    const service = new ArchiveService(enginePort());
    await service.start();
    await service.whenSearchReady();
    const { added } = await service.commitImport({ fileNames: ['t.txt'], bulletins: [bulletin('Uno', 'Texto uno.')] });
    const tag = await data.createTag({ name: 'Pesca' });
    await data.addTags([added[0]?.id ?? ''], [tag.id]);
    await expect.poll(() => ids(service, 'tag:Pesca')).toHaveLength(1);
    await data.renameTag(tag.id, 'Fisheries');
    await expect.poll(() => ids(service, 'tag:Fisheries')).toHaveLength(1);
    expect(await ids(service, 'tag:Pesca')).toEqual([]);
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
