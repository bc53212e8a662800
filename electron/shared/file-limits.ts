/**
 * File-size wording and import extensions shared by the Electron host and the web twin, so a
 * user sees the same message whichever host read the file.
 */

/** Extensions the importers understand; the default filter of the open dialog / file input. */
export const IMPORT_EXTENSIONS: readonly string[] = ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'json'];

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

/** Lower-case extension without the dot ("" when there is none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Whether `name` passes the given extension allow-list ("*" allows everything). */
export function hasAllowedExtension(name: string, extensions: readonly string[]): boolean {
  if (extensions.includes('*')) return true;
  const ext = extensionOf(name);
  return ext !== '' && extensions.some((allowed) => allowed.toLowerCase() === ext);
}
