import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bulletin } from '../../core/model';
import { getBulletin } from '../../data';
import { useArchiveVersion, useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';
import { AddToDossierButton } from '../dossiers/AddToDossierButton';
import { TagEditor } from '../tags/TagEditor';
import { BulletinDate } from '../library/BulletinDate';
import { DateCheck } from './DateCheck';
import { countryDisplayName } from '../../core/text/country-names';
import { BulletinBodyView } from './BulletinBodyView';
import { BulletinEditForm } from './BulletinEditForm';
import { OriginalActions } from './OriginalActions';

/** The reader: one bulletin with its metadata, tags and actions. */
export function ReaderPane({ bulletinId }: { bulletinId: string }) {
  const { t, i18n } = useTranslation();
  const { state, dispatch } = useUiState();
  const notify = useToast();
  const send = useSend();
  const version = useArchiveVersion();
  const [bulletin, setBulletin] = useState<Bulletin | null>(null);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    let live = true;
    void getBulletin(bulletinId).then((loaded) => live && setBulletin(loaded));
    return () => {
      live = false;
    };
  }, [bulletinId, version]);

  useEffect(() => setEditing(false), [bulletinId]);

  if (!bulletin) return <article className="reader" aria-busy="true" />;

  const trash = async () => {
    await send('bulletin/trash', { ids: [bulletin.id] });
    // The person may have opened another bulletin while the trash was stored: leave that one open.
    dispatch({ type: 'close', id: bulletin.id });
    notify({ message: t('reader.trashed', { title: bulletin.title }), undo: () => void send('bulletin/restore', { ids: [bulletin.id] }) });
  };

  return (
    <article className="reader" aria-labelledby="reader-title">
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 6, flexWrap: 'wrap' }}>
        {bulletin.deletedAt === null ? (
          <>
            <button type="button" onClick={() => setEditing(!editing)}>
              {t('reader.edit')}
            </button>
            <AddToDossierButton bulletinIds={[bulletin.id]} />
            <button type="button" onClick={() => void trash()}>
              {t('reader.delete')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void send('bulletin/restore', { ids: [bulletin.id] })}>
            {t('reader.restore')}
          </button>
        )}
        <OriginalActions bulletin={bulletin} />
        <button type="button" className="icon" aria-label={t('reader.close')} onClick={() => dispatch({ type: 'open', id: null })}>
          ×
        </button>
      </div>
      {state.openOutsideResults ? (
        <p role="note" className="not-in-results">
          {t('results.notInResults')}
        </p>
      ) : null}
      {editing ? (
        <BulletinEditForm bulletin={bulletin} onDone={() => setEditing(false)} />
      ) : (
        <>
          <h1 id="reader-title">{bulletin.title}</h1>
          <div className="dateline">
            <BulletinDate value={bulletin} />
            {bulletin.place ? ` · ${bulletin.place}` : ''} · {t(`lang.${bulletin.language}`)} · {t('reader.source', { file: bulletin.sourceFile })}
            {bulletin.sourcePage !== undefined ? ` · ${t('originals.page', { page: bulletin.sourcePage })}` : ''}
          </div>
          {bulletin.deletedAt === null ? <DateCheck bulletin={bulletin} onEdit={() => setEditing(true)} /> : null}
          <TagEditor bulletinId={bulletin.id} tagIds={bulletin.tags} />
          {bulletin.countries.length > 0 || bulletin.organisations.length > 0 ? (
            <p className="dateline">
              {bulletin.countries.length > 0
                ? `${t('reader.countries')}: ${bulletin.countries.map((c) => countryDisplayName(c, i18n.language)).join(', ')}`
                : ''}
              {bulletin.countries.length > 0 && bulletin.organisations.length > 0 ? ' · ' : ''}
              {bulletin.organisations.length > 0 ? `${t('reader.organisations')}: ${bulletin.organisations.join(', ')}` : ''}
            </p>
          ) : null}
          <BulletinBodyView bulletin={bulletin} />
        </>
      )}
    </article>
  );
}
