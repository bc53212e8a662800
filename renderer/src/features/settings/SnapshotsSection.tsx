import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getHost, isDesktopHost, type BackupSnapshot } from '../../host';
import { readSnapshot, snapshotReason } from '../../app/archive/snapshots';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { formatBytes } from '../library/format';
import { ErrorAlert } from '../../app/components/ErrorAlert';

/** Desktop only: the automatic snapshots in the user-data folder, newest first, each restorable. */
export function SnapshotsSection() {
  return isDesktopHost() ? <SnapshotList /> : null;
}

function SnapshotList() {
  const { t, i18n } = useTranslation();
  const notify = useToast();
  const send = useSend();
  const [snapshots, setSnapshots] = useState<BackupSnapshot[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const list = await getHost().listBackups();
      setSnapshots([...list].sort((a, b) => b.createdAt - a.createdAt));
    } catch (reason) {
      setError(t('reliability.listFailed', { message: (reason as Error).message }));
    }
  }, [t]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const dateOf = (snapshot: BackupSnapshot): string =>
    new Date(snapshot.createdAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const restore = async (snapshot: BackupSnapshot) => {
    setBusy(true);
    setError(null);
    try {
      const file = await readSnapshot(snapshot.name);
      // The same path as Restore archive → Replace: a before-restore snapshot first, one transaction.
      const result = await send('archive/restore', { file, mode: 'replace' });
      notify({ message: t('reliability.restored', { count: result.added }) });
      setConfirming(null);
    } catch (reason) {
      setError(t('reliability.restoreFailed', { name: dateOf(snapshot), message: (reason as Error).message }));
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  return (
    <section aria-labelledby="settings-snapshots">
      <h3 id="settings-snapshots">{t('reliability.snapshots')}</h3>
      <p>{t('reliability.snapshotsHelp')}</p>
      <ErrorAlert message={error} />
      {snapshots && snapshots.length === 0 ? <p>{t('reliability.noSnapshots')}</p> : null}
      {snapshots && snapshots.length > 0 ? (
        <ul className="snapshot-list" aria-label={t('reliability.snapshotList')}>
          {snapshots.map((snapshot) => {
            const reason = snapshotReason(snapshot.name);
            const date = dateOf(snapshot);
            return (
              <li key={snapshot.name}>
                <time dateTime={new Date(snapshot.createdAt).toISOString()}>{date}</time>{' '}
                <span>{reason ? t(`reliability.reasons.${reason}`) : snapshot.name}</span>{' '}
                <span>{formatBytes(snapshot.bytes)}</span>{' '}
                {confirming === snapshot.name ? (
                  <span role="group" aria-label={t('reliability.restoreLabel', { date })}>
                    <span>{t('reliability.confirmRestore', { date })}</span>{' '}
                    <button type="button" className="primary" disabled={busy} onClick={() => void restore(snapshot)}>
                      {t('reliability.yesRestore')}
                    </button>
                    <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
                      {t('reader.cancel')}
                    </button>
                  </span>
                ) : (
                  <button type="button" disabled={busy} aria-label={t('reliability.restoreLabel', { date })} onClick={() => setConfirming(snapshot.name)}>
                    {t('reliability.restore')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
