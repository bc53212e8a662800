import { createContext, startTransition, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contentHash } from '../../core/import/hash';
import { fileDateOf } from '../../core/import/infer-year';
import { findExistingHashes } from '../../data';
import type { OpenedFile } from '../../host';
import { importFiles } from '../../workers/import-client';
import { captureOriginals, NO_ORIGINALS, type CapturedOriginals } from '../../app/archive/originals-capture';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { OcrScope, useOcrState } from './OcrStatus';
import { newKey, type LeftOut, type PreviewItem } from './preview-model';

export interface ImportProgress {
  label: string;
  done: number;
  total: number;
}

export interface FileProblem {
  fileName: string;
  message: string;
}

interface ImportContextValue {
  /** Parses files in the worker and opens the preview. */
  startImport(files: OpenedFile[]): Promise<void>;
}

const ImportContext = createContext<ImportContextValue | null>(null);

/** Owns the import flow: parse (with progress and cancel) → preview → commit. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<PreviewItem[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [leftOut, setLeftOut] = useState<LeftOut[]>([]);
  const [fileNames, setFileNames] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [originals, setOriginals] = useState<CapturedOriginals>(NO_ORIGINALS);
  const abort = useRef<AbortController | null>(null);
  const { state: ocrState, onProgress: onOcrProgress, reset: resetOcr, setResults: setOcrResults } = useOcrState();

  const startImport = useCallback(
    async (files: OpenedFile[]) => {
      if (files.length === 0) return;
      const controller = new AbortController();
      abort.current = controller;
      setItems([]);
      setLeftOut([]);
      resetOcr();
      setProblems(files.filter((f) => f.error).map((f) => ({ fileName: f.name, message: f.error ?? '' })));
      setFileNames(files.map((f) => f.name));
      setOpen(true);
      const readable = files.filter((f) => !f.error);
      setProgress({ label: t('import.reading'), done: 0, total: readable.length });
      try {
        // Issue 15: keep each file; hashed before its bytes are transferred to the worker.
        setOriginals(await captureOriginals(readable));
        const results = await importFiles(
          readable.map((f) => {
            const fileDate = fileDateOf(f.lastModified);
            return fileDate ? { name: f.name, bytes: f.bytes, fileDate } : { name: f.name, bytes: f.bytes };
          }),
          {
            signal: controller.signal,
            transferBytes: true,
            onProgress: (done, total) => setProgress({ label: t('import.reading'), done, total }),
            onOcrProgress,
          },
        );
        const found: PreviewItem[] = [];
        const fileProblems: FileProblem[] = [];
        const fileLeftOut: LeftOut[] = [];
        for (const result of results) {
          if (result.error) fileProblems.push({ fileName: result.fileName, message: result.error });
          if (result.lost && result.lost.length > 0) fileLeftOut.push({ fileName: result.fileName, lines: result.lost });
          result.bulletins.forEach((bulletin, i) =>
            found.push({ key: newKey(), fileName: result.fileName, bulletin, duplicate: false, excluded: false, hash: result.contentHashes?.[i] }),
          );
        }
        // "Already in archive": same normalised text stored before, or earlier in this batch.
        const hashes = found.map((item) => item.hash ?? contentHash(item.bulletin.title, item.bulletin.body));
        const existing = await findExistingHashes(hashes);
        const seen = new Set<string>();
        found.forEach((item, i) => {
          const hash = hashes[i] ?? '';
          item.duplicate = existing.has(hash) || seen.has(hash);
          seen.add(hash);
        });
        // A transition: React renders the (long) preview list in slices, yielding to input between them.
        startTransition(() => {
          setItems(found);
          setProblems((previous) => [...previous, ...fileProblems]);
          setLeftOut(fileLeftOut);
          setOcrResults(results, found);
        });
      } catch (error) {
        if ((error as Error).name === 'AbortError') setOpen(false);
        else setProblems((previous) => [...previous, { fileName: '', message: (error as Error).message }]);
      } finally {
        setProgress(null);
        abort.current = null;
      }
    },
    [t, onOcrProgress, resetOcr, setOcrResults],
  );

  const value = useMemo(() => ({ startImport }), [startImport]);
  return (
    <ImportContext.Provider value={value}>
      {children}
      <OcrScope state={ocrState}>
        <ImportPreviewDialog
          open={open}
          items={items}
          setItems={setItems}
          problems={problems}
          leftOut={leftOut}
          setLeftOut={setLeftOut}
          fileNames={fileNames}
          originals={originals}
          progress={progress}
          setProgress={setProgress}
          onCancelParsing={() => abort.current?.abort()}
          onClose={() => {
            abort.current?.abort();
            setOpen(false);
            setItems([]);
            setProblems([]);
            setLeftOut([]);
            resetOcr();
            // The kept files' Blobs are stored (or not wanted) once the dialog closes: let them go.
            setOriginals(NO_ORIGINALS);
          }}
        />
      </OcrScope>
    </ImportContext.Provider>
  );
}

export function useImport(): ImportContextValue {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useImport outside ImportProvider');
  return value;
}
