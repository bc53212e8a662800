/**
 * Gathers everything the PDF writer needs for one dossier: summaries, bodies and tag names from
 * the archive, and labels translated into the document's language.
 */
import type { TFunction } from 'i18next';
import type { Dossier } from '../../core/model';
import type { DossierPdfInput, PdfLabels } from '../../core/pdf';
import { getBodies, getSummaries, listTags } from '../../data';
import { toPdfInput } from './dossier-model';

const LABEL_KEYS = [
  'contents',
  'introduction',
  'periodCovered',
  'bulletinCount',
  'compiledOn',
  'preparedBy',
  'undated',
  'noDatedBulletins',
  'noCountry',
  'untagged',
  'tags',
  'untitled',
  'pageXofY',
] as const satisfies ReadonlyArray<Exclude<keyof PdfLabels, 'months'>>;

/** Month names in `language`, capitalised as headings ("Enero", "January"). */
export function monthNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => {
    const name = format.format(new Date(Date.UTC(2000, month, 15)));
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  });
}

/** The writer's printed words from the `dossiers.pdf.*` strings of a (fixed-language) `t`. */
export function pdfLabels(t: TFunction, language: string): PdfLabels {
  const words = Object.fromEntries(LABEL_KEYS.map((key) => [key, t(`dossiers.pdf.${key}`)])) as Record<(typeof LABEL_KEYS)[number], string>;
  return { ...words, months: monthNames(language) };
}

/** Reads a dossier's bulletins (bodies included) and builds the writer's input, in dossier order. */
export async function loadDossierPdfInput(dossier: Dossier, uiLanguage: string): Promise<DossierPdfInput> {
  const [summaries, tags] = await Promise.all([getSummaries(dossier.items), listTags()]);
  const live = summaries.filter((s) => s.deletedAt === null).map((s) => s.id);
  const bodies = await getBodies(live);
  return toPdfInput(dossier, summaries, bodies, tags, uiLanguage);
}
