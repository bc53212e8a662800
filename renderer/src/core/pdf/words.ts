/**
 * The dossier PDF's printed words per dossier language. They live in the core, not in the UI's
 * locale files, because the PDF's language is the dossier's choice, not the UI's: an English
 * dossier prints "Contents" and "30 October 2023" in a Spanish UI, and the other way round.
 */
import type { DossierLanguage } from '../model';
import { DEFAULT_LABELS, type PdfLabels } from './types';

const SPANISH: PdfLabels = {
  contents: 'Índice',
  introduction: 'Introducción',
  periodCovered: 'Período cubierto',
  bulletinCount: 'Boletines',
  compiledOn: 'Compilado el',
  preparedBy: 'Preparado por',
  undated: 'Sin fecha',
  noDatedBulletins: 'Ningún boletín con fecha',
  noCountry: 'Sin país',
  untagged: 'Sin etiqueta',
  tags: 'Etiquetas',
  untitled: 'Sin título',
  pageXofY: 'Página {x} de {y}',
  // Spanish writes months in lower case inside a date: "30 de octubre de 2023".
  dayDate: '{d} de {month} de {y}',
  monthDate: '{month} de {y}',
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

const WORDS: Record<DossierLanguage, PdfLabels> = { en: DEFAULT_LABELS, es: SPANISH };

/** The languages a dossier can be printed in, with each one's name in itself (for the chooser). */
export const DOSSIER_LANGUAGES: ReadonlyArray<{ value: DossierLanguage; name: string }> = [
  { value: 'en', name: 'English' },
  { value: 'es', name: 'Español' },
];

/** The PDF's printed words and date patterns in `language`. */
export function pdfWordsFor(language: DossierLanguage): PdfLabels {
  return WORDS[language];
}

/** A dossier's print language: its own choice, else the UI language (dossiers made before the choice existed). */
export function dossierLanguage(choice: DossierLanguage | undefined, uiLanguage: string): DossierLanguage {
  if (choice === 'en' || choice === 'es') return choice;
  return uiLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}
