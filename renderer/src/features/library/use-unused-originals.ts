import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { listUnusedOriginals } from '../../data';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';

/**
 * Deletes the kept originals no bulletin links to any more, with an Undo toast (the deleted rows,
 * bytes included, are held by the toast until it goes). @returns how many were deleted.
 */
export function useUnusedOriginalsCleanup(): () => Promise<number> {
  const { t } = useTranslation();
  const send = useSend();
  const notify = useToast();
  return useCallback(async () => {
    const unused = await listUnusedOriginals();
    if (unused.length === 0) return 0;
    const rows = await send('originals/delete', { ids: unused.map((o) => o.id) });
    notify({ message: t('originals.deleted', { count: rows.length }), undo: () => void send('originals/restore', { rows }) });
    return rows.length;
  }, [notify, send, t]);
}
