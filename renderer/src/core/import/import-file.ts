/**
 * Entry point of the import pipeline: one file (name + bytes) → ParsedBulletin[] or an
 * ImportFileError whose reason the user can act on. Never throws anything else.
 */
import type { ParsedBulletin } from '../model';
import { approximateDates, issueMonthOf } from './approx-dates';
import { type ImporterResult, findLostLines, isImporterResult } from './coverage';
import { withDatelineMemo } from './dates';
import { REASON_BINARY, decodeText } from './decode';
import { ImportFileError } from './errors';
import type { HtmlToolkit } from './html-toolkit';
import { type DocxConverter, importDocx } from './importers/docx';
import { importHtml } from './importers/html';
import { importBackupJson } from './importers/json';
import { type PdfjsLoader, importPdf } from './importers/pdf';
import type { PdfOcr } from './ocr';
import { importMarkdownResult, importPlainTextResult } from './importers/text';
import { checkImported } from './limits';
import { type FormatAdapter, IMPORT_EXTENSIONS, extensionOf, formatOf } from './formats';

/** A file handed to the importer. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
  /**
   * The file's own date (ISO `YYYY-MM-DD`, e.g. from File.lastModified), used to give year-less
   * datelines a year when the text has no dated neighbour. Optional.
   */
  fileDate?: string;
}

/** One file's import with the nothing-lost check (see `coverage.ts`). */
export interface ImportReport {
  bulletins: ParsedBulletin[];
  /** Lines the importer dropped on purpose as chrome (navigation, share boxes, mastheads…). */
  removed: string[];
  /**
   * Source lines in no bulletin and not removed: text the user would lose. Always empty for an
   * importer that still returns a bare `ParsedBulletin[]` (it cannot be checked).
   */
  lost: string[];
}

/** Platform pieces the pure importers need, injected by the caller. */
export interface ImportEnv {
  /** DOMParser + DOMPurify; required for .html/.htm/.docx. */
  html?: HtmlToolkit;
  /** Largest accepted file in bytes (default 50 MB). */
  maxBytes?: number;
  /** Loads pdfjs-dist; required for .pdf. */
  pdfjs?: PdfjsLoader;
  /** .docx → HTML; defaults to mammoth. */
  docx?: DocxConverter;
  /** Recognises scanned PDF pages (see ocr.ts); without it a PDF with no text layer is refused. */
  ocr?: PdfOcr;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Every extension the importers read: the format registry's (core/import/formats.ts). */
export const SUPPORTED_EXTENSIONS = IMPORT_EXTENSIONS;

/** Lower-case extension without the dot, or '' when the name has none. */
export const fileExtension = extensionOf;

const mb = (n: number): string => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;

/** Decodes a text-like file, mapping decoder failures and blank content to reasons. */
function readText(file: ImportInput): string {
  let text: string;
  try {
    text = decodeText(file.bytes);
  } catch (err) {
    throw new ImportFileError(file.name, err instanceof Error && err.message === REASON_BINARY ? REASON_BINARY : 'could not decode text');
  }
  if (text.trim().length === 0) throw new ImportFileError(file.name, 'empty file');
  return text;
}

/** What an importer returns: the new ImporterResult, or a bare array (importers not yet moved over). */
type Imported = ParsedBulletin[] | ImporterResult;

/** One importer per registry adapter; a Record, so a format added to the registry without one fails typecheck. */
type Adapter = (file: ImportInput, env: ImportEnv, needHtml: () => HtmlToolkit, dated: { fileDate?: string }) => Imported | Promise<Imported>;
const ADAPTERS: Record<FormatAdapter, Adapter> = {
  text: (file, _env, _html, dated) => importPlainTextResult(readText(file), file.name, dated),
  markdown: (file, _env, _html, dated) => importMarkdownResult(readText(file), file.name, dated),
  'backup-json': (file) => importBackupJson(file.bytes, file.name),
  html: (file, _env, needHtml, dated) => importHtml(readText(file), file.name, needHtml(), dated),
  docx: (file, env, needHtml, dated) => importDocx(file.bytes, file.name, needHtml(), env.docx, dated),
  pdf: (file, env, _html, dated) => {
    if (!env.pdfjs) throw new ImportFileError(file.name, '.pdf import needs pdfjs (not available here)');
    return importPdf(file.bytes, file.name, env.pdfjs, dated, env.ocr);
  },
};

async function dispatch(file: ImportInput, env: ImportEnv): Promise<Imported> {
  const ext = fileExtension(file.name);
  const format = formatOf(file.name);
  if (!format) {
    throw new ImportFileError(file.name, ext ? `unsupported file type .${ext}` : 'unsupported file type (no extension)');
  }
  const limit = env.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file.bytes.byteLength > limit) throw new ImportFileError(file.name, `file too large (${mb(file.bytes.byteLength)}, limit ${mb(limit)})`);
  if (file.bytes.byteLength === 0) throw new ImportFileError(file.name, 'empty file');
  const needHtml = (): HtmlToolkit => {
    if (!env.html) throw new ImportFileError(file.name, `.${ext} import needs an HTML parser (not available here)`);
    return env.html;
  };
  const dated = file.fileDate ? { fileDate: file.fileDate } : {};
  return ADAPTERS[format.adapter](file, env, needHtml, dated);
}

/**
 * Imports one file and checks that no text was lost. Every failure — bad input or an unexpected
 * bug in a parser — comes out as an ImportFileError, so one bad file never stops a batch.
 */
export function importFileReport(file: ImportInput, env: ImportEnv = {}): Promise<ImportReport> {
  // The passes below ask the same lines for their dateline again and again: each is parsed once.
  return withDatelineMemo(() => importReport(file, env));
}

async function importReport(file: ImportInput, env: ImportEnv): Promise<ImportReport> {
  let imported: Imported;
  try {
    imported = await dispatch(file, env);
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new ImportFileError(file.name, `could not read file (${detail.slice(0, 200)})`);
  }
  if (!isImporterResult(imported)) {
    checkImported(file.name, imported);
    return { bulletins: imported, removed: [], lost: [] };
  }
  const { sourceLines, removed } = imported;
  // Last of all, once every importer has given what dates it could: ranges for the undated.
  const bulletins = approximateDates(imported.bulletins, { fileDate: file.fileDate, issueMonth: issueMonthOf(removed) });
  // Every format's output passes the expansion limits before it can reach the archive.
  checkImported(file.name, bulletins, sourceLines.length);
  return { bulletins, removed, lost: findLostLines(sourceLines, bulletins, removed) };
}

/** Imports one file: its bulletins only (see `importFileReport` for the nothing-lost check). */
export async function importFile(file: ImportInput, env: ImportEnv = {}): Promise<ParsedBulletin[]> {
  return (await importFileReport(file, env)).bulletins;
}
