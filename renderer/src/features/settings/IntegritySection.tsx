import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchive } from '../../app/archive/ArchiveProvider';
import type { IntegrityReport } from '../../app/archive/archive-service';
import { ErrorAlert } from '../../app/components/ErrorAlert';

/** "Check integrity": index vs database, repaired on the spot when they differ. */
export function IntegritySection() {
  const { t } = useTranslation();
  const { service } = useArchive();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      setReport(await service.checkIntegrity());
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setRunning(false);
    }
  };
  return (
    <section aria-labelledby="settings-integrity">
      <h3 id="settings-integrity">{t('settings.integrity')}</h3>
      <button type="button" disabled={running} onClick={() => void run()}>
        {t('settings.checkIntegrity')}
      </button>
      {report ? (
        <p role="status">
          {report.consistent
            ? t('settings.integrityOk', { count: report.dbCount, sampled: report.sampled })
            : t('settings.integrityRepaired', { db: report.dbCount, index: report.indexCount, missing: report.missing, rebuilt: t('counted.bulletinsIndexed', { count: report.rebuilt }) })}
        </p>
      ) : null}
      <ErrorAlert message={error} />
    </section>
  );
}
