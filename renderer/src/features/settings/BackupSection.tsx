import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseBackupBytes, type BackupFile } from '../../core/backup/format';
import { originalsUsage, type RestoreMode } from '../../data';
import { getHost } from '../../host';
import { exportArchiveToFile } from '../../app/archive/snapshots';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { formatBytes } from '../library/format';

/** What kept originals add to a backup: base64 writes 4 characters per 3 bytes. */
const inBackupBytes = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/** `Export archive` (one versioned JSON file) and `Restore archive` (preview counts, merge or replace). */
export function BackupSection() {
  const { t } = useTranslation();
  const notify = useToast();
  const send = useSend();
  const [pending, setPending] = useState<{ name: string; file: BackupFile } | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [kept, setKept] = useState<{ count: number; bytes: number } | null>(null);
  const [includeOriginals, setIncludeOriginals] = useState(true);

  useEffect(() => {
    void originalsUsage().then(setKept, () => setKept(null));
  }, []);
  const withOriginals = includeOriginals && (kept?.count ?? 0) > 0;

  const doExport = async () => {
    setError(null);
    setBusy(true);
    try {
      if (await exportArchiveToFile(new Date(), { includeOriginals: withOriginals })) notify({ message: t('backup.exported') });
    } catch (reason) {
      setError(t('backup.exportFailed', { message: (reason as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const chooseRestore = async () => {
    setError(null);
    const [chosen] = await getHost().openFiles({ filters: [{ name: 'JSON', extensions: ['json'] }], backup: true });
    if (!chosen) return;
    try {
      if (chosen.error) throw new Error(chosen.error);
      const file = parseBackupBytes(chosen.bytes);
      setPending({ name: chosen.name, file });
    } catch (reason) {
      setError(`${chosen.name}: ${(reason as Error).message}`);
    }
  };

  const doRestore = async (mode: RestoreMode) => {
    if (!pending) return;
    setBusy(true);
    setError(null);
    try {
      // Sanitises the backup's HTML before it is stored and, on the desktop, snapshots the current
      // archive first so even a replace can be undone from Settings.
      const result = await send('archive/restore', { file: pending.file, mode });
      notify({ message: t('backup.restored', { added: result.added, updated: result.updated, skipped: result.skipped }) });
      setPending(null);
      setConfirmReplace(false);
    } catch (reason) {
      // restoreArchive runs in one transaction: the previous archive is intact.
      setError(t('backup.restoreFailed', { name: pending.name, message: (reason as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="settings-backup">
      <h3 id="settings-backup">{t('backup.title')}</h3>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" disabled={busy} onClick={() => void doExport()}>
          {t('settings.exportArchive')}
        </button>
        <button type="button" disabled={busy} onClick={() => void chooseRestore()}>
          {t('settings.restoreArchive')}
        </button>
      </div>
      {kept && kept.count > 0 ? (
        <label>
          <input type="checkbox" checked={includeOriginals} onChange={(event) => setIncludeOriginals(event.target.checked)} />{' '}
          {t('originals.include', { size: formatBytes(inBackupBytes(kept.bytes)) })}
        </label>
      ) : null}
      <ErrorAlert message={error} />
      {pending ? (
        <div className="restore-preview" role="group" aria-label={t('backup.preview')}>
          <p>
            {t('backup.contains', {
              name: pending.name,
              // Each part with its own plural: "1 saved search", "2 dossiers".
              bulletins: t('counted.bulletins', { count: pending.file.bulletins.length }),
              tags: t('counted.tags', { count: pending.file.tags.length }),
              dossiers: t('counted.dossiers', { count: pending.file.dossiers.length }),
              searches: t('counted.savedSearches', { count: pending.file.savedSearches.length }),
            })}
            {pending.file.originals && pending.file.originals.length > 0
              ? ` ${t('originals.inBackup', {
                  count: pending.file.originals.length,
                  size: formatBytes(pending.file.originals.reduce((n, o) => n + o.size, 0)),
                })}`
              : ''}
          </p>
          <div style={{ display: 'flex', gap: 8 }}>
            <button type="button" disabled={busy} onClick={() => void doRestore('merge')}>
              {t('backup.merge')}
            </button>
            {confirmReplace ? (
              <button type="button" className="primary" disabled={busy} onClick={() => void doRestore('replace')}>
                {t('backup.confirmReplace')}
              </button>
            ) : (
              <button type="button" disabled={busy} onClick={() => setConfirmReplace(true)}>
                {t('backup.replace')}
              </button>
            )}
            <button type="button" onClick={() => setPending(null)}>
              {t('reader.cancel')}
            </button>
          </div>
          {confirmReplace ? <p role="alert">{t('backup.replaceWarning')}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
