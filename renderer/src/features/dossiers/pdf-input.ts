/**
 * Gathers everything the PDF writer needs for one dossier: summaries, bodies and tag names from
 * the archive, and the printed words in the dossier's own language.
 */
import type { Dossier } from '../../core/model';
import { dossierLanguage, pdfWordsFor } from '../../core/pdf/words';
import type { DossierPdfInput, PdfLabels } from '../../core/pdf';
import { getBodies, getSummaries, listTags } from '../../data';
import { toPdfInput } from './dossier-model';

/** The writer's printed words for a dossier: its own language, else the UI's. */
export function dossierPdfLabels(dossier: Pick<Dossier, 'language'>, uiLanguage: string): PdfLabels {
  return pdfWordsFor(dossierLanguage(dossier.language, uiLanguage));
}

/** Reads a dossier's bulletins (bodies included) and builds the writer's input, in dossier order. */
export async function loadDossierPdfInput(dossier: Dossier, uiLanguage: string): Promise<DossierPdfInput> {
  const [summaries, tags] = await Promise.all([getSummaries(dossier.items), listTags()]);
  const live = summaries.filter((s) => s.deletedAt === null).map((s) => s.id);
  const bodies = await getBodies(live);
  return toPdfInput(dossier, summaries, bodies, tags, uiLanguage);
}
