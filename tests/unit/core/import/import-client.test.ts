import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../renderer/src/core/import/import-file';
import { createImportClient } from '../../../../renderer/src/workers/import-client';
import type { ImportRequest, ImportResponse, WorkerLike } from '../../../../renderer/src/workers/import-client';
import { RECYCLE_AFTER_BYTES, runImportJob } from '../../../../renderer/src/workers/import-job';
import { createWorkerHtmlToolkit } from '../../../../renderer/src/workers/worker-dom';
import { BACKUP_FORMAT } from '../../../../renderer/src/core/backup/format';
import { contentHash } from '../../../../renderer/src/core/import/hash';

const toolkit = createWorkerHtmlToolkit();
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Runs the worker's own job (import-job.ts, linkedom toolkit) in-process. */
function fakeWorker(log: string[]): WorkerLike {
  let listener: ((e: MessageEvent<ImportResponse>) => void) | null = null;
  return {
    postMessage(request: ImportRequest) {
      log.push(`worker:${request.file.name}`);
      void runImportJob(request, (data) => listener?.({ data } as MessageEvent<ImportResponse>), { html: () => toolkit });
    },
    addEventListener(type: string, l: (e: never) => void) {
      if (type === 'message') listener = l as (e: MessageEvent<ImportResponse>) => void;
    },
    terminate() {
      log.push('terminate');
    },
  } as WorkerLike;
}

const text = 'Title one\n\nLima, 3 de octubre de 2023.- Texto del boletín.';

describe('import client', () => {
  it('routes files, keeps order, reports progress and isolates failures', async () => {
    const log: string[] = [];
    const client = createImportClient({ createWorker: () => fakeWorker(log) });
    const progress: string[] = [];
    const results = await client.importFiles(
      [
        { name: 'a.txt', bytes: enc(text) },
        { name: 'bad.xyz', bytes: enc('x') },
        { name: 'b.html', bytes: enc('<article><h1>Html title</h1><p>Body of the html story.</p></article>') },
        { name: 'empty.txt', bytes: new Uint8Array(0) },
      ],
      { onProgress: (d, t) => progress.push(`${d}/${t}`) },
    );
    expect(results.map((r) => [r.fileName, r.bulletins.map((b) => b.title), r.error])).toEqual([
      ['a.txt', ['Title one'], undefined],
      ['bad.xyz', [], 'bad.xyz: unsupported file type .xyz'],
      ['b.html', ['Html title'], undefined],
      ['empty.txt', [], 'empty.txt: empty file'],
    ]);
    expect(progress).toEqual(['0/4', '1/4', '2/4', '3/4', '4/4']);
    // Every format parses in the worker, HTML included: nothing on the UI thread.
    expect(log).toEqual(['worker:a.txt', 'worker:bad.xyz', 'worker:b.html', 'worker:empty.txt']);
  });

  it('sanitises HTML coming from backup files in the worker', async () => {
    const client = createImportClient({ createWorker: () => fakeWorker([]) });
    const bulletin = {
      id: 'b1', title: 'T', date: null, datePrecision: 'unknown', place: null, language: 'en', countries: [], organisations: [], tags: [],
      sourceFile: 'b.json', batchId: 'x', contentHash: contentHash('T', 'B'), excerpt: 'B', createdAt: 1, updatedAt: 1, deletedAt: null,
      body: 'B', bodyHtml: '<p onclick="x()">ok</p><script>bad()</script>',
    };
    const json = JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '', bulletins: [bulletin], tags: [], dossiers: [], savedSearches: [], rules: [] });
    const [r] = await client.importFiles([{ name: 'b.json', bytes: enc(json) }]);
    expect(r?.bulletins[0]?.bodyHtml).toBe('<p>ok</p>');
  });

  it('cancels with an AbortError and stops the worker', async () => {
    const log: string[] = [];
    const client = createImportClient({ createWorker: () => fakeWorker(log) });
    const ctrl = new AbortController();
    const files = Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, bytes: enc(text) }));
    const run = client.importFiles(files, { signal: ctrl.signal, onProgress: (d) => d === 2 && ctrl.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(log.filter((l) => l.startsWith('worker:'))).toHaveLength(2);
  });

  it('terminates the worker when cancelled mid-file', async () => {
    const log: string[] = [];
    const silent = { ...fakeWorker(log), postMessage: () => log.push('posted') } as WorkerLike;
    const client = createImportClient({ createWorker: () => silent });
    const ctrl = new AbortController();
    const run = client.importFiles([{ name: 'slow.pdf', bytes: enc('%PDF-1.7') }], { signal: ctrl.signal });
    await new Promise((r) => setTimeout(r, 10));
    ctrl.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(log).toEqual(['posted', 'terminate']);
  });
});

describe('import client with two workers', () => {
  /** A worker that answers only when told to, so the test decides which file finishes first. */
  function manualWorker(name: string, log: string[], held: Array<() => void>): WorkerLike {
    const listeners: { message?: (e: MessageEvent<ImportResponse>) => void; error?: (e: Event) => void } = {};
    return {
      postMessage({ id, file }: ImportRequest) {
        log.push(`${name}:${file.name}`);
        held.push(() => {
          if (file.name.startsWith('crash')) listeners.error?.({ message: 'worker crashed' } as unknown as Event);
          else void importFile(file).then((bulletins) => listeners.message?.({ data: { id, ok: true, bulletins } } as MessageEvent<ImportResponse>));
        });
      },
      addEventListener(type: string, l: (e: never) => void) {
        if (type === 'message') listeners.message = l as (e: MessageEvent<ImportResponse>) => void;
        else listeners.error = l as (e: Event) => void;
      },
      terminate() {
        log.push(`${name}:terminate`);
      },
    } as WorkerLike;
  }

  it('parses two files at once, keeps the files order, and a crash fails only its own file', async () => {
    const log: string[] = [];
    const held: Array<() => void> = [];
    let made = 0;
    const client = createImportClient({ createWorker: () => manualWorker(`w${++made}`, log, held), poolSize: 2 });
    const files = ['one.txt', 'crash.txt', 'three.txt'].map((name) => ({ name, bytes: enc(text.replace('one', name.split('.')[0] ?? '')) }));
    const run = client.importFiles(files);
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['w1:one.txt', 'w2:crash.txt']); // both in flight before either answers
    held[1]?.(); // the second file's worker crashes first
    await new Promise((r) => setTimeout(r, 0));
    held[0]?.();
    await new Promise((r) => setTimeout(r, 0));
    held[2]?.();
    const results = await run;
    expect(results.map((r) => [r.fileName, r.bulletins.map((b) => b.title), r.error])).toEqual([
      ['one.txt', ['Title one'], undefined],
      ['crash.txt', [], 'crash.txt: worker crashed'],
      ['three.txt', ['Title three'], undefined],
    ]);
    expect(log).toContain('w2:terminate');
    expect(log).toContain('w3:three.txt'); // the crashed worker was replaced, not reused
    expect(made).toBe(3);
  });
});

describe('import client: a file answered in several messages', () => {
  it('joins the parts in order, hashes and sketches included, and answers once', async () => {
    const twoTitles = `${text}\n\nSecond title\n\nSantiago, 4 de octubre de 2023.- Otro texto.`;
    const parts: WorkerLike = (() => {
      let listener: ((e: MessageEvent<ImportResponse>) => void) | null = null;
      return {
        postMessage({ id, file }: ImportRequest) {
          void importFile(file).then((bulletins) => {
            bulletins.forEach((b, i) =>
              listener?.({
                data: { id, ok: true, bulletins: [b], contentHashes: [`h${i}`], sketches: [i === 0 ? null : Uint32Array.of(i, 7)], more: i < bulletins.length - 1 },
              } as MessageEvent<ImportResponse>),
            );
          });
        },
        addEventListener(type: string, l: (e: never) => void) {
          if (type === 'message') listener = l as (e: MessageEvent<ImportResponse>) => void;
        },
        terminate() {},
      } as WorkerLike;
    })();
    const client = createImportClient({ createWorker: () => parts });
    const [result] = await client.importFiles([{ name: 'two.txt', bytes: enc(twoTitles) }]);
    expect(result?.bulletins.map((b) => b.title)).toEqual(['Title one', 'Second title']);
    expect(result?.contentHashes).toEqual(['h0', 'h1']);
    expect(result?.sketches).toEqual([null, Uint32Array.of(1, 7)]);
  });
});

describe('import client: moving the bytes to the worker', () => {
  /** Records what each post would transfer, then answers like the worker. */
  function recordingWorker(transfers: Array<Transferable[] | undefined>): WorkerLike {
    const inner = fakeWorker([]);
    return {
      ...inner,
      postMessage(message: ImportRequest, transfer?: Transferable[]) {
        transfers.push(transfer);
        inner.postMessage(message);
      },
      addEventListener: inner.addEventListener.bind(inner),
    } as WorkerLike;
  }

  it('transfers a whole file buffer only when asked, and never a view into a larger buffer', async () => {
    const transfers: Array<Transferable[] | undefined> = [];
    const client = createImportClient({ createWorker: () => recordingWorker(transfers) });
    const whole = enc(text);
    const shared = new Uint8Array(64 + whole.length);
    shared.set(whole, 64);
    const view = shared.subarray(64);

    await client.importFiles([{ name: 'copied.txt', bytes: enc(text) }]);
    const results = await client.importFiles(
      [
        { name: 'moved.txt', bytes: whole },
        { name: 'view.txt', bytes: view },
      ],
      { transferBytes: true },
    );

    expect(results.map((r) => r.bulletins[0]?.title)).toEqual(['Title one', 'Title one']);
    expect(transfers).toEqual([undefined, [whole.buffer], undefined]);
    expect(view.byteLength).toBe(whole.length);
  });
});

describe('import client: a worker that closes itself after a large page', () => {
  it('is retired after that answer: the next file goes to a fresh worker, small pages keep theirs', async () => {
    const log: string[] = [];
    let made = 0;
    const closingWorker = (): WorkerLike => {
      const name = `w${++made}`;
      let listener: ((e: MessageEvent<ImportResponse>) => void) | null = null;
      let closed = false;
      return {
        postMessage(request: ImportRequest) {
          if (closed) return void log.push(`${name}:lost ${request.file.name}`); // what a closed worker does
          log.push(`${name}:${request.file.name}`);
          void runImportJob(request, (data) => listener?.({ data } as MessageEvent<ImportResponse>), {
            html: () => toolkit,
            close: () => {
              closed = true;
              log.push(`${name}:close`);
            },
          });
        },
        addEventListener(type: string, l: (e: never) => void) {
          if (type === 'message') listener = l as (e: MessageEvent<ImportResponse>) => void;
        },
        terminate() {
          log.push(`${name}:terminate`);
        },
      } as WorkerLike;
    };
    const client = createImportClient({ createWorker: closingWorker, poolSize: 1 });
    const paras = Array.from({ length: 14_000 }, (_, i) => `<p>Párrafo ${i} de la página grande.</p>`).join('');
    const big = `<!doctype html><html><body><main><h1>Página grande</h1>${paras}</main></body></html>`;
    expect(enc(big).byteLength).toBeGreaterThanOrEqual(RECYCLE_AFTER_BYTES);
    const small = '<article><h1>Html title</h1><p>Body of the html story.</p></article>';
    const results = await client.importFiles([
      { name: 'small.html', bytes: enc(small) },
      { name: 'big.html', bytes: enc(big) },
      { name: 'after.html', bytes: enc(small) },
      { name: 'last.txt', bytes: enc(text) },
    ]);
    expect(results.map((r) => r.error ?? r.bulletins[0]?.title)).toEqual(['Html title', 'Página grande', 'Html title', 'Title one']);
    // (This fake delivers each answer at once, so the client retires w1 before the job closes it.)
    expect(log).toEqual(['w1:small.html', 'w1:big.html', 'w1:terminate', 'w1:close', 'w2:after.html', 'w2:last.txt']);
  });
});
