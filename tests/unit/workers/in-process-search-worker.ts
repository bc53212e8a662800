// The real search worker module, run in-process: `self` is stubbed and a WorkerLike carries the
// messages (structured-cloned, asynchronously) between it and the real SearchClient.
import { vi } from 'vitest';
import type { SearchResponse } from '../../../renderer/src/core/search/protocol';
import type { SearchClient, WorkerLike } from '../../../renderer/src/workers/search-client';

type Listener = (event: MessageEvent) => void;

/** Loads a fresh copy of the worker module (its own engine) and returns a client talking to it. */
export async function startWorker(): Promise<SearchClient> {
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
