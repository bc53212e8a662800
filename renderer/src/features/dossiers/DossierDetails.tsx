import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../core/model';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { DossierFieldsEditor, draftOf, type DossierDraft } from './DossierFieldsEditor';
import { errorMessage } from './errors';
import { ErrorAlert } from '../../app/components/ErrorAlert';

const same = (a: DossierDraft, b: DossierDraft) => (Object.keys(a) as Array<keyof DossierDraft>).every((key) => a[key] === b[key]);

/** Collapsible editor for the dossier's cover fields, grouping and page size. */
export function DossierDetails({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const notify = useToast();
  const send = useSend();
  const stored = draftOf(dossier);
  const [draft, setDraft] = useState<DossierDraft>(stored);
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);

  // Follow outside changes (Rename, another window) unless the user is mid-edit.
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    if (!dirty) setDraft(JSON.parse(storedKey) as DossierDraft);
  }, [storedKey, dirty]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const title = draft.title.trim();
    if (title === '') {
      setError(t('dossiers.titleRequired'));
      return;
    }
    setError(null);
    try {
      await send('dossier/update', { id: dossier.id, fields: { ...draft, title } });
      setDirty(false);
      notify({ message: t('dossiers.detailsSaved') });
    } catch (caught) {
      setError(t('dossiers.error', { message: errorMessage(caught) }));
    }
  };

  return (
    <details className="dossier-details">
      <summary>{t('dossiers.details')}</summary>
      <form onSubmit={(event) => void save(event)} style={{ marginTop: 8 }}>
        <DossierFieldsEditor
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setDirty(!same(next, stored));
          }}
        />
        <ErrorAlert message={error} />
        <button type="submit" disabled={!dirty}>
          {t('dossiers.saveDetails')}
        </button>
      </form>
    </details>
  );
}
