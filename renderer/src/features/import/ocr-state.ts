/** The OCR part of the import session's state (issue 15), computed without React. */
import type { OcrProgress } from '../../core/import/ocr';
import type { OcrMark, OcrReport } from '../../core/import/ocr-marks';
import type { ParsedBulletin } from '../../core/model';

export interface OcrState {
  /** Files being OCR'd now, by file name. */
  progress: ReadonlyMap<string, OcrProgress>;
  /** Finished files with OCR'd pages. */
  reports: readonly { fileName: string; report: OcrReport }[];
  /** Preview item key → mark. */
  marks: ReadonlyMap<string, OcrMark>;
}

export const EMPTY_OCR: OcrState = { progress: new Map(), reports: [], marks: new Map() };

/** Reports of the parse and a mark per preview item made from an OCR'd bulletin (matched by identity). */
export function ocrStateOf(
  results: readonly { fileName: string; bulletins: readonly ParsedBulletin[]; ocr?: OcrReport | undefined }[],
  items: readonly { key: string; bulletin: ParsedBulletin }[],
): OcrState {
  const byBulletin = new Map<ParsedBulletin, OcrMark>();
  const reports: { fileName: string; report: OcrReport }[] = [];
  for (const result of results) {
    if (!result.ocr) continue;
    reports.push({ fileName: result.fileName, report: result.ocr });
    result.bulletins.forEach((b, i) => {
      const mark = result.ocr?.marks[i];
      if (mark) byBulletin.set(b, mark);
    });
  }
  const marks = new Map<string, OcrMark>();
  for (const item of items) {
    const mark = byBulletin.get(item.bulletin);
    if (mark) marks.set(item.key, mark);
  }
  return { progress: new Map(), reports, marks };
}
