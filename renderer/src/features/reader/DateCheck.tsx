import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bulletin } from '../../core/model';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { DateMarks } from '../library/BulletinDate';

/**
 * A guessed date stays marked ("approximate", "year inferred") until someone checks it: one click
 * confirms it as shown (through `bulletin/update` with `confirmDate`), or the edit form changes it.
 */
export function DateCheck({ bulletin, onEdit }: { bulletin: Bulletin; onEdit(): void }) {
  const { t } = useTranslation();
  const send = useSend();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  if (bulletin.date === null || (!bulletin.dateApprox && !bulletin.yearInferred)) return null;
  const confirm = async () => {
    setBusy(true);
    try {
      await send('bulletin/update', { id: bulletin.id, patch: { confirmDate: true } });
      notify({ message: t('dates.confirmed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="dateline" style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
      <DateMarks value={bulletin} />
      <button type="button" disabled={busy} onClick={() => void confirm()}>
        {t('dates.confirm')}
      </button>
      <button type="button" onClick={onEdit}>
        {t('dates.edit')}
      </button>
    </div>
  );
}
