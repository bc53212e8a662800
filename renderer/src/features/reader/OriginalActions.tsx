import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bulletin } from '../../core/model';
import { getOriginal, type OriginalRow } from '../../data';
import { getHost } from '../../host';
import { useToast } from '../../app/components/Toasts';
import { SourcePageDialog } from './SourcePageDialog';

/** A name the host accepts: a bare file name (separators and control characters replaced). */
function bareName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we replace
  return name.replace(/[/\\:\u0000-\u001f\u007f]/g, '_').replace(/^\.+/, '') || 'original';
}

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
  const name = bareName(original.names[0] ?? bulletin.sourceFile);

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
