import { describe, expect, it } from 'vitest';
import { MAX_SAVE_BYTES } from '../../../electron/shared/host-contract';
import {
  IpcValidationError,
  isSafeFileName,
  validateBackupBytes,
  validateBackupName,
  validateBackupReason,
  validateNoArguments,
  validateOpenOptions,
  validateSaveRequest,
  validateUrlArgument,
} from '../../../electron/shared/ipc-validators';

/** A Uint8Array that claims to be huge without allocating it. */
function oversized(limit: number): Uint8Array {
  const small = new Uint8Array(1);
  Object.defineProperty(small, 'byteLength', { value: limit + 1 });
  return small;
}

describe('validateOpenOptions', () => {
  it('accepts defaults and copies only known keys', () => {
    expect(validateOpenOptions(undefined)).toEqual({});
    const input = { directories: true, filters: [{ name: 'Text', extensions: ['txt', 'md'] }], extra: 'x' };
    expect(validateOpenOptions(input)).toEqual({ directories: true, filters: [{ name: 'Text', extensions: ['txt', 'md'] }] });
    expect(validateOpenOptions({ backup: true })).toEqual({ backup: true });
    expect(() => validateOpenOptions({ backup: 'yes' })).toThrow(IpcValidationError);
  });

  it.each([
    ['a string', 'files'],
    ['an array', []],
    ['directories not boolean', { directories: 'yes' }],
    ['filters not array', { filters: 'txt' }],
    ['filter without extensions', { filters: [{ name: 'x', extensions: [] }] }],
    ['extension with a dot', { filters: [{ name: 'x', extensions: ['.txt'] }] }],
    ['extension with a path', { filters: [{ name: 'x', extensions: ['../x'] }] }],
    ['extension not a string', { filters: [{ name: 'x', extensions: [1] }] }],
    ['too many filters', { filters: Array.from({ length: 21 }, () => ({ name: 'x', extensions: ['txt'] })) }],
    ['class instance', new (class Options {
      readonly kind = "options";
    })()],
  ])('rejects %s', (_label, value) => {
    expect(() => validateOpenOptions(value)).toThrow(IpcValidationError);
  });
});

describe('validateSaveRequest', () => {
  const bytes = new Uint8Array([1, 2, 3]);

  it('accepts a well-formed request', () => {
    expect(validateSaveRequest({ suggestedName: 'Dossier fisheries.pdf', bytes })).toEqual({ suggestedName: 'Dossier fisheries.pdf', bytes });
  });

  it.each([
    ['not an object', null],
    ['missing bytes', { suggestedName: 'a.pdf' }],
    ['bytes as array', { suggestedName: 'a.pdf', bytes: [1, 2] }],
    ['bytes as string', { suggestedName: 'a.pdf', bytes: 'abc' }],
    ['name not string', { suggestedName: 5, bytes }],
    ['empty name', { suggestedName: '', bytes }],
    ['name with slash', { suggestedName: '../../.bashrc', bytes }],
    ['name with backslash', { suggestedName: '..\\evil.exe', bytes }],
    ['absolute name', { suggestedName: '/etc/passwd', bytes }],
    ['drive letter', { suggestedName: 'C:evil.pdf', bytes }],
    ['NUL in name', { suggestedName: 'a\u0000.pdf', bytes }],
    ['dot-dot name', { suggestedName: '..', bytes }],
    ['very long name', { suggestedName: `${'a'.repeat(300)}.pdf`, bytes }],
    ['bad filters', { suggestedName: 'a.pdf', bytes, filters: [{ name: 'PDF', extensions: ['p/df'] }] }],
  ])('rejects %s', (_label, value) => {
    expect(() => validateSaveRequest(value)).toThrow(IpcValidationError);
  });

  it('rejects oversized payloads', () => {
    expect(() => validateSaveRequest({ suggestedName: 'a.pdf', bytes: oversized(MAX_SAVE_BYTES) })).toThrow(/limit/);
  });
});

describe('other validators', () => {
  it('urls must be non-empty strings of sane length', () => {
    expect(validateUrlArgument('https://example.org')).toBe('https://example.org');
    expect(() => validateUrlArgument(42)).toThrow(IpcValidationError);
    expect(() => validateUrlArgument('')).toThrow(IpcValidationError);
    expect(() => validateUrlArgument(`https://x.org/${'a'.repeat(3000)}`)).toThrow(IpcValidationError);
  });

  it('backup reasons are one of three', () => {
    expect(validateBackupReason('before-upgrade')).toBe('before-upgrade');
    expect(() => validateBackupReason('hourly')).toThrow(IpcValidationError);
    expect(() => validateBackupReason(undefined)).toThrow(IpcValidationError);
  });

  it('backup bytes are a bounded Uint8Array', () => {
    expect(validateBackupBytes(new Uint8Array(2))).toHaveLength(2);
    expect(() => validateBackupBytes(new ArrayBuffer(2))).toThrow(IpcValidationError);
    expect(() => validateBackupBytes(oversized(MAX_SAVE_BYTES))).toThrow(IpcValidationError);
  });

  it('backup names carry no path components', () => {
    expect(validateBackupName('pa-backup-2024-05-01T10-15-00-123Z-daily.json')).toBe('pa-backup-2024-05-01T10-15-00-123Z-daily.json');
    for (const bad of ['../window-state.json', 'sub/x.json', '..\\x.json', '/abs.json', '.hidden', '', 7]) {
      expect(() => validateBackupName(bad)).toThrow(IpcValidationError);
    }
  });

  it('no-argument channels refuse arguments', () => {
    expect(() => validateNoArguments([])).not.toThrow();
    expect(() => validateNoArguments([1])).toThrow(IpcValidationError);
  });

  it('isSafeFileName', () => {
    expect(isSafeFileName('Boletín 11-10-2023.pdf')).toBe(true);
    expect(isSafeFileName('a/b')).toBe(false);
    expect(isSafeFileName('.')).toBe(false);
  });
});
