import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsDialog } from './SettingsDialog';

export function SettingsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('toolbar.settings')}
      </button>
      {open ? <SettingsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
