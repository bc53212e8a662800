import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchive } from '../../app/archive/ArchiveProvider';
import { Dialog } from '../../app/components/Dialog';
import { useToast } from '../../app/components/Toasts';
import type { FileProblem, ImportProgress } from './ImportProvider';
import { PreviewRow } from './PreviewRow';
import { LeftOutWarning } from './LeftOutWarning';
import { OcrStatus } from './OcrStatus';
import { itemsToImport, keepLeftOut, mergeIntoPrevious, splitAt, type LeftOut, type PreviewItem } from './preview-model';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { ArchiveError } from '../../data';
import { originalsForCommit, type CapturedOriginals } from '../../app/archive/originals-capture';

/** Rows rendered at once; a batch of thousands is summarised rather than drawn in full. */
const MAX_ROWS = 300;

interface Props {
  open: boolean;
  items: PreviewItem[];
  setItems: Dispatch<SetStateAction<PreviewItem[]>>;
  problems: FileProblem[];
  /** Text the nothing-lost check found in no bulletin, per file. */
  leftOut: LeftOut[];
  setLeftOut: Dispatch<SetStateAction<LeftOut[]>>;
  fileNames: string[];
  /** The import's kept files (issue 15), linked to the bulletins on commit. */
  originals: CapturedOriginals;
  progress: ImportProgress | null;
  setProgress(progress: ImportProgress | null): void;
  onCancelParsing(): void;
  onClose(): void;
}

export function ImportPreviewDialog({ open, items, setItems, problems, leftOut, setLeftOut, fileNames, originals, progress, setProgress, onCancelParsing, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { service } = useArchive();
  const notify = useToast();
  const [commitError, setCommitError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const toImport = itemsToImport(items);

  const confirm = async () => {
    setCommitError(null);
    setCommitting(true);
    setProgress({ label: t('import.storing'), done: 0, total: toImport.length });
    try {
      let shown = 0;
      const result = await service.send('import/commit', {
        fileNames,
        bulletins: toImport.map((item) => item.bulletin),
        contentHashes: toImport.map((item) => item.hash),
        ...originalsForCommit(originals, toImport.map((item) => item.fileName)),
        onProgress: (done, total) => {
          // One render per percent is plenty for the bar.
          if (done < total && done - shown < total / 100) return;
          shown = done;
          setProgress({ label: t('import.storing'), done, total });
        },
      });
      onClose();
      notify({
        message: t('import.done', { count: result.added.length, skipped: t('counted.alreadyInArchive', { count: result.skippedDuplicates }) }),
        undo: () => void service.send('import/undo', { batchId: result.batchId }),
      });
    } catch (error) {
      // The batch is one transaction: nothing of it was stored. A full disk is named as such (issue 23).
      setCommitError(error instanceof ArchiveError && error.code === 'quota' ? t('storageFull.import') : t('import.failed', { message: (error as Error).message }));
    } finally {
      setCommitting(false);
      setProgress(null);
    }
  };

  // An edited bulletin's text no longer matches the worker's hash: drop it so it is recomputed.
  // Stable callbacks (they take the row's index), so memoised rows skip re-rendering.
  const change = useCallback(
    (index: number, next: PreviewItem) =>
      setItems((list) => list.map((item, i) => (i !== index ? item : next.bulletin === item.bulletin ? next : { ...next, hash: undefined }))),
    [setItems],
  );
  const merge = useCallback((index: number) => setItems((list) => mergeIntoPrevious(list, index)), [setItems]);
  const split = useCallback((index: number, at: number) => setItems((list) => splitAt(list, index, at)), [setItems]);
  const keep = (entry: LeftOut) => {
    setItems((list) => keepLeftOut(list, entry, t('import.leftOutTitle', { file: entry.fileName })));
    setLeftOut((list) => list.filter((e) => e !== entry));
  };

  return (
    <Dialog
      title={t('import.title')}
      open={open}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
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
            {progress.label} {progress.done.toLocaleString(i18n.language)}/{progress.total.toLocaleString(i18n.language)}
          </label>
          <progress id="import-progress" className="progress" max={Math.max(progress.total, 1)} value={progress.done} />
          {!committing ? (
            <button type="button" onClick={onCancelParsing}>
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
      <OcrStatus onCancel={onCancelParsing} />
      <LeftOutWarning leftOut={leftOut} onKeep={keep} />
      <ErrorAlert message={commitError} />
      {!progress && items.length > 0 ? (
        <p>{t('import.summary', {
            found: t('counted.bulletinsFound', { count: items.length }),
            files: t('counted.inFiles', { count: fileNames.length }),
            count: toImport.length,
          })}</p>
      ) : null}
      <ol className="preview-list" aria-label={t('import.found')}>
        {items.slice(0, MAX_ROWS).map((item, index) => (
          <PreviewRow key={item.key} item={item} index={index} onChange={change} onMerge={merge} onSplit={split} />
        ))}
      </ol>
      {items.length > MAX_ROWS ? <p>{t('import.more', { count: items.length - MAX_ROWS })}</p> : null}
    </Dialog>
  );
}
