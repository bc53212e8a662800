import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ArchiveService, type IndexProgress } from './archive-service';
import type { Send } from './commands';
import { snapshotBeforeSchemaUpgrade } from './snapshots';
import { getTeamSync } from './sync/team-sync';

interface ArchiveContextValue {
  service: ArchiveService;
  /** Null once the search index is ready; progress while it is being built. */
  indexing: IndexProgress | null;
  startError: string | null;
}

const ArchiveContext = createContext<ArchiveContextValue | null>(null);

/** Starts the archive service once and shares it with every feature. */
export function ArchiveProvider({ children, service: injected }: { children: ReactNode; service?: ArchiveService }) {
  const [service] = useState(() => injected ?? new ArchiveService());
  const [indexing, setIndexing] = useState<IndexProgress | null>({ done: 0, total: 0 });
  const [startError, setStartError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    // A pre-upgrade snapshot must be taken before the service opens (and so upgrades) the database.
    snapshotBeforeSchemaUpgrade()
      .catch((error: unknown) => console.warn('pre-upgrade snapshot failed', error))
      .then(() => service.start((progress) => !cancelled && setIndexing(progress)))
      // The team-archive sync starts with the app (on the desktop it resumes with the kept password).
      .then(() => void getTeamSync(service))
      .then(() => service.whenSearchReady())
      .then(() => !cancelled && setIndexing(null))
      .catch((error: unknown) => !cancelled && setStartError(error instanceof Error ? error.message : String(error)));
    const flush = () => void service.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flush);
    };
  }, [service]);

  return <ArchiveContext.Provider value={{ service, indexing, startError }}>{children}</ArchiveContext.Provider>;
}

export function useArchive(): ArchiveContextValue {
  const value = useContext(ArchiveContext);
  if (!value) throw new Error('useArchive outside ArchiveProvider');
  return value;
}

/** A number that changes whenever the archive changes: put it in effect dependencies to re-read. */
export function useArchiveVersion(): number {
  const { service } = useArchive();
  return useSyncExternalStore(
    (listener) => service.subscribe(listener),
    () => service.getVersion(),
  );
}

/**
 * What `read` resolves to, read again whenever the archive changes (`initial` until the first read).
 * Pass a stable function (a data/ read, or one wrapped in useCallback): it is an effect dependency.
 * A failed read keeps the last value; the next change retries.
 */
export function useArchiveRead<T>(read: () => Promise<T>, initial: T): T {
  const version = useArchiveVersion();
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    read().then(
      (loaded) => live && setValue(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [version, read]);
  return value;
}

/** The archive's command runner: how features write (`send('tags/add', { bulletinIds, tagIds })`). */
export function useSend(): Send {
  return useArchive().service.send;
}
