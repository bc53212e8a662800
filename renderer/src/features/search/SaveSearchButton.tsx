import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../../app/archive/ArchiveProvider';
import { PromptButton } from '../../app/components/PromptDialog';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';

/** Saves the current query under a name; it then sits in the sidebar with a live count. */
export function SaveSearchButton() {
  const { t } = useTranslation();
  const { state } = useUiState();
  const notify = useToast();
  const send = useSend();
  const [name, setName] = useState('');
  const query = state.queryText.trim();

  const save = async (): Promise<boolean> => {
    const chosen = name.trim();
    try {
      await send('saved-search/create', { name: chosen, query });
      notify({ message: t('search.saved', { name: chosen }) });
      return true;
    } catch (error) {
      notify({ message: t('errors.generic', { message: (error as Error).message }), error: true });
      return false;
    }
  };

  const field = { id: 'saved-search-name', label: t('search.name'), value: name, onChange: setName };
  return (
    <PromptButton label={t('toolbar.saveSearch')} triggerDisabled={!query} onOpen={() => setName(query)} submitLabel={t('reader.save')} onSubmit={save} disabled={!name.trim()} field={field}>
      <p>
        <code>{query}</code>
      </p>
    </PromptButton>
  );
}
