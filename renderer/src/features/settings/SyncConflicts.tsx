import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchiveRead } from '../../app/archive/ArchiveProvider';
import type { SyncEngine } from '../../app/archive/sync/engine';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import type { SyncConflictEntry } from '../../data/sync';

function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** "Sync conflicts": what the merges decided, each with Undo (this laptop's version comes back). */
export function SyncConflicts({ engine }: { engine: SyncEngine }) {
  const { t } = useTranslation();
  const entries = useArchiveRead(useCallback(() => engine.listConflicts(), [engine]), [] as SyncConflictEntry[]);
  const [error, setError] = useState<string | null>(null);
  if (entries.length === 0) return null;
  return (
    <section aria-label={t('teamArchive.conflicts')}>
      <h4>{t('teamArchive.conflicts')}</h4>
      <ul aria-label={t('teamArchive.conflicts')}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.label}</strong>{' '}
            {entry.fields.length === 0
              ? t('teamArchive.mergedClean')
              : entry.fields.map((f) => t('teamArchive.mergedField', { field: f.field, kept: preview(f.kept), lost: preview(f.lost) })).join(' ')}{' '}
            {entry.undone ? (
              t('teamArchive.undone')
            ) : (
              <button
                type="button"
                aria-label={t('teamArchive.undoMerge', { label: entry.label })}
                onClick={() => void engine.undoConflict(entry).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))}
              >
                {t('toast.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ErrorAlert message={error} />
    </section>
  );
}
