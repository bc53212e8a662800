// The real search worker module, run in-process: `self` is stubbed and a WorkerLike carries the
// messages (structured-cloned, asynchronously) between it and the real SearchClient.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchDoc } from '../../../renderer/src/core/search/engine-types';
import { SearchEngine } from '../../../renderer/src/core/search/engine';
import { createSpellingIndex } from '../../../renderer/src/core/search/spelling';
import { LATER_CHUNK_PREFIX } from '../../../renderer/src/core/search/engine-types';
import { SEARCH_INDEX_VERSION } from '../../../renderer/src/core/search/persist';
import type * as SearchIndexModule from '../../../renderer/src/data/search-index';
import { LATER_SEQ, type StagedSearchIndex } from '../../../renderer/src/data/search-index';
import { startWorker } from './in-process-search-worker';



/**
 * Mocks the data layer (for the next worker started) so that the second stage of the saved index
 * is delivered only after the returned `release()`; `extra` replaces more of the module.
 */
function holdBackStageTwo(extra: (original: typeof SearchIndexModule) => Partial<typeof SearchIndexModule> = () => ({})): () => void {
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
      ...extra(original),
    };
  });
  return () => release();
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
    const reference = new SearchEngine({ spelling: createSpellingIndex });
    reference.add(docs);
    reference.remove(['d0', 'd1']);

    // Hold back the later chunks until the test lets them through.
    const release = holdBackStageTwo();
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

  it('answers words, typing and suggestions before the second stage by reading just the postings chunks they need', async () => {
    // Many distinct words, so that the all-fields postings span several chunks.
    const word = (n: number): string => `w${n.toString(36)}x`;
    const many: SearchDoc[] = Array.from({ length: 3000 }, (_, i) => ({
      ...(docs[i % docs.length] as SearchDoc),
      id: `m${i}`,
      body: Array.from({ length: 100 }, (_, k) => word((i * 7919 + k * 104729) % 20000)).join(' '),
    }));
    const reference = new SearchEngine({ spelling: createSpellingIndex });
    reference.add(many);
    const chunks = await reference.export();
    const textChunks = chunks.filter(([k]) => k.startsWith(`${LATER_CHUNK_PREFIX}text/`)).length;
    expect(textChunks).toBeGreaterThan(2);
    const data = await import('../../../renderer/src/data');
    data.useArchiveDb(dbName);
    await data.saveSearchIndex(chunks, { version: SEARCH_INDEX_VERSION, docCount: many.length, fingerprint: 'fp' });
    data.closeArchiveDb();

    // The second stage is held back (and not handed over batch by batch): only on-demand reads can help.
    const reads: number[][] = [];
    const release = holdBackStageTwo((original) => ({
      readSearchIndexRows: (seqs: readonly number[], meta: SearchIndexModule.SearchIndexMeta) => {
        reads.push([...seqs]);
        return original.readSearchIndexRows(seqs, meta);
      },
    }));
    const client = await startWorker();
    expect(await client.loadPersisted(dbName, { version: SEARCH_INDEX_VERSION, fingerprint: 'fp' })).toMatchObject({ loaded: true, docCount: 3000 });
    // Which chunk the directory put each term in (lines `term\tchunk\tcount`).
    const dirText = chunks.find(([k]) => k === 'text.dir')?.[1];
    const chunkOf = new Map(String(dirText).split('\n').filter(Boolean).map((line) => line.split('\t')).map(([t, c]) => [t ?? '', Number(c)]));
    const exact = word(19999);
    expect(chunkOf.get(exact)).toBe(textChunks - 1);
    expect(await client.search(exact, { prefixLast: false })).toEqual(reference.search(exact, { prefixLast: false }));
    expect(reads).toEqual([[LATER_SEQ + textChunks - 1]]);
    for (const typed of [exact.slice(0, 2), exact.slice(0, 3), exact.slice(0, 4)]) expect(await client.search(typed), typed).toEqual(reference.search(typed));
    expect(reads).toHaveLength(1); // the same chunk
    // Typing a prefix whose words straddle chunks 0 and 1: both read in one round.
    const straddling = ([...chunkOf].find(([, c]) => c === 1)?.[0] ?? '').slice(0, 3);
    expect([...chunkOf].filter(([t]) => t.startsWith(straddling)).map(([, c]) => c)).toContain(0);
    expect(await client.search(straddling)).toEqual(reference.search(straddling));
    expect(reads[1]).toEqual([LATER_SEQ, LATER_SEQ + 1]);
    expect(await client.search('tourism w1', { sort: 'date-desc' })).toEqual(reference.search('tourism w1', { sort: 'date-desc' }));
    expect(await client.suggest('tourisn')).toBe('tourism');
    expect(await client.search('tourisn')).toEqual(reference.search('tourisn'));
    expect((await client.search('tourisn')).suggestion).toBe('tourism');
    release();
    expect(await client.search('"pacific alliance"')).toEqual(reference.search('"pacific alliance"'));
    const before = reads.length;
    expect(await client.search('w9')).toEqual(reference.search('w9'));
    expect(reads).toHaveLength(before); // everything is in now
    client.terminate();
  });

  it('checks a saved index against the archive it reads itself when no fingerprint is given', async () => {
    const data = await import('../../../renderer/src/data');
    data.useArchiveDb(dbName);
    const bulletin = (title: string) => ({ title, date: '2023-11-14', datePrecision: 'day' as const, place: null, language: 'es' as const,
      body: `${title}: texto.`, bodyHtml: null, countries: [], organisations: [], sourceFile: 'a.txt' });
    await data.commitImport({ fileNames: ['a.txt'], bulletins: [bulletin('Pesca')] });
    const writer = await startWorker();
    await writer.add([{ ...(docs[0] as SearchDoc), id: 'saved' }]);
    await writer.persist(dbName, { version: SEARCH_INDEX_VERSION, docCount: 1, fingerprint: await data.getIndexFingerprint() });
    writer.terminate();
    const reader = await startWorker();
    expect(await reader.loadPersisted(dbName, { version: SEARCH_INDEX_VERSION })).toMatchObject({ loaded: true, docCount: 1 });
    reader.terminate();
    await data.commitImport({ fileNames: ['b.txt'], bulletins: [bulletin('Turismo')] }); // the archive moves on
    const late = await startWorker();
    expect(await late.loadPersisted(dbName, { version: SEARCH_INDEX_VERSION })).toMatchObject({ loaded: false, reason: 'saved index is stale' });
    late.terminate();
    data.closeArchiveDb();
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
