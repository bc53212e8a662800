import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchive, useSend } from '../../app/archive/ArchiveProvider';
import { PromptButton } from '../../app/components/PromptDialog';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';
import { DossierFieldsEditor, EMPTY_DRAFT, type DossierDraft } from './DossierFieldsEditor';
import { dossierLanguage } from '../../core/pdf/words';
import { errorMessage } from './errors';
import './dossiers.css';

/** Sidebar button that opens the `New dossier` dialog; a dossier may start from a query (a recipe). */
export function NewDossierButton() {
  const { t, i18n } = useTranslation();
  const { service } = useArchive();
  const send = useSend();
  const { state, dispatch } = useUiState();
  const notify = useToast();
  const id = useId();
  const [draft, setDraft] = useState<DossierDraft>(EMPTY_DRAFT);
  const [fromQuery, setFromQuery] = useState(false);
  const [recipe, setRecipe] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setDraft(EMPTY_DRAFT);
    setRecipe(state.queryText.trim());
    setFromQuery(false);
    setError(null);
  };

  const create = async (): Promise<boolean> => {
    const title = draft.title.trim();
    if (title === '') {
      setError(t('dossiers.titleRequired'));
      return false;
    }
    const query = fromQuery ? recipe.trim() : '';
    setBusy(true);
    setError(null);
    try {
      // The PDF's language starts as the UI's; the dossier view changes it.
      const language = dossierLanguage(undefined, i18n.language);
      let dossier = await send('dossier/create', { ...draft, title, language, recipe: query === '' ? null : query, lastRefreshedAt: query === '' ? null : Date.now() });
      if (query !== '') {
        const matches = await service.matchIds(query);
        if (matches.length > 0) dossier = await send('dossier/add', { id: dossier.id, bulletinIds: matches });
      }
      notify({ message: t('dossiers.created', { title: dossier.title, count: dossier.items.length }) });
      // Someone who creates an empty dossier while looking at search results is about to use
      // `Add results to dossier`: keep the results on screen. Otherwise show the new dossier.
      const resultsOnScreen = state.view.kind !== 'dossier' && state.queryText.trim() !== '';
      if (query !== '' || !resultsOnScreen) dispatch({ type: 'show', view: { kind: 'dossier', dossierId: dossier.id } });
      return true;
    } catch (caught) {
      setError(t('dossiers.error', { message: errorMessage(caught) }));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <PromptButton label={t('dossiers.newDossier')} submitLabel={t('dossiers.create')} onOpen={reset} onSubmit={create} disabled={busy} error={error}>
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
    </PromptButton>
  );
}
