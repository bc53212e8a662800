import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveProvider, useArchive } from './archive/ArchiveProvider';
import { ToastProvider } from './components/Toasts';
import { UiStateProvider, useUiState } from './state';
import { useTheme } from './theme';
import { Sidebar } from '../features/navigation/Sidebar';
import { SearchBar } from '../features/search/SearchBar';
import { ResultsPane } from '../features/library/ResultsPane';
import { ReaderPane } from '../features/reader/ReaderPane';
import { ImportButton } from '../features/import/ImportButton';
import { ImportDropZone } from '../features/import/ImportDropZone';
import { ImportProvider } from '../features/import/ImportProvider';
import { SettingsButton } from '../features/settings/SettingsButton';
import { DossierView } from '../features/dossiers/DossierView';
import { useGlobalShortcuts } from './shortcuts';
import { StarterTaxonomyOffer } from '../features/tags/StarterTaxonomyOffer';
import { ExportReminder } from '../features/settings/ExportReminder';
import { startSnapshotScheduler } from './archive/snapshots';

function Shell() {
  const { t } = useTranslation();
  const { state } = useUiState();
  const { startError, indexing } = useArchive();
  useTheme();
  useGlobalShortcuts();
  // Desktop: automatic daily / pre-upgrade snapshots of the archive (no-op in the web twin).
  useEffect(() => startSnapshotScheduler(), []);

  const inDossier = state.view.kind === 'dossier';
  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <span className="brand">{t('app.name')}</span>
        <SearchBar />
        <ImportButton />
        <SettingsButton />
      </header>
      <Sidebar />
      <main className="main-area">
        <StarterTaxonomyOffer />
        <ExportReminder />
        {startError ? (
          <div role="alert" className="alert">
            {t('errors.generic', { message: startError })}
          </div>
        ) : null}
        {indexing && indexing.total > 0 ? (
          <div className="visually-hidden" role="status">
            {t('app.indexing', { done: indexing.done, total: indexing.total })}
          </div>
        ) : null}
        <div className={`main${state.openId || inDossier ? '' : ' no-reader'}`}>
          {state.view.kind === 'dossier' ? <DossierView dossierId={state.view.dossierId} /> : <ResultsPane />}
          {state.openId ? <ReaderPane bulletinId={state.openId} /> : null}
        </div>
      </main>
      <ImportDropZone />
    </div>
  );
}

export function App() {
  return (
    <ToastProvider>
      <ArchiveProvider>
        <UiStateProvider>
          <ImportProvider>
            <Shell />
          </ImportProvider>
        </UiStateProvider>
      </ArchiveProvider>
    </ToastProvider>
  );
}
