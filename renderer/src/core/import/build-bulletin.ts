/** SplitBulletin → ParsedBulletin: joins the body and adds the guessed metadata. */
import type { ParsedBulletin } from '../model';
import { detectLanguage, findCountries, findOrganisations } from './metadata';
import type { SplitBulletin } from './splitter';

/** Builds the importer output for one split bulletin. */
export function toParsedBulletin(b: SplitBulletin, sourceFile: string, bodyHtml: string | null = null): ParsedBulletin {
  const body = b.paragraphs.join('\n\n');
  const all = `${b.title}\n\n${body}`;
  return {
    title: b.title,
    date: b.date,
    datePrecision: b.date === null ? 'unknown' : b.precision,
    place: b.place,
    language: detectLanguage(all),
    body,
    bodyHtml,
    countries: findCountries(all),
    organisations: findOrganisations(all),
    sourceFile,
  };
}
