import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countBulletins, listBatches } from '../../data';
import { isDesktopHost } from '../../host';
import { useArchiveVersion } from '../../app/archive/ArchiveProvider';
import { exportArchiveToFile, lastExportAt, needsExportReminder } from '../../app/archive/snapshots';
import { useToast } from '../../app/components/Toasts';

/**
 * Web twin only: the browser's storage is the archive's only copy, so when its bulletins have gone
 * unexported for over 7 days (since the last export, or since the first import), a banner asks for
 * an export (dismissible for this session). The desktop app keeps automatic snapshots instead.
 */
const RECHECK_MS = 60 * 60 * 1000;

export function ExportReminder() {
  return isDesktopHost() ? null : <ExportReminderBanner />;
}

function ExportReminderBanner() {
  const { t, i18n } = useTranslation();
  const notify = useToast();
  const version = useArchiveVersion();
  const [state, setState] = useState<{ due: boolean; last: number | undefined }>({ due: false, last: undefined });
  const [dismissed, setDismissed] = useState(false);
  const [busy, setBusy] = useState(false);
  // The data ages without any change to the archive: look again now and then, and on coming back to the tab.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const again = () => setTick((n) => n + 1);
    const timer = setInterval(again, RECHECK_MS);
    document.addEventListener('visibilitychange', again);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', again);
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([lastExportAt(), countBulletins(), listBatches()])
      .then(([last, count, batches]) => {
        // The first import still in the archive: the data's age when it was never exported.
        const kept = batches.filter((batch) => batch.state === 'committed').map((batch) => batch.createdAt);
        const firstDataAt = kept.length > 0 ? Math.min(...kept) : undefined;
        if (!cancelled) setState({ due: needsExportReminder(last, Date.now(), count, firstDataAt), last });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [version, tick]);

  if (dismissed || !state.due) return null;

  const doExport = async () => {
    setBusy(true);
    try {
      if (await exportArchiveToFile()) {
        notify({ message: t('backup.exported') });
        setState((previous) => ({ ...previous, due: false }));
      }
    } catch (error) {
      notify({ message: t('backup.exportFailed', { message: (error as Error).message }), error: true });
    } finally {
      setBusy(false);
    }
  };

  const when = state.last === undefined ? t('reliability.never') : new Date(state.last).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
  return (
    <div role="status" className="export-reminder" style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '6px 12px' }}>
      <span>{t('reliability.reminder', { when })}</span>
      <button type="button" className="primary" disabled={busy} onClick={() => void doExport()}>
        {t('reliability.exportNow')}
      </button>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('reliability.later')}
      </button>
    </div>
  );
}
