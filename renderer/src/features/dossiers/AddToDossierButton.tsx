import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddToDossierDialog } from './AddToDossierDialog';

/** `Add to dossier` for the reader or a selection: adds the given bulletins. */
export function AddToDossierButton({ bulletinIds }: { bulletinIds: string[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" disabled={bulletinIds.length === 0} onClick={() => setOpen(true)}>
        {t('dossiers.addToDossier')}
      </button>
      <AddToDossierDialog open={open} onClose={() => setOpen(false)} resolveIds={() => Promise.resolve([...bulletinIds])} />
    </>
  );
}
