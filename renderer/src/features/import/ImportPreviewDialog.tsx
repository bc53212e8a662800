import { startTransition, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/components/Dialog';
import { useToast } from '../../app/components/Toasts';
import { useArchive } from '../../app/archive/ArchiveProvider';
import type { CapturedOriginals } from '../../app/archive/originals-capture';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PromptDialog } from '../../app/components/PromptDialog';
import type { ImportSession, SessionState } from './import-session';
import { PreviewRow } from './PreviewRow';
import { LeftOutWarning } from './LeftOutWarning';
import { OcrStatus } from './OcrStatus';
import type { LeftOut, PreviewItem } from './preview-model';

/** Rows rendered at most; a batch of thousands is summarised rather than drawn in full. */
const MAX_ROWS = 300;
/**
 * Rows added per task. Drawing all 300 rows in the task that shows the preview was its one long
 * task (issue 20: 204–326 ms in the bench, more on a busy machine); 25 at a time keeps each task short.
 */
const ROWS_PER_TASK = 25;

interface Props {
  session: ImportSession<CapturedOriginals>;
  state: SessionState<CapturedOriginals>;
}

/** The import preview: a view of the import session's state; every action is a session command. */
export function ImportPreviewDialog({ session, state }: Props) {
  const { t, i18n } = useTranslation();
  const { service } = useArchive();
  const notify = useToast();
  const { phase, items, problems, leftOut, fileNames, progress, commitError, commitDiskFull } = state;
  const toImport = session.toImport();
  const committing = phase === 'committing';

  const confirm = async () => {
    const outcome = await session.commit();
    if (!outcome) return;
    notify({
      message: t('import.done', { count: outcome.added.length, skipped: t('counted.alreadyInArchive', { count: outcome.skippedDuplicates }) }),
      undo: () => void service.send('import/undo', { batchId: outcome.batchId }),
    });
  };

  // Stable callbacks (they take the row's index), so memoised rows skip re-rendering.
  const change = useCallback((index: number, next: PreviewItem) => session.change(index, next), [session]);
  const merge = useCallback((index: number) => session.merge(index), [session]);
  const split = useCallback((index: number, at: number) => session.split(index, at), [session]);
  const title = useCallback((index: number, paragraph: number) => session.titleFromParagraph(index, paragraph), [session]);
  const keep = (entry: LeftOut) => session.keepLeftOut(entry, t('import.leftOutTitle', { file: entry.fileName }));
  const requestClose = () => session.requestClose();
  const label = progress ? t(progress.step === 'reading' ? 'import.reading' : 'import.storing') : '';

  return (
    <Dialog
      title={t('import.title')}
      open={session.open}
      onClose={requestClose}
      footer={
        <>
          <button type="button" onClick={requestClose}>
            {t('reader.cancel')}
          </button>
          <button type="button" className="primary" disabled={toImport.length === 0 || committing || progress !== null} onClick={() => void confirm()}>
            {t('import.confirm', { count: toImport.length })}
          </button>
        </>
      }
    >
      {progress ? (
        <div className="field">
          <label htmlFor="import-progress">
            {label} {progress.done.toLocaleString(i18n.language)}/{progress.total.toLocaleString(i18n.language)}
          </label>
          <progress id="import-progress" className="progress" max={Math.max(progress.total, 1)} value={progress.done} />
          {!committing ? (
            <button type="button" onClick={() => session.cancelParsing()}>
              {t('import.cancel')}
            </button>
          ) : null}
        </div>
      ) : null}
      {problems.map((problem, i) => (
        <div key={i} role="alert" className="alert">
          {problem.message.includes(problem.fileName) ? problem.message : `${problem.fileName}: ${problem.message}`}
        </div>
      ))}
      <OcrStatus onCancel={() => session.cancelParsing()} />
      <LeftOutWarning leftOut={leftOut} onKeep={keep} />
      <ErrorAlert message={commitDiskFull ? t('storageFull.import') : commitError ? t('import.failed', { message: commitError }) : null} />
      {!progress && items.length > 0 ? (
        <p>{t('import.summary', {
            found: t('counted.bulletinsFound', { count: items.length }),
            files: t('counted.inFiles', { count: fileNames.length }),
            count: toImport.length,
          })}</p>
      ) : null}
      <PreviewList key={state.run} items={items} label={t('import.found')} onChange={change} onMerge={merge} onSplit={split} onUseAsTitle={title} />
      {items.length > MAX_ROWS ? <p>{t('import.more', { count: items.length - MAX_ROWS })}</p> : null}
      <PromptDialog
        title={t('importSession.discardTitle')}
        open={state.confirmingClose}
        onClose={() => session.keepEditing()}
        submitLabel={t('importSession.discard')}
        onSubmit={() => session.close()}
      >
        <p>{t('importSession.discardText')}</p>
      </PromptDialog>
    </Dialog>
  );
}

interface ListProps {
  items: readonly PreviewItem[];
  label: string;
  onChange(index: number, item: PreviewItem): void;
  onMerge(index: number): void;
  onSplit(index: number, at: number): void;
  onUseAsTitle(index: number, paragraph: number): void;
}

/**
 * The preview's rows, drawn a slice per task up to MAX_ROWS (keyed by the import run, so each import
 * starts small). None in the task that shows the preview: the session's state renders synchronously
 * (an external store), rows added in a transition render in React's time slices. Drawing the first
 * rows with the preview made that one task 235 ms under 6× CPU throttling (traced).
 */
function PreviewList({ items, label, onChange, onMerge, onSplit, onUseAsTitle }: ListProps) {
  const [shown, setShown] = useState(0);
  const limit = Math.min(items.length, MAX_ROWS);
  useEffect(() => {
    if (shown >= limit) return;
    // A timer, so the browser paints and handles input between slices.
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + ROWS_PER_TASK)), 0);
    return () => clearTimeout(timer);
  }, [shown, limit]);
  return (
    <ol className="preview-list" aria-label={label}>
      {items.slice(0, Math.min(shown, limit)).map((item, index) => (
        <PreviewRow key={item.key} item={item} index={index} onChange={onChange} onMerge={onMerge} onSplit={onSplit} onUseAsTitle={onUseAsTitle} />
      ))}
    </ol>
  );
}
