/**
 * OCR in the import preview (issue 15): a progress bar per scanned file while its pages are
 * recognised (with Cancel), then the file's confidence, the low-confidence pages to review, and a
 * badge on each bulletin that came from OCR. The state is the import session's (ocr-state.ts).
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_OCR, type OcrState } from './ocr-state';

const OcrContext = createContext<OcrState>(EMPTY_OCR);

/** Gives the preview (OcrStatus, OcrBadge) the import session's OCR state. */
export function OcrScope({ state, children }: { state: OcrState; children: ReactNode }) {
  return <OcrContext.Provider value={state}>{children}</OcrContext.Provider>;
}

/** Progress bars while pages are recognised; afterwards the confidence and the pages to review. */
export function OcrStatus({ onCancel }: { onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const { progress, reports } = useContext(OcrContext);
  const running = [...progress.values()].filter((p) => p.done < p.total);
  return (
    <>
      {running.map((p, i) => (
        <div className="field" key={p.fileName}>
          {/* Ids by position: file names may hold spaces, which ids may not. */}
          <label htmlFor={`ocr-progress-${i}`}>{t('ocr.progress', { file: p.fileName, done: p.done, total: p.total })}</label>
          <progress id={`ocr-progress-${i}`} className="progress" max={Math.max(p.total, 1)} value={p.done} />
          <button type="button" onClick={onCancel}>
            {t('ocr.cancel')}
          </button>
        </div>
      ))}
      {reports.map(({ fileName, report }) => {
        const low = report.pages.filter((p) => p.lowConfidence).map((p) => p.page.toLocaleString(i18n.language));
        return (
          <div key={fileName}>
            <p role="status">{t('ocr.done', { file: fileName, count: report.pages.length, confidence: report.confidence })}</p>
            {low.length > 0 ? (
              <div role="alert" className="alert">
                {t('ocr.lowPages', { file: fileName, pages: low.join(', '), count: low.length })}
              </div>
            ) : null}
          </div>
        );
      })}
    </>
  );
}

/** The badge on a preview row whose bulletin was OCR'd (nothing otherwise). */
export function OcrBadge({ itemKey }: { itemKey: string }) {
  const { t } = useTranslation();
  const mark = useContext(OcrContext).marks.get(itemKey);
  if (!mark) return null;
  return (
    <>
      <span className="badge" title={t('ocr.badgeHint', { page: mark.page, confidence: mark.confidence })}>
        {t('ocr.badge', { confidence: mark.confidence })}
      </span>
      {mark.lowConfidence ? (
        <span className="badge warning" title={t('ocr.reviewHint')}>
          {t('ocr.review')}
        </span>
      ) : null}
    </>
  );
}
