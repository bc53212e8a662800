export { buildDossierPdf } from './writer';
export { safePdfFileName } from './text';
export { DEFAULT_LABELS } from './types';
export { DOSSIER_LANGUAGES, dossierLanguage, pdfWordsFor } from './words';
export { groupBulletins, printOrder } from './groups';
export type { BulletinGroup, GroupFacts, GroupLabels } from './groups';
export type { BuildPdfOptions, DossierPdfInput, PdfBulletin, PdfFonts, PdfLabels } from './types';
