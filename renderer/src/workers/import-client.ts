/**
 * Main-thread side of the import pipeline. Text, markdown, JSON and PDF files go to the import
 * worker; HTML and .docx need DOMParser + DOMPurify and run here, yielding between files so the
 * UI stays responsive. Files are processed in order; one bad file never stops the others.
 */
import DOMPurify from 'dompurify';
import { ImportFileError } from '../core/import/errors';
import { type HtmlToolkit, createHtmlToolkit, sanitizeFragment } from '../core/import/html-toolkit';
import { type ImportInput, importFile, needsDom } from '../core/import/import-file';
import type { ParsedBulletin } from '../core/model';

/** Main thread → worker: one file. */
export interface ImportRequest {
  id: number;
  file: { name: string; bytes: Uint8Array };
}

/**
 * Worker → main thread: the file's bulletins (with their content hashes, computed off the main
 * thread) or its error message.
 */
export type ImportResponse =
  | { id: number; ok: true; bulletins: ParsedBulletin[]; contentHashes?: string[] }
  | { id: number; ok: false; error: string };

/** The outcome for one file; `error` is the full message, file name included. */
export interface ImportFileResult {
  fileName: string;
  bulletins: ParsedBulletin[];
  /**
   * `contentHash(title, body)` of each bulletin, when the worker computed them: pass them on as
   * `commitImport`'s `contentHashes` so the main thread does not hash every bulletin again.
   */
  contentHashes?: string[];
  error?: string;
}

export interface ImportFilesOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

/** What the client needs from a Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ImportRequest): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ImportResponse>) => void): void;
  addEventListener(type: 'error', listener: (e: Event) => void): void;
  terminate(): void;
}

export interface ImportClientDeps {
  createWorker(): WorkerLike;
  htmlToolkit(): HtmlToolkit;
}

const defaultDeps: ImportClientDeps = {
  createWorker: () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }) as WorkerLike,
  htmlToolkit: () => createHtmlToolkit(new DOMParser(), DOMPurify),
};

const abortError = (): DOMException => new DOMException('Import cancelled', 'AbortError');
const yieldToUi = (): Promise<void> => new Promise((r) => setTimeout(r));

/** Creates an import client; `deps` are injectable for tests. */
export function createImportClient(deps: ImportClientDeps = defaultDeps) {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(r: ImportResponse): void; reject(e: unknown): void }>();
  let toolkit: HtmlToolkit | null = null;

  const getWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = deps.createWorker();
    w.addEventListener('message', (e: MessageEvent<ImportResponse>) => {
      pending.get(e.data.id)?.resolve(e.data);
      pending.delete(e.data.id);
    });
    // A crashed worker fails the files in flight; the next file gets a fresh worker.
    w.addEventListener('error', (e: Event) => {
      for (const p of pending.values()) p.reject(new Error(String((e as { message?: unknown }).message ?? 'import worker failed')));
      pending.clear();
      if (worker === w) worker = null;
      w.terminate();
    });
    worker = w;
    return w;
  };

  const reset = (): void => {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) p.reject(abortError());
    pending.clear();
  };

  const inWorker = (file: ImportInput, signal?: AbortSignal): Promise<ImportResponse> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const done = (): void => signal?.removeEventListener('abort', reset);
      pending.set(id, {
        resolve: (r) => (done(), resolve(r)),
        reject: (e) => (done(), reject(e)),
      });
      signal?.addEventListener('abort', reset, { once: true });
      getWorker().postMessage({ id, file });
    });

  const html = (): HtmlToolkit => (toolkit ??= deps.htmlToolkit());

  async function importOne(file: ImportInput, signal?: AbortSignal): Promise<ImportFileResult> {
    try {
      if (needsDom(file.name)) {
        await yieldToUi();
        return { fileName: file.name, bulletins: await importFile(file, { html: html() }) };
      }
      const res = await inWorker(file, signal);
      if (!res.ok) return { fileName: file.name, bulletins: [], error: res.error };
      // Backup files may carry HTML from anywhere: sanitise it here, where DOMPurify lives.
      const bulletins = res.bulletins.map((b) => (b.bodyHtml ? { ...b, bodyHtml: sanitizeFragment(b.bodyHtml, html()) || null } : b));
      return res.contentHashes ? { fileName: file.name, bulletins, contentHashes: res.contentHashes } : { fileName: file.name, bulletins };
    } catch (err) {
      if (signal?.aborted) throw abortError();
      const error = err instanceof ImportFileError ? err.message : `${file.name}: ${err instanceof Error ? err.message : String(err)}`;
      return { fileName: file.name, bulletins: [], error };
    }
  }

  return {
    /** Imports files in order; rejects with an AbortError when `signal` aborts. */
    async importFiles(files: ImportInput[], opts: ImportFilesOptions = {}): Promise<ImportFileResult[]> {
      const results: ImportFileResult[] = [];
      opts.onProgress?.(0, files.length);
      for (const file of files) {
        if (opts.signal?.aborted) throw abortError();
        results.push(await importOne(file, opts.signal));
        if (opts.signal?.aborted) throw abortError();
        opts.onProgress?.(results.length, files.length);
      }
      return results;
    },
    /** Stops the worker. */
    dispose: reset,
  };
}

let shared: ReturnType<typeof createImportClient> | null = null;

/** Imports files with the app-wide client (one worker, created on first use). */
export function importFiles(files: ImportInput[], opts: ImportFilesOptions = {}): Promise<ImportFileResult[]> {
  shared ??= createImportClient();
  return shared.importFiles(files, opts);
}
