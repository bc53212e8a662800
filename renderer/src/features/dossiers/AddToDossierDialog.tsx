import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../core/model';
import { listDossiers } from '../../data';
import { useSend } from '../../app/archive/ArchiveProvider';
import { PromptDialog } from '../../app/components/PromptDialog';
import { useToast } from '../../app/components/Toasts';
import { dossierLanguage } from '../../core/pdf/words';
import { errorMessage } from './errors';
import './dossiers.css';

interface AddToDossierDialogProps {
  open: boolean;
  onClose(): void;
  /** Resolves the bulletins to add when the user confirms (results may be many, so fetched late). */
  resolveIds(): Promise<string[]>;
}

/**
 * The `Add to dossier` dialog: one radio per dossier, named by its title, and `Add`; and always a
 * `New dossier title` field with `Create and add`, so having no dossier yet is never a dead end.
 * Bulletins already in the chosen dossier are skipped, and the toast says how many were added.
 */
export function AddToDossierDialog({ open, onClose, resolveIds }: AddToDossierDialogProps) {
  const { t, i18n } = useTranslation();
  const notify = useToast();
  const send = useSend();
  const formId = useId();
  const [dossiers, setDossiers] = useState<Dossier[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState('');

  useEffect(() => {
    if (!open) return;
    let live = true;
    setError(null);
    setNewTitle('');
    setDossiers(null);
    listDossiers().then(
      (list) => {
        if (!live) return;
        setDossiers(list);
        // The most recently updated dossier is the likeliest target.
        setChosen(list[0]?.id ?? null);
      },
      (caught: unknown) => live && setError(t('dossiers.error', { message: errorMessage(caught) })),
    );
    return () => {
      live = false;
    };
  }, [open, t]);

  const submit = async () => {
    const target = dossiers?.find((d) => d.id === chosen);
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      const ids = await resolveIds();
      const before = target.items.length;
      const updated = await send('dossier/add', { id: target.id, bulletinIds: ids });
      const added = updated.items.length - before;
      const skipped = new Set(ids).size - added;
      const message = t('dossiers.added', { count: added, title: updated.title });
      notify({ message: skipped > 0 ? `${message} · ${t('dossiers.skipped', { count: skipped })}` : message });
      onClose();
    } catch (caught) {
      setError(t('dossiers.error', { message: errorMessage(caught) }));
    } finally {
      setBusy(false);
    }
  };

  // One command creates the dossier with the bulletins in it: no empty dossier is left behind if it fails.
  const createAndAdd = async () => {
    const title = newTitle.trim();
    if (title === '') {
      setError(t('dossiers.titleRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const ids = await resolveIds();
      const created = await send('dossier/create', { title, items: ids, language: dossierLanguage(undefined, i18n.language) });
      notify({ message: t('dossiers.created', { title: created.title, count: created.items.length }) });
      onClose();
    } catch (caught) {
      setError(t('dossiers.error', { message: errorMessage(caught) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PromptDialog title={t('dossiers.addToDossier')} open={open} onClose={onClose} submitLabel={t('dossiers.add')} onSubmit={() => void submit()} disabled={busy || !chosen} error={error}>
      {dossiers && dossiers.length === 0 ? <p>{t('dossierPrint.noDossiersYet')}</p> : null}
      {dossiers && dossiers.length > 0 ? (
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend className="visually-hidden">{t('dossiers.addToDossier')}</legend>
          <ul className="dossier-picker">
            {dossiers.map((d) => (
              <li key={d.id}>
                <label>
                  <input type="radio" name={`${formId}-dossier`} value={d.id} checked={chosen === d.id} onChange={() => setChosen(d.id)} />
                  <span>{d.title}</span>
                  <span className="hint" aria-hidden="true">
                    {t('dossiers.itemCount', { count: d.items.length })}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div className="field dossier-create-add">
        <label htmlFor={`${formId}-new`}>{t('dossierPrint.newDossierTitle')}</label>
        <div className="dossier-create-row">
          <input
            id={`${formId}-new`}
            type="text"
            value={newTitle}
            autoFocus={dossiers?.length === 0}
            onChange={(e) => setNewTitle(e.target.value)}
            onKeyDown={(e) => {
              // Enter here means "create this one", not "add to the dossier chosen above".
              if (e.key !== 'Enter') return;
              e.preventDefault();
              if (!busy) void createAndAdd();
            }}
          />
          <button type="button" disabled={busy} onClick={() => void createAndAdd()}>
            {t('dossierPrint.createAndAdd')}
          </button>
        </div>
      </div>
    </PromptDialog>
  );
}
