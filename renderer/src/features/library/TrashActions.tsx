import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUnusedOriginals } from '../../data';
import type { OriginalFileMeta } from '../../core/model';
import { useSend } from '../../app/archive/ArchiveProvider';
import { PromptButton } from '../../app/components/PromptDialog';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';
import { formatBytes } from './format';
import { useUnusedOriginalsCleanup } from './use-unused-originals';

/** Trash view actions: restore the selection, or empty the Trash after a confirmation. */
export function TrashActions() {
  const { t } = useTranslation();
  const { state, dispatch } = useUiState();
  const notify = useToast();
  const send = useSend();
  const deleteUnused = useUnusedOriginalsCleanup();
  /** Originals left without any bulletin by the last emptying: offered for deletion, not deleted silently. */
  const [orphans, setOrphans] = useState<OriginalFileMeta[]>([]);
  const restore = async () => {
    const count = await send('bulletin/restore', { ids: [...state.selection] });
    dispatch({ type: 'clear-selection' });
    notify({ message: t('trash.restored', { count }) });
  };
  const empty = async (): Promise<boolean> => {
    notify({ message: t('trash.emptied', { count: await send('trash/empty') }) });
    setOrphans(await listUnusedOriginals());
    return true;
  };
  return (
    <>
      <button type="button" disabled={state.selection.size === 0} onClick={() => void restore()}>
        {t('trash.restoreSelected')}
      </button>
      <PromptButton label={t('trash.empty')} submitLabel={t('trash.confirmEmpty')} onSubmit={empty}>
        <p>{t('trash.emptyWarning')}</p>
      </PromptButton>
      {orphans.length > 0 ? (
        <div role="group" aria-label={t('originals.deleteUnused')} className="restore-preview">
          <p>{t('originals.offer', { count: orphans.length, size: formatBytes(orphans.reduce((n, o) => n + o.size, 0)) })}</p>
          <button
            type="button"
            onClick={() => {
              setOrphans([]);
              void deleteUnused();
            }}
          >
            {t('originals.deleteUnused')}
          </button>
          <button type="button" onClick={() => setOrphans([])}>
            {t('reader.cancel')}
          </button>
        </div>
      ) : null}
    </>
  );
}
