import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier, DossierLanguage } from '../../core/model';
import { DOSSIER_LANGUAGES, dossierLanguage } from '../../core/pdf/words';
import { useSend } from '../../app/archive/ArchiveProvider';
import { errorMessage } from './errors';

/**
 * The dossier's own `Language`: the language of its PDF's headings, page numbers and dates, saved
 * at once. Each option is named in its own language, as language choosers are.
 */
export function DossierLanguageSelect({ dossier, onError }: { dossier: Dossier; onError(message: string): void }) {
  const { t, i18n } = useTranslation();
  const send = useSend();
  const id = useId();
  const current = dossierLanguage(dossier.language, i18n.language);
  const change = async (language: DossierLanguage) => {
    try {
      await send('dossier/update', { id: dossier.id, fields: { language } });
    } catch (caught) {
      onError(t('dossiers.error', { message: errorMessage(caught) }));
    }
  };
  return (
    <span className="field-inline">
      <label htmlFor={id}>{t('dossierPrint.language')}</label>
      <select id={id} value={current} onChange={(e) => void change(e.target.value === 'es' ? 'es' : 'en')}>
        {DOSSIER_LANGUAGES.map((l) => (
          <option key={l.value} value={l.value} lang={l.value}>
            {l.name}
          </option>
        ))}
      </select>
    </span>
  );
}
