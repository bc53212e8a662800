import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../core/model';
import { safePdfFileName } from '../../core/pdf/text';
import { exportDossierPdf } from '../../workers/pdf-client';
import { getHost } from '../../host';
import { Dialog } from '../../app/components/Dialog';
import { useToast } from '../../app/components/Toasts';
import { errorMessage } from './errors';
import { dossierPdfLabels, loadDossierPdfInput } from './pdf-input';
import { PdfPreview } from './PdfPreview';
import { ErrorAlert } from '../../app/components/ErrorAlert';

type Purpose = 'save' | 'preview';

type ExportState =
  | { phase: 'idle' }
  | { phase: 'building'; purpose: Purpose; done: number; total: number }
  | { phase: 'preview'; bytes: Uint8Array; name: string };

/**
 * `Export PDF` builds the PDF in a worker (progress bar and Cancel) and hands it to the host once:
 * a download named after the dossier in the web twin, the native save dialog in Electron.
 * `Preview PDF` builds it and shows its first pages; from there `Save PDF` saves it, once per
 * click. Neither saves by itself twice: one action, one file.
 */
export function DossierExport({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const notify = useToast();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  // Leaving the dossier stops a running export.
  useEffect(() => () => abort.current?.abort(), []);

  const save = useCallback(
    async (bytes: Uint8Array, name: string) => {
      setError(null);
      try {
        const result = await getHost().saveFile({ suggestedName: name, bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
        if (result.saved) notify({ message: t('dossiers.savedPdf', { name: result.path ?? name }) });
      } catch (caught) {
        setError(t('dossiers.exportFailed', { message: errorMessage(caught) }));
      }
    },
    [notify, t],
  );

  const start = async (purpose: Purpose) => {
    setError(null);
    if (dossier.items.length === 0) {
      setError(t('dossiers.exportEmpty'));
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: 'building', purpose, done: 0, total: 0 });
    try {
      const input = await loadDossierPdfInput(dossier, i18n.language);
      if (input.bulletins.length === 0) throw new Error(t('dossiers.exportEmpty'));
      const bytes = await exportDossierPdf(input, null, (done, total) => setState({ phase: 'building', purpose, done, total }), {
        labels: dossierPdfLabels(dossier, i18n.language),
        signal: controller.signal,
      });
      const name = safePdfFileName(dossier.title);
      if (purpose === 'preview') {
        setState({ phase: 'preview', bytes, name });
      } else {
        setState({ phase: 'idle' });
        await save(bytes, name);
      }
    } catch (caught) {
      setState({ phase: 'idle' });
      if (!(caught instanceof DOMException && caught.name === 'AbortError')) setError(t('dossiers.exportFailed', { message: errorMessage(caught) }));
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };

  const building = state.phase === 'building';
  return (
    <>
      <button type="button" className="primary" onClick={() => void start('save')} disabled={building}>
        {t('dossiers.exportPdf')}
      </button>
      <button type="button" onClick={() => void start('preview')} disabled={building}>
        {t('dossierPrint.previewPdf')}
      </button>
      {state.phase === 'building' ? (
        <span className="dossier-actions" style={{ flex: '1 1 200px' }}>
          <progress
            className="progress"
            aria-label={t('dossiers.exportProgress')}
            max={state.total || 1}
            // An indeterminate bar until the worker reports its first step.
            value={state.total > 0 ? state.done : undefined}
          />
          <span className="hint">{t('dossiers.exporting')}</span>
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('dossiers.cancelExport')}
          </button>
        </span>
      ) : null}
      {error && state.phase !== 'preview' ? (
        <div role="alert" className="alert" style={{ flexBasis: '100%' }}>
          {error}
        </div>
      ) : null}
      <Dialog
        title={t('dossiers.previewTitle')}
        open={state.phase === 'preview'}
        onClose={() => setState({ phase: 'idle' })}
        footer={
          state.phase === 'preview' ? (
            <>
              <button type="button" onClick={() => setState({ phase: 'idle' })}>
                {t('dossiers.close')}
              </button>
              <button type="button" className="primary" onClick={() => void save(state.bytes, state.name)}>
                {t('dossiers.savePdf')}
              </button>
            </>
          ) : null
        }
      >
        {state.phase === 'preview' ? (
          <>
            <p>{state.name}</p>
            <ErrorAlert message={error} />
            <PdfPreview bytes={state.bytes} />
          </>
        ) : null}
      </Dialog>
    </>
  );
}
