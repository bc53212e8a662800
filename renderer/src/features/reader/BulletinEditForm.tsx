import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bulletin, Language } from '../../core/model';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { ErrorAlert } from '../../app/components/ErrorAlert';

/** Edits title, date, place, language and text; saving offers an undo back to the previous values. */
export function BulletinEditForm({ bulletin, onDone }: { bulletin: Bulletin; onDone(): void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const send = useSend();
  const [title, setTitle] = useState(bulletin.title);
  const [date, setDate] = useState(bulletin.date ?? '');
  const [place, setPlace] = useState(bulletin.place ?? '');
  const [language, setLanguage] = useState<Language>(bulletin.language);
  const [body, setBody] = useState(bulletin.body);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (!title.trim()) {
      setError(t('reader.titleRequired'));
      return;
    }
    const before = {
      title: bulletin.title,
      date: bulletin.date,
      datePrecision: bulletin.datePrecision,
      place: bulletin.place,
      language: bulletin.language,
      body: bulletin.body,
    };
    try {
      await send('bulletin/update', {
        id: bulletin.id,
        patch: {
          title: title.trim(),
          date: date || null,
          datePrecision: date ? (date === bulletin.date ? bulletin.datePrecision : 'day') : 'unknown',
          place: place.trim() || null,
          language,
          body,
        },
      });
      onDone();
      notify({ message: t('reader.saved'), undo: () => void send('bulletin/update', { id: bulletin.id, patch: before }) });
    } catch (reason) {
      setError((reason as Error).message);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <ErrorAlert message={error} />
      <div className="field">
        <label htmlFor="edit-title">{t('reader.title')}</label>
        <input id="edit-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div style={{ display: 'flex', gap: 10 }}>
        <div className="field">
          <label htmlFor="edit-date">{t('reader.date')}</label>
          <input id="edit-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="edit-place">{t('reader.place')}</label>
          <input id="edit-place" type="text" value={place} onChange={(e) => setPlace(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="edit-language">{t('reader.language')}</label>
          <select id="edit-language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="es">{t('lang.es')}</option>
            <option value="en">{t('lang.en')}</option>
            <option value="other">{t('lang.other')}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="edit-body">{t('reader.body')}</label>
        <textarea id="edit-body" rows={18} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
        <button type="button" onClick={onDone}>
          {t('reader.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('reader.save')}
        </button>
      </div>
    </form>
  );
}
