/**
 * The one table of importable file formats (issue 20). Everything that decides "can this file be
 * imported?" reads it: the importers' dispatch (core/import/import-file.ts), the web host's file
 * input `accept` and folder drops (renderer/src/host), and the Electron open-dialog filters, folder
 * walk and IPC validators (electron/). Before it, each kept its own list and they drifted
 * (`.markdown` was parsed but not offered). Pure data with no imports, so Electron's main process
 * can read it without pulling in a parser.
 */

/** Which importer turns the bytes into bulletins (mapped to functions in import-file.ts). */
export type FormatAdapter = 'text' | 'markdown' | 'html' | 'docx' | 'pdf' | 'backup-json';

/** What the parse needs besides the bytes; the import worker provides each. */
export type FormatNeeds = 'nothing' | 'html-toolkit' | 'pdfjs';

export interface FileFormat {
  id: string;
  /** Lower-case, without the dot; the first is the usual one. */
  extensions: readonly string[];
  /** The MIME types a browser may report for it (informative: files are matched by extension). */
  mime: readonly string[];
  /** Every format is parsed in the import worker, off the UI thread. */
  parsesIn: 'import-worker';
  needs: FormatNeeds;
  adapter: FormatAdapter;
}

export const FILE_FORMATS: readonly FileFormat[] = [
  { id: 'text', extensions: ['txt'], mime: ['text/plain'], parsesIn: 'import-worker', needs: 'nothing', adapter: 'text' },
  { id: 'markdown', extensions: ['md', 'markdown'], mime: ['text/markdown', 'text/x-markdown'], parsesIn: 'import-worker', needs: 'nothing', adapter: 'markdown' },
  { id: 'html', extensions: ['html', 'htm'], mime: ['text/html', 'application/xhtml+xml'], parsesIn: 'import-worker', needs: 'html-toolkit', adapter: 'html' },
  { id: 'pdf', extensions: ['pdf'], mime: ['application/pdf'], parsesIn: 'import-worker', needs: 'pdfjs', adapter: 'pdf' },
  {
    id: 'docx',
    extensions: ['docx'],
    mime: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    parsesIn: 'import-worker',
    needs: 'html-toolkit',
    adapter: 'docx',
  },
  // A backup's bodies may carry HTML: sanitised in the worker with the HTML toolkit.
  { id: 'backup', extensions: ['json'], mime: ['application/json'], parsesIn: 'import-worker', needs: 'html-toolkit', adapter: 'backup-json' },
];

/** Every importable extension, lower-case, without dots. */
export const IMPORT_EXTENSIONS: readonly string[] = FILE_FORMATS.flatMap((format) => format.extensions);

/** Lower-case extension of a file name or path, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format a file name belongs to, or null when no importer reads it. */
export function formatOf(name: string): FileFormat | null {
  const ext = extensionOf(name);
  if (ext === '') return null;
  return FILE_FORMATS.find((format) => format.extensions.includes(ext)) ?? null;
}
