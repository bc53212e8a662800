/** Word .docx → HTML (mammoth) → the HTML importer. */
import type { ImporterResult } from '../coverage';
import { ImportFileError } from '../errors';
import type { HtmlToolkit } from '../html-toolkit';
import { type ImportOptions, importHtml } from './html';
import { checkDocxBounds } from '../zip-bounds';

/** Converts .docx bytes to HTML; injectable so tests and the app can choose the mammoth build. */
export type DocxConverter = (bytes: Uint8Array) => Promise<string>;

/** The default converter: mammoth, loaded on first use. */
export const mammothConverter: DocxConverter = async (bytes) => {
  const mammoth = await import('mammoth');
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // The Node build reads `buffer`, the browser build `arrayBuffer`; both accept these bytes.
  const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.convertToHtml(input);
  return result.value;
};

/** Imports a .docx file. */
export async function importDocx(
  bytes: Uint8Array,
  fileName: string,
  toolkit: HtmlToolkit,
  convert: DocxConverter = mammothConverter,
  options: ImportOptions = {},
): Promise<ImporterResult> {
  const invalid = (): ImportFileError => new ImportFileError(fileName, 'not a valid Word (.docx) file');
  // Every .docx is a zip archive ("PK\3\4").
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) throw invalid();
  // A zip bomb is refused before mammoth unpacks anything (issue 23).
  await checkDocxBounds(bytes, fileName);
  let html: string;
  try {
    html = await convert(bytes);
  } catch {
    throw invalid();
  }
  return importHtml(`<!doctype html><html><body><main>${html}</main></body></html>`, fileName, toolkit, options);
}
