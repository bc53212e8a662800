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
}

/** Renders the first pages of a PDF into canvases with pdfjs-dist, and states the page count. */
export function PdfPreview({ bytes }: PdfPreviewProps) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const [pageCount, setPageCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

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
      if (cancelled) return;
      setPageCount(pdf.numPages);
      for (let n = 1; n <= Math.min(PREVIEW_PAGES, pdf.numPages) && !cancelled; n++) {
        const canvas = await drawPdfPage(pdf, n, PREVIEW_WIDTH_CSS, t('dossiers.pageImage', { page: n }));
        if (!cancelled) container?.append(canvas);
      }
    })().catch((caught: unknown) => {
      if (!cancelled) setError(t('dossiers.previewFailed', { message: errorMessage(caught) }));
    });
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
