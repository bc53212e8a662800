import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../core/model';
import { useSend } from '../../app/archive/ArchiveProvider';
import { Dialog } from '../../app/components/Dialog';
import { errorMessage } from './errors';
import { ErrorAlert } from '../../app/components/ErrorAlert';

/** `Rename` → a small dialog with the title field. */
export function RenameDossierButton({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const id = useId();
  const send = useSend();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(dossier.title);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = title.trim();
    if (next === '') {
      setError(t('dossiers.titleRequired'));
      return;
    }
    try {
      await send('dossier/update', { id: dossier.id, fields: { title: next } });
      setOpen(false);
    } catch (caught) {
      setError(t('dossiers.error', { message: errorMessage(caught) }));
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setTitle(dossier.title);
          setError(null);
          setOpen(true);
        }}
      >
        {t('dossiers.rename')}
      </button>
      <Dialog
        title={t('dossiers.renameTitle')}
        open={open}
        onClose={() => setOpen(false)}
        size="small"
        footer={
          <>
            <button type="button" onClick={() => setOpen(false)}>
              {t('dossiers.cancel')}
            </button>
            <button type="submit" form={`${id}-form`} className="primary">
              {t('dossiers.save')}
            </button>
          </>
        }
      >
        <form id={`${id}-form`} onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('dossiers.title')}</label>
            <input id={`${id}-title`} type="text" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
          </div>
          <ErrorAlert message={error} />
        </form>
      </Dialog>
    </>
  );
}
