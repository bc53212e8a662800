/**
 * Typed errors of the data layer, so the UI can show a precise message (and tests can assert a code)
 * instead of matching on IndexedDB's error strings.
 */

export type ArchiveErrorCode =
  | 'quota'
  | 'not-found'
  | 'duplicate-name'
  | 'cycle'
  | 'invalid'
  | 'conflict'
  | 'storage';

/** An error raised by the archive (data layer). `code` is stable; `message` is for people. */
export class ArchiveError extends Error {
  readonly code: ArchiveErrorCode;
  override readonly cause: unknown;

  constructor(code: ArchiveErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = 'ArchiveError';
    this.code = code;
    this.cause = cause;
  }
}

const QUOTA_MESSAGE =
  'The archive is full: this computer has no more storage space for it. Nothing was saved. ' +
  'Free some disk space, empty the Trash or export and remove old bulletins, then try again.';

function errorName(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'name' in value) {
    const name = (value as { name: unknown }).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

/**
 * How browsers word a write that failed for want of space: Chromium's backing store passes on
 * LevelDB's "IO error: … No space left on device", or says "Internal error committing transaction."
 * / "Internal error writing data to stable storage." when the commit itself fails.
 */
const DISK_FULL_MESSAGE = /\bIO error\b|no space left|disk (?:is )?full|ENOSPC|quota|internal error (?:committing|writing)/iu;

function errorMessage(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'message' in value) {
    const message = (value as { message: unknown }).message;
    return typeof message === 'string' ? message : '';
  }
  return '';
}

/**
 * True when `error` is (or wraps, at any depth) a storage-full error: `QuotaExceededError`, or the
 * IO error Chromium raises when the disk itself is full (issue 23), which aborts the transaction.
 * Dexie wraps the browser's error into an `AbortError` whose `inner` is the original, and BulkError
 * keeps per-record failures, so both chains are walked.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 8 || typeof error !== 'object' || error === null) return false;
  const name = errorName(error);
  if (name === 'QuotaExceededError') return true;
  if ((name === 'UnknownError' || name === 'OperationError' || name === 'AbortError') && DISK_FULL_MESSAGE.test(errorMessage(error))) return true;
  const record = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  if (isQuotaError(record.inner, depth + 1) || isQuotaError(record.cause, depth + 1)) return true;
  if (Array.isArray(record.failures)) return record.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}

/**
 * Re-throws `error` as an `ArchiveError` when it is a storage error worth naming; otherwise
 * unchanged. `transactionError` is the browser's own reason the transaction ended: when the disk
 * fills, the error that reaches the caller is often only a consequence of it (an AbortError of
 * the next write, or "transaction inactive").
 */
export function mapStorageError(error: unknown, transactionError?: unknown): unknown {
  if (error instanceof ArchiveError) return error;
  if (isQuotaError(error) || isQuotaError(transactionError)) return new ArchiveError('quota', QUOTA_MESSAGE, error);
  return error;
}

/**
 * Runs `work` and converts storage-full failures into `ArchiveError('quota')`. `transactionError`
 * reads the failed transaction's own error (see `mapStorageError`).
 */
export async function withStorageErrors<T>(work: () => Promise<T>, transactionError?: () => unknown): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw mapStorageError(error, transactionError?.());
  }
}

/** The parts of a Dexie transaction read after it failed. */
export interface FailedTransaction {
  idbtrans?: { error?: unknown } | null;
}

/** The browser's error of a transaction (null while it runs or when it committed). */
export function transactionErrorOf(tx: FailedTransaction | null): unknown {
  try {
    return tx?.idbtrans?.error ?? null;
  } catch {
    return null; // reading `error` of a live transaction throws in some browsers
  }
}
