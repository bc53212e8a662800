/**
 * What went wrong with the server, in words a person can act on. PouchDB reports HTTP failures with
 * a `status`; a server that does not answer has none. Nothing here changes the local archive: every
 * failure leaves it as it was, and the changes not yet sent stay in the sync copy for the next try.
 */
export type SyncErrorCode = 'bad-url' | 'unauthorized' | 'forbidden' | 'not-found' | 'unreachable' | 'refused-docs' | 'failed';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Only https servers, except this machine itself (tests, a local CouchDB): the password and the
 * archive cross the network with every sync.
 * @returns the URL of the team database (server + database), or a SyncError.
 */
export function teamDatabaseUrl(serverUrl: string, database: string): string {
  let url: URL;
  try {
    url = new URL(serverUrl.trim());
  } catch {
    throw new SyncError('bad-url', 'The server URL is not a valid address.');
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new SyncError('bad-url', 'The server URL must start with https:// (plain http is allowed only for this computer).');
  }
  if (url.username || url.password) throw new SyncError('bad-url', 'Put the user name and password in their own boxes, not in the URL.');
  const name = database.trim();
  // CouchDB's rule for database names.
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(name)) {
    throw new SyncError('bad-url', 'The database name must start with a lowercase letter and use only lowercase letters, digits and _$()+-/.');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/** Maps any failure of a sync step to a SyncError with a clear message. */
export function classifySyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const status = statusOf(error) ?? (isDenied(error) ? 403 : undefined);
  if (status === 401) return new SyncError('unauthorized', 'The server refused the user name or password. Nothing was changed on this computer.');
  if (status === 403) return new SyncError('forbidden', 'This user may read the team archive but not change it. Your changes are kept on this computer.');
  if (status === 404) return new SyncError('not-found', 'The team database was not found on the server. Check the database name.');
  if (status === undefined || status === 0 || status >= 500) {
    return new SyncError('unreachable', 'The server does not answer. Your work is kept on this computer and is sent at the next sync.');
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new SyncError('failed', `The sync failed (${status}: ${reason}). Nothing was lost on this computer.`);
}

/** How PouchDB names a refused write: a status, or CouchDB's `forbidden` / `unauthorized` error name. */
function isDenied(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 403 || status === 401) return true;
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; error?: unknown };
  return ['forbidden', 'unauthorized'].includes(String(e.name)) || ['forbidden', 'unauthorized'].includes(String(e.error));
}

/** A push whose documents the server refused (validate_doc_update said no) is a rights problem. */
export function pushFailure(result: { doc_write_failures: number; errors: unknown[] }): SyncError | null {
  if (result.doc_write_failures === 0) return null;
  if (result.errors.length === 0 || result.errors.some(isDenied)) return classifySyncError({ status: 403 });
  return new SyncError('refused-docs', `The server refused ${result.doc_write_failures} change(s). They are kept on this computer.`);
}
