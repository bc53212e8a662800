/**
 * File-size wording and import extensions shared by the Electron host and the web twin, so a
 * user sees the same message whichever host read the file.
 */

import { IMPORT_EXTENSIONS, extensionOf } from '../../renderer/src/core/import/formats';

/**
 * Extensions the importers understand (the default filter of the open dialog / file input), read
 * from the one format registry so the host, the IPC validators and the importers never disagree.
 */
export { IMPORT_EXTENSIONS, extensionOf };

/** "50 MB" for 50 * 1024 * 1024. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** Error text for a single file over the per-file limit. */
export function fileTooLargeError(limitBytes: number): string {
  return `File is larger than the ${formatMegabytes(limitBytes)} limit for one file.`;
}

/** Error text for a file skipped because the whole selection went over the total limit. */
export function totalTooLargeError(limitBytes: number): string {
  return `Skipped: the selected files together exceed the ${formatMegabytes(limitBytes)} limit for one import.`;
}

/** Whether `name` passes the given extension allow-list ("*" allows everything). */
export function hasAllowedExtension(name: string, extensions: readonly string[]): boolean {
  if (extensions.includes('*')) return true;
  const ext = extensionOf(name);
  return ext !== '' && extensions.some((allowed) => allowed.toLowerCase() === ext);
}
