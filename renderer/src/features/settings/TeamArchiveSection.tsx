import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchive } from '../../app/archive/ArchiveProvider';
import { getTeamSync, type FirstSyncChoice, type SyncStatus } from '../../app/archive/sync/team-sync';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { SyncConflicts } from './SyncConflicts';

/** Settings → Team archive: connect this laptop to the team's CouchDB database and sync with it. */
export function TeamArchiveSection() {
  const { t, i18n } = useTranslation();
  const { service } = useArchive();
  const engine = getTeamSync(service);
  const status = useSyncExternalStore(
    (listener) => engine.subscribe(listener),
    () => engine.getStatus(),
  );
  const id = useId();
  const [serverUrl, setServerUrl] = useState(status.config?.serverUrl ?? '');
  const [database, setDatabase] = useState(status.config?.database ?? '');
  const [username, setUsername] = useState(status.config?.username ?? '');
  const [password, setPassword] = useState('');
  const [choice, setChoice] = useState<FirstSyncChoice>('add-local');
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  // The saved configuration arrives after the first render: fill the boxes once it does.
  const config = status.config;
  useEffect(() => {
    if (!config) return;
    setServerUrl((v) => v || config.serverUrl);
    setDatabase((v) => v || config.database);
    setUsername((v) => v || config.username);
  }, [config]);

  const connected = status.state === 'idle' || status.state === 'syncing' || (status.state === 'error' && status.lastCounts !== null);
  const firstTime = !config || config.firstSyncDoneAt === null || config.serverUrl !== serverUrl.trim() || config.database !== database.trim();

  const connect = async () => {
    setFormError(null);
    if (!serverUrl.trim() || !database.trim() || !username.trim() || !password) {
      setFormError(t('teamArchive.missingFields'));
      return;
    }
    if (firstTime && choice === 'start-from-team' && !window.confirm(t('teamArchive.confirmReplace'))) return;
    setBusy(true);
    try {
      await engine.connect({ serverUrl, database, username, password, choice });
    } catch {
      // The engine's status carries the error (shown below as an alert).
    } finally {
      setBusy(false);
      // The web twin never keeps the password; it is asked again next time.
      setPassword('');
    }
  };

  return (
    <section role="region" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('teamArchive.title')}</h3>
      <p>{t('teamArchive.help')}</p>
      <div style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 8px', maxWidth: 520 }}>
        <label htmlFor={`${id}-url`}>{t('teamArchive.serverUrl')}</label>
        <input id={`${id}-url`} type="url" value={serverUrl} placeholder="https://" onChange={(e) => setServerUrl(e.target.value)} autoComplete="url" />
        <label htmlFor={`${id}-db`}>{t('teamArchive.database')}</label>
        <input id={`${id}-db`} type="text" value={database} onChange={(e) => setDatabase(e.target.value)} />
        <label htmlFor={`${id}-user`}>{t('teamArchive.userName')}</label>
        <input id={`${id}-user`} type="text" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" />
        <label htmlFor={`${id}-pw`}>{t('teamArchive.password')}</label>
        {/* role="textbox": a password input has no implicit role, and the box must be findable as one. */}
        <input id={`${id}-pw`} type="password" role="textbox" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
      </div>
      {firstTime ? (
        <fieldset>
          <legend>{t('teamArchive.firstChoice')}</legend>
          <label>
            <input type="radio" name={`${id}-choice`} checked={choice === 'add-local'} onChange={() => setChoice('add-local')} />
            {t('teamArchive.addLocal')}
          </label>
          <label>
            <input type="radio" name={`${id}-choice`} checked={choice === 'start-from-team'} onChange={() => setChoice('start-from-team')} />
            {t('teamArchive.startFromTeam')}
          </label>
        </fieldset>
      ) : null}
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <button type="button" disabled={busy || status.state === 'syncing'} onClick={() => void connect()}>
          {t('teamArchive.connect')}
        </button>
        <button type="button" disabled={!connected || status.state === 'syncing'} onClick={() => void engine.syncNow()}>
          {t('teamArchive.syncNow')}
        </button>
        <button type="button" disabled={!config} onClick={() => void engine.disconnect()}>
          {t('teamArchive.disconnect')}
        </button>
      </div>
      {status.progress !== null ? <progress aria-label={t('teamArchive.firstSyncProgress')} max={1} value={status.progress} /> : null}
      <p role="status" data-synced-at={status.lastSyncAt ?? 0}>
        {statusText(status, t, i18n.language)}
      </p>
      <ErrorAlert message={formError ?? (status.error ? t(`teamArchive.error.${status.error.code}`, { defaultValue: status.error.message }) : null)} />
      {status.refused.length > 0 ? (
        <div role="alert">
          {t('teamArchive.refused', { count: status.refused.length })}
          <ul>
            {status.refused.slice(0, 20).map((r) => (
              <li key={r.docId}>{r.error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <SyncConflicts engine={engine} />
    </section>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function statusText(status: SyncStatus, t: T, language: string): string {
  const when = status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleString(language) : null;
  const last = when ? t('teamArchive.lastSync', { when }) : '';
  const waiting = Number.isFinite(status.waiting) && status.waiting > 0 ? ` ${t('teamArchive.waiting', { count: status.waiting })}` : '';
  const counts = status.lastCounts ? ` ${t('teamArchive.counts', { sent: status.lastCounts.sent, received: status.lastCounts.received })}` : '';
  switch (status.state) {
    case 'disconnected':
      return status.config ? `${t('teamArchive.needPassword')} ${last}`.trim() : t('teamArchive.notConnected');
    case 'connecting':
      return t('teamArchive.connecting');
    case 'syncing':
      return `${t('teamArchive.syncing')} ${last}`.trim();
    case 'idle':
      return `${last}${counts}${waiting}`.trim();
    case 'error':
      return `${t('teamArchive.failed')} ${last}${waiting}`.trim();
  }
}
