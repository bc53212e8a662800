/**
 * One file's import as the import worker runs it: every format, .html and .docx included, parses
 * here, off the UI thread (issue 23). HTML goes through linkedom and DOMPurify (worker-dom.ts),
 * .docx through mammoth, both inside the bounds of core/import/limits.ts. Kept apart from
 * import-worker.ts (which only wires `self`) so tests run the worker's real code in-process.
 */
import { Sha256 } from '../core/backup/sha256';
import { ImportFileError } from '../core/import/errors';
import { bodySketch } from '../core/import/batch-duplicates';
import { contentHash } from '../core/import/hash';
import { type HtmlToolkit, sanitizeFragment } from '../core/import/html-toolkit';
import { formatOf } from '../core/import/formats';
import { importFileReport } from '../core/import/import-file';
import type { PdfjsLoader } from '../core/import/importers/pdf';
import type { OcrEngine, OcrFileSummary, PdfOcr } from '../core/import/ocr';
import { type OcrReport, ocrReport } from '../core/import/ocr-marks';
import type { ParsedBulletin } from '../core/model';
import type { ImportRequest, ImportResponse } from './import-client';

/**
 * Bulletins per message back: receiving 1,000 bulletins (~3 MB) at once is one long task on the UI
 * thread (and the garbage collection it sets off); 200 keep each well under 50 ms.
 */
export const REPLY_SLICE = 200;

export interface ImportJobDeps {
  pdfjs?: PdfjsLoader;
  /**
   * The worker's HTML toolkit, built on first use. May be a promise: the worker loads linkedom,
   * DOMPurify and Readability (most of its code) only when an HTML, .docx or backup file comes.
   */
  html(): HtmlToolkit | Promise<HtmlToolkit>;
  /** Builds the OCR engine when the page told where its files are. */
  ocrEngine?(ocrBase: string): OcrEngine;
  /** Ends this worker (`self.close()`), after an answer that says so (`closing`). */
  close?(): void;
}

/**
 * A page or Word file this large leaves the worker a heap of parsed DOM (linkedom, with a weak map
 * entry per node): its next major garbage collection ran 220–640 ms of serial marking right after
 * the answer was posted, and the page's own thread stood still for exactly that long (traced: a
 * main-thread task of 220 ms wall and 14 ms CPU over the worker's 222 ms marking; the hardening
 * e2e's long task under load). So the worker closes itself after such a file: its heap is
 * thrown away whole, not collected, and the next file gets a fresh worker.
 */
export const RECYCLE_AFTER_BYTES = 512 << 10;

/**
 * SHA-256 of the file as 64 hex digits: the content address its kept original is stored under. Here
 * WebCrypto's native digest may block (this worker, not the page) and costs a tenth of hashing in
 * script on the page (a 27 MB file: ~0.3 s of the UI thread there).
 */
export async function fileSha256(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return new Sha256().update(bytes).hex();
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Characters of a bulletin's body (or bodyHtml) per message: the page unpacks each message in one
 * task, and an 8 MB body took 15 ms there on a quiet machine, 177 ms under 6× CPU throttling
 * (traced, the hardening e2e's 5.3 MB page). A longer text travels in parts, each in its own
 * message before the bulletin's, which carries the last part.
 */
export const TEXT_PART_CHARS = 1 << 20;

type LongField = 'body' | 'bodyHtml';
type Answer = Extract<ImportResponse, { ok: true }>;

/** `b` with each long text cut to its last part, and the parts before it, in order. */
function partsOf(b: ParsedBulletin): { bulletin: ParsedBulletin; heads: { field: LongField; text: string }[] } {
  const heads: { field: LongField; text: string }[] = [];
  let bulletin = b;
  for (const field of ['body', 'bodyHtml'] as const) {
    const text = b[field];
    if (text === null || text.length <= TEXT_PART_CHARS) continue;
    const last = Math.floor((text.length - 1) / TEXT_PART_CHARS) * TEXT_PART_CHARS;
    for (let at = 0; at < last; at += TEXT_PART_CHARS) heads.push({ field, text: text.slice(at, at + TEXT_PART_CHARS) });
    bulletin = { ...bulletin, [field]: text.slice(last) };
  }
  return { bulletin, heads };
}

function reply(post: (m: ImportResponse) => void, id: number, bulletins: ParsedBulletin[], lost: string[], ocr: OcrReport | null, sha256: string | null, closing: boolean, sketch: boolean): void {
  // Hashing and sketching here keep them off the main thread, which would otherwise hash every
  // bulletin to find duplicates and sketch every body to find copies across the batch's files.
  const contentHashes = bulletins.map((b) => contentHash(b.title, b.body));
  const sketches = sketch ? bulletins.map((b) => bodySketch(b.body)) : null;
  // The left-out lines, the OCR report and the file's hash travel once, with the first message.
  let first: Pick<Answer, 'lost' | 'ocr' | 'sha256'> | null = { ...(lost.length > 0 ? { lost } : {}), ...(ocr ? { ocr } : {}), ...(sha256 ? { sha256 } : {}) };
  const send = (message: Answer): void => {
    post(first ? { ...message, ...first } : message);
    first = null;
  };
  for (let i = 0; i < bulletins.length || i === 0; i += REPLY_SLICE) {
    const more = i + REPLY_SLICE < bulletins.length;
    const slice = bulletins.slice(i, i + REPLY_SLICE).map((b, k) => {
      const { bulletin, heads } = partsOf(b);
      for (const head of heads) send({ id, ok: true, bulletins: [], more: true, part: { index: i + k, ...head } });
      return bulletin;
    });
    send({ id, ok: true, bulletins: slice, contentHashes: contentHashes.slice(i, i + REPLY_SLICE), ...(sketches ? { sketches: sketches.slice(i, i + REPLY_SLICE) } : {}), more, ...(closing && !more ? { closing } : {}) });
  }
}

/** Runs one request and posts its result (or its error) back; never throws. */
export async function runImportJob(request: ImportRequest, post: (m: ImportResponse) => void, deps: ImportJobDeps): Promise<void> {
  const { id, file, ocrBase, sketch = false } = request;
  // Scanned PDF pages are OCR'd when the page told us where the OCR files are (issue 15).
  let summary: OcrFileSummary | null = null;
  const ocr: PdfOcr | undefined =
    ocrBase && deps.ocrEngine
      ? { engine: deps.ocrEngine(ocrBase), onProgress: (progress) => post({ id, progress }), onSummary: (s) => (summary = s) }
      : undefined;
  const format = formatOf(file.name);
  const closing = Boolean(deps.close) && format?.needs === 'html-toolkit' && file.bytes.byteLength >= RECYCLE_AFTER_BYTES;
  try {
    // Before the parse: nothing may have touched the bytes yet. A file that cannot be hashed is
    // still imported (its original is then hashed on the page, as before).
    const sha256 = await fileSha256(file.bytes).catch(() => null);
    const html = format?.needs === 'html-toolkit' ? await deps.html() : undefined;
    const report = await importFileReport(file, { ...(deps.pdfjs ? { pdfjs: deps.pdfjs } : {}), ...(html ? { html } : {}), ...(ocr ? { ocr } : {}) });
    // Backup files may carry HTML from anywhere: sanitised here like an imported page's.
    const bulletins = format?.adapter === 'backup-json' && html ? report.bulletins.map((b) => (b.bodyHtml ? { ...b, bodyHtml: sanitizeFragment(b.bodyHtml, html) || null } : b)) : report.bulletins;
    reply(post, id, bulletins, report.lost, summary ? ocrReport(bulletins, summary) : null, sha256, closing, sketch);
  } catch (err) {
    post({ id, ok: false, error: err instanceof ImportFileError ? err.message : `${file.name}: ${err instanceof Error ? err.message : String(err)}`, ...(closing ? { closing } : {}) });
  }
  // In the task that posted the answer, before the collector's next task can start.
  if (closing) deps.close?.();
}
