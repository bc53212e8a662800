import { useTranslation } from 'react-i18next';
import { useSend } from '../../app/archive/ArchiveProvider';
import { PromptButton } from '../../app/components/PromptDialog';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';

/** Trash view actions: restore the selection, or empty the Trash after a confirmation. */
export function TrashActions() {
  const { t } = useTranslation();
  const { state, dispatch } = useUiState();
  const notify = useToast();
  const send = useSend();
  const restore = async () => {
    const count = await send('bulletin/restore', { ids: [...state.selection] });
    dispatch({ type: 'clear-selection' });
    notify({ message: t('trash.restored', { count }) });
  };
  const empty = async (): Promise<boolean> => {
    notify({ message: t('trash.emptied', { count: await send('trash/empty') }) });
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
    </>
  );
}
