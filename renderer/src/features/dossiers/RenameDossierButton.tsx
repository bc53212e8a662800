import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../core/model';
import { useSend } from '../../app/archive/ArchiveProvider';
import { PromptButton } from '../../app/components/PromptDialog';
import { errorMessage } from './errors';

/** `Rename` → a small dialog with the title field. */
export function RenameDossierButton({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const send = useSend();
  const [title, setTitle] = useState(dossier.title);
  const [error, setError] = useState<string | null>(null);

  const rename = async (): Promise<boolean> => {
    const next = title.trim();
    if (next === '') {
      setError(t('dossiers.titleRequired'));
      return false;
    }
    try {
      await send('dossier/update', { id: dossier.id, fields: { title: next } });
      return true;
    } catch (caught) {
      setError(t('dossiers.error', { message: errorMessage(caught) }));
      return false;
    }
  };

  const reset = () => {
    setTitle(dossier.title);
    setError(null);
  };
  const field = { label: t('dossiers.title'), value: title, onChange: setTitle };
  return (
    <PromptButton
      label={t('dossiers.rename')}
      title={t('dossiers.renameTitle')}
      submitLabel={t('dossiers.save')}
      onOpen={reset}
      onSubmit={rename}
      error={error}
      field={field}
    />
  );
}
