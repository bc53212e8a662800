import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drawPdfPage, loadPdfjs } from '../../app/load-pdfjs';
import type * as Pdfjs from 'pdfjs-dist';
import { Dialog } from '../../app/components/Dialog';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { blobBytes } from '../../host';

const PAGE_WIDTH_CSS = 640;

interface Props {
  name: string;
  blob: Blob;
  /** 1-based; null when the importer could not tell (the first page is shown). */
  page: number | null;
  onClose(): void;
  onOpenOriginal(): void;
}

/**
 * `Show source page`: draws the bulletin's page of the kept PDF with pdfjs-dist, inside the app.
 * A blob: URL with #page=N in a new window would be simpler, but the window policy denies
 * window.open, and the system viewer (Electron) cannot be told a page portably.
 */
export function SourcePageDialog({ name, blob, page, onClose, onOpenOriginal }: Props) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(page ?? 1);
  const [pageCount, setPageCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [doc, setDoc] = useState<Pdfjs.PDFDocumentProxy | null>(null);

  useEffect(() => {
    let cancelled = false;
    let task: Pdfjs.PDFDocumentLoadingTask | null = null;
    (async () => {
      const pdfjs = await loadPdfjs();
      // Read in slices (blobBytes): one arrayBuffer() of a large file is one long UI-thread task.
      task = pdfjs.getDocument({ data: await blobBytes(blob), isEvalSupported: false, verbosity: 0 });
      const pdf = await task.promise;
      if (cancelled) return;
      setPageCount(pdf.numPages);
      setDoc(pdf);
    })().catch((caught: unknown) => !cancelled && setError(t('originals.pageFailed', { name, message: (caught as Error).message })));
    return () => {
      cancelled = true;
      void task?.destroy();
    };
  }, [blob, name, t]);

  useEffect(() => {
    if (!doc) return;
    let cancelled = false;
    const container = holder.current;
    (async () => {
      const target = Math.min(Math.max(shown, 1), doc.numPages);
      const canvas = await drawPdfPage(doc, target, PAGE_WIDTH_CSS, t('originals.pageImage', { page: target, name }));
      canvas.style.maxWidth = '100%';
      if (!cancelled) container?.replaceChildren(canvas);
    })().catch((caught: unknown) => !cancelled && setError(t('originals.pageFailed', { name, message: (caught as Error).message })));
    return () => {
      cancelled = true;
    };
  }, [doc, shown, name, t]);

  return (
    <Dialog
      title={t('originals.pageTitle', { name })}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" disabled={shown <= 1} onClick={() => setShown((n) => n - 1)}>
            {t('originals.previous')}
          </button>
          <button type="button" disabled={pageCount === null || shown >= pageCount} onClick={() => setShown((n) => n + 1)}>
            {t('originals.next')}
          </button>
          <button type="button" onClick={onOpenOriginal}>
            {t('originals.open')}
          </button>
        </>
      }
    >
      <p role="status">
        {pageCount === null ? t('originals.pageLoading') : t('originals.pageOf', { page: Math.min(shown, pageCount), count: pageCount })}
        {page === null ? ` ${t('originals.pageUnknown')}` : ''}
      </p>
      <ErrorAlert message={error} />
      <div ref={holder} className="pdf-preview" />
    </Dialog>
  );
}
