import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/components/Dialog';
import { TagManager } from './TagManager';

/** The sidebar's "Manage tags" button and its dialog (tag tree, create/edit tags, auto-tag rules). */
export function TagManagerButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-label={t('tags.manager.open')} title={t('tags.manager.open')} onClick={() => setOpen(true)}>
        {t('tags.manager.openShort')}
      </button>
      <Dialog title={t('tags.manager.title')} open={open} onClose={() => setOpen(false)}>
        <TagManager />
      </Dialog>
    </>
  );
}
