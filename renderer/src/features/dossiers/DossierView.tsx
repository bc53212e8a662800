import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../core/model';
import { useArchive, useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';
import { DossierDetails } from './DossierDetails';
import { DossierExport } from './DossierExport';
import { DossierItems } from './DossierItems';
import { DossierLanguageSelect } from './DossierLanguageSelect';
import { DossierRefresh } from './DossierRefresh';
import { RenameDossierButton } from './RenameDossierButton';
import { printGroups, sortIdsByDate } from './dossier-model';
import { dossierPdfLabels } from './pdf-input';
import { errorMessage } from './errors';
import { useDossier } from './use-dossier';
import './dossiers.css';

/** The main pane for one dossier. Keyed by id so nothing from the previous dossier lingers. */
export function DossierView({ dossierId }: { dossierId: string }) {
  return <DossierPane key={dossierId} dossierId={dossierId} />;
}

function DossierPane({ dossierId }: { dossierId: string }) {
  const { t, i18n } = useTranslation();
  const { service } = useArchive();
  const { dispatch } = useUiState();
  const send = useSend();
  const { dossier, summaries, error: loadError } = useDossier(dossierId);
  // A reorder is shown at once, and kept until the dossier as read back includes it: the write
  // resolves before the re-read lands, and dropping it then flashed the old order for a moment.
  const [pending, setPending] = useState<{ order: string[]; storedAt: number | null } | null>(null);
  const latestReorder = useRef(0);
  const [error, setError] = useState<string | null>(null);
  const storedAt = pending?.storedAt ?? null;
  const readAt = dossier?.updatedAt ?? 0;
  useEffect(() => {
    if (storedAt !== null && readAt >= storedAt) setPending(null);
  }, [storedAt, readAt]);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(t('dossiers.error', { message: errorMessage(caught) }));
    }
  };

  if (dossier === undefined) {
    return <section className="dossier-view" aria-busy="true" />;
  }
  if (dossier === null) {
    return (
      <section className="dossier-view">
        <p role="alert" className="alert">
          {loadError ? t('dossiers.error', { message: loadError }) : t('dossiers.notFound')}
        </p>
        <button type="button" onClick={() => dispatch({ type: 'show', view: { kind: 'library' } })}>
          {t('dossiers.backToLibrary')}
        </button>
      </section>
    );
  }

  const items = pending?.order ?? dossier.items;
  // The list shows the dossier as it prints: the PDF's groups, headings in the PDF's language.
  const groups = printGroups(dossier, items, summaries, service.getTags(), dossierPdfLabels(dossier, i18n.language), i18n.language);
  const printed = new Set(groups.flatMap((g) => g.ids));
  const notPrinted = items.filter((id) => !printed.has(id));
  const reorder = (next: string[]) => {
    // Only the latest of several quick reorders decides when the shown order may go.
    const mine = ++latestReorder.current;
    setError(null);
    setPending({ order: next, storedAt: null });
    void send('dossier/set-items', { id: dossier.id, items: next }).then(
      (saved) => mine === latestReorder.current && setPending({ order: next, storedAt: saved.updatedAt }),
      (caught: unknown) => {
        if (mine === latestReorder.current) setPending(null);
        setError(t('dossiers.error', { message: errorMessage(caught) }));
      },
    );
  };

  return (
    <section className="dossier-view" aria-labelledby="dossier-title">
      <header>
        <h1 id="dossier-title">{dossier.title}</h1>
        {dossier.subtitle ? <p className="dossier-sub">{dossier.subtitle}</p> : null}
        <p className="dossier-sub">{t('dossiers.itemCount', { count: dossier.items.length })}</p>
      </header>
      <div className="dossier-actions">
        <DossierExport dossier={dossier} />
        <button type="button" disabled={items.length < 2} onClick={() => reorder(sortIdsByDate(items, [...summaries.values()]))}>
          {t('dossiers.sortByDate')}
        </button>
        <RenameDossierButton dossier={dossier} />
        <DuplicateButton dossier={dossier} onError={setError} />
        <DeleteButton dossier={dossier} onError={setError} />
      </div>
      <div className="dossier-print">
        <DossierLanguageSelect dossier={dossier} onError={setError} />
        {dossier.grouping !== 'none' ? <p className="hint">{t('dossierPrint.groupedHint')}</p> : null}
      </div>
      {error || loadError ? (
        <div role="alert" className="alert">
          {error ?? t('dossiers.error', { message: loadError })}
        </div>
      ) : null}
      <DossierDetails dossier={dossier} />
      <DossierRefresh dossier={dossier} />
      {items.length === 0 ? <p className="hint">{t('dossiers.empty')}</p> : null}
      <DossierItems
        groups={groups}
        notPrinted={notPrinted}
        summaries={summaries}
        onReorder={reorder}
        onOpen={(id) => dispatch({ type: 'open', id })}
        onRemove={(id) =>
          void run(async () => {
            // Removing from a recipe dossier is a decision: a later Refresh must not offer it again.
            if (dossier.recipe !== null) await send('dossier/update', { id: dossier.id, fields: { declined: [...new Set([...dossier.declined, id])] } });
            await send('dossier/remove', { id: dossier.id, bulletinIds: [id] });
          })
        }
      />
    </section>
  );
}

function DuplicateButton({ dossier, onError }: { dossier: Dossier; onError(message: string): void }) {
  const { t } = useTranslation();
  const { dispatch } = useUiState();
  const notify = useToast();
  const send = useSend();
  const duplicate = async () => {
    try {
      const copy = await send('dossier/duplicate', { id: dossier.id });
      notify({ message: t('dossiers.duplicated', { title: copy.title }) });
      dispatch({ type: 'show', view: { kind: 'dossier', dossierId: copy.id } });
    } catch (caught) {
      onError(t('dossiers.error', { message: errorMessage(caught) }));
    }
  };
  return (
    <button type="button" onClick={() => void duplicate()}>
      {t('dossiers.duplicate')}
    </button>
  );
}

function DeleteButton({ dossier, onError }: { dossier: Dossier; onError(message: string): void }) {
  const { t } = useTranslation();
  const { dispatch } = useUiState();
  const notify = useToast();
  const send = useSend();
  const remove = async () => {
    try {
      await send('dossier/delete', { id: dossier.id });
      dispatch({ type: 'show', view: { kind: 'library' } });
      notify({
        message: t('dossiers.deleted', { title: dossier.title }),
        undo: async () => {
          await send('dossier/restore', { id: dossier.id });
          dispatch({ type: 'show', view: { kind: 'dossier', dossierId: dossier.id } });
        },
      });
    } catch (caught) {
      onError(t('dossiers.error', { message: errorMessage(caught) }));
    }
  };
  return (
    <button type="button" onClick={() => void remove()}>
      {t('dossiers.delete')}
    </button>
  );
}
