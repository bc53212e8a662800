import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchive } from '../../app/archive/ArchiveProvider';
import type { ListModel } from '../../app/archive/archive-service';
import { AddToDossierDialog } from './AddToDossierDialog';

/** `Add results to dossier`: adds every bulletin of the current list (not just the loaded rows). */
export function AddResultsToDossierButton({ model }: { model: ListModel }) {
  const { t } = useTranslation();
  const { service } = useArchive();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('dossiers.addResults')}
      </button>
      <AddToDossierDialog open={open} onClose={() => setOpen(false)} resolveIds={() => service.allIds(model)} />
    </>
  );
}
