/**
 * How much one imported file may expand to (issue 23). A small file can unpack into a huge one (a
 * 208 KB .docx held 210 million characters); every importer stays inside these bounds and a file
 * that does not is refused with its name and the limit, before anything is stored.
 */
import type { ParsedBulletin } from '../model';
import { ImportFileError } from './errors';

export const IMPORT_LIMITS = {
  /** Characters of text in one file, all bulletins together (the size of the largest .txt accepted). */
  fileChars: 50_000_000,
  /** Characters in one bulletin (title and body): ~1.5 million words, a whole saved page of 5 MB fits. */
  bulletinChars: 10_000_000,
  /**
   * Characters of one bulletin's formatted HTML. A longer one is dropped and the bulletin keeps its
   * plain text: sanitising and showing megabytes of markup took seconds each time.
   */
  bodyHtmlChars: 1_000_000,
  /** Paragraphs (source lines) in one file: a 5 MB page of 130,000 `<p>` still fits. */
  paragraphs: 250_000,
  /** HTML elements in one page. */
  htmlElements: 400_000,
  /** Nesting of HTML elements that must be closed; deeper tags are dropped, their text kept. */
  htmlDepth: 128,
  /** .docx: total unpacked size of its parts, and of its XML parts (the text). */
  docxUnpackedBytes: 128 * 1024 * 1024,
  docxXmlBytes: 32 * 1024 * 1024,
  /** .docx: nesting of the XML elements (Word's own documents stay far below; mammoth recurses). */
  docxXmlDepth: 1_000,
  /** .docx: parts in the archive. */
  docxEntries: 10_000,
} as const;

const count = (n: number): string => n.toLocaleString('en-US');
const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

/** Reasons naming the limit, shared by the checks. */
export const limitReason = {
  fileChars: (): string => `too much text (more than ${count(IMPORT_LIMITS.fileChars)} characters)`,
  bulletinChars: (): string => `a bulletin is too long (more than ${count(IMPORT_LIMITS.bulletinChars)} characters)`,
  paragraphs: (): string => `too many paragraphs (more than ${count(IMPORT_LIMITS.paragraphs)})`,
  htmlElements: (): string => `too many HTML elements (more than ${count(IMPORT_LIMITS.htmlElements)})`,
  docxUnpacked: (): string => `too large when unpacked (more than ${mb(IMPORT_LIMITS.docxUnpackedBytes)})`,
  docxXml: (): string => `too much document text when unpacked (more than ${mb(IMPORT_LIMITS.docxXmlBytes)} of XML)`,
  docxXmlDepth: (): string => `nested too deeply (more than ${count(IMPORT_LIMITS.docxXmlDepth)} levels of XML)`,
  docxEntries: (): string => `too many parts in the Word file (more than ${count(IMPORT_LIMITS.docxEntries)})`,
};

/** Throws when a running character total passes the file's limit (for importers that read in steps). */
export function checkFileChars(fileName: string, total: number): void {
  if (total > IMPORT_LIMITS.fileChars) throw new ImportFileError(fileName, limitReason.fileChars());
}

/**
 * Checks what an importer produced against the limits: every importer's output passes here, so a
 * format without bounds of its own is still refused rather than stored.
 */
export function checkImported(fileName: string, bulletins: readonly ParsedBulletin[], sourceLines = 0): void {
  if (sourceLines > IMPORT_LIMITS.paragraphs) throw new ImportFileError(fileName, limitReason.paragraphs());
  let total = 0;
  for (const b of bulletins) {
    const chars = b.title.length + b.body.length;
    if (chars > IMPORT_LIMITS.bulletinChars) throw new ImportFileError(fileName, limitReason.bulletinChars());
    total += chars;
  }
  checkFileChars(fileName, total);
}
