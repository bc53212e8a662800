import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchive, useSend } from '../../app/archive/ArchiveProvider';
import { Dialog } from '../../app/components/Dialog';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';
import { DossierFieldsEditor, EMPTY_DRAFT, type DossierDraft } from './DossierFieldsEditor';
import { errorMessage } from './errors';
import './dossiers.css';
import { ErrorAlert } from '../../app/components/ErrorAlert';

/** Sidebar button that opens the `New dossier` dialog; a dossier may start from a query (a recipe). */
export function NewDossierButton() {
  const { t } = useTranslation();
  const { service } = useArchive();
  const send = useSend();
  const { state, dispatch } = useUiState();
  const notify = useToast();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<DossierDraft>(EMPTY_DRAFT);
  const [fromQuery, setFromQuery] = useState(false);
  const [recipe, setRecipe] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const show = () => {
    setDraft(EMPTY_DRAFT);
    setRecipe(state.queryText.trim());
    setFromQuery(false);
    setError(null);
    setOpen(true);
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const title = draft.title.trim();
    if (title === '') {
      setError(t('dossiers.titleRequired'));
      return;
    }
    const query = fromQuery ? recipe.trim() : '';
    setBusy(true);
    setError(null);
    try {
      let dossier = await send('dossier/create', { ...draft, title, recipe: query === '' ? null : query, lastRefreshedAt: query === '' ? null : Date.now() });
      if (query !== '') {
        const matches = await service.matchIds(query);
        if (matches.length > 0) dossier = await send('dossier/add', { id: dossier.id, bulletinIds: matches });
      }
      setOpen(false);
      notify({ message: t('dossiers.created', { title: dossier.title, count: dossier.items.length }) });
      // Someone who creates an empty dossier while looking at search results is about to use
      // `Add results to dossier`: keep the results on screen. Otherwise show the new dossier.
      const resultsOnScreen = state.view.kind !== 'dossier' && state.queryText.trim() !== '';
      if (query !== '' || !resultsOnScreen) dispatch({ type: 'show', view: { kind: 'dossier', dossierId: dossier.id } });
    } catch (caught) {
      setError(t('dossiers.error', { message: errorMessage(caught) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={show}>
        {t('dossiers.newDossier')}
      </button>
      <Dialog
        title={t('dossiers.newDossier')}
        open={open}
        onClose={() => setOpen(false)}
        size="small"
        footer={
          <>
            <button type="button" onClick={() => setOpen(false)}>
              {t('dossiers.cancel')}
            </button>
            <button type="submit" form={`${id}-form`} className="primary" disabled={busy}>
              {t('dossiers.create')}
            </button>
          </>
        }
      >
        <form id={`${id}-form`} onSubmit={(event) => void submit(event)}>
          <DossierFieldsEditor draft={draft} onChange={setDraft} autoFocusTitle />
          <div className="field">
            <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
              <input type="checkbox" checked={fromQuery} onChange={(e) => setFromQuery(e.target.checked)} />
              {t('dossiers.fromQuery')}
            </label>
            <label htmlFor={`${id}-recipe`} className="visually-hidden">
              {t('dossiers.recipeQuery')}
            </label>
            <input
              id={`${id}-recipe`}
              type="text"
              value={recipe}
              disabled={!fromQuery}
              placeholder='tag:"Fisheries and Aquaculture" year:2023'
              onChange={(e) => setRecipe(e.target.value)}
            />
            <p className="hint">{t('dossiers.recipeHint')}</p>
          </div>
          <ErrorAlert message={error} />
        </form>
      </Dialog>
    </>
  );
}
