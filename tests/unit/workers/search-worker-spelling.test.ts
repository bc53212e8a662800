// The real search worker module, run in-process (as in search-worker.test.ts): the spelling module
// (FlexSearch) is imported only when a first search finds nothing, and only once.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchDoc } from '../../../renderer/src/core/search/engine-types';
import { startWorker } from './in-process-search-worker';

const SPELLING = '../../../renderer/src/core/search/spelling';


const doc = (id: string, title: string, body: string, language: SearchDoc['language'] = 'es'): SearchDoc => ({
  id, title, body, tags: [], countries: [], organisations: [], language, date: '2024-03-01',
});
const docs = Array.from({ length: 12 }, (_, i) =>
  i % 2 ? doc(`es${i}`, `Acuicultura ${i}`, 'La acuicultura en el Pacífico.') : doc(`en${i}`, `Pacific ${i}`, 'Aquaculture in the Pacific.', 'en'),
);

afterEach(() => {
  vi.doUnmock(SPELLING);
  vi.unstubAllGlobals();
});

describe('search worker: spelling on demand', () => {
  it('imports the spelling module at the first search that finds nothing, then answers with the correction', async () => {
    let imports = 0;
    vi.doMock(SPELLING, async (importOriginal) => {
      imports++;
      return importOriginal();
    });
    const client = await startWorker();
    await client.add(docs);
    expect((await client.search('acuicultura')).total).toBe(6);
    expect((await client.search('pacific')).suggestion).toBeUndefined();
    expect(imports).toBe(0);
    const miss = await client.search('acuicultra');
    expect(miss.total).toBe(0);
    expect(miss.suggestion).toBe('acuicultura');
    expect((await client.search('Pacfic')).suggestion).toBe('Pacific');
    expect(await client.suggest('aquacultre')).toBe('aquaculture');
    expect(imports).toBe(1);
    // Words indexed after the spelling index was built are suggested too.
    await client.add([doc('new', 'Manglares', 'Los manglares de Tumbes.')]);
    expect((await client.search('manglraes')).suggestion).toBe('manglares');
    client.terminate();
  });

  it('answers without a suggestion when the spelling module cannot be loaded', async () => {
    vi.doMock(SPELLING, () => Promise.reject(new Error('chunk missing')));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client = await startWorker();
    await client.add(docs);
    const miss = await client.search('acuicultra');
    expect(miss).toMatchObject({ total: 0 });
    expect(miss.suggestion).toBeUndefined();
    expect((await client.search('acuicultura')).total).toBe(6);
    expect(errors).toHaveBeenCalledWith('search: the spelling module could not be loaded', expect.any(Error));
    errors.mockRestore();
    client.terminate();
  });
});
