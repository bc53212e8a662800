/**
 * The import session (issue 20): the whole import flow as a framework-free state machine,
 * parsing → preview → committing → done (or failed, the preview kept for another try). It holds
 * the files, their kept originals, duplicates, left-out lines, the OCR report and the commit;
 * React only renders its state (`useImportSession`) and calls its commands. Platform work (the
 * import worker, the archive's hashes, storing) comes in as `SessionDeps`, so the machine runs
 * in Node tests as it runs in the app.
 */
import { findBatchDuplicates } from '../../core/import/batch-duplicates';
import { contentHash } from '../../core/import/hash';
import { TimeSlice, yieldToEventLoop } from '../../core/scheduling';
import type { ImportInput } from '../../core/import/import-file';
import type { OcrProgress } from '../../core/import/ocr';
import type { ImportFileResult } from '../../workers/import-client';
import { itemsToImport, keepLeftOut, mergeIntoPrevious, newKey, splitAt, paragraphAsTitle, type LeftOut, type PreviewItem } from './preview-model';
import { EMPTY_OCR, ocrStateOf, type OcrState } from './ocr-state';

export type SessionPhase = 'idle' | 'parsing' | 'preview' | 'committing' | 'done' | 'failed';

export interface FileProblem {
  fileName: string;
  message: string;
}

/** Progress of the current step; the view words it ("Reading files…", "Storing…"). */
export interface SessionProgress {
  step: 'reading' | 'storing';
  done: number;
  total: number;
}

/** A file as the host opened it. */
export interface SessionFile {
  name: string;
  bytes: Uint8Array;
  lastModified?: number | undefined;
  error?: string | undefined;
}

export interface CommitOutcome {
  added: readonly unknown[];
  skippedDuplicates: number;
  batchId: string;
}

export interface SessionState<Originals = unknown> {
  phase: SessionPhase;
  /** Which import this is (one per `start`): a view keyed by it starts afresh for each. */
  run: number;
  fileNames: readonly string[];
  items: readonly PreviewItem[];
  problems: readonly FileProblem[];
  leftOut: readonly LeftOut[];
  /** The import's kept files (issue 15), linked to the bulletins on commit. */
  originals: Originals | null;
  progress: SessionProgress | null;
  ocr: OcrState;
  /** The user changed the preview: closing it asks first. */
  edited: boolean;
  /** Close was asked with edits: the view shows "Discard your changes?". */
  confirmingClose: boolean;
  commitError: string | null;
  /** The commit failed because the disk is full (issue 23): the dialog says so in plain words. */
  commitDiskFull: boolean;
  outcome: CommitOutcome | null;
}

export interface SessionDeps<Originals = unknown> {
  parse(
    files: ImportInput[],
    options: { signal: AbortSignal; onProgress(done: number, total: number): void; onOcrProgress(progress: OcrProgress): void },
  ): Promise<ImportFileResult[]>;
  /** Which of these content hashes the archive already holds. */
  existingHashes(hashes: string[]): Promise<ReadonlySet<string>>;
  /**
   * Keeps the files: from copies after the parse, with the hash the worker computed (`sha256`),
   * or, for a batch too large to copy, before their bytes go to the worker.
   */
  captureOriginals(files: readonly { name: string; bytes: Uint8Array; sha256?: string | undefined }[]): Promise<Originals>;
  commit(request: {
    fileNames: readonly string[];
    items: readonly PreviewItem[];
    originals: Originals | null;
    onProgress(done: number, total: number): void;
  }): Promise<CommitOutcome>;
  /** ISO date of a file's modification time (year-less datelines take their year from it). */
  fileDateOf(lastModified: number | undefined): string | null;
}

const initial = <O>(): SessionState<O> => ({
  phase: 'idle',
  run: 0,
  fileNames: [],
  items: [],
  problems: [],
  leftOut: [],
  originals: null,
  progress: null,
  ocr: EMPTY_OCR,
  edited: false,
  confirmingClose: false,
  commitError: null,
  commitDiskFull: false,
  outcome: null,
});

/**
 * Largest batch whose files are copied so they can be kept after they parse (see `start`): the
 * copy lives until the files are made Blobs.
 */
const CONCURRENT_CAPTURE_BYTES = 128 << 20;
/** Bytes copied per task (a 4 MB part was most of a 265 ms task under 6× CPU throttling). */
const COPY_PART_BYTES = 1 << 20;

/** A copy of each file's bytes, made a few MB per task. */
async function copiesOf(files: readonly SessionFile[]): Promise<SessionFile[]> {
  const copies: SessionFile[] = [];
  for (const file of files) {
    const copy = new Uint8Array(file.bytes.byteLength);
    for (let at = 0; at < copy.byteLength; at += COPY_PART_BYTES) {
      copy.set(file.bytes.subarray(at, at + COPY_PART_BYTES), at);
      if (at + COPY_PART_BYTES < copy.byteLength) await yieldToEventLoop();
    }
    copies.push({ ...file, bytes: copy });
  }
  return copies;
}

/** Preview items from the worker's results: archive duplicates, then copies across the batch's files. */
export async function previewItemsOf(results: readonly ImportFileResult[], existingHashes: SessionDeps['existingHashes']): Promise<PreviewItem[]> {
  // Sliced: ten thousand bulletins are ten thousand items, and this runs on the UI thread.
  const slice = new TimeSlice();
  const found: PreviewItem[] = [];
  // The worker's body sketches, by item (undefined: made here when needed).
  const sketches = new Map<PreviewItem, Uint32Array | null>();
  for (const result of results) {
    if (slice.spent) await slice.next();
    result.bulletins.forEach((bulletin, i) => {
      const item: PreviewItem = { key: newKey(), fileName: result.fileName, bulletin, duplicate: false, excluded: false, hash: result.contentHashes?.[i] };
      found.push(item);
      const sketch = result.sketches?.[i];
      if (sketch !== undefined) sketches.set(item, sketch);
    });
  }
  // "Already in archive": same normalised text stored before, or earlier in this batch.
  const hashes: string[] = [];
  for (const item of found) {
    if (slice.spent) await slice.next();
    hashes.push(item.hash ?? contentHash(item.bulletin.title, item.bulletin.body));
  }
  const existing = await existingHashes(hashes);
  // A new task: the database's answer arrives in its transaction's completion task, which should end here.
  await slice.next();
  const seen = new Set<string>();
  found.forEach((item, i) => {
    const hash = hashes[i] ?? '';
    item.duplicate = existing.has(hash) || seen.has(hash);
    seen.add(hash);
  });
  // The same bulletin from two files (same title and date, or near-identical text): imported once.
  const candidates = found.filter((item) => !item.duplicate);
  const entries = candidates.map((item) => ({ fileName: item.fileName, title: item.bulletin.title, date: item.bulletin.date, body: item.bulletin.body, sketch: sketches.get(item) }));
  for (const copy of await findBatchDuplicates(entries, slice)) {
    const item = candidates[copy.index];
    const original = candidates[copy.of];
    if (!item || !original) continue;
    item.excluded = true;
    item.copyOf = { fileName: original.fileName, title: original.bulletin.title, reason: copy.reason };
  }
  // The preview then renders in a task of its own.
  await slice.next();
  return found;
}

export class ImportSession<Originals = unknown> {
  private state: SessionState<Originals> = initial<Originals>();
  private readonly listeners = new Set<() => void>();
  private abort: AbortController | null = null;
  /** Bumped by every start and close, so a late result of an abandoned parse is dropped. */
  private generation = 0;

  constructor(private readonly deps: SessionDeps<Originals>) {}

  getState = (): SessionState<Originals> => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SessionState<Originals>>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Whether the preview dialog is showing. */
  get open(): boolean {
    return this.state.phase !== 'idle' && this.state.phase !== 'done';
  }

  /** Parses the files in the worker, then shows the preview. */
  async start(files: readonly SessionFile[]): Promise<void> {
    if (files.length === 0) return;
    this.abort?.abort();
    const generation = ++this.generation;
    const controller = new AbortController();
    this.abort = controller;
    const readable = files.filter((f) => !f.error);
    this.state = initial<Originals>();
    this.set({
      phase: 'parsing',
      run: generation,
      fileNames: files.map((f) => f.name),
      problems: files.filter((f) => f.error).map((f) => ({ fileName: f.name, message: f.error ?? '' })),
      progress: { step: 'reading', done: 0, total: readable.length },
    });
    const current = () => generation === this.generation;
    try {
      // The dialog opens in this task (its first render and `showModal`, which lays out the page
      // again); copying and posting the files start in the next one.
      await yieldToEventLoop();
      if (!current()) return;
      // The worker hashes each file while it has it (natively, off this thread: hashing a 27 MB file
      // here took ~0.3 s of script before its parse could start), so the originals are kept after
      // the parse, from copies: the worker takes the bytes (moved, not copied). A batch too large
      // to hold twice is kept first and hashed here, as before.
      const batchBytes = readable.reduce((sum, f) => sum + f.bytes.byteLength, 0);
      const copies = batchBytes <= CONCURRENT_CAPTURE_BYTES ? await copiesOf(readable) : null;
      let originals = copies ? null : await this.deps.captureOriginals(readable);
      if (!current()) return;
      if (originals) this.set({ originals });
      const inputs = readable.map((f): ImportInput => {
        const fileDate = this.deps.fileDateOf(f.lastModified);
        return fileDate ? { name: f.name, bytes: f.bytes, fileDate } : { name: f.name, bytes: f.bytes };
      });
      const results = await this.deps.parse(inputs, {
        signal: controller.signal,
        onProgress: (done, total) => current() && this.set({ progress: { step: 'reading', done, total } }),
        onOcrProgress: (progress) => current() && this.set({ ocr: { ...this.state.ocr, progress: new Map(this.state.ocr.progress).set(progress.fileName, progress) } }),
      });
      if (!current()) return;
      // The last file's result arrives in the task that receives the worker's message (unpacking an
      // 8 MB body alone took 15 ms there, 177 ms under 6× CPU throttling): end that task here, before
      // keeping the originals and building the preview, or they all add up to one long task.
      await yieldToEventLoop();
      if (!current()) return;
      // Results come in the files' order; a file without the worker's hash is hashed here.
      const capturing = copies ? this.deps.captureOriginals(copies.map((f, i) => ({ ...f, sha256: results[i]?.fileName === f.name ? results[i]?.sha256 : undefined }))) : null;
      // Its outcome is awaited after the preview items; a failure there must not leave it unhandled.
      capturing?.catch(() => undefined);
      const items = await previewItemsOf(results, this.deps.existingHashes);
      if (capturing) originals = await capturing;
      if (!current()) return;
      this.set({
        phase: 'preview',
        ...(capturing ? { originals } : {}),
        items,
        problems: [...this.state.problems, ...results.filter((r) => r.error).map((r) => ({ fileName: r.fileName, message: r.error ?? '' }))],
        leftOut: results.filter((r) => r.lost && r.lost.length > 0).map((r) => ({ fileName: r.fileName, lines: r.lost ?? [] })),
        ocr: ocrStateOf(results, items),
        progress: null,
      });
    } catch (error) {
      if (!current()) return;
      if ((error as Error).name === 'AbortError') this.reset();
      else this.set({ phase: 'failed', progress: null, problems: [...this.state.problems, { fileName: '', message: (error as Error).message }] });
    } finally {
      if (current()) this.abort = null;
    }
  }

  /** Stops reading the files (and OCR); the dialog closes. */
  cancelParsing(): void {
    this.abort?.abort();
  }

  private editable(): boolean {
    return this.state.phase === 'preview' || this.state.phase === 'failed';
  }

  private edit(items: PreviewItem[], patch: Partial<SessionState<Originals>> = {}): void {
    if (!this.editable()) return;
    this.set({ items, edited: true, ...patch });
  }

  /** Replaces item `index` (edited title/date, included or left out). */
  change(index: number, next: PreviewItem): void {
    // An edited bulletin's text no longer matches the worker's hash: drop it so it is recomputed.
    this.edit(this.state.items.map((item, i) => (i !== index ? item : next.bulletin === item.bulletin ? next : { ...next, hash: undefined })));
  }

  merge(index: number): void {
    this.edit(mergeIntoPrevious(this.state.items, index));
  }

  split(index: number, at: number): void {
    this.edit(splitAt(this.state.items, index, at));
  }

  titleFromParagraph(index: number, paragraph: number): void {
    this.edit(paragraphAsTitle(this.state.items, index, paragraph));
  }

  /** "Keep left-out text": the lines become a bulletin titled `title`. */
  keepLeftOut(entry: LeftOut, title: string): void {
    this.edit(keepLeftOut(this.state.items, entry, title), { leftOut: this.state.leftOut.filter((e) => e !== entry) });
  }

  /** What "Confirm import" would store. */
  toImport(): PreviewItem[] {
    return itemsToImport(this.state.items);
  }

  /** Stores the preview's bulletins; on failure nothing is stored and the preview stays. */
  async commit(): Promise<CommitOutcome | null> {
    if (!this.editable()) return null;
    const items = this.toImport();
    if (items.length === 0) return null;
    const generation = this.generation;
    this.set({ phase: 'committing', commitError: null, commitDiskFull: false, confirmingClose: false, progress: { step: 'storing', done: 0, total: items.length } });
    let shown = 0;
    try {
      const outcome = await this.deps.commit({
        fileNames: this.state.fileNames,
        items,
        originals: this.state.originals,
        onProgress: (done, total) => {
          // One update per percent is plenty for the bar.
          if (done < total && done - shown < total / 100) return;
          shown = done;
          this.set({ progress: { step: 'storing', done, total } });
        },
      });
      if (generation === this.generation) this.set({ ...initial<Originals>(), phase: 'done', outcome });
      return outcome;
    } catch (error) {
      // The batch is one transaction: nothing of it was stored. The data layer names a full disk 'quota'.
      const diskFull = (error as { code?: unknown }).code === 'quota';
      this.set({ phase: 'failed', progress: null, commitError: (error as Error).message, commitDiskFull: diskFull });
      return null;
    }
  }

  /** Esc, × or Cancel: asks first when the preview was edited, else closes. */
  requestClose(): void {
    const { phase, edited } = this.state;
    if (phase === 'committing') return;
    if (edited && (phase === 'preview' || phase === 'failed')) this.set({ confirmingClose: true });
    else this.close();
  }

  /** "Keep editing" in the confirmation. */
  keepEditing(): void {
    this.set({ confirmingClose: false });
  }

  /** Closes without storing (the confirmation's "Discard changes", or nothing to lose). */
  close(): void {
    if (this.state.phase === 'committing') return;
    this.reset();
  }

  private reset(): void {
    this.abort?.abort();
    this.abort = null;
    this.generation += 1;
    // The kept files' Blobs are stored (or not wanted) once the dialog closes: let them go.
    this.set(initial<Originals>());
  }
}
