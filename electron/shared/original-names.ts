/**
 * How an imported original is handed to the system: under a sanitised name, and only as a type
 * whose viewer runs no page content. HTML (and JSON, which many systems open in a browser) would
 * run its scripts and remote fetches in the system browser, outside the app's CSP and network
 * block, so those are written as plain text (`page.html.txt`). Pure (no Node, no Electron): the
 * renderer uses the same sanitising for the names it shows and downloads.
 */

/** Extensions the system viewer may open as they are. */
export const SYSTEM_VIEWER_EXTENSIONS: readonly string[] = ['pdf', 'docx', 'txt', 'md'];
/** Extensions shown as plain text instead (their viewer would be a web browser). */
export const PLAIN_TEXT_EXTENSIONS: readonly string[] = ['html', 'htm', 'json', 'markdown'];
/** Longest name written (well under every file system's 255, leaving room for `.txt`). */
export const MAX_COPY_NAME = 120;

/**
 * Characters that never reach a file name: C0/C1 controls, bidi embeddings/overrides/isolates and
 * marks (`a\u202Efdp.html` shows as "ahtml.pdf"), zero-width characters and the BOM.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
/** Characters Windows refuses in names, and path separators. */
const RESERVED = /[<>:"/\\|?*]/g;
/** Windows device names, reserved with any extension (`CON.txt`, `com1.pdf`). */
const DEVICE = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export interface OriginalCopyPlan {
  /** The temp copy's file name. */
  fileName: string;
  /** True when the copy is the file's text under a `.txt` name rather than the file as it was. */
  asText: boolean;
}

/** A name safe on Windows, macOS and Linux that shows what it is: `stem.ext`, ext in lower case. */
export function sanitizeFileName(name: string): { stem: string; ext: string } {
  const cleaned = name.normalize('NFC').replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ');
  // Windows drops trailing dots and spaces (`a.pdf.` would open as something else); leading ones hide files.
  const trimmed = cleaned.replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = trimmed.lastIndexOf('.');
  const ext = dot > 0 ? trimmed.slice(dot + 1).toLowerCase() : '';
  let stem = (dot > 0 ? trimmed.slice(0, dot) : trimmed).replace(/[\s.]+$/g, '');
  // A device name is reserved whatever follows its first dot (`CON.backup.txt`).
  const first = stem.split('.')[0] ?? '';
  if (DEVICE.test(first.trim())) stem = `_${stem}`;
  if (!stem) stem = 'original';
  const room = MAX_COPY_NAME - (ext ? ext.length + 1 : 0) - 4;
  // By code points, so a cut never splits a surrogate pair.
  if (stem.length > room) stem = Array.from(stem).slice(0, room).join('').replace(/[\s.]+$/g, '') || 'original';
  return { stem, ext };
}

/** `sanitizeFileName` joined back: the name to show, save or download a file under. */
export function safeFileName(name: string): string {
  const { stem, ext } = sanitizeFileName(name);
  return ext ? `${stem}.${ext}` : stem;
}

/**
 * The temp copy for an original named `name`: the file itself for PDF, Word, text and Markdown;
 * its text as `.txt` for HTML and JSON; null for anything else (never handed to the system).
 */
export function planOriginalCopy(name: string): OriginalCopyPlan | null {
  const { stem, ext } = sanitizeFileName(name);
  if (SYSTEM_VIEWER_EXTENSIONS.includes(ext)) return { fileName: `${stem}.${ext}`, asText: false };
  if (PLAIN_TEXT_EXTENSIONS.includes(ext)) return { fileName: `${stem}.${ext}.txt`, asText: true };
  return null;
}
