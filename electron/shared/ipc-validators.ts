/**
 * Validators for everything that crosses the IPC boundary. Main runs them on every call because
 * a compromised renderer can send anything; they return fresh objects holding only known keys.
 * Pure: no Electron, no Node, so they are unit-tested directly and usable from the renderer too.
 */
import { IMPORT_EXTENSIONS, extensionOf } from './file-limits';
import { syncServerOrigin } from './sync-origin';
import {
  MAX_OPEN_FILE_BYTES,
  MAX_SAVE_BYTES,
  type FileFilter,
  type OpenFilesOptions,
  type OpenOriginalPayload,
  type SaveFileRequest,
} from './host-contract';

export type BackupReason = 'daily' | 'before-restore' | 'before-upgrade';

export const BACKUP_REASONS: readonly BackupReason[] = ['daily', 'before-restore', 'before-upgrade'];
/** Largest backup snapshot main accepts (same ceiling as a save). */
export const MAX_BACKUP_BYTES = MAX_SAVE_BYTES;
export const MAX_FILE_NAME_LENGTH = 255;
/** An imported name as kept in the archive (it is sanitised and shortened before use). */
export const MAX_ORIGINAL_NAME_LENGTH = 1024;
export const MAX_URL_LENGTH = 2048;
const MAX_FILTERS = 20;
const MAX_EXTENSIONS = 50;

/** Raised for any argument that does not match the contract; the message never echoes the payload. */
export class IpcValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcValidationError';
  }
}

function fail(message: string): never {
  throw new IpcValidationError(message);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function validateFilters(value: unknown): FileFilter[] {
  if (!Array.isArray(value) || value.length > MAX_FILTERS) fail(`filters must be an array of at most ${MAX_FILTERS}`);
  return value.map((filter: unknown) => {
    if (!isPlainObject(filter)) fail('each filter must be an object');
    const { name, extensions } = filter;
    if (typeof name !== 'string' || name.length === 0 || name.length > 100) fail('filter name must be a short string');
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS) {
      fail('filter extensions must be a non-empty array');
    }
    const exts = extensions.map((ext: unknown) => {
      // Dialog filters take bare extensions; dots or separators here would be a confused or hostile caller.
      if (typeof ext !== 'string' || !/^(\*|[A-Za-z0-9]{1,10})$/.test(ext)) fail('filter extension must be alphanumeric or "*"');
      return ext;
    });
    return { name, extensions: exts };
  });
}

/** `files:open` options: undefined means defaults. */
export function validateOpenOptions(arg: unknown): OpenFilesOptions {
  if (arg === undefined || arg === null) return {};
  if (!isPlainObject(arg)) fail('open options must be an object');
  const options: OpenFilesOptions = {};
  if (arg.filters !== undefined) options.filters = validateFilters(arg.filters);
  if (arg.directories !== undefined) {
    if (typeof arg.directories !== 'boolean') fail('directories must be a boolean');
    options.directories = arg.directories;
  }
  if (arg.backup !== undefined) {
    if (typeof arg.backup !== 'boolean') fail('backup must be a boolean');
    options.backup = arg.backup;
  }
  return options;
}

/**
 * True for a bare file name: no directory parts, no drive letters, no control characters,
 * not `.`/`..`. Used for suggested save names and backup names.
 */
export function isSafeFileName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_FILE_NAME_LENGTH) return false;
  if (name === '.' || name === '..') return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (/[/\\:\u0000-\u001f\u007f]/.test(name)) return false;
  return true;
}

function validateBytes(value: unknown, limit: number, what: string): Uint8Array {
  if (!(value instanceof Uint8Array)) fail(`${what} must be a Uint8Array`);
  if (value.byteLength > limit) fail(`${what} is larger than the limit of ${limit} bytes`);
  return value;
}

/** `files:save` request. */
export function validateSaveRequest(arg: unknown): SaveFileRequest {
  if (!isPlainObject(arg)) fail('save request must be an object');
  const { suggestedName, bytes, filters } = arg;
  if (typeof suggestedName !== 'string' || !isSafeFileName(suggestedName)) {
    fail('suggestedName must be a bare file name');
  }
  const request: SaveFileRequest = { suggestedName, bytes: validateBytes(bytes, MAX_SAVE_BYTES, 'bytes') };
  if (filters !== undefined) request.filters = validateFilters(filters);
  return request;
}

/**
 * `files:open-original` payload: a file name (not a path) with an extension the app imports, and at
 * most one file's bytes. The name is the one it was imported under, so it may hold anything a file
 * system allows elsewhere (bidi overrides, `CON`, `?`): main sanitises it and decides how the file
 * may be opened (original-names.ts), and refuses types never handed to the system.
 */
export function validateOpenOriginal(arg: unknown): OpenOriginalPayload {
  if (!isPlainObject(arg)) fail('open-original request must be an object');
  const { name, bytes } = arg;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_ORIGINAL_NAME_LENGTH || /[/\\]/.test(name) || name === '.' || name === '..') {
    fail('name must be a bare file name');
  }
  if (!IMPORT_EXTENSIONS.includes(extensionOf(name))) fail('name must have an importable extension');
  return { name, bytes: validateBytes(bytes, MAX_OPEN_FILE_BYTES, 'bytes') };
}

/** `shell:open-external` argument: a string of sane length. Whether it is https is policy, checked by main. */
export function validateUrlArgument(arg: unknown): string {
  if (typeof arg !== 'string' || arg.length === 0 || arg.length > MAX_URL_LENGTH) fail('url must be a string');
  return arg;
}

/** `backups:write` reason. */
export function validateBackupReason(arg: unknown): BackupReason {
  if (typeof arg !== 'string' || !(BACKUP_REASONS as readonly string[]).includes(arg)) fail('unknown backup reason');
  return arg as BackupReason;
}

/** `backups:write` payload. */
export function validateBackupBytes(arg: unknown): Uint8Array {
  return validateBytes(arg, MAX_BACKUP_BYTES, 'backup');
}

/** `backups:read` name: a bare file name (the store then checks it is one of its own). */
export function validateBackupName(arg: unknown): string {
  if (typeof arg !== 'string' || !isSafeFileName(arg) || arg.startsWith('.')) fail('backup name must be a bare file name');
  return arg;
}

/** Channels without arguments must not receive any (an extra argument is a confused or hostile caller). */
/** A team server URL (https, or http on this computer) or null; anything else is refused. */
export function validateTeamServer(arg: unknown): string | null {
  if (arg === null) return null;
  if (typeof arg !== 'string' || arg.length > 2000 || syncServerOrigin(arg) === null) throw new TypeError('Expected an https team server URL or null.');
  return arg;
}

/** A short text argument (a password key or a password). */
export function validateShortText(arg: unknown, what: string): string {
  if (typeof arg !== 'string' || arg.length === 0 || arg.length > 4000) throw new TypeError(`Expected ${what}.`);
  return arg;
}

export function validateNoArguments(args: readonly unknown[]): void {
  if (args.length > 0) fail('this call takes no arguments');
}
