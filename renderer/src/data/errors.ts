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
 * True when `error` is (or wraps, at any depth) a storage quota error. Dexie wraps the browser's
 * `QuotaExceededError` into an `AbortError` whose `inner` is the original, and BulkError keeps
 * per-record failures, so both chains are walked.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 8 || typeof error !== 'object' || error === null) return false;
  if (errorName(error) === 'QuotaExceededError') return true;
  const record = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  if (isQuotaError(record.inner, depth + 1) || isQuotaError(record.cause, depth + 1)) return true;
  if (Array.isArray(record.failures)) return record.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}

/** Re-throws `error` as an `ArchiveError` when it is a storage error worth naming; otherwise unchanged. */
export function mapStorageError(error: unknown): unknown {
  if (error instanceof ArchiveError) return error;
  if (isQuotaError(error)) return new ArchiveError('quota', QUOTA_MESSAGE, error);
  return error;
}

/** Runs `work` and converts quota failures into `ArchiveError('quota')`. */
export async function withStorageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw mapStorageError(error);
  }
}
