import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bulletin, Language } from '../../core/model';
import { ArchiveError, getBulletin } from '../../data';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { conflictingFields, mergeValues, valuesOf, type EditValues } from './edit-merge';
import { EditConflictPanel, type EditConflict } from './EditConflictPanel';

/** What the form was loaded from: its values and the bulletin's revision then (a save carries it). */
interface Loaded {
  values: EditValues;
  rev: number;
}

const loadedFrom = (b: Bulletin): Loaded => ({ values: valuesOf(b), rev: b.rev ?? 0 });

/**
 * Edits title, date, place, language and text; saving offers an undo back to the previous values.
 * The save carries the revision the form was loaded at: when the bulletin changed elsewhere since
 * (another tab or window), the save is refused and the person reloads or merges field by field.
 */
export function BulletinEditForm({ bulletin, onDone }: { bulletin: Bulletin; onDone(): void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const send = useSend();
  // Captured once: the reader re-reads the bulletin when another window writes it, and the form
  // must keep saying what it was loaded from, or a stale edit would pass as current.
  const [loaded, setLoaded] = useState<Loaded>(() => loadedFrom(bulletin));
  const [values, setValues] = useState<EditValues>(() => valuesOf(bulletin));
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<(EditConflict & { theirs: Loaded | null }) | null>(null);
  const set = <K extends keyof EditValues>(key: K, value: EditValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const refused = async (mine: EditValues, base: Loaded): Promise<void> => {
    const stored = await getBulletin(bulletin.id);
    if (!stored || stored.deletedAt !== null) {
      setConflict({ gone: true, fields: [], theirs: null });
      return;
    }
    const theirs = loadedFrom(stored);
    const fields = conflictingFields(base.values, mine, theirs.values);
    // The other write touched nothing this form edits (its tags, say): save on top of it.
    if (fields.length === 0) return save(mine, theirs);
    setConflict({ gone: false, fields, theirs });
  };

  const save = async (mine: EditValues, base: Loaded): Promise<void> => {
    if (!mine.title.trim()) {
      setError(t('reader.titleRequired'));
      return;
    }
    setError(null);
    const before = {
      title: bulletin.title,
      date: bulletin.date,
      datePrecision: bulletin.datePrecision,
      place: bulletin.place,
      language: bulletin.language,
      body: bulletin.body,
    };
    try {
      const saved = await send('bulletin/update', {
        id: bulletin.id,
        expectedRev: base.rev,
        patch: {
          title: mine.title.trim(),
          date: mine.date || null,
          datePrecision: mine.date ? (mine.date === bulletin.date ? bulletin.datePrecision : 'day') : 'unknown',
          place: mine.place.trim() || null,
          language: mine.language,
          body: mine.body,
        },
      });
      setConflict(null);
      onDone();
      // The undo is refused too if someone else wrote the bulletin after this save.
      notify({ message: t('reader.saved'), undo: () => void send('bulletin/update', { id: bulletin.id, patch: before, expectedRev: saved.rev ?? 0 }) });
    } catch (reason) {
      if (reason instanceof ArchiveError && reason.code === 'conflict') await refused(mine, base);
      else setError((reason as Error).message);
    }
  };

  const reload = () => {
    if (!conflict?.theirs) {
      onDone();
      return;
    }
    setLoaded(conflict.theirs);
    setValues(conflict.theirs.values);
    setConflict(null);
  };

  const saveMerged = () => {
    if (!conflict?.theirs) return;
    const merged = mergeValues(values, conflict.theirs.values, conflict.fields);
    setLoaded(conflict.theirs);
    setValues(merged);
    setConflict(null);
    void save(merged, conflict.theirs);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save(values, loaded);
      }}
    >
      <ErrorAlert message={error} />
      {conflict ? (
        <EditConflictPanel
          conflict={conflict}
          onChoose={(field, choice) =>
            setConflict((c) => (c ? { ...c, fields: c.fields.map((f) => (f.field === field ? { ...f, choice } : f)) } : c))
          }
          onReload={reload}
          onSaveMerged={saveMerged}
        />
      ) : null}
      <div className="field">
        <label htmlFor="edit-title">{t('reader.title')}</label>
        <input id="edit-title" type="text" value={values.title} onChange={(e) => set('title', e.target.value)} />
      </div>
      <div style={{ display: 'flex', gap: 10 }}>
        <div className="field">
          <label htmlFor="edit-date">{t('reader.date')}</label>
          <input id="edit-date" type="date" value={values.date} onChange={(e) => set('date', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="edit-place">{t('reader.place')}</label>
          <input id="edit-place" type="text" value={values.place} onChange={(e) => set('place', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="edit-language">{t('reader.language')}</label>
          <select id="edit-language" value={values.language} onChange={(e) => set('language', e.target.value as Language)}>
            <option value="es">{t('lang.es')}</option>
            <option value="en">{t('lang.en')}</option>
            <option value="other">{t('lang.other')}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="edit-body">{t('reader.body')}</label>
        <textarea id="edit-body" rows={18} value={values.body} onChange={(e) => set('body', e.target.value)} />
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
