export { buildDossierPdf } from './writer';
export { safePdfFileName } from './text';
export { DEFAULT_LABELS } from './types';
export type { BuildPdfOptions, DossierPdfInput, PdfBulletin, PdfFonts, PdfLabels } from './types';
