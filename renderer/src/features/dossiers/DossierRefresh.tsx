import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulletinSummary, Dossier } from '../../core/model';
import { getSummaries } from '../../data';
import { useArchive, useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { BulletinDate } from '../library/BulletinDate';
import { applyRefresh, newRecipeMatches } from './dossier-model';
import { errorMessage } from './errors';
import { ErrorAlert } from '../../app/components/ErrorAlert';

/**
 * `Refresh` for recipe dossiers: runs the recipe again and offers only what is new (not in the
 * dossier, not declined before), each with a keep checkbox. What is not kept is remembered as
 * declined so the next refresh does not offer it again.
 */
export function DossierRefresh({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const { service } = useArchive();
  const send = useSend();
  const notify = useToast();
  const [offered, setOffered] = useState<BulletinSummary[] | null>(null);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (dossier.recipe === null) return null;
  const recipe = dossier.recipe;

  const refresh = async () => {
    setBusy(true);
    setError(null);
    try {
      const fresh = newRecipeMatches(await service.matchIds(recipe), dossier);
      const rows = (await getSummaries(fresh)).filter((row) => row.deletedAt === null);
      setOffered(rows);
      setKept(new Set(rows.map((row) => row.id)));
      if (rows.length === 0) await send('dossier/update', { id: dossier.id, fields: { lastRefreshedAt: Date.now() } });
    } catch (caught) {
      setError(t('dossiers.error', { message: errorMessage(caught) }));
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!offered) return;
    setBusy(true);
    setError(null);
    try {
      const offeredIds = offered.map((row) => row.id);
      const before = dossier.items.length;
      const next = applyRefresh(dossier, offeredIds, kept);
      await send('dossier/update', { id: dossier.id, fields: { ...next, lastRefreshedAt: Date.now() } });
      notify({ message: t('dossiers.refreshed', { count: next.items.length - before }) });
      setOffered(null);
    } catch (caught) {
      setError(t('dossiers.error', { message: errorMessage(caught) }));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(kept);
    if (on) next.add(id);
    else next.delete(id);
    setKept(next);
  };

  return (
    <section className="dossier-refresh" aria-label={t('dossiers.refresh')}>
      <div className="dossier-actions">
        <span>{t('dossiers.recipe', { query: recipe })}</span>
        {dossier.lastRefreshedAt ? (
          <span className="hint">{t('dossiers.lastRefreshed', { date: new Date(dossier.lastRefreshedAt).toLocaleString(i18n.language) })}</span>
        ) : null}
        <button type="button" onClick={() => void refresh()} disabled={busy}>
          {t('dossiers.refresh')}
        </button>
      </div>
      {offered && offered.length === 0 ? <p role="status">{t('dossiers.noNewMatches')}</p> : null}
      {offered && offered.length > 0 ? (
        <>
          <h2 style={{ fontSize: 15, margin: '8px 0 0' }}>{t('dossiers.newMatches')}</h2>
          <ul aria-label={t('dossiers.newMatches')}>
            {offered.map((row) => (
              <li key={row.id}>
                <label style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
                  <input
                    type="checkbox"
                    aria-label={t('dossiers.keep', { title: row.title })}
                    checked={kept.has(row.id)}
                    onChange={(event) => toggle(row.id, event.target.checked)}
                  />
                  <span>{row.title}</span>
                  {row.date ? (
                    <span className="hint">
                      <BulletinDate value={row} />
                    </span>
                  ) : null}
                </label>
              </li>
            ))}
          </ul>
          <div className="dossier-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void commit()}>
              {t('dossiers.addKept', { count: kept.size })}
            </button>
            <button type="button" onClick={() => setOffered(null)}>
              {t('dossiers.cancel')}
            </button>
          </div>
        </>
      ) : null}
      <ErrorAlert message={error} />
    </section>
  );
}
