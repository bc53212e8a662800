import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bulletin } from '../../core/model';
import { getOriginal, type OriginalRow } from '../../data';
import { getHost, safeFileName } from '../../host';
import { useToast } from '../../app/components/Toasts';
import { SourcePageDialog } from './SourcePageDialog';

/** `Open original` and, for PDFs, `Show source page`, when the bulletin's file was kept. */
export function OriginalActions({ bulletin }: { bulletin: Bulletin }) {
  const { t } = useTranslation();
  const notify = useToast();
  const [original, setOriginal] = useState<OriginalRow | null>(null);
  const [showPage, setShowPage] = useState(false);
  const originalId = bulletin.originalId;

  useEffect(() => {
    let live = true;
    setOriginal(null);
    setShowPage(false);
    // The row holds a Blob reference: its bytes are read only when the file is opened or drawn.
    if (originalId) void getOriginal(originalId).then((row) => live && setOriginal(row));
    return () => {
      live = false;
    };
  }, [originalId]);

  if (!original) return null;
  // Shown, downloaded and handed to the host sanitised: no bidi override can disguise its type.
  const name = safeFileName(original.names[0] ?? bulletin.sourceFile);

  const open = async () => {
    try {
      const result = await getHost().openOriginal({ name, blob: original.blob });
      notify({ message: t(result.how === 'opened' ? 'originals.opened' : 'originals.downloaded', { name }) });
    } catch (error) {
      notify({ message: t('originals.failed', { name, message: (error as Error).message }), error: true });
    }
  };

  return (
    <>
      <button type="button" onClick={() => void open()}>
        {t('originals.open')}
      </button>
      {original.type === 'application/pdf' ? (
        <button type="button" onClick={() => setShowPage(true)}>
          {t('originals.showPage')}
        </button>
      ) : null}
      {showPage ? (
        <SourcePageDialog
          name={name}
          blob={original.blob}
          page={bulletin.sourcePage ?? null}
          onClose={() => setShowPage(false)}
          onOpenOriginal={() => void open()}
        />
      ) : null}
    </>
  );
}
