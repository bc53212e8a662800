import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../../app/archive/ArchiveProvider';
import { Dialog } from '../../app/components/Dialog';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';

/** Saves the current query under a name; it then sits in the sidebar with a live count. */
export function SaveSearchButton() {
  const { t } = useTranslation();
  const { state } = useUiState();
  const notify = useToast();
  const send = useSend();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const query = state.queryText.trim();

  const save = async () => {
    if (!name.trim()) return;
    try {
      await send('saved-search/create', { name: name.trim(), query });
      setOpen(false);
      notify({ message: t('search.saved', { name: name.trim() }) });
    } catch (error) {
      notify({ message: t('errors.generic', { message: (error as Error).message }), error: true });
    }
  };

  return (
    <>
      <button type="button" disabled={!query} onClick={() => { setName(query); setOpen(true); }}>
        {t('toolbar.saveSearch')}
      </button>
      <Dialog
        title={t('toolbar.saveSearch')}
        open={open}
        onClose={() => setOpen(false)}
        size="small"
        footer={
          <>
            <button type="button" onClick={() => setOpen(false)}>{t('reader.cancel')}</button>
            <button type="button" className="primary" disabled={!name.trim()} onClick={() => void save()}>
              {t('reader.save')}
            </button>
          </>
        }
      >
        <form onSubmit={(event) => { event.preventDefault(); void save(); }}>
          <div className="field">
            <label htmlFor="saved-search-name">{t('search.name')}</label>
            <input id="saved-search-name" type="text" value={name} autoFocus onChange={(event) => setName(event.target.value)} />
          </div>
          <p>
            <code>{query}</code>
          </p>
        </form>
      </Dialog>
    </>
  );
}
