import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../renderer/src/core/search/engine';
import { dispatchSearchRequest, type SearchRequest, type SearchResponse } from '../../../../renderer/src/core/search/protocol';
import { ADD_BATCH_SIZE, SearchClient, type WorkerLike } from '../../../../renderer/src/workers/search-client';

/** An in-process stand-in for the worker that runs the real dispatcher asynchronously. */
function fakeWorker(): WorkerLike & { requests: SearchRequest[] } {
  const engine = new SearchEngine();
  const listeners: Array<(e: MessageEvent<SearchResponse>) => void> = [];
  const requests: SearchRequest[] = [];
  return {
    requests,
    postMessage(message) {
      const request = structuredClone(message) as SearchRequest;
      requests.push(request);
      void dispatchSearchRequest(engine, request).then((response) => {
        for (const l of listeners) l({ data: structuredClone(response) } as MessageEvent<SearchResponse>);
      });
    },
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
  };
}

describe('SearchClient', () => {
  it('posts every batch of an add without waiting for the worker to finish the earlier ones', async () => {
    const posted: string[] = [];
    const silent: WorkerLike = { postMessage: (m) => posted.push((m as SearchRequest).method), addEventListener: () => undefined };
    const client = new SearchClient(silent);
    const doc = (i: number) => ({ id: `d${i}`, title: 't', body: 'b', tags: [], countries: [], organisations: [], language: 'en' as const, date: null });
    void client.add(Array.from({ length: ADD_BATCH_SIZE * 2 + 1 }, (_, i) => doc(i)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted).toEqual(['add', 'add', 'add']);
  });

  it('yields to the event loop between posts once a slice has used its time', async () => {
    const events: string[] = [];
    // Each post takes 6 ms of this thread (cloning a batch): two posts use up a 10 ms slice.
    const slow: WorkerLike = {
      postMessage: () => {
        const until = performance.now() + 6;
        while (performance.now() < until) {
          // spin: stands for the structured clone of a batch
        }
        events.push('post');
      },
      addEventListener: () => undefined,
    };
    const client = new SearchClient(slow);
    const doc = (i: number) => ({ id: `d${i}`, title: 't', body: 'b', tags: [], countries: [], organisations: [], language: 'en' as const, date: null });
    setTimeout(() => events.push('timer'), 0);
    void client.add(Array.from({ length: ADD_BATCH_SIZE * 4 }, (_, i) => doc(i)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events.filter((e) => e === 'post')).toHaveLength(4);
    // The timer queued before the add ran between posts, not after all of them.
    expect(events.indexOf('timer')).toBeGreaterThan(0);
    expect(events.indexOf('timer')).toBeLessThan(4);
  });

  it('adds in batches, searches, resolves tags in the worker from the tree it was sent, exports and imports', async () => {
    const worker = fakeWorker();
    const client = new SearchClient(worker);
    const docs = Array.from({ length: ADD_BATCH_SIZE + 20 }, (_, i) => ({
      id: `d${i}`, title: i % 2 ? 'Fisheries' : 'Trade', body: 'text', tags: [{ id: `t${i % 3}`, name: `Tag${i % 3}` }],
      countries: [], organisations: [], language: 'en' as const, date: '2023-01-01',
    }));
    const progress: number[] = [];
    expect(await client.add(docs, (done) => progress.push(done))).toBe(docs.length);
    expect(progress).toEqual([ADD_BATCH_SIZE, docs.length]);
    expect(worker.requests.filter((r) => r.method === 'add')).toHaveLength(2);
    expect((await client.search('fisheries', { prefixLast: false })).total).toBe(docs.filter((d) => d.title === 'Fisheries').length);
    await client.setTags([{ id: 'p', name: 'Parent', parentId: null }, { id: 't0', name: 'Fisheries and Aquaculture', parentId: 'p' }]);
    const t0 = docs.filter((d) => d.tags[0]?.id === 't0').length;
    expect((await client.search('tag:Parent')).total).toBe(t0);
    // A part of a tag's name finds it.
    expect((await client.search('tag:fish')).total).toBe(t0);
    expect(await client.has('d1')).toBe(true);
    const chunks = await client.export();
    const other = new SearchClient(fakeWorker());
    expect(await other.import(chunks)).toBe(docs.length);
    expect((await other.search('trade', { prefixLast: false })).total).toBe(docs.filter((d) => d.title === 'Trade').length);
    await expect(other.import([['header', '{"version":0}']])).rejects.toThrow(/not supported/);
  });
});
