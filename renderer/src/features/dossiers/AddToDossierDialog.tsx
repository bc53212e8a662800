import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../core/model';
import { listDossiers } from '../../data';
import { useSend } from '../../app/archive/ArchiveProvider';
import { PromptDialog } from '../../app/components/PromptDialog';
import { useToast } from '../../app/components/Toasts';
import { errorMessage } from './errors';
import './dossiers.css';

interface AddToDossierDialogProps {
  open: boolean;
  onClose(): void;
  /** Resolves the bulletins to add when the user confirms (results may be many, so fetched late). */
  resolveIds(): Promise<string[]>;
}

/**
 * The `Add to dossier` dialog: one radio per dossier, named by its title, and `Add`. Bulletins
 * already in the chosen dossier are skipped, and the toast says how many were added.
 */
export function AddToDossierDialog({ open, onClose, resolveIds }: AddToDossierDialogProps) {
  const { t } = useTranslation();
  const notify = useToast();
  const send = useSend();
  const formId = useId();
  const [dossiers, setDossiers] = useState<Dossier[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setError(null);
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

  return (
    <PromptDialog title={t('dossiers.addToDossier')} open={open} onClose={onClose} submitLabel={t('dossiers.add')} onSubmit={() => void submit()} disabled={busy || !chosen} error={error}>
      {dossiers && dossiers.length === 0 ? <p>{t('dossiers.noDossiers')}</p> : null}
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
    </PromptDialog>
  );
}
