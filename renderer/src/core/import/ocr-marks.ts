/**
 * Which imported bulletins came from OCR'd pages, so the preview can mark them with the page's
 * confidence and flag the low ones for review. Bulletins do not carry page numbers, so a bulletin
 * belongs to the OCR'd page whose recognised text contains its title (compared on letters and
 * digits only, as paragraph rebuilding rejoins lines and hyphenated words).
 */
import type { OcrFileSummary, OcrPageSummary } from './ocr';

/** The preview's mark on one bulletin. */
export interface OcrMark {
  page: number;
  confidence: number;
  lowConfidence: boolean;
}

/** Enough of a title to tell bulletins apart without paying for whole-body matches. */
const PROBE_CHARS = 40;

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * One mark (or null) per bulletin, in order. A file whose every page was OCR'd marks all its
 * bulletins, with the file's confidence when the title is found on no page (OCR misread it).
 */
export function ocrMarks(bulletins: readonly { title: string }[], summary: OcrFileSummary): (OcrMark | null)[] {
  const pages = summary.pages.map((p) => ({ ...p, letters: letters(p.text) }));
  const fallback: OcrMark | null = summary.pages.length === summary.pageCount
    ? { page: pages[0]?.page ?? 1, confidence: summary.confidence, lowConfidence: pages.some((p) => p.lowConfidence) }
    : null;
  return bulletins.map((b) => {
    const probe = letters(b.title).slice(0, PROBE_CHARS);
    const page = probe === '' ? undefined : pages.find((p) => p.letters.includes(probe));
    return page ? { page: page.page, confidence: page.confidence, lowConfidence: page.lowConfidence } : fallback;
  });
}

/** What the import worker sends back about a file's OCR: per-page figures (no text) and per-bulletin marks. */
export interface OcrReport {
  confidence: number;
  pageCount: number;
  pages: Omit<OcrPageSummary, 'text'>[];
  /** Aligned with the file's bulletins. */
  marks: (OcrMark | null)[];
}

export function ocrReport(bulletins: readonly { title: string }[], summary: OcrFileSummary): OcrReport {
  return {
    confidence: summary.confidence,
    pageCount: summary.pageCount,
    pages: summary.pages.map(({ text: _text, ...page }) => page),
    marks: ocrMarks(bulletins, summary),
  };
}
