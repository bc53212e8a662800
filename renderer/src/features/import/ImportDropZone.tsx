import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filesFromDataTransfer } from '../../host';
import { useImportCommands } from './ImportProvider';

/** Files and folders dropped anywhere on the window are imported (with the same preview). */
export function ImportDropZone() {
  const { t } = useTranslation();
  const session = useImportCommands();
  const [over, setOver] = useState(false);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      setOver(false);
      void filesFromDataTransfer(event.dataTransfer).then((files) => session.start(files));
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [session]);

  return over ? <div className="drop-overlay">{t('import.dropHere')}</div> : null;
}
