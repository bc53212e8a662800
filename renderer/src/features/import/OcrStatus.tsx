/**
 * OCR in the import preview (issue 15): a progress bar per scanned file while its pages are
 * recognised (with Cancel), then the file's confidence, the low-confidence pages to review, and a
 * badge on each bulletin that came from OCR. State lives here; ImportProvider only feeds it.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OcrProgress } from '../../core/import/ocr';
import type { OcrMark, OcrReport } from '../../core/import/ocr-marks';
import type { ParsedBulletin } from '../../core/model';

interface OcrState {
  /** Files being OCR'd now, by file name. */
  progress: ReadonlyMap<string, OcrProgress>;
  /** Finished files with OCR'd pages. */
  reports: readonly { fileName: string; report: OcrReport }[];
  /** Preview item key → mark. */
  marks: ReadonlyMap<string, OcrMark>;
}

const EMPTY: OcrState = { progress: new Map(), reports: [], marks: new Map() };
const OcrContext = createContext<OcrState>(EMPTY);

/** ImportProvider's handle on the OCR state. */
export function useOcrState() {
  const [state, setState] = useState<OcrState>(EMPTY);
  const onProgress = useCallback((p: OcrProgress) => {
    setState((s) => {
      const progress = new Map(s.progress);
      progress.set(p.fileName, p);
      return { ...s, progress };
    });
  }, []);
  const reset = useCallback(() => setState(EMPTY), []);
  /** Results of the parse and the preview items made from them (matched by bulletin identity). */
  const setResults = useCallback(
    (results: readonly { fileName: string; bulletins: ParsedBulletin[]; ocr?: OcrReport }[], items: readonly { key: string; bulletin: ParsedBulletin }[]) => {
      const byBulletin = new Map<ParsedBulletin, OcrMark>();
      const reports: OcrState['reports'][number][] = [];
      for (const result of results) {
        if (!result.ocr) continue;
        reports.push({ fileName: result.fileName, report: result.ocr });
        result.bulletins.forEach((b, i) => {
          const mark = result.ocr?.marks[i];
          if (mark) byBulletin.set(b, mark);
        });
      }
      const marks = new Map<string, OcrMark>();
      for (const item of items) {
        const mark = byBulletin.get(item.bulletin);
        if (mark) marks.set(item.key, mark);
      }
      setState({ progress: new Map(), reports, marks });
    },
    [],
  );
  return useMemo(() => ({ state, onProgress, reset, setResults }), [state, onProgress, reset, setResults]);
}

/** Gives the preview (OcrStatus, OcrBadge) the state kept by `useOcrState`. */
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
