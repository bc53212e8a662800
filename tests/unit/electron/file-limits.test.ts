import { describe, expect, it } from 'vitest';
import { MAX_OPEN_FILE_BYTES, MAX_OPEN_TOTAL_BYTES } from '../../../electron/shared/host-contract';
import {
  IMPORT_EXTENSIONS,
  extensionOf,
  fileTooLargeError,
  formatMegabytes,
  hasAllowedExtension,
  totalTooLargeError,
} from '../../../electron/shared/file-limits';

describe('file limits', () => {
  it('names the limits in megabytes', () => {
    expect(fileTooLargeError(MAX_OPEN_FILE_BYTES)).toContain('50 MB');
    expect(totalTooLargeError(MAX_OPEN_TOTAL_BYTES)).toContain('500 MB');
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });

  it('matches extensions case-insensitively', () => {
    expect(extensionOf('dir.v2/Boletín.DOCX')).toBe('docx');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('README')).toBe('');
    expect(hasAllowedExtension('a.PDF', IMPORT_EXTENSIONS)).toBe(true);
    expect(hasAllowedExtension('a.exe', IMPORT_EXTENSIONS)).toBe(false);
    expect(hasAllowedExtension('a.exe', ['*'])).toBe(true);
  });
});
