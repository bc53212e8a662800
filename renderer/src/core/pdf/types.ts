import type { DatePrecision, DossierGrouping, PageSize } from '../model';

/** One bulletin as the PDF writer needs it: tag names (not ids) and the plain-text body. */
export interface PdfBulletin {
  id: string;
  title: string;
  /** ISO `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  datePrecision: DatePrecision;
  /** An approximate date's range end (`date` is its start), printed "≈ November 2023" / "≈ 2023". */
  dateEnd?: string;
  dateApprox?: true;
  place: string | null;
  sourceFile: string;
  /** Tag names, already resolved from ids. */
  tags: string[];
  /** Canonical English country names. */
  countries: string[];
  /** Plain text; paragraphs separated by a blank line. */
  body: string;
}

/** Everything a dossier PDF is made from. Built by the caller from a `Dossier` and its bulletins. */
export interface DossierPdfInput {
  title: string;
  subtitle: string;
  author: string;
  introduction: string;
  grouping: DossierGrouping;
  pageSize: PageSize;
  /** BCP 47 tag written as the document language (`/Lang`), e.g. `es` or `en`. */
  language: string;
  /** In dossier order. */
  bulletins: PdfBulletin[];
}

/** TrueType bytes of the two faces the dossier uses (DejaVu Sans in the app). */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** Words printed by the writer; pass translations to localise a dossier. */
export interface PdfLabels {
  contents: string;
  introduction: string;
  periodCovered: string;
  bulletinCount: string;
  compiledOn: string;
  preparedBy: string;
  undated: string;
  noDatedBulletins: string;
  noCountry: string;
  untagged: string;
  tags: string;
  untitled: string;
  /** `{x}` and `{y}` are replaced by the page number and the page count. */
  pageXofY: string;
  /** A full date: `{d}`, `{month}` and `{y}` are replaced ("{d} de {month} de {y}" in Spanish). */
  dayDate: string;
  /** A month of a year: `{month}` and `{y}` ("{month} de {y}"). */
  monthDate: string;
  /** Twelve month names as written inside a sentence, January first ("October", "octubre"). */
  months: string[];
}

export interface BuildPdfOptions {
  /** Called as work advances; `done` reaches `total` when the bytes are ready. */
  onProgress?(done: number, total: number): void;
  /** "Compiled on" date and the PDF creation date; defaults to the current time. */
  now?: Date;
  labels?: Partial<PdfLabels>;
  /** Body paragraph alignment; default `justify`. */
  align?: 'justify' | 'left';
}

/** The writer's printed words in English (its defaults); other languages are in `words.ts`. */
export const ENGLISH_PDF_WORDS: Omit<PdfLabels, 'months'> = {
  contents: 'Contents',
  introduction: 'Introduction',
  periodCovered: 'Period covered',
  bulletinCount: 'Bulletins',
  compiledOn: 'Compiled on',
  preparedBy: 'Prepared by',
  undated: 'Undated',
  noDatedBulletins: 'No dated bulletins',
  noCountry: 'No country',
  untagged: 'Untagged',
  tags: 'Tags',
  untitled: 'Untitled',
  pageXofY: 'Page {x} of {y}',
  dayDate: '{d} {month} {y}',
  monthDate: '{month} {y}',
};

export const DEFAULT_LABELS: PdfLabels = {
  ...ENGLISH_PDF_WORDS,
  months: [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ],
};
