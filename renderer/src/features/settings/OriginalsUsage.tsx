import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { originalsUsage, type OriginalsUsage as Usage } from '../../data';
import { useArchiveVersion } from '../../app/archive/ArchiveProvider';
import { useUnusedOriginalsCleanup } from '../library/use-unused-originals';
import { formatBytes } from '../library/format';

/** Settings → Storage: how many imported files are kept and their size; unused ones can be deleted. */
export function OriginalsUsage() {
  const { t } = useTranslation();
  const version = useArchiveVersion();
  const [usage, setUsage] = useState<Usage | null>(null);
  const deleteUnused = useUnusedOriginalsCleanup();

  useEffect(() => {
    let live = true;
    void originalsUsage().then((u) => live && setUsage(u));
    return () => {
      live = false;
    };
  }, [version]);

  if (!usage) return null;
  return (
    <>
      <p>{t('originals.usage', { count: usage.count, size: formatBytes(usage.bytes) })}</p>
      {usage.unused > 0 ? (
        <p>
          {t('originals.unused', { count: usage.unused, size: formatBytes(usage.unusedBytes) })}{' '}
          <button type="button" onClick={() => void deleteUnused()}>
            {t('originals.deleteUnused')}
          </button>
        </p>
      ) : null}
    </>
  );
}
