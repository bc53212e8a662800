// The real search worker module, run in-process: `self` is stubbed and a WorkerLike carries the
// messages (structured-cloned, asynchronously) between it and the real SearchClient.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchDoc } from '../../../renderer/src/core/search/engine-types';
import { SearchEngine } from '../../../renderer/src/core/search/engine';
import { SEARCH_INDEX_VERSION } from '../../../renderer/src/core/search/persist';
import type { SearchResponse } from '../../../renderer/src/core/search/protocol';
import type * as SearchIndexModule from '../../../renderer/src/data/search-index';
import type { StagedSearchIndex } from '../../../renderer/src/data/search-index';
import type { SearchClient, WorkerLike } from '../../../renderer/src/workers/search-client';

type Listener = (event: MessageEvent) => void;

/** Loads a fresh copy of the worker module (its own engine) and returns a client talking to it. */
async function startWorker(): Promise<SearchClient> {
  vi.resetModules();
  let workerListener: Listener | null = null;
  const clientListeners: Listener[] = [];
  vi.stubGlobal('self', {
    addEventListener: (_type: string, listener: Listener) => (workerListener = listener),
    postMessage: (response: SearchResponse) =>
      setTimeout(() => clientListeners.forEach((l) => l({ data: structuredClone(response) } as MessageEvent))),
  });
  await import('../../../renderer/src/workers/search-worker');
  const port: WorkerLike = {
    postMessage: (message) => setTimeout(() => workerListener?.({ data: structuredClone(message) } as MessageEvent)),
    addEventListener: (_type, listener) => clientListeners.push(listener as Listener),
  };
  const { SearchClient } = await import('../../../renderer/src/workers/search-client');
  return new SearchClient(port);
}

const WORDS = 'pacific alliance cooperation fisheries trade climate change tourism digital security mining'.split(' ');
const docs: SearchDoc[] = Array.from({ length: 300 }, (_, i) => ({
  id: `d${i}`,
  title: `${WORDS[i % 11] ?? ''} ${WORDS[(i * 3) % 11] ?? ''}`,
  body: Array.from({ length: 10 }, (_, k) => WORDS[(i * 7 + k * k) % 11]).join(' '),
  tags: [{ id: `t${i % 3}`, name: `Tag ${i % 3}` }],
  countries: [i % 2 ? 'Peru' : 'Chile'],
  organisations: [],
  language: i % 2 ? 'es' : 'en',
  date: `20${10 + (i % 12)}-05-01`,
}));
const PHRASES = ['"pacific alliance"', '"alliance pacific"', '"climate change" -chile', 'fisheries -"trade climate"'];

let dbName = '';
beforeEach(() => {
  dbName = `worker-${Date.now()}-${Math.random()}`;
});
afterEach(() => {
  vi.doUnmock('../../../renderer/src/data/search-index');
  vi.unstubAllGlobals();
});

describe('search worker start-up', () => {
  it('answers plain searches before the phrase signatures are in; phrase searches and writes wait for them', async () => {
    const writer = await startWorker();
    await writer.add(docs);
    await writer.remove(['d0', 'd1']); // tombstones, saved as such
    await writer.persist(dbName, { version: SEARCH_INDEX_VERSION, docCount: 0, fingerprint: 'fp' });
    writer.terminate();
    const reference = new SearchEngine();
    reference.add(docs);
    reference.remove(['d0', 'd1']);

    // Hold back the later chunks until the test lets them through.
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    vi.doMock('../../../renderer/src/data/search-index', async (importOriginal) => {
      const original = await importOriginal<typeof SearchIndexModule>();
      return {
        ...original,
        loadSearchIndexStaged: async (): Promise<StagedSearchIndex | null> => {
          const staged = await original.loadSearchIndexStaged();
          return staged && { ...staged, later: staged.later.then(async (chunks) => (await gate, chunks)) };
        },
      };
    });
    const client = await startWorker();
    expect(await client.loadPersisted(dbName, { version: SEARCH_INDEX_VERSION, fingerprint: 'fp' })).toMatchObject({ loaded: true, docCount: 298 });
    const answered: string[] = [];
    const phrases = PHRASES.map((q) => client.search(q).then((r) => (answered.push(q), r)));
    const added = client.add([{ ...(docs[5] as SearchDoc), id: 'new', title: 'Pacific alliance summit' }]).then((n) => (answered.push('add'), n));
    expect(await client.search('cooperation')).toEqual(reference.search('cooperation'));
    expect(await client.search('fisheries', { sort: 'date-asc' })).toEqual(reference.search('fisheries', { sort: 'date-asc' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toEqual([]);
    release();
    const results = await Promise.all(phrases);
    results.forEach((result, i) => expect(result, PHRASES[i]).toEqual(reference.search(PHRASES[i] ?? '')));
    expect(results[0]?.total).toBeGreaterThan(0);
    expect(await added).toBe(299);
    reference.add([{ ...(docs[5] as SearchDoc), id: 'new', title: 'Pacific alliance summit' }]);
    expect(await client.search('"pacific alliance"')).toEqual(reference.search('"pacific alliance"'));
    client.terminate();
  });

  it('makes the app rebuild when the saved index has the old format', async () => {
    const data = await import('../../../renderer/src/data');
    const { ArchiveService } = await import('../../../renderer/src/app/archive/archive-service');
    data.useArchiveDb(dbName);
    await data.commitImport({
      fileNames: ['a.txt'],
      bulletins: [{ title: 'Pesca artesanal', date: '2023-11-14', datePrecision: 'day', place: 'Lima', language: 'es',
        body: 'La Alianza del Pacífico y la pesca.', bodyHtml: null, countries: ['Peru'], organisations: [], sourceFile: 'a.txt' }],
    });
    const fingerprint = await data.getIndexFingerprint();
    // A version-3 save (JSON table, 7-bit phrase string) stamped with the current fingerprint.
    const old: Array<[string, string]> = [['header', '{"version":3,"backend":"flex","size":0,"tagNames":[]}'], ['table', '{"ids":[]}'], ['pairs', '\n']];
    for (const version of [3, SEARCH_INDEX_VERSION]) {
      await data.saveSearchIndex(old, { version, docCount: 0, fingerprint });
      data.closeArchiveDb();
      data.useArchiveDb(dbName);
      const service = new ArchiveService(await startWorker());
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await service.start();
      await service.whenSearchReady();
      warn.mockRestore();
      const model = await service.query('"alianza del pacifico"', { order: 'relevance', translations: false });
      expect(model.kind === 'matches' ? model.ids : []).toHaveLength(1);
      expect((await data.loadSearchIndex())?.meta.version).toBe(SEARCH_INDEX_VERSION);
    }
    data.closeArchiveDb();
  });
});
