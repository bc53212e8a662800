import { useTranslation } from 'react-i18next';
import { getHost, IMPORT_EXTENSIONS } from '../../host';
import { useToast } from '../../app/components/Toasts';
import { useImportCommands } from './ImportProvider';

/** `Import`: the system file chooser (web: <input type=file multiple>), then the preview. */
export function ImportButton() {
  const { t } = useTranslation();
  const session = useImportCommands();
  const notify = useToast();
  const choose = async () => {
    try {
      const files = await getHost().openFiles({
        filters: [{ name: t('import.filterName'), extensions: IMPORT_EXTENSIONS.map((ext) => ext.replace(/^\./, '')) }],
      });
      await session.start(files);
    } catch (error) {
      notify({ message: t('errors.generic', { message: (error as Error).message }), error: true });
    }
  };
  return (
    <button type="button" className="primary" onClick={() => void choose()}>
      {t('toolbar.import')}
    </button>
  );
}
