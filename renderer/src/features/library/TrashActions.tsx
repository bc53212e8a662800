import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../../app/archive/ArchiveProvider';
import { Dialog } from '../../app/components/Dialog';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';

/** Trash view actions: restore the selection, or empty the Trash after a confirmation. */
export function TrashActions() {
  const { t } = useTranslation();
  const { state, dispatch } = useUiState();
  const notify = useToast();
  const send = useSend();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={state.selection.size === 0}
        onClick={() =>
          void send('bulletin/restore', { ids: [...state.selection] }).then((count) => {
            dispatch({ type: 'clear-selection' });
            notify({ message: t('trash.restored', { count }) });
          })
        }
      >
        {t('trash.restoreSelected')}
      </button>
      <button type="button" onClick={() => setConfirming(true)}>
        {t('trash.empty')}
      </button>
      <Dialog
        title={t('trash.empty')}
        open={confirming}
        onClose={() => setConfirming(false)}
        size="small"
        footer={
          <>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('reader.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() =>
                void send('trash/empty').then((count) => {
                  setConfirming(false);
                  notify({ message: t('trash.emptied', { count }) });
                })
              }
            >
              {t('trash.confirmEmpty')}
            </button>
          </>
        }
      >
        <p>{t('trash.emptyWarning')}</p>
      </Dialog>
    </>
  );
}
