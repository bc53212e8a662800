/**
 * The app's own export file (.json, see `core/backup/format.ts`) → ParsedBulletin[]. The file is
 * checked exactly as a restore checks it (UTF-8, every field and reference, the checksum, and each
 * kept original's bytes against its hash): a damaged backup imports nothing.
 */
import { BackupFormatError, parseBackupBytes } from '../../backup/format';
import { verifyBackupOriginals } from '../../backup/originals';
import type { ParsedBulletin } from '../../model';
import { ImportFileError } from '../errors';

/**
 * Reads the bulletins of an export file (trashed ones are skipped).
 * @throws ImportFileError naming the file and, for a damaged backup, the record and field.
 */
export function importBackupJson(content: Uint8Array | string, fileName: string): ParsedBulletin[] {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  let file;
  try {
    file = parseBackupBytes(bytes);
    verifyBackupOriginals(file.originals ?? []);
  } catch (error) {
    if (error instanceof BackupFormatError) throw new ImportFileError(fileName, error.message);
    throw error;
  }
  const out: ParsedBulletin[] = file.bulletins
    .filter((b) => b.deletedAt === null)
    .map((b) => ({
      title: b.title,
      date: b.date,
      datePrecision: b.date ? b.datePrecision : 'unknown',
      // An approximate range and an inferred year come back marked, as they were exported.
      ...(b.date && b.dateApprox && b.dateEnd && b.dateEnd >= b.date ? { dateEnd: b.dateEnd, dateApprox: true as const } : {}),
      ...(b.date && b.yearInferred ? { yearInferred: true as const } : {}),
      place: b.place,
      language: b.language,
      body: b.body,
      bodyHtml: b.bodyHtml,
      countries: [...b.countries],
      organisations: [...b.organisations],
      sourceFile: b.sourceFile || fileName,
    }));
  if (out.length === 0) throw new ImportFileError(fileName, 'no bulletin found');
  return out;
}
