import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchive } from '../../app/archive/ArchiveProvider';
import { useUiState, type SortOrder } from '../../app/state';
import { AddResultsToDossierButton } from '../dossiers/AddResultsToDossierButton';
import { BulkTagBar } from '../tags/BulkTagBar';
import { DidYouMean } from '../search/DidYouMean';
import { PartialMatches } from '../search/PartialMatches';
import { TagOffers } from '../search/TagOffers';
import { TagChooser } from '../search/TagChooser';
import { Facets } from '../search/Facets';
import { TrashActions } from './TrashActions';
import { BulletinList } from './BulletinList';
import { useListModel } from './use-list-model';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import './results-extras.css';

/** The middle pane: count, sort, facets, bulk actions and the virtual list (or an empty state). */
export function ResultsPane() {
  const { t } = useTranslation();
  const { service } = useArchive();
  const { state, dispatch } = useUiState();
  const { model, rows, ensureRows, error, answered } = useListModel();
  const [suggestion, setSuggestion] = useState<string | null>(null);

  const matches = model?.kind === 'matches' ? model : null;
  const total = model?.total ?? 0;
  const queryText = state.queryText.trim();

  useEffect(() => {
    dispatch({ type: 'highlight', terms: matches?.highlightTerms ?? [] });
  }, [matches, dispatch]);

  // A new search may leave the open bulletin out: the reader then says so rather than pretend.
  const openId = state.openId;
  useEffect(() => {
    if (!model || !openId) return;
    let current = true;
    void service.inResults(model, openId).then((inside) => {
      if (current) dispatch({ type: 'open-outside-results', outside: !inside });
    });
    return () => {
      current = false;
    };
  }, [model, openId, dispatch, service]);

  useEffect(() => {
    setSuggestion(matches && !matches.error ? (matches.suggestion ?? null) : null);
  }, [matches]);

  const emptyArchive = model?.kind === 'all' && total === 0 && state.view.kind === 'library';
  return (
    <section className="results" aria-label={t('list.label')}>
      <div className="results-head">
        {/* data-query says which query the count answers, so tests (and scripts) can wait for it. */}
        <div role="status" aria-live="polite" data-query={answered ?? undefined}>
          {model ? t('list.count', { count: total }) : t('app.loading')}
        </div>
        <label>
          <span className="visually-hidden">{t('toolbar.sort')}</span>
          <select
            aria-label={t('toolbar.sort')}
            value={state.sort}
            onChange={(event) => dispatch({ type: 'sort', sort: event.target.value as SortOrder })}
          >
            <option value="relevance">{t('toolbar.sortRelevance')}</option>
            <option value="date-desc">{t('toolbar.sortNewest')}</option>
            <option value="date-asc">{t('toolbar.sortOldest')}</option>
          </select>
        </label>
        {model && total > 0 && state.view.kind !== 'trash' ? (
          <>
            <button
              type="button"
              onClick={() => void service.allIds(model).then((ids) => dispatch({ type: 'select', ids, mode: 'replace' }))}
            >
              {t('list.selectAll')}
            </button>
            <AddResultsToDossierButton model={model} />
          </>
        ) : null}
        {state.view.kind === 'trash' ? <TrashActions /> : null}
      </div>
      {matches?.tagTerms && !matches.error && answered !== null ? <TagChooser reports={matches.tagTerms} query={answered} /> : null}
      {state.selection.size > 0 ? <BulkTagBar /> : null}
      <ErrorAlert message={error} />
      {matches && !matches.error ? <Facets facets={matches.facets} /> : null}
      {suggestion ? <DidYouMean suggestion={suggestion} /> : null}
      {matches?.tagOffers && !matches.error ? <TagOffers offers={matches.tagOffers} /> : null}
      {emptyArchive ? (
        <div className="empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </div>
      ) : model && total === 0 && queryText && !matches?.partial ? (
        <p className="empty-state">{t('empty.noResults')}</p>
      ) : null}
      <BulletinList total={total} rows={rows} ensureRows={ensureRows} highlightTerms={matches?.highlightTerms ?? []} />
      {matches?.partial && !matches.error ? <PartialMatches groups={matches.partial} /> : null}
    </section>
  );
}
