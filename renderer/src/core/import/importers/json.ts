/** The app's own export file (.json, see `core/backup/format.ts`) → ParsedBulletin[]. */
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../backup/format';
import type { DatePrecision, Language, ParsedBulletin } from '../../model';
import { ImportFileError } from '../errors';

const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year', 'unknown'];
const LANGUAGES: readonly Language[] = ['es', 'en', 'other'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Reads the bulletins of an export file. Trashed bulletins are skipped. Throws for malformed
 * JSON, a foreign format or an unknown version.
 */
export function importBackupJson(text: string, fileName: string): ParsedBulletin[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportFileError(fileName, 'malformed JSON');
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    throw new ImportFileError(fileName, `not a PA Bulletin Archive export (expected format "${BACKUP_FORMAT}")`);
  }
  // Every version up to the current one: version 2 only added optional fields (issue 15, originals).
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1 || data.version > BACKUP_VERSION) {
    throw new ImportFileError(fileName, `unsupported export version ${JSON.stringify(data.version ?? null)} (this app reads versions 1 to ${BACKUP_VERSION})`);
  }
  if (!Array.isArray(data.bulletins)) throw new ImportFileError(fileName, 'export file has no "bulletins" list');
  const out: ParsedBulletin[] = [];
  data.bulletins.forEach((raw, i) => {
    if (!isRecord(raw)) throw new ImportFileError(fileName, `bulletin #${i + 1} is not an object`);
    const title = str(raw.title);
    const body = str(raw.body);
    if (title === null || body === null) throw new ImportFileError(fileName, `bulletin #${i + 1} has no title or body`);
    if (raw.deletedAt !== null && raw.deletedAt !== undefined) return;
    const date = str(raw.date);
    const validDate = date !== null && /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : null;
    const precision = PRECISIONS.find((p) => p === raw.datePrecision) ?? (validDate ? 'day' : 'unknown');
    const dateEnd = str(raw.dateEnd);
    // An approximate range and an inferred year come back marked, as they were exported.
    const approx = validDate !== null && raw.dateApprox === true && dateEnd !== null && /^\d{4}-\d{2}-\d{2}$/u.test(dateEnd) && dateEnd >= validDate;
    out.push({
      title,
      date: validDate,
      datePrecision: validDate ? precision : 'unknown',
      ...(approx ? { dateEnd, dateApprox: true as const } : {}),
      ...(validDate !== null && raw.yearInferred === true ? { yearInferred: true as const } : {}),
      place: str(raw.place),
      language: LANGUAGES.find((l) => l === raw.language) ?? 'other',
      body,
      bodyHtml: str(raw.bodyHtml),
      countries: strList(raw.countries),
      organisations: strList(raw.organisations),
      sourceFile: str(raw.sourceFile) ?? fileName,
    });
  });
  if (out.length === 0) throw new ImportFileError(fileName, 'no bulletin found');
  return out;
}
