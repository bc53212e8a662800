/**
 * Main-thread side of the import pipeline. Every file goes to an import worker: text, Markdown,
 * JSON, PDF, and HTML and .docx too (parsed there on linkedom, sanitised there by DOMPurify), so the
 * UI thread never parses a page (issue 23: 100,000 nested `<div>`s froze it 43 s). Up to `poolSize`
 * files are parsed at once, each in its own worker (a folder of files parses ~2× faster on two
 * cores); results keep the files' order, and one bad file never stops the others.
 */
import { ImportFileError } from '../core/import/errors';
import type { ImportInput } from '../core/import/import-file';
import type { ParsedBulletin } from '../core/model';
import type { OcrProgress } from '../core/import/ocr';
import type { OcrReport } from '../core/import/ocr-marks';

/** Main thread → worker: one file. */
export interface ImportRequest {
  id: number;
  file: ImportInput;
  /** Absolute URL of the app's `ocr/` folder: scanned PDF pages are OCR'd when present. */
  ocrBase?: string;
  /**
   * Sketch each body for finding copies across the batch's files. Only a batch of two files or more
   * has copies to find: sketching every body of a one-file import cost its preview ~2.5 s per
   * 10,000 bulletins (bench `--only=ui`), for nothing.
   */
  sketch?: boolean;
}

/**
 * Worker → main thread: the file's bulletins (with their content hashes, computed off the main
 * thread) or its error message. A large file's bulletins come in several messages, all but the
 * last with `more: true`, so that no single message takes the UI thread long to receive.
 */
export type ImportResponse =
  | {
      id: number;
      ok: true;
      bulletins: ParsedBulletin[];
      contentHashes?: string[];
      /** Each bulletin's `bodySketch` (core/import/batch-duplicates.ts), made in the worker. */
      sketches?: (Uint32Array | null)[];
      /**
       * A part of a long body or bodyHtml of the file's bulletin `index` (counted over the whole
       * file), sent before that bulletin, whose own text is the last part (import-job.ts).
       */
      part?: { index: number; field: 'body' | 'bodyHtml'; text: string };
      more?: boolean;
      /** The worker closes itself after this answer (import-job.ts, RECYCLE_AFTER_BYTES): use a new one. */
      closing?: true;
      lost?: string[];
      ocr?: OcrReport;
      sha256?: string;
    }
  | { id: number; ok: false; error: string; closing?: true }
  /** A scanned page was recognised (sent before the file's result). */
  | { id: number; ok?: undefined; progress: OcrProgress };

/** The outcome for one file; `error` is the full message, file name included. */
export interface ImportFileResult {
  fileName: string;
  bulletins: ParsedBulletin[];
  /**
   * `contentHash(title, body)` of each bulletin, when the worker computed them: pass them on as
   * `commitImport`'s `contentHashes` so the main thread does not hash every bulletin again.
   */
  contentHashes?: string[];
  /** `bodySketch` of each bulletin, when the worker made them: finding copies across files then sketches nothing here. */
  sketches?: (Uint32Array | null)[];
  /**
   * Source lines the importer put in no bulletin and did not set aside as chrome (see
   * core/import/coverage.ts): the preview warns and offers to keep them. Absent when none.
   */
  lost?: string[];
  /** Present when pages were OCR'd: confidence per page and a mark per bulletin (issue 15). */
  ocr?: OcrReport;
  /** SHA-256 of the file's bytes (hex), computed by the worker: its kept original's content address. */
  sha256?: string;
  error?: string;
}

export interface ImportFilesOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /**
   * Hand each file's bytes to its worker instead of copying them (the caller's arrays are left
   * empty). Copying a 27 MB file took the UI thread ~100 ms (measured); moving it takes none.
   */
  transferBytes?: boolean;
  /** Each recognised page of a scanned PDF (OCR runs in the worker; Cancel is `signal`). */
  onOcrProgress?(progress: OcrProgress): void;
}

/** What the client needs from a Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ImportRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ImportResponse>) => void): void;
  addEventListener(type: 'error', listener: (e: Event) => void): void;
  terminate(): void;
}

export interface ImportClientDeps {
  createWorker(): WorkerLike;
  /** How many files to parse at once, each in its own worker (default 1). */
  poolSize?: number;
  /** Where the OCR files are served (absolute URL of `ocr/`); without it scanned PDFs are refused. */
  ocrBase?: string;
}

/**
 * Two parse workers (one on a single core): while files parse the main thread only waits, and more
 * workers would compete with the storing and indexing that follow a preview.
 */
const defaultPoolSize = (): number => Math.min(2, Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 2));

const defaultDeps: ImportClientDeps = {
  createWorker: () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }) as WorkerLike,
  poolSize: defaultPoolSize(),
  // The build copies the OCR files next to index.html (electron.vite.config.ts, `ocrAssets`).
  ocrBase: typeof document === 'undefined' ? undefined : new URL('ocr/', document.baseURI).href,
};

interface Pending {
  onOcrProgress?(progress: OcrProgress): void;
  resolve(r: ImportResponse): void;
  reject(e: unknown): void;
}

interface PoolWorker {
  worker: WorkerLike;
  pending: Map<number, Pending>;
}

const abortError = (): DOMException => new DOMException('Import cancelled', 'AbortError');

/** A file's answer so far, gathered over its messages. */
interface Received {
  bulletins: ParsedBulletin[];
  contentHashes: string[];
  sketches: (Uint32Array | null)[];
  lost: string[];
  /** Leading parts of long texts, by `${bulletin index} ${field}`, until their bulletin arrives. */
  heads: Map<string, string[]>;
  ocr?: OcrReport;
  sha256?: string;
}

/** Bulletin `index` of a file with the parts of its long texts that came before it put back in front. */
function withHeads(b: ParsedBulletin, index: number, heads: Map<string, string[]>): ParsedBulletin {
  let whole = b;
  for (const field of ['body', 'bodyHtml'] as const) {
    const key = `${index} ${field}`;
    const parts = heads.get(key);
    if (!parts) continue;
    heads.delete(key);
    // One join, so the text is flat here: `head + tail` would be a rope that the preview's first
    // look at the body (a trim, a regex) flattens, copying 8 MB in the task that draws the row.
    whole = { ...whole, [field]: [...parts, b[field] ?? ''].join('') };
  }
  return whole;
}

/** Creates an import client; `deps` are injectable for tests. */
export function createImportClient(deps: ImportClientDeps = defaultDeps) {
  const poolSize = Math.max(1, Math.floor(deps.poolSize ?? 1));
  let pool: PoolWorker[] = [];
  let nextId = 1;

  const spawn = (): PoolWorker => {
    const entry: PoolWorker = { worker: deps.createWorker(), pending: new Map() };
    const partial = new Map<number, Received>();
    entry.worker.addEventListener('message', (e: MessageEvent<ImportResponse>) => {
      const res = e.data;
      if (res.ok === undefined) {
        entry.pending.get(res.id)?.onOcrProgress?.(res.progress);
        return;
      }
      if (res.ok) {
        const sofar: Received = partial.get(res.id) ?? { bulletins: [], contentHashes: [], sketches: [], lost: [], heads: new Map<string, string[]>() };
        if (res.ocr) sofar.ocr = res.ocr;
        if (res.sha256) sofar.sha256 = res.sha256;
        if (res.part) {
          const key = `${res.part.index} ${res.part.field}`;
          sofar.heads.set(key, [...(sofar.heads.get(key) ?? []), res.part.text]);
        }
        for (const b of res.bulletins) sofar.bulletins.push(sofar.heads.size > 0 ? withHeads(b, sofar.bulletins.length, sofar.heads) : b);
        for (const h of res.contentHashes ?? []) sofar.contentHashes.push(h);
        for (const k of res.sketches ?? []) sofar.sketches.push(k);
        for (const l of res.lost ?? []) sofar.lost.push(l);
        if (res.more) {
          partial.set(res.id, sofar);
          return;
        }
        partial.delete(res.id);
        const hashes = sofar.contentHashes.length === sofar.bulletins.length ? { contentHashes: sofar.contentHashes } : {};
        const sketches = sofar.sketches.length === sofar.bulletins.length ? { sketches: sofar.sketches } : {};
        const lost = sofar.lost.length > 0 ? { lost: sofar.lost } : {};
        const ocr = sofar.ocr ? { ocr: sofar.ocr } : {};
        const sha256 = sofar.sha256 ? { sha256: sofar.sha256 } : {};
        entry.pending.get(res.id)?.resolve({ id: res.id, ok: true, bulletins: sofar.bulletins, ...hashes, ...sketches, ...lost, ...ocr, ...sha256 });
      } else {
        partial.delete(res.id);
        entry.pending.get(res.id)?.resolve(res);
      }
      entry.pending.delete(res.id);
      if (res.closing) retire(entry);
    });
    // A crashed worker fails its files in flight; the next file gets a fresh worker.
    entry.worker.addEventListener('error', (e: Event) => {
      for (const p of entry.pending.values()) p.reject(new Error(String((e as { message?: unknown }).message ?? 'import worker failed')));
      entry.pending.clear();
      pool = pool.filter((w) => w !== entry);
      entry.worker.terminate();
    });
    pool.push(entry);
    return entry;
  };

  /** Takes a worker that closed itself out of the pool; anything still sent to it is failed, not lost. */
  const retire = (entry: PoolWorker): void => {
    pool = pool.filter((w) => w !== entry);
    for (const p of entry.pending.values()) p.reject(new Error('import worker closed'));
    entry.pending.clear();
    entry.worker.terminate();
  };

  /** The idle worker, a new one while the pool is not full, else the least busy. */
  const pickWorker = (): PoolWorker => {
    const idle = pool.find((w) => w.pending.size === 0);
    if (idle) return idle;
    if (pool.length < poolSize) return spawn();
    return pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  };

  const reset = (): void => {
    const stopped = pool;
    pool = [];
    for (const entry of stopped) {
      entry.worker.terminate();
      for (const p of entry.pending.values()) p.reject(abortError());
      entry.pending.clear();
    }
  };

  const inWorker = (file: ImportInput, signal?: AbortSignal, transfer = false, onOcrProgress?: (p: OcrProgress) => void, sketch = false): Promise<ImportResponse> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const done = (): void => signal?.removeEventListener('abort', reset);
      const entry = pickWorker();
      entry.pending.set(id, {
        onOcrProgress,
        resolve: (r) => (done(), resolve(r)),
        reject: (e) => (done(), reject(e)),
      });
      signal?.addEventListener('abort', reset, { once: true });
      const { buffer } = file.bytes;
      // Only a plain ArrayBuffer can move, and only when the array is all of it (nothing else of it is lost).
      const plain = Object.prototype.toString.call(buffer) === '[object ArrayBuffer]'; // not a SharedArrayBuffer (any realm)
      const movable = transfer && plain && file.bytes.byteOffset === 0 && file.bytes.byteLength === buffer.byteLength;
      const request: ImportRequest = { id, file, ...(deps.ocrBase ? { ocrBase: deps.ocrBase } : {}), ...(sketch ? { sketch } : {}) };
      if (movable) entry.worker.postMessage(request, [buffer as ArrayBuffer]);
      else entry.worker.postMessage(request);
    });

  async function importOne(file: ImportInput, signal?: AbortSignal, transfer = false, onOcrProgress?: (p: OcrProgress) => void, sketch = false): Promise<ImportFileResult> {
    try {
      const res = await inWorker(file, signal, transfer, onOcrProgress, sketch);
      if (res.ok === undefined) throw new Error('progress taken for a result'); // never: the listener keeps progress apart
      if (!res.ok) return { fileName: file.name, bulletins: [], error: res.error };
      return {
        fileName: file.name,
        bulletins: res.bulletins,
        ...(res.contentHashes ? { contentHashes: res.contentHashes } : {}),
        ...(res.sketches ? { sketches: res.sketches } : {}),
        ...(res.lost ? { lost: res.lost } : {}),
        ...(res.ocr ? { ocr: res.ocr } : {}),
        ...(res.sha256 ? { sha256: res.sha256 } : {}),
      };
    } catch (err) {
      if (signal?.aborted) throw abortError();
      const error = err instanceof ImportFileError ? err.message : `${file.name}: ${err instanceof Error ? err.message : String(err)}`;
      return { fileName: file.name, bulletins: [], error };
    }
  }

  return {
    /** Imports files (results in the files' order); rejects with an AbortError when `signal` aborts. */
    async importFiles(files: ImportInput[], opts: ImportFilesOptions = {}): Promise<ImportFileResult[]> {
      const results = new Array<ImportFileResult>(files.length);
      let next = 0;
      let done = 0;
      // Copies across files need each body's sketch; a one-file batch has none to find.
      const sketch = files.length >= 2;
      opts.onProgress?.(0, files.length);
      const runner = async (): Promise<void> => {
        while (next < files.length) {
          if (opts.signal?.aborted) throw abortError();
          const index = next++;
          results[index] = await importOne(files[index] as ImportInput, opts.signal, opts.transferBytes ?? false, opts.onOcrProgress, sketch);
          if (opts.signal?.aborted) throw abortError();
          opts.onProgress?.(++done, files.length);
        }
      };
      await Promise.all(Array.from({ length: Math.min(poolSize, files.length) }, runner));
      return results;
    },
    /** Stops the workers. */
    dispose: reset,
  };
}

let shared: ReturnType<typeof createImportClient> | null = null;

/** Imports files with the app-wide client (workers created on first use). */
export function importFiles(files: ImportInput[], opts: ImportFilesOptions = {}): Promise<ImportFileResult[]> {
  shared ??= createImportClient();
  return shared.importFiles(files, opts);
}
