import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { fileDateOf } from '../../core/import/infer-year';
import { findExistingHashes } from '../../data';
import { importFiles } from '../../workers/import-client';
import { useArchive } from '../../app/archive/ArchiveProvider';
import { captureOriginals, originalsForCommit, type CapturedOriginals } from '../../app/archive/originals-capture';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { ImportSession, type SessionState } from './import-session';
import { OcrScope } from './OcrStatus';

type Session = ImportSession<CapturedOriginals>;

const SessionContext = createContext<Session | null>(null);

/** Creates the app's one import session (wired to the worker and the archive) and shows its preview. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { service } = useArchive();
  const [session] = useState<Session>(
    () =>
      new ImportSession<CapturedOriginals>({
        parse: (files, options) => importFiles(files, { ...options, transferBytes: true }),
        existingHashes: findExistingHashes,
        captureOriginals,
        fileDateOf: (lastModified) => fileDateOf(lastModified) ?? null,
        commit: ({ fileNames, items, originals, onProgress }) =>
          service.send('import/commit', {
            fileNames: [...fileNames],
            bulletins: items.map((item) => item.bulletin),
            contentHashes: items.map((item) => item.hash),
            ...(originals ? originalsForCommit(originals, items.map((item) => item.fileName)) : {}),
            onProgress,
          }),
      }),
  );
  return (
    <SessionContext.Provider value={session}>
      {children}
      <SessionView session={session} />
    </SessionContext.Provider>
  );
}

function SessionView({ session }: { session: Session }) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return (
    <OcrScope state={state.ocr}>
      <ImportPreviewDialog session={session} state={state} />
    </OcrScope>
  );
}

/**
 * The import session's commands only, for controls that start an import (the Import button, the
 * drop zone): they do not re-render on every state change of a running import.
 */
export function useImportCommands(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useImportCommands outside ImportProvider');
  return session;
}

/** The one hook: the import session's state (re-rendering on change) and its commands. */
export function useImportSession(): { state: SessionState<CapturedOriginals>; session: Session } {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useImportSession outside ImportProvider');
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { state, session };
}
