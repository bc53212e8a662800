import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drawPdfPage, loadPdfjs } from '../../app/load-pdfjs';
import { errorMessage } from './errors';
import { ErrorAlert } from '../../app/components/ErrorAlert';

/** How many leading pages the preview draws: the cover and the contents tell the user enough. */
const PREVIEW_PAGES = 2;
const PREVIEW_WIDTH_CSS = 300;

interface PdfPreviewProps {
  bytes: Uint8Array;
  /** Called once the pages are drawn (or drawing failed): the PDF has been shown before saving. */
  onShown?(pageCount: number | null): void;
}

/** Renders the first pages of a PDF into canvases with pdfjs-dist, and states the page count. */
export function PdfPreview({ bytes, onShown }: PdfPreviewProps) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const [pageCount, setPageCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = useRef(onShown);
  shown.current = onShown;

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => Promise<void>) | null = null;
    const container = holder.current;
    (async () => {
      const pdfjs = await loadPdfjs();
      // pdfjs transfers (detaches) the buffer it is given: hand it a copy, the caller still saves the bytes.
      const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
      destroy = () => task.destroy();
      const pdf = await task.promise;
      if (cancelled) return null;
      setPageCount(pdf.numPages);
      for (let n = 1; n <= Math.min(PREVIEW_PAGES, pdf.numPages) && !cancelled; n++) {
        const canvas = await drawPdfPage(pdf, n, PREVIEW_WIDTH_CSS, t('dossiers.pageImage', { page: n }));
        if (!cancelled) container?.append(canvas);
      }
      return pdf.numPages;
    })().then(
      (count) => !cancelled && shown.current?.(count),
      (caught: unknown) => {
        if (cancelled) return;
        setError(t('dossiers.previewFailed', { message: errorMessage(caught) }));
        shown.current?.(null);
      },
    );
    return () => {
      cancelled = true;
      container?.replaceChildren();
      void destroy?.();
    };
  }, [bytes, t]);

  return (
    <div>
      {pageCount !== null ? <p role="status">{t('dossiers.pages', { count: pageCount })}</p> : null}
      <ErrorAlert message={error} />
      <div ref={holder} className="pdf-preview" />
    </div>
  );
}
