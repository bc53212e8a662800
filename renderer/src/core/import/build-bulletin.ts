/** SplitBulletin → ParsedBulletin: joins the body and adds the guessed metadata. */
import type { ParsedBulletin } from '../model';
import { extractMetadata } from './metadata';
import type { SplitBulletin } from './splitter';

/** Builds the importer output for one split bulletin. */
export function toParsedBulletin(b: SplitBulletin, sourceFile: string, bodyHtml: string | null = null): ParsedBulletin {
  const body = b.paragraphs.join('\n\n');
  // One pass over the text for all three guesses. `join` builds a flat string, which the scan
  // reads faster than the rope a template literal makes.
  const meta = extractMetadata([b.title, body].join('\n\n'));
  return {
    title: b.title,
    date: b.date,
    datePrecision: b.date === null ? 'unknown' : b.precision,
    place: b.place,
    ...(b.yearInferred ? { yearInferred: true as const } : {}),
    language: meta.language,
    body,
    bodyHtml,
    countries: meta.countries,
    organisations: meta.organisations,
    sourceFile,
  };
}
