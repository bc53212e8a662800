/** SplitBulletin → ParsedBulletin: joins the body and adds the guessed metadata. */
import { PLACE_ONLY } from './dates';
import type { ParsedBulletin } from '../model';
import { repairGluedWords } from '../text/glued-words';
import { extractMetadata } from './metadata';
import type { SplitBulletin } from './splitter';

/** Builds the importer output for one split bulletin. */
export function toParsedBulletin(b: SplitBulletin, sourceFile: string, bodyHtml: string | null = null): ParsedBulletin {
  // Glued words are repaired in the stored text, so search finds both halves ("Aquaculture").
  // A place-only dateline in capitals ("SANTIAGO.–", "LIMA.-"), as press offices open a release,
  // is the bulletin's place, not its text — as the place of a dated dateline is.
  const lead = b.place === null ? PLACE_ONLY.exec(b.paragraphs[0] ?? '') : null;
  const paragraphs = lead ? [(b.paragraphs[0] as string).slice(lead[0].length), ...b.paragraphs.slice(1)] : b.paragraphs;
  const body = repairGluedWords(paragraphs.join('\n\n'));
  const title = repairGluedWords(b.title);
  // One pass over the text for all three guesses. `join` builds a flat string, which the scan
  // reads faster than the rope a template literal makes.
  const meta = extractMetadata([title, body].join('\n\n'));
  return {
    title,
    date: b.date,
    datePrecision: b.date === null ? 'unknown' : b.precision,
    place: lead ? (lead[1] as string) : b.place,
    ...(b.yearInferred ? { yearInferred: true as const } : {}),
    language: meta.language,
    body,
    bodyHtml,
    countries: meta.countries,
    organisations: meta.organisations,
    sourceFile,
  };
}
